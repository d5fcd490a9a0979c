# Diamond inheritance: C3 MRO and cooperative super() calls visiting each class once.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def who(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__ before super")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()

class Right(Base):
    def __init__(self):
        print("Right.__init__ before super")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ before super")
        super().__init__()
        self.trail.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()

print([c.__name__ for c in Bottom.__mro__])
b = Bottom()
print(b.trail)
print(b.who())

class Bottom2(Right, Left):
    pass
print([c.__name__ for c in Bottom2.__mro__])
print(Bottom2().who())
print([c.__name__ for c in Bottom.mro()], Bottom.__bases__ == (Left, Right))

# attribute lookup follows the MRO
class A:
    x = "A"
class B(A):
    pass
class C(A):
    x = "C"
class D(B, C):
    pass
print(D.x, [k.__name__ for k in D.__mro__])
