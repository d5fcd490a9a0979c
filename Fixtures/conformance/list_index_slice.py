a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2], a[5:2])
print(a[::3], a[1::-1], a[-2::-3], a[:0], a[None:None:-4])
b = a[:]
print(b == a, b is a, a[:] is a)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
print(a[True], a[-True])
