# Uncaught TypeError: a required __init__ argument is missing.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

shapes = [Rect(2, 3), Rect(4, 5)]
print([r.area() for r in shapes])
shapes.append(Rect(7))
print("not reached")
