# Attribute and method caches must see class changes made after a site got hot: class
# attributes rebound or deleted, methods replaced on the class or on a base, attributes added
# to a base that shadow a base-of-base, instance attributes that start shadowing class ones.


class Base:
    scale = 2

    def describe(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, v):
        self.v = v


def read_scale(objs):
    total = 0
    for o in objs:
        total += o.scale
    return total


def call_describe(objs):
    out = []
    for o in objs:
        out.append(o.describe())
    return out[0], out[-1], len(out)


leaves = [Leaf(i) for i in range(300)]
print(read_scale(leaves))
Base.scale = 5                      # class attribute rebound on the base
print(read_scale(leaves))
Mid.scale = 7                       # a nearer base now shadows it
print(read_scale(leaves))
del Mid.scale                       # and stops shadowing it
print(read_scale(leaves))
Leaf.scale = 1
print(read_scale(leaves))
del Leaf.scale
del Base.scale                      # nothing left: AttributeError
try:
    read_scale(leaves)
except AttributeError as e:
    print("AttributeError", e)
Base.scale = 3
print(read_scale(leaves))

print(call_describe(leaves))
Base.describe = lambda self: "patched base"       # method replaced on a base
print(call_describe(leaves))
Mid.describe = lambda self: "mid " + str(self.v)  # a nearer base defines it
print(call_describe(leaves))
leaves[-1].describe = lambda: "own"              # instance attribute shadows the method
print(call_describe(leaves))
Mid.describe = 42                                 # a plain value: calling it fails
try:
    call_describe(leaves[:-1])
except TypeError as e:
    print("TypeError", e)
del Mid.describe
print(call_describe(leaves))

# An instance attribute added after the class attribute was read through the cache.
for o in leaves[:150]:
    o.scale = 100
print(read_scale(leaves))


# Storing through a hot site, then a class gets a same-named class attribute: stores still go
# to the instance, loads see the instance value.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n = self.n + 1


counters = [Counter() for _ in range(100)]
for _ in range(3):
    for c in counters:
        c.bump()
Counter.n = -1
for c in counters:
    c.bump()
print(sum(c.n for c in counters), Counter.n)
