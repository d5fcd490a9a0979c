# return in a generator: StopIteration.value, next() defaults, return without value.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("second time value:", e.value)

def early(flag):
    yield 1
    if flag:
        return
    yield 2
print(list(early(True)), list(early(False)))
g = early(True)
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare return value:", e.value, e.args)
print(next(countdown(0), "default"), next(iter([]), None))
def returns_list():
    yield
    return [1, 2]
g = returns_list()
next(g)
try:
    g.send("ignored")
except StopIteration as e:
    print(e.value, type(e.value).__name__)
# a for loop discards the return value
for x in countdown(3):
    pass
print("loop done at", x)
# returning a StopIteration-worthy value: a tuple
def pair():
    yield "a"
    return (1, 2)
g = pair()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
