a = 2**100 + 12345
b = -(2**90) - 777
print(a & b, a | b, a ^ b)
print(~a, ~b, -a >> 3, b >> 50, b << 20)
print(a & 0xFFFF, b & 0xFFFFFFFFFFFFFFFF, b % 2**64)
print((a << 100) >> 100 == a, (b >> 200), (-b) >> 200)
print(hex(a ^ (a >> 1)), bin(b & 0xFF))
x = 0
for i in range(0, 130, 7):
    x |= 1 << i
print(x, bin(x).count("1"), len(bin(x)) - 2)
print((2**64 - 1) ^ (2**64 - 1), (2**64) & (2**64 - 1), -(2**64) | 1)
