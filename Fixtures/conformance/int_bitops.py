vals = [0, 1, 5, -1, -5, 12, -12, 255]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a >> 10, a & 0xF, a | 0x30, a ^ 0x55)
print(-8 & 7, -8 | 7, -8 ^ 7, -1 & -2, -5 | -3, -6 ^ -3)
print(1 << 0, 1 << 63, 1 << 64, -1 << 65, (1 << 100) >> 99)
print(6 & True, 6 | True, True ^ True, True & False, ~True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
try:
    1 & 1.0
except TypeError as e:
    print("TypeError:", e)
