print(2.0**10, 2**0.5, 4**0.5, 8**(1/3), 2.0**-2, (-2.0)**3, (-2.0)**2, 0.0**0, 1.5**2.5)
print(10.0**308, 0.5**1074, 0.5**1075, 1.0**1e10)
print((-8.0)**3, (-1.0)**0.0, 2.0**0.0, float("inf")**0, 0.0**0.5)
try:
    print(10.0**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0**10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0**-2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2.0, 3), pow(2, 0.5), pow(9, 0.5), pow(-27.0, 1))
