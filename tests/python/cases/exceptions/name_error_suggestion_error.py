# An uncaught NameError for a near-miss name: Python 3.11 appends a suggestion to the last line.
revision_id = "ae1027a6acf0"
print(revision_id)
print(revison_id)
