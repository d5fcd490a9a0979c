print({x % 5 for x in range(20)}, {c.lower() for c in "AbBa"} == {"a", "b"}, {x for x in []})
print({(x, y) for x in range(2) for y in range(2) if x != y})
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
print({n for n in range(30) if all(n % d for d in range(2, n)) and n > 1})
