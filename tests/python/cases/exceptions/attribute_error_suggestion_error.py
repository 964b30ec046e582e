# An uncaught AttributeError for a near-miss attribute: Python 3.11 appends a suggestion.
class Migration:
    def __init__(self):
        self.down_revision = None
m = Migration()
print(m.down_revision)
print(m.down_revisions)
