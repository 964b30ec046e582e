"""Enumerations as Python 3.11 has them.

Here: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique, EnumType (alias EnumMeta)
with its behaviours (iteration in definition order, len, `in`, Color['RED'], Color(1), aliases,
__members__, members as class attributes that cannot be reassigned), mixins such as
`class Kind(str, Enum)`, a custom __new__/__init__ on members, _missing_, _generate_next_value_,
the functional API Enum('Animal', 'ANT BEE CAT'), and 3.11's repr/str/format.
Not here: _ignore_, the Flag boundaries other than STRICT (Flag) and KEEP (IntFlag), verify(),
member(), nonmember(), global_enum(), pickling support.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag",
           "auto", "unique", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]

_auto_null = object()


class auto:
    """Asks the enum for the next value (1, 2, 3... for Enum, powers of two for Flag)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, property)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


_FunctionType = type(_is_dunder)


def _flag_names(cls, value):
    """The names of the canonical members whose bits make up value, in definition order."""
    return [m._name_ for m in cls._flag_members_(value)]


class EnumType(type):
    """The metaclass of every enumeration."""

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        body = {}
        members = []
        for key, value in classdict.items():
            if key in ("_order_", "_ignore_"):
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
            else:
                members.append((key, value))
        # a __new__ in the body makes the members; the class keeps Enum.__new__, the lookup by value
        new_member = body.pop("__new__", None) if Enum is not None else None
        if new_member is None and first_enum is not None:
            new_member = first_enum._new_member_
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        setattr_ = type.__setattr__
        setattr_(enum_class, "_new_member_", new_member)
        setattr_(enum_class, "_member_names_", [])
        setattr_(enum_class, "_member_map_", {})
        setattr_(enum_class, "_value2member_map_", {})
        setattr_(enum_class, "_unhashable_values_", [])
        setattr_(enum_class, "_member_type_", member_type)
        if "_value_repr_" not in body:
            value_repr = None
            if member_type is not object:
                value_repr = member_type.__repr__
            setattr_(enum_class, "_value_repr_", value_repr)
        metacls._pick_text_methods_(enum_class, bases, body, member_type, first_enum)
        if Flag is not None and issubclass(enum_class, Flag):
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None) or STRICT
            setattr_(enum_class, "_boundary_", boundary)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            # a data type's own | & ^ ~ (int's) must not win over Flag's
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if name not in body:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            setattr_(enum_class, "_flag_mask_", mask)
            setattr_(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    @staticmethod
    def _pick_text_methods_(enum_class, bases, body, member_type, first_enum):
        """3.11's repr/str/format: Enum's own, not the data type's; ReprEnum keeps the data type's str and format."""
        if member_type is object or first_enum is None:
            return
        if ReprEnum is not None and ReprEnum in bases:
            # str() and format() of the data type (int's, str's), applied to the member's value
            if "__format__" not in body:
                type.__setattr__(enum_class, "__format__", _value_format)
            if "__str__" not in body:
                type.__setattr__(enum_class, "__str__", _value_str)
        for name in ("__repr__", "__str__", "__format__"):
            if name in body or name in enum_class.__dict__:
                continue
            owner = None
            for klass in enum_class.__mro__:
                if name in klass.__dict__:
                    owner = klass
                    break
            if owner is object or (owner is not None and not isinstance(owner, EnumType)
                                   and owner in member_type.__mro__):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    @staticmethod
    def _add_member_(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if new_member is not None:
            member = new_member(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        # an alias: the same value as an earlier member names that member
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        else:
            if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
                enum_class._member_names_.append(name)
            elif not any(m._value_ == value for m in enum_class._member_map_.values()):
                enum_class._member_names_.append(name) if value == 0 else None
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type mixed in (str for `class K(str, Enum)`, else object) and the last Enum base."""
        if not bases or Enum is None:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
            if member_type is not object:
                break
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE') or Enum('Shape', [('SQUARE', 4)])."""
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(builtins_type(cls), class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getattr__(cls, name):
        # members named like Enum's own properties (`name`, `value`) are found here
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__["_member_map_"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        type.__delattr__(cls, name)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


def _value_str(self):
    return str(self._value_)


def builtins_type(obj):
    return type(obj)


EnumMeta = EnumType
Enum = None
ReprEnum = None
Flag = None


class Enum(metaclass=EnumType):
    """A set of named constants: Color.RED has .name 'RED' and .value 1."""

    def __new__(cls, value):
        return cls._lookup_(value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (type(self), self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        if type(self)._member_type_ is object:
            interesting = set(["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_":
                interesting.add(name)
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted(set(["__class__", "__doc__", "__eq__", "__hash__", "__module__"]) | interesting)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are its data type's (IntEnum, StrEnum); repr() stays Enum's."""


class IntEnum(int, ReprEnum):
    """Members are ints: they compare and compute as their values."""


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~ into composite values named 'R|W'."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _flag_members_(cls, value):
        return [m for m in (cls._member_map_[n] for n in cls._member_names_)
                if _is_single_bit(m._value_) and m._value_ & value == m._value_]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if cls._boundary_ is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            if cls._boundary_ is CONFORM:
                value = value & mask
            elif cls._boundary_ is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~mask
        known = value & mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if known:
            pseudo._name_ = "|".join(_flag_names(cls, known))
            if unknown:
                pseudo._name_ += "|%s" % (hex(unknown) if cls._member_type_ is object else str(unknown))
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._flag_members_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (type(self).__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is NotImplemented else type(self)(self._value_ ^ v)

    def __invert__(self):
        if self._member_type_ is object or self._boundary_ is not KEEP:
            return type(self)(self._flag_mask_ ^ self._value_)
        return type(self)(~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def _bin(value, width):
    digits = bin(value)[2:] if value >= 0 else bin(value)[3:]
    return "0b" + ("0" if value >= 0 else "1") + " " + digits.rjust(width, "0")


def unique(enumeration):
    """A class decorator that refuses aliases: 'duplicate values found in <enum 'X'>: B -> A'."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
