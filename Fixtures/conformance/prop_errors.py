# Property errors, caught: no setter, no deleter, exceptions from getters.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def diameter(self):
        return 2 * self._r

    @diameter.setter
    def diameter(self, d):
        self._r = d / 2

    @property
    def broken(self):
        return self._missing

    @property
    def checked(self):
        raise ValueError("cannot compute")

c = Circle(2)
for label, action in [
    ("set radius", lambda: setattr(c, "radius", 5)),
    ("del radius", lambda: delattr(c, "radius")),
    ("del diameter", lambda: delattr(c, "diameter")),
    ("get broken", lambda: c.broken),
    ("get checked", lambda: c.checked),
    ("hasattr broken", lambda: hasattr(c, "broken")),
    ("getattr default", lambda: getattr(c, "broken", "fallback")),
]:
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
c.diameter = 10
print(c.radius, c.diameter)
# hasattr only swallows AttributeError
try:
    hasattr(c, "checked")
except ValueError as e:
    print("hasattr propagated ValueError:", e)
