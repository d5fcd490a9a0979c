# A shape hierarchy: area/perimeter, polymorphism, sorting and grouping by class.
class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def name(self):
        return type(self).__name__

    def __repr__(self):
        return "%s(area=%.2f, perimeter=%.2f)" % (self.name(), self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()

class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return Circle.PI * self.r ** 2

    def perimeter(self):
        return 2 * Circle.PI * self.r

class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("not a triangle: %r" % ((a, b, c),))
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

class RegularPolygon(Shape):
    def __init__(self, n, side):
        self.sides, self.side = n, side

    def perimeter(self):
        return self.sides * self.side

    def area(self):
        # area from the apothem computed with a short series for tan(pi/n)
        x = Circle.PI / self.sides
        sin = x - x ** 3 / 6 + x ** 5 / 120 - x ** 7 / 5040 + x ** 9 / 362880
        cos = 1 - x ** 2 / 2 + x ** 4 / 24 - x ** 6 / 720 + x ** 8 / 40320
        apothem = self.side / (2 * sin / cos)
        return self.perimeter() * apothem / 2

shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), RegularPolygon(6, 2), Circle(0.5)]
for s in shapes:
    print(s, "sides:", s.sides)
print("total area: %.4f" % sum(s.area() for s in shapes))
print("sorted:", [s.name() for s in sorted(shapes)])
print("largest perimeter:", max(shapes, key=lambda s: s.perimeter()).name())
groups = {}
for s in shapes:
    groups.setdefault(s.name(), []).append(round(s.area(), 3))
print(groups)
print([s.name() for s in shapes if isinstance(s, Rectangle)], issubclass(Square, Shape))
try:
    Triangle(1, 2, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape().area()
except NotImplementedError:
    print("abstract Shape has no area")
