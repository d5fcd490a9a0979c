print(2**0, 0**0, 0**5, 1**1000, (-1)**1001, (-1)**1000)
print(2**-1, 2**-2, 10**-3, (-2)**-3)
print(type(2**-1), type(2**10))
print(5**3**2, (5**3)**2, -2**2, (-2)**2)
print(pow(2, 10), pow(-2, 3), pow(3, -1))
try:
    print(0**-1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 4
print(x)
print(2**64 - 1, 2**63, (2**32)**2 == 2**64)
print(True**2, 2**True, False**0)
