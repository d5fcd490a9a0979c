# super() inside classmethods and staticmethod-free alternative constructors in a hierarchy.
class Shape:
    registry = []

    def __init__(self, *dims):
        self.dims = dims

    @classmethod
    def create(cls, *dims):
        obj = cls(*dims)
        Shape.registry.append(cls.__name__)
        return obj

    @classmethod
    def describe(cls):
        return "Shape"

    def __repr__(self):
        return "%s%r" % (type(self).__name__, self.dims)

class Rect(Shape):
    @classmethod
    def create(cls, w, h):
        print("Rect.create", cls.__name__, w, h)
        return super().create(w, h)

    @classmethod
    def describe(cls):
        return "Rect<" + super().describe() + ">"

class Square(Rect):
    @classmethod
    def create(cls, side):
        print("Square.create", side)
        return super().create(side, side)

    @classmethod
    def describe(cls):
        return "Square<" + super().describe() + ">"

    @classmethod
    def unit(cls):
        return cls.create(1)

print(Square.create(4), Rect.create(2, 3), Shape.create(9))
print(Square.unit())
print(Shape.registry)
print(Square.describe(), Rect.describe(), Shape.describe())
print(Square(5).describe())

class Base:
    def __init_subclass__(cls):
        cls.label = "label-" + cls.__name__.lower()

    @classmethod
    def build(cls):
        return cls.__name__ + ":" + cls.label
class Child(Base):
    @classmethod
    def build(cls):
        return "child " + super().build()
class GrandChild(Child):
    pass
print(Child.build(), GrandChild.build())
