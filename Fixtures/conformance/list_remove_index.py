a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
a.remove(1)
print(a)
a.remove(5)
print(a)
print(a.index(5), a.index(5, 5), a.index(3, 1), a.index(9, -6, -4), a.count(5), a.count(7))
for bad in [(7,), (4, 3), (3, 1, 8)]:
    try:
        print(a.index(*bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
b = [1, 1.0, True]
b.remove(True)
print(b, [1, 2, 1.0].index(1.0), [[1], [2]].index([2]))
