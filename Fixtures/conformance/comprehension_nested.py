matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(3) for j in range(3) if i < j])
print({(i, j): i * j for i in range(3) for j in range(i)})
print({x % 4 for row in matrix for x in row})
print([[c for c in w] for w in ["ab", "c"]], [[] for _ in range(2)])
print([x if x > 4 else 0 for x in range(8) if x % 2 == 1])
print(sum([i * j for i in range(10) for j in range(10)]))
words = ["alpha", "beta", "gamma"]
print({w: {c: w.count(c) for c in w if c in "aeiou"} for w in words})
