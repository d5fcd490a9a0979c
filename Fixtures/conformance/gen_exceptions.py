def failing():
    yield 1
    raise ValueError("inside generator")
g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("exhausted after error")
def guarded():
    for i in range(3):
        try:
            yield i
        except KeyError as e:
            print("generator caught", repr(e))
            yield "recovered"
g = guarded()
print(next(g), g.throw(KeyError("k")), next(g), next(g))
def leaky():
    yield 1
    return 1 / 0
try:
    list(leaky())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
