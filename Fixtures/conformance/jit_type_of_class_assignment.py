# type(o) read before and after o.__class__ changes in a hot loop (found while building ci/fuzz): the
# optimizer must not reuse the first type(o) for the second, nor the first iteration's for later ones.
class A:
    def f(self):
        return 1
class B:
    def f(self):
        return 2
def swap_every_third():
    o = A()
    s = 0
    names = []
    for i in range(300):
        t1 = type(o)
        o.__class__ = B if i % 3 == 0 else A
        t2 = type(o)
        s += o.f() + (t1 is t2) * 10
        if i % 50 == 0:
            names.append(type(o).__name__)
    return s, names
print(*swap_every_third())
def swap_in_callee(o, i):
    if i % 5 == 0:
        o.__class__ = A if type(o) is B else B
def swap_late():
    o = A()
    same = 0
    kinds = []
    for i in range(400):
        before = type(o)
        if i > 200:
            swap_in_callee(o, i)
        same += type(o) is before
        kinds.append(type(o).__name__[0])
    return same, "".join(kinds[195:230])
print(*swap_late())
