# Class creation errors, caught: inconsistent MRO, duplicate bases, a final base type.
class A: pass
class B(A): pass
class C: pass

def attempt(label, make):
    try:
        cls = make()
        print(label, "ok:", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, "TypeError:", " ".join(str(e).split()))

def bad_order():
    class X(A, B): pass
    return X
def good_order():
    class X(B, A): pass
    return X
def duplicate():
    class X(C, C): pass
    return X
def crossing():
    class P(A, C): pass
    class Q(C, A): pass
    class R(P, Q): pass
    return R
def bool_base():
    class X(bool): pass
    return X
for label, fn in [("A,B", bad_order), ("B,A", good_order), ("C,C", duplicate),
                  ("cross", crossing),
                  ("bool", bool_base)]:
    attempt(label, fn)
