# revlab: is not available in Revlab
# python: lists every class loaded in the process, a classic first step to reach os or file objects
classes = ().__class__.__bases__[0].__subclasses__()
print(len(classes))
