# Arbitrary precision: overflow of 64-bit values into bignums and back.
a = 2**62
print(a, a + a, a * 2, a * 4)
b = 9223372036854775807  # 2**63 - 1
print(b + 1, -b - 1, -b - 2, b * b)
print((b + 1) - 1 == b, type(b + 1))
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print("30! // 29! =", x // (x // 30))
big = 123456789012345678901234567890
print(big + 1, big - big, big * -big)
print(big // 7, big % 7, -big // 7, -big % 7)
s = 0
for i in range(100):
    s += 2**i
print(s == 2**100 - 1, s)
print(10**30 - 10**30 + 5, (10**30 + 7) % 10**30)
m = -(2**64)
print(m, m // 3, m % 3, abs(m), -m)
print(2**64 * 0, (2**64) // (2**64), (2**200) // (2**190))
