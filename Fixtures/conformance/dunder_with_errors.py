# Context manager error paths: missing methods, exceptions in __enter__ and __exit__.
class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        return False

for cls in (NoExit, NoEnter):
    try:
        with cls():
            print("body")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with FailEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)

class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise ValueError("exit failed while handling %s" % (t.__name__ if t else None))
try:
    with FailExit():
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
try:
    with FailExit():
        pass
except ValueError as e:
    print("ValueError:", e, "| context:", e.__context__)

class Swallow:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = v
            return True
        return False
with Swallow(ZeroDivisionError, KeyError) as s:
    x = 1 // 0
print("caught", type(s.caught).__name__, s.caught)
try:
    with Swallow(KeyError):
        int("nope")
except ValueError as e:
    print("not swallowed:", e)
