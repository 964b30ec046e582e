# revlab: cannot fit 'int' into an index-sized integer | OverflowError
# python: OverflowError: cannot fit 'int' into an index-sized integer (__len__ returned 10**20)
class Huge:
    def __len__(self):
        return 10 ** 20
len(Huge())
