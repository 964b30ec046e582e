# revlab: is not available in Revlab
# python: creates or truncates a file in the working directory
with open("written_by_a_migration.txt", "w") as f:
    f.write("data")
