for v in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 1e10, -1e10, 1e20, 2.0**63, 2.0**64, 1.7976931348623157e+308, 123.999]:
    print(v, int(v))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(1e300) == 10**300, int(1e300) % 1000)
