for a in range(-6, 7, 3):
    row = []
    for b in (-4, -3, 3, 4):
        row.append(a % b)
    print(a, row)
print(-1 % 10**30, 10**30 % -7, -(10**30) % 7)
print(5 % True, -5 % True)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10**40 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
