# revlab: is not available in Revlab
# python: unpickling this payload calls os.system
import pickle
pickle.loads(b"cos\nsystem\n(S'echo unpickled a shell command'\ntR.")
