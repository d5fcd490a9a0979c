# o.__class__ = X in a hot loop on an instance that has attributes (found by ci/fuzz, seed 2069
# at thresholds 3/2): the store changes the type; it must never be specialized into adding an
# instance attribute named __class__, in Tier 1 or in a superblock.
class K0:
    pass
class K1(K0):
    pass
def alternate():
    o = K0()
    o.a = 1
    names = []
    for i in range(60):
        o.__class__ = K1
        names.append(type(o).__name__[1])
        o.__class__ = K0
        names.append(type(o).__name__[1])
    return "".join(names), sorted(vars(o))
print(*alternate())
def inner_loop_swaps(n):
    L = [38, 2, 597.0]
    o = K1()
    o.a = 1
    trace = []
    for i in range(n):
        for j, v in enumerate(L):
            ty = type(o)
            o.__class__ = K1 if ty is K0 else K0
        trace.append(type(o).__name__[1])
        if i % 3 == 2:
            o.b = i
    return "".join(trace), sorted(vars(o)), o.b
print(*inner_loop_swaps(40))
