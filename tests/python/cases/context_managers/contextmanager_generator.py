# contextlib.contextmanager: setup before yield, teardown after, exceptions at the yield.
import contextlib
@contextlib.contextmanager
def batch(table):
    print(f"batch start {table}")
    ops = []
    try:
        yield ops
    except ValueError as e:
        print("batch rolled back:", e)
    else:
        print(f"batch commit {ops}")
    finally:
        print(f"batch end {table}")
with batch("users") as ops:
    ops.append("add_column")
    ops.append("create_index")
with batch("posts") as ops:
    ops.append("drop_column")
    raise ValueError("constraint failed")
print("after rollback")
