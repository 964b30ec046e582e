"""sqlalchemy.ext.hybrid: hybrid_property / hybrid_method (the Python side on objects, the expression
side on the class)."""


class hybrid_property:
    def __init__(self, fget, fset=None, fdel=None, expr=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.expr = expr or fget

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.expr(owner)
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, value)

    def setter(self, fset):
        return hybrid_property(self.fget, fset, self.fdel, self.expr)

    def deleter(self, fdel):
        return hybrid_property(self.fget, self.fset, fdel, self.expr)

    def expression(self, expr):
        return hybrid_property(self.fget, self.fset, self.fdel, expr)

    def comparator(self, comparator):
        return self


class hybrid_method:
    def __init__(self, func, expr=None):
        self.func = func
        self.expr = expr or func

    def __get__(self, obj, owner=None):
        if obj is None:
            expr = self.expr

            def bound(*args, **kw):
                return expr(owner, *args, **kw)

            return bound
        func = self.func

        def bound_obj(*args, **kw):
            return func(obj, *args, **kw)

        return bound_obj

    def expression(self, expr):
        return hybrid_method(self.func, expr)
