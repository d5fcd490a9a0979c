r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 14.0 in r, "a" in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(next(reversed(range(3))), next(iter(range(4, 8))))
print(range(10).index(4), range(0, 20, 5).index(15), range(5).count(3), range(5).count(7))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
print(max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), list(enumerate(range(3, 6))))
