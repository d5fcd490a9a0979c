a = [1, "two", 3.0, None, [4, 5], (6,), True]
print(a, len(a), a[0], a[-1], a[4][1], type(a))
print([], [[]], [[], []], list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
b = [0] * 5
b[2] = 9
b[-1] += 1
print(b, b.count(0), 9 in b, 7 not in b, b.index(9))
nested = [[i * j for j in range(4)] for i in range(3)]
print(nested, nested[2][3], [row[1] for row in nested])
print(repr([1.5, "a'b", 'c"']), str(["x"]), [[1, [2, [3, [4]]]]])
r = []
r.append(r)
print(r, len(r), r[0] is r)
