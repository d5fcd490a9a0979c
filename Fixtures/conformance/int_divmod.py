for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 5), (2**65, 3), (-(2**65), 3), (3, 2**65), (-3, 2**65)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(True, 2), divmod(7, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, "a")
except TypeError as e:
    print("TypeError:", e)
