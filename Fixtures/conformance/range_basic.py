print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(0), range(5, 2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 2)))
for r in [range(10), range(3, 9, 2), range(9, -1, -3), range(0), range(-5, 5, 4), range(10**20, 10**20 + 3)]:
    print(r, len(r), list(r)[:5], bool(r))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
total = 0
for i in range(100):
    total += i
print(total, sum(range(1, 101)), sum(range(0, 100, 7)))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(range(5).start, range(1, 5, 2).stop, range(1, 5, 2).step, range(3).count(2), range(3).index(2))
