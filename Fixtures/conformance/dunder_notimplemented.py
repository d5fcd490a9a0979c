# NotImplemented fallbacks: left operand declines, right operand's reflected method runs;
# a subclass's reflected method is tried first when it overrides it.
class A:
    def __add__(self, other):
        print("  A.__add__", type(other).__name__)
        return NotImplemented

    def __radd__(self, other):
        print("  A.__radd__", type(other).__name__)
        return "A.radd"

    def __mul__(self, other):
        print("  A.__mul__", type(other).__name__)
        return "A.mul"

class B:
    def __radd__(self, other):
        print("  B.__radd__", type(other).__name__)
        return "B.radd"

    def __rmul__(self, other):
        print("  B.__rmul__", type(other).__name__)
        return "B.rmul"

class SubA(A):
    def __radd__(self, other):
        print("  SubA.__radd__", type(other).__name__)
        return "SubA.radd"

    def __rmul__(self, other):
        print("  SubA.__rmul__", type(other).__name__)
        return NotImplemented

print(A() + B())
print(A() * B())
print(1 + A())
try:
    print(A() + A())
except TypeError as e:
    print("TypeError:", e)
print(A() + SubA())
print(A() * SubA())
# returning NotImplemented from __eq__ on both sides falls back to identity
class E:
    def __eq__(self, other):
        print("  E.__eq__")
        return NotImplemented
e = E()
print(e == E(), e == e, e != E())
# int + custom: int returns NotImplemented, custom __radd__ is used
class Meters:
    def __init__(self, m):
        self.m = m
    def __radd__(self, other):
        return Meters(other + self.m)
    def __repr__(self):
        return "%gm" % self.m
print(1 + Meters(2), 2.5 + Meters(1), True + Meters(1))
print(type(NotImplemented).__name__, A.__add__(A(), 1) is NotImplemented)
