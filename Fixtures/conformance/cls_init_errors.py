# Errors raised while constructing and calling: caught and printed.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

class NoInit:
    pass

class BadInit:
    def __init__(self):
        return 5

class Checked:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v

tests = [
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1).move(1),
    lambda: Point(1).move(1, 2, 3),
    lambda: NoInit(1),
    lambda: NoInit(a=1),
    lambda: BadInit(),
    lambda: Checked(-4),
    lambda: Point(1)(),
    lambda: Point.move(1, 2),
    lambda: Point.move(),
    lambda: Point(1).nothing,
    lambda: NoInit.missing,
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Checked(3).v)
