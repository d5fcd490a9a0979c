# Uncaught exception through a with block whose __exit__ does not suppress it.
class Transaction:
    def __init__(self):
        self.ops = []

    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.ops)
        else:
            print("rollback", self.ops, "because", exc_type.__name__)
        return False

with Transaction() as t:
    t.ops.append("insert")
with Transaction() as t:
    t.ops.append("update")
    raise LookupError("row 7 vanished")
print("not reached")
