# A bare raise with no exception being handled raises RuntimeError.
def rethrow():
    raise
print("calling rethrow")
rethrow()
