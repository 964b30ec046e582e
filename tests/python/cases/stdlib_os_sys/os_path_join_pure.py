# os.path string functions that do not touch the file system.
import os.path
print(os.path.join("migrations", "versions", "abc_add.py"), os.path.join("a", "/abs", "b"), os.path.join("dir", ""))
print(os.path.basename("migrations/versions/abc_add.py"), os.path.dirname("migrations/versions/abc_add.py"))
print(os.path.splitext("abc_add.py"), os.path.splitext("archive.tar.gz"), os.path.splitext(".hidden"))
print(os.path.split("a/b/c.txt"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.sep, os.path.sep, os.linesep == "\n")
