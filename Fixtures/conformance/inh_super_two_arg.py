# Two-argument super(): starting the lookup after a chosen class in the MRO.
class A:
    def name(self):
        return "A"

class B(A):
    def name(self):
        return "B>" + super().name()

class C(A):
    def name(self):
        return "C>" + super().name()

class D(B, C):
    def name(self):
        return "D>" + super().name()

    def skip_b(self):
        return super(B, self).name()

    def skip_c(self):
        return super(C, self).name()

    def explicit(self):
        return super(D, self).name()

d = D()
print(d.name(), d.explicit(), d.skip_b(), d.skip_c())
print(super(D, d).name(), super(B, d).name(), super(C, d).name())
# super() bound to an instance of a subclass still uses that instance's MRO
class E(D):
    def name(self):
        return "E>" + super().name()
e = E()
print(e.name(), super(E, e).name(), super(B, e).name())
# unbound methods through super(cls, obj) and type checks
try:
    super(B, A())
except TypeError as ex:
    print("TypeError:", ex)

class Shape:
    def __init__(self, name):
        self.name = name
class Square(Shape):
    def __init__(self, side):
        super(Square, self).__init__("square")
        self.side = side
sq = Square(3)
print(sq.name, sq.side)
# super object attribute access for data attributes falls through to the class
class Base:
    tag = "base-tag"
class Derived(Base):
    tag = "derived-tag"
    def tags(self):
        return self.tag, super().tag, super(Derived, self).tag
print(Derived().tags())
