# A method that raises NotImplementedError, called on a base instance.
class Operation:
    def run(self):
        raise NotImplementedError("subclasses implement run()")
class AddColumn(Operation):
    def run(self):
        return "added"
print(AddColumn().run())
Operation().run()
