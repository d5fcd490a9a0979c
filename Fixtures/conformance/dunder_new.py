# __new__: controlling instance creation (caching, immutable subclasses, __init__ skipping).
class Interned:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            print("  reuse", name)
            return cls._cache[name]
        print("  create", name)
        obj = super().__new__(cls)
        cls._cache[name] = obj
        return obj

    def __init__(self, name):
        print("  init", name)
        self.name = name

a = Interned("x")
b = Interned("y")
c = Interned("x")
print(a is c, a is b, len(Interned._cache))

# when __new__ returns an object of another class, __init__ is not called
class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [kind]
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)
        self.kind = kind

print(Factory("list"), Factory("obj").kind)

# immutable int subclass with extra data chosen in __new__
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)

t = Celsius(21.5)
print(t, t + 1, type(t + 1).__name__, isinstance(t, float), t * 2)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), list(p), p + (5,))
x, y = p
print(x * y, sorted([Point(2, 1), Point(1, 2)]))
