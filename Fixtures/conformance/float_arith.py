a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a)
print(1 / 2, 1 / 3, 7 / 7, 10 / 4, -7 / 2, 2**0.5, 10 ** -2)
print(3 + 0.5, 3 * 1.5, 3 - 4.25, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
acc = 1.0
for i in range(1, 21):
    acc = acc * 1.5 - 0.25 / i
print(acc)
print(float(2**63), float(2**64 + 1), float(-(2**100)), float(10**22), float(10**23))
print(1e16 + 1, 1e16 + 2, 2.0**53 + 1.0)
y = 5.0
y += 1
y *= 2.5
y -= 0.5
y /= 4
y //= 1
print(y)
