def g():
    yield 1
    return "the value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print("value:", e.value, "args:", e.args, repr(e))
def counter(n):
    c = 0
    for i in range(n):
        c += yield i
    return c
def driver():
    total = yield from counter(3)
    return total * 100
d = driver()
next(d)
d.send(1)
d.send(2)
try:
    d.send(3)
except StopIteration as e:
    print("driver returned", e.value)
