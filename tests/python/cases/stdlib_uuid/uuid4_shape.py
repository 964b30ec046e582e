# uuid4 values are random: only their shape is checked.
import uuid
u = uuid.uuid4()
print(type(u).__name__, u.version, u.variant, len(str(u)), len(u.hex), str(u).count("-"))
print(str(u)[14], u != uuid.uuid4(), isinstance(u.int, int), 0 <= u.int < 2 ** 128)
new_ids = [uuid.uuid4().hex for _ in range(5)]
print(len(set(new_ids)), all(len(i) == 32 for i in new_ids))
