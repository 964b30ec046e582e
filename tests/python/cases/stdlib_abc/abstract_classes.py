# abc.ABC and abstractmethod: abstract classes refuse instantiation; concrete subclasses work; register.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Mapping, Sequence, Iterable, Sized, Callable, Hashable, MutableMapping
class Operation(ABC):
    @abstractmethod
    def apply(self, conn):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}!"
class AddColumn(Operation):
    def apply(self, conn):
        return f"ALTER {conn}"
    @property
    def name(self):
        return "add_column"
op = AddColumn()
print(op.apply("db"), op.describe(), isinstance(op, Operation), sorted(Operation.__abstractmethods__))
for cls in (Operation,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Half(Operation):
    def apply(self, conn):
        return None
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Plugin(metaclass=ABCMeta):
    pass
Plugin.register(dict)
print(isinstance({}, Plugin), issubclass(dict, Plugin), isinstance([], Plugin))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Sequence), isinstance("s", Iterable))
print(isinstance({}, MutableMapping), isinstance(range(3), Sized), isinstance(len, Callable), isinstance([], Hashable))
class Bag:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Sequence))
