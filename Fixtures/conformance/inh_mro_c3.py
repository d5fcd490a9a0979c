# Larger hierarchies: the C3 linearization of several classic examples.
def mro(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for k in (A, B, C, D, E, F):
    print(k.__name__, "->", mro(k))

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print("M ->", mro(M))

class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass
print("Pedalo ->", mro(Pedalo))

# every class's MRO starts with itself and ends with object
for k in (A, M, Pedalo, O):
    print(k.__mro__[0] is k, k.__mro__[-1] is object, len(k.__mro__))

# which class provides a method, found by walking the MRO by hand
class P1:
    def f(self): return "P1.f"
class P2(P1):
    def g(self): return "P2.g"
class P3(P1):
    def f(self): return "P3.f"
    def g(self): return "P3.g"
class P4(P2, P3): pass
for name in ("f", "g"):
    owner = next(c for c in P4.__mro__ if name in c.__dict__)
    print(name, owner.__name__, getattr(P4(), name)())
