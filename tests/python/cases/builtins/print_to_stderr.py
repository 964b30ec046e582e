# print(file=sys.stderr) writes to stderr; stdout keeps only the rest.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", sep="+", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stderr.write("stderr directly\n")
print("end of stdout")
