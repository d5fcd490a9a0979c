# for-loops over range(stop) and range(start, stop) made in hot code: Tier 2 makes the
# iterator directly; other arguments (bools, big ints, floats) and a global `range` that
# shadows the builtin must behave as CPython's range does.

def sums(n):
    total = 0
    for k in range(n):
        for i in range(k):
            total += i
        for j in range(k, 2 * k):
            total -= j
        for m in range(5, k):
            total += m
    return total


def odd_arguments(values):
    out = []
    for v in values:
        try:
            s = 0
            for i in range(v):
                s += i
            out.append(s)
        except TypeError as e:
            out.append(str(e))
    return out


def two_arguments(pairs):
    out = []
    for a, b in pairs:
        c = 0
        for i in range(a, b):
            c += 1
        out.append(c)
    return out


print(sums(300))
print(odd_arguments([3, 0, -4, True, False, 5, 2**70 - 2**70 + 6, 7] * 30)[-8:])
print(odd_arguments([4] * 100 + [2.5, "x", None]))
print(two_arguments([(1, 4), (4, 1), (-3, 3), (0, 0), (-2**40, -2**40 + 3)] * 40)[:5])
big = 2**62
print(two_arguments([(big, big + 3), (5, 9)] * 60)[:2])


def shadowed(n):
    total = 0
    for k in range(n):
        for i in range(3):
            total += i
    return total


print(shadowed(200))
range = lambda *args: [10, 20]
print(shadowed(3))
del range
print(shadowed(100))
r = range(5)
it = iter(r)
print(next(it), list(it), list(range(2, 6)), len(range(10**3)))


def deep(n):
    # range(...) costs a recursion level in CPython: at the limit the call itself raises
    # (the first iteration makes no range, so compiled code makes the first one).
    t = 0
    for k in (0, 1, 2):
        if k:
            for i in range(2):
                t += i
    try:
        return deep(n + 1)
    except RecursionError:
        return n


def plain(n):
    try:
        return plain(n + 1)
    except RecursionError:
        return n


print(plain(0) - deep(0))
