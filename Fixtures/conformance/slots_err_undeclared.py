# Uncaught AttributeError: assigning an attribute that is not in __slots__.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vec(1, 2)
v.x += 1
print(v.x, v.y)
v.z = 3
print("not reached")
