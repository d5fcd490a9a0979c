# Class decorators: functions taking a class and returning it (or a replacement).
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError("%s expects %d values, got %d" % (cls.__name__, len(fields), len(args)))
        for f, v in zip(fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

def add_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in cls.fields))
    return cls

def with_prefix(prefix):
    def deco(cls):
        cls.prefix = prefix
        cls.describe = lambda self: prefix + ":" + repr(self)
        return cls
    return deco

@register
@with_prefix("pt")
@add_eq
@add_repr
@add_init
class Point:
    fields = ("x", "y")

@register
@add_repr
@add_init
class Color:
    fields = ("r", "g", "b")

p = Point(1, 2)
print(p, Color(255, 0, 10), p.describe(), Point.prefix)
print(p == Point(1, 2), p == Point(2, 1), len({Point(1, 2), Point(1, 2), Point(0, 0)}))
print(registry, Point.__name__, Point.__init__.__name__)
try:
    Color(1, 2)
except TypeError as e:
    print("TypeError:", e)

# a decorator that replaces the class with something else entirely
def singleton(cls):
    return cls()

@singleton
class config:
    debug = True
    def get(self, k):
        return getattr(self, k, None)
print(type(config).__name__, config.get("debug"), config.get("x"))

# decorator application order is bottom-up
def trace(tag):
    def deco(cls):
        print("applying", tag, "to", cls.__name__)
        return cls
    return deco
@trace("outer")
@trace("inner")
class T:
    pass
