# Float ** float in hot loops: the compiled fast path (positive finite base, finite exponent and
# result) must agree bit for bit with CPython, and every special case must leave it correctly.
def roots(n):
    s = 0.0
    for i in range(1, n):
        d = i * 0.37 + 0.001
        s += d ** 0.5 + d ** -1.5 + d ** 1.75
    return s

print(repr(roots(3000)))

def special(values, exponent):
    out = []
    for v in values:
        try:
            out.append(v ** exponent)
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

hot = [float(i) + 0.5 for i in range(100)]
special(hot, 2.0)
print(special([4.0, 1.0, 0.0, -0.0, -8.0, -2.0, float("inf"), float("-inf"), float("nan"), 1e300, 1e-300], 3.0))
print(special([4.0, 0.0, -0.0, float("inf"), 1e300, 1e-300, 2.0], -2.0))
print(special([4.0, 1.0, 0.5, 2.0, float("nan")], float("inf")))
print(special([4.0, 1.0, 0.5, 2.0], float("-inf")))
print(special([4.0, 1.0, 2.0], float("nan")))
print(special([2.0, 10.0, 1.5], 1e5))
print(special([2.0, 0.5, 16.0], 0.0))

def growth(steps):
    x = 1.01
    values = []
    for i in range(steps):
        try:
            values.append(x ** float(i * 40))
        except OverflowError as e:
            return len(values), repr(values[-1]), str(e)
    return len(values)

print(growth(10000))


def roots(count):
    # Square roots of bases whose root lies near a rounding midpoint ((m*m + m) / 2**20) and
    # of everyday ones: x ** 0.5 must give libm pow's bits, never a differently rounded sqrt.
    acc = 0
    misses = 0
    for i in range(1, count):
        m = float(i * 7919 % 1000003)
        r = ((m * m + m) * 0.00000095367431640625) ** 0.5
        acc = (acc * 31 + hash(r)) % 1000000007
        s = (i * 0.37) ** 0.5
        acc = (acc * 31 + hash(s)) % 1000000007
        if r * r != (m * m + m) * 0.00000095367431640625:
            misses += 1
    return acc, misses


print(roots(100000))
