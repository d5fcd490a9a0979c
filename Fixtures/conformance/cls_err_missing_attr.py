# Uncaught AttributeError for an attribute that was never set.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

p = Point(3, -4)
print("x, y =", p.x, p.y)
print(p.norm1())
print("not reached")
