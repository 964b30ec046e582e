# revlab: is not available in Revlab
# python: exec runs the string as code: here it imports os and lists the root folder
exec("import os; print(os.listdir('/'))")
