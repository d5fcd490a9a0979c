for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(3.14159, 3), round(-3.14159, 3), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1e300, -300), round(123.456, 0), round(-0.4), round(-0.0), round(0.0, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(1e20), round(-1e20), round(123456789.987654321, 4))
print(round(2.5, 400), round(5e-324, 400), round(1.0, -400))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
