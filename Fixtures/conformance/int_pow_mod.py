print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 1, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11), pow(38, -1, 97))
print(pow(2, 1000, 10**9 + 7), pow(12345678901234567890, 98765, 10**20 + 39))
for a in range(1, 7):
    inv = pow(a, -1, 7)
    print(a, inv, a * inv % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
