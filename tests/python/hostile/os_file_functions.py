# revlab: is not available in Revlab
# python: lists / and removes a file if it exists
import os
print(os.listdir("/"))
os.remove("some_file_that_should_stay")
