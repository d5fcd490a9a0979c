# Context managers: __enter__/__exit__, `as` targets, exception info, suppression, nesting.
class Tag:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        info = "ok" if exc_type is None else "%s(%s)" % (exc_type.__name__, exc)
        print("  " * Tag.depth + "</" + self.name + "> " + info)
        return self.suppress

with Tag("html") as t:
    print("  got", t)
    with Tag("body"), Tag("p") as p:
        print("    inside", p)

with Tag("outer", suppress=True):
    with Tag("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppressed block")

try:
    with Tag("div"):
        {}["key"]
except KeyError as e:
    print("propagated KeyError", e)

# __exit__ runs on return and break too
def early():
    with Tag("func"):
        return "returned"
print(early())
for i in range(3):
    with Tag("loop%d" % i):
        if i == 1:
            break
print("i =", i)

# a resource-like manager recording its lifecycle
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.log.append("open " + self.name)
        return self
    def __exit__(self, *exc):
        Resource.log.append("close " + self.name)
        return False
    def use(self, x):
        Resource.log.append("%s uses %s" % (self.name, x))
with Resource("a") as a, Resource("b") as b:
    a.use(1)
    b.use(2)
print(Resource.log)
# the `as` target can be any assignment target
store = {}
with Resource("c") as store["res"]:
    pass
print(store["res"].name, Resource.log[-2:])
# __exit__ returning a truthy non-bool also suppresses
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy() as nothing:
    1 / 0
print("suppressed by truthy", nothing)
