print(1 << 200, -3 >> 1, -3 >> 100, 3 >> 100)
print(5 << 0, 0 << 1000, (-1) >> 1, (-(2**100)) >> 99)
try:
    print(1 << -5)
except ValueError as e:
    print("ValueError:", e)
print(2**10 >> 3 << 3, -2**10 >> 3 << 3)
