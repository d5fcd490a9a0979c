a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
del b[5:10]
print(b)
try:
    del b[3]
except IndexError as e:
    print("IndexError:", e)
x = [[1, 2], [3, 4]]
del x[0][1]
print(x)
