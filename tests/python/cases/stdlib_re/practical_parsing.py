# Regexes a migration helper uses: parsing revision headers and SQL type strings.
import re
source = '''"""add users

Revision ID: ae1027a6acf0
Revises: 1975ea83b712
Create Date: 2024-01-15 09:30:05.123456

"""
revision = 'ae1027a6acf0'
down_revision = '1975ea83b712'
branch_labels = None
'''
header = dict(re.findall(r"^(Revision ID|Revises|Create Date): (.*)$", source, re.M))
print(header)
assigns = dict(re.findall(r"^(\w+) = (.+)$", source, re.M))
print(assigns)
for t in ["VARCHAR(255)", "NUMERIC(10, 2)", "INTEGER", "varchar", "DECIMAL( 5 ,1 )"]:
    m = re.fullmatch(r"\s*(\w+)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*", t)
    print(t, "->", m.group(1).upper(), m.group(2), m.group(3))
print(re.sub(r"[^\w]+", "_", "Add users & posts (v2)!").strip("_").lower())
