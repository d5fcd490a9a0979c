d = {}
d[(1, 2)] = "a"
d[(1, (2, 3))] = "b"
d[()] = "empty"
d[(1, 2)] = "A"
print(d, d[(1, 2)], (1, (2, 3)) in d, len(d))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1, "a", 2.5, False, True)), hash(((1, 2), (3,))))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid.get((5, 5), "missing"), sorted(grid)[:4])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1],): 2}
except TypeError as e:
    print("TypeError:", e)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
