# Abstract-style base classes with NotImplementedError, and template methods.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")

    def perimeter(self):
        raise NotImplementedError

    def summary(self):
        try:
            return "%s: area=%s perimeter=%s" % (type(self).__name__, self.area(), self.perimeter())
        except NotImplementedError as e:
            return "%s: incomplete (%s)" % (type(self).__name__, e or "no message")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

class HalfDone(Shape):
    def area(self):
        return 1

class Nothing(Shape):
    pass

for s in [Square(3), HalfDone(), Nothing(), Shape()]:
    print(s.summary())
try:
    Nothing().area()
except NotImplementedError as e:
    print(type(e).__name__, e.args, isinstance(e, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
