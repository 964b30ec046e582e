# The first matching except clause wins; tuples; base classes catch subclasses.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup ({type(e).__name__})"
    except ArithmeticError as e:
        return f"arithmetic ({type(e).__name__})"
    except ValueError:
        return "value"
    except Exception as e:
        return f"other ({type(e).__name__})"
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), TypeError(), RuntimeError("r")]:
    print(classify(exc))
print(issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError), issubclass(bool, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(NotImplementedError, RuntimeError))
print(issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError))
