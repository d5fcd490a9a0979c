# Sites that see instances of several classes and shapes: a base-class method on subclasses,
# attributes added in different orders, a new class arriving after the site settled,
# __class__ assignment, setattr with computed names, instances switching to a dict.


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def hit(self):
        self.hits += 1
        return self.name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Square(Shape):
    def __init__(self, s):
        self.s = s                       # different attribute order: different shape
        super().__init__("square")


class Tri(Shape):
    pass


def round_(objs):
    names = []
    for o in objs:
        names.append(o.hit())
    return names


objs = [Circle(1), Square(2), Circle(3), Square(4)] * 50
for _ in range(5):
    round_(objs)
print(sum(o.hits for o in objs), round_(objs)[:4])
late = [Tri("tri%d" % i) for i in range(3)]            # a new class after the site settled
print(round_(objs + late)[-3:], [t.hits for t in late])


# __class__ assignment between compatible classes while sites are hot.
class A:
    kind = "A"

    def who(self):
        return "A" + str(self.v)


class B:
    kind = "B"

    def who(self):
        return "B" + str(self.v)


def whos(items):
    return "".join(i.who() + i.kind for i in items)


items = []
for i in range(100):
    a = A()
    a.v = i % 10
    items.append(a)
print(whos(items)[:12])
for it in items[::2]:
    it.__class__ = B
print(whos(items)[:12])
B.kind = "b"
print(whos(items)[:12])


# setattr/getattr with computed (not interned) names mixed with ordinary attribute access.
class Bag:
    pass


bags = [Bag() for _ in range(100)]
for i, b in enumerate(bags):
    setattr(b, "".join(["fi", "eld"]), i)
    b.other = -i
    setattr(b, "x" + str(i % 3), i)
print(sum(b.field for b in bags), sum(b.other for b in bags))
print(sum(getattr(b, "x" + str(i % 3)) for i, b in enumerate(bags)))
print(sum(getattr(b, "fie" + "ld") for b in bags))


# Instances switching to dict mode (deletion, __dict__) in the middle of a hot loop.
class D:
    def __init__(self, i):
        self.a = i
        self.b = i + 1

    def get(self):
        return self.a + self.b


ds = [D(i) for i in range(200)]
print(sum(d.get() for d in ds))
del ds[10].b
ds[10].b = 1000
ds[20].__dict__["a"] = 500
vars(ds[30])["c"] = 3
print(sum(d.get() for d in ds), ds[30].c)
for d in ds:
    d.a = 1
print(sum(d.get() for d in ds))


# Many attributes: instances past the shape limit keep a dict.
class Wide:
    pass


ws = [Wide() for _ in range(20)]
for w in ws:
    for k in range(70):
        setattr(w, "a%d" % k, k)
for w in ws:
    w.a5 = w.a69 + w.a0
print(sum(w.a5 for w in ws), ws[0].a68)


# A class with __getattr__ and one with __setattr__ sharing a hot site with plain classes.
class Plain:
    def __init__(self):
        self.val = 1


class Lazy:
    def __getattr__(self, name):
        return len(name)


class Guarded:
    def __init__(self):
        object.__setattr__(self, "val", 2)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


mixed = [Plain(), Lazy(), Guarded()] * 40


def read_val(xs):
    return sum(x.val for x in xs)


def write_val(xs):
    for x in xs:
        x.val = 3


print(read_val(mixed))
write_val(mixed)
print(read_val(mixed), mixed[1].val, mixed[2].val)
