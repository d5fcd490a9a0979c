# Floats kept unboxed in registers across loop iterations: values live at exits taken in
# the middle of the loop (the exit must box them), -0.0 and nan flowing through phis,
# and floats passed to generic helpers (calls, containers, formatting) from a loop.
import math

def mandel(cr, ci, max_iter):
    zr = zi = 0.0
    it = 0
    while it < max_iter and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        it += 1
    return it, zr, zi

total = 0
for y in range(12):
    for x in range(24):
        it, zr, zi = mandel(-2.0 + x * 0.125, -1.2 + y * 0.2, 60)
        total += it
print("mandel", total, mandel(-0.75, 0.1, 500))

def exits_midway(n):
    # The guard on `i % 7` exits with a, b, c live in xmm registers.
    a, b, c = 1.5, -0.0, 0.25
    out = []
    for i in range(n):
        a = a * 1.0001 + c
        b = b * 0.5
        if i % 7 == 6:
            out.append((i, a, b, c))
            c = c + b
        c = c * 0.999
    return a, b, c, out[:3], len(out)

for n in (1, 2, 7, 8, 50, 400):
    print("midway", n, exits_midway(n))

def signed_zero(n):
    z = -0.0
    m = 0.0
    for i in range(n):
        z = z * 1.0          # stays -0.0
        m = m - 0.0          # stays 0.0
    return z, m, math.copysign(1.0, z), math.copysign(1.0, m), str(z)

print("zero", signed_zero(3), signed_zero(300))

def nan_loop(n):
    x = float("nan")
    y = 1.0
    count = 0
    for i in range(n):
        x = x * 2.0 + 1.0
        y = y + x
        if x != x:
            count += 1
        if x < 0.0 or x >= 0.0:   # false for nan
            count -= 100
    return x, y, count, math.isnan(x), math.isnan(y)

print("nan", nan_loop(5), nan_loop(200))

def inf_loop(n):
    x = 1e300
    seen = []
    for i in range(n):
        x = x * 10.0
        if i < 3:
            seen.append(x)
    return x, seen, -x, x - x

print("inf", inf_loop(10), inf_loop(100))

def to_helpers(n):
    # Floats from the loop go to generic code: a list, a dict key, str(), a call.
    acc = 0.0
    parts = []
    d = {}
    for i in range(n):
        acc = acc + 0.1
        parts.append(acc)
        d[round(acc, 3)] = i
        s = repr(acc * 2.0)
        acc = abs(acc - 0.05)
    return acc, parts[-3:], len(d), s, max(parts), sum(parts)

print("helpers", to_helpers(3), to_helpers(250))

def rotate(n):
    # Phis carrying each other (a cycle through the back edge).
    a, b, c = 1.0, 2.0, 3.0
    for i in range(n):
        a, b, c = b, c, a + 0.5
    return a, b, c

print("rotate", rotate(1), rotate(100), rotate(1001))

def mixed_types(values):
    # The same loop sees ints, then floats: exits at type guards with unboxed values.
    s = 0.0
    t = 0
    for v in values:
        s = s + v
        t = t + 1
    return s, t

print("mixed", mixed_types([1.5, 2.5, 3]), mixed_types([0.5] * 100 + [1] + [0.25] * 100))
