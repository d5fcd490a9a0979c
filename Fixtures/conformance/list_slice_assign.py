a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 101, 102]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * 6
print(a)
a[-2:] = []
print(a)
a[len(a):] = "xyz"
print(a)
a[1:3] = range(5)
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = ["p", "q", "r"]
print(b)
b[10:20] = [7]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[0:1] = c
print(c)
try:
    c[5] = 1
except IndexError as e:
    print("IndexError:", e)
