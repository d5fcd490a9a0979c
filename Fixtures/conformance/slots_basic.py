# __slots__: declared attributes only, no instance __dict__, unset slots, deletion.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, 2)
print(p, p.x + p.y, hasattr(p, "__dict__"), Point.__slots__)
p.x = 10
print(p)
for action, fn in [("set z", lambda: setattr(p, "z", 3)),
                   ("get z", lambda: p.z),
                   ("vars", lambda: vars(p))]:
    try:
        fn()
        print(action, "ok")
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__ + ":", e)
del p.y
print(hasattr(p, "y"), getattr(p, "y", "unset"))
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p, [getattr(p, s) for s in Point.__slots__])

class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print("AttributeError:", err)

# a single string is one slot name
class One:
    __slots__ = "value"
o = One()
o.value = "v"
print(o.value, One.__slots__)
# slots are class-level descriptors
print(type(Point.__dict__["x"]).__name__, "x" in Point.__dict__)
# __dict__ can be requested explicitly
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, vars(f))
