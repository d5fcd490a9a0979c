# Big-int arithmetic at limb boundaries (64-bit limbs, 50-bit small ints): every sign
# combination of +, -, *, //, %, divmod, <<, >>, comparisons and str().
B = 2 ** 64
edges = [0, 1, -1, 2 ** 49 - 1, 2 ** 49, -2 ** 49, -2 ** 49 - 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63,
         B - 1, B, B + 1, -(B - 1), -B, -(B + 1), B * B - 1, B * B, -(B * B + 1),
         (B - 1) * B ** 2 + 1, 2 ** 63 * B ** 2 + B - 1, B ** 3 + B - 1, 10 ** 19, 10 ** 38 - 1]

def show(x):
    # A compact but exact fingerprint of possibly long results.
    return x if -10 ** 30 < x < 10 ** 30 else (x % 999999937, x.bit_length(), x < 0)

def fold(values):
    # One number per row keeps the expected output short; any wrong value changes it.
    acc = 0
    for v in values:
        acc = (acc * 1000003 + hash(v)) % (2 ** 61 - 1)
    return acc

for i, a in enumerate(edges):
    row = []
    for b in edges:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        if b:
            q, r = a // b, a % b
            assert (q, r) == divmod(a, b) and q * b + r == a and (r == 0 or (r < 0) == (b < 0))
            row.append((q, r))
    print(i, show(a), fold(row))

for a in edges:
    print(str(a), repr(-a), fold([(a << s, a >> s) for s in (0, 1, 14, 49, 63, 64, 65, 128, 1000)]))

# Long division whose first quotient guess is one too big (the add-back correction).
for top in (2 ** 63, B - 1, 2 ** 63 + 12345):
    for second in (0, B - 1, 987654321):
        b = top * B ** 2 + second * B + (B - 1)
        results = []
        for c in (2, B - 1, 3141592653589793238):
            for a in (c * (top * B + second) * B, -c * (top * B + second) * B ** 3 + 7):
                for sb in (b, -b):
                    q, r = divmod(a, sb)
                    results.append((q, r, a // sb == q, a % sb == r))
        print(show(results[0][0]), show(results[0][1]), fold(results))

# Quotients and remainders that are small ints, one limb, or exactly 0.
x = 3 ** 300
print(x // x, x % x, (x + 1) // x, (x - 1) // x, -x // x, (-x - 1) // x, x // -(x + 1), x % -(x + 1))
print(x // 7, x % 7, x % -7, -x % 7, x // (2 ** 63), x % (2 ** 63), x // -(B - 1), x % -(B - 1))

# Errors and fallbacks: zero divisors, negative shift counts, bools and floats with bignums.
for op in (lambda: x // 0, lambda: x % 0, lambda: divmod(x, 0), lambda: x << -1, lambda: x >> -1):
    try:
        op()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(x + True, x * False, x - True, x // True, x > 1.5, x == float(x), 2 ** 64 == 2.0 ** 64, x / 3 ** 299)
print(x >> (10 ** 20), -x >> (10 ** 20), B >> 64, -B >> 64, -(B + 1) >> 64, -(B * B - 1) >> 64)

# Results that shrink back to small ints are small ints (identity of cached-free values aside).
y = 2 ** 100
print(type(y - y + 5), (y + 5) - y, hash(y * 3 - 2 * y) == hash(2 ** 100), {y: 1}[2 ** 100])

# In loops (hot enough for the JIT's thresholds): factorial, Fibonacci, a spigot-like update.
f = 1
for i in range(1, 300):
    f *= i
print(len(str(f)), str(f)[:30], f % (10 ** 9 + 7), f // 10 ** 600)
a, b = 0, 1
for _ in range(700):
    a, b = b, a + b
print(a % 10 ** 20, a.bit_length(), str(-a)[:25])
q, r, t = 1, 0, 1
for k in range(1, 200):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    d = (q * 3 + r) // t
    if k % 40 == 0:
        print(d, (q * 4 + r) // t, (q * 3 + r) % t == (3 * q + r) - d * t)

class MyInt(int):
    pass
m = MyInt(2 ** 70)
print(m + 1, m * m - m, type(m + 1).__name__, str(m), m // 3, m % 3)
