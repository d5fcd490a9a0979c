# Pidigits-style spigot with big integers, plus a few big-int reductions.
DIGITS = 6000

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(DIGITS)
s = "".join(str(d) for d in digits)
for i in range(0, 100, 50):
    print(s[i:i + 50])
print(s[-20:], sum(digits))
f = 1
for i in range(2, 1500):
    f *= i
print(len(str(f)), f % (10**9 + 7))
a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
print(a % 10**20, a.bit_length())
