# Generators suspended inside with blocks and try/finally: when cleanup runs.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else None)
        return False

def rows(name, n):
    with Res(name):
        for i in range(n):
            yield "%s-%d" % (name, i)
    print("  after with", name)

# full consumption: exit runs before the generator finishes
print(list(rows("a", 2)))
# early break then explicit close: exit sees GeneratorExit
g = rows("b", 5)
for r in g:
    print("got", r)
    if r.endswith("1"):
        break
print("loop left")
g.close()
print("closed")
# an exception thrown in arrives at __exit__
g = rows("c", 3)
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)

def tries():
    for i in range(3):
        try:
            yield i
            print("  after yield", i)
        finally:
            print("  finally", i)
    yield "last"
print(list(tries()))
t = tries()
print(next(t), next(t))
t.close()
# return inside try/finally in a generator
def ret():
    try:
        yield 1
        return "r"
    finally:
        print("  finally before StopIteration")
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
