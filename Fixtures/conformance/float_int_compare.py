big = 2**53
print(big == float(big), big + 1 == float(big + 1), float(big + 1))
print(big + 1 > float(big), big + 1 < float(big), big + 1 == 2.0**53)
print(float(big + 1) == big, 2.0**53 + 1 == 2**53 + 1)
print(10**16 + 1 == 1e16, 10**16 + 1 > 1e16, 10**16 - 1 < 1e16)
print(0.5 < 1, -0.5 < 0, -0.5 > -1, 1.0000000000000002 > 1)
print(2**1024 > 1.7976931348623157e+308, 2**1024 == float("inf"), 2**1024 < float("inf"))
vals = [3, 2.5, 2**60, -1, 0.0, True, -2.75]
print(sorted(vals))
print(max(vals), min(vals))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan >= 1)
print(1 <= 1.0 <= True, 4 > 3.99999999999999999)
