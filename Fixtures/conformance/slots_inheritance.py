# __slots__ with inheritance: subclasses without slots get a __dict__; slot lists extend.
class Base:
    __slots__ = ("a",)

class WithDict(Base):
    pass

class MoreSlots(Base):
    __slots__ = ("b",)

w = WithDict()
w.a = 1
w.extra = 2
print(w.a, vars(w), hasattr(w, "__dict__"))
m = MoreSlots()
m.a, m.b = 3, 4
print(m.a, m.b, hasattr(m, "__dict__"), MoreSlots.__slots__)
try:
    m.c = 5
except AttributeError as e:
    print("AttributeError:", e)

# a slotted class used as a small record type, with class attributes still readable
class Pixel:
    __slots__ = ("x", "y", "color")
    default_color = "black"

    def __init__(self, x, y, color=None):
        self.x, self.y = x, y
        self.color = color or self.default_color

    def __eq__(self, other):
        return (self.x, self.y, self.color) == (other.x, other.y, other.color)

    def __hash__(self):
        return hash((self.x, self.y, self.color))

pixels = [Pixel(i % 3, i // 3, "red" if i % 2 else None) for i in range(6)]
print([(p.x, p.y, p.color) for p in pixels])
print(len(set(pixels + [Pixel(0, 0)])), Pixel(1, 1) == Pixel(1, 1, "black"))
try:
    pixels[0].default_color = "white"
except AttributeError as e:
    print("AttributeError:", e)
print(Pixel.default_color)

# class attribute conflicting with a slot name
try:
    class Conflict:
        __slots__ = ("x",)
        x = 0
except ValueError as e:
    print("ValueError:", e)
