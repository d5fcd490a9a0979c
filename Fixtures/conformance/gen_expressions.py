g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in "a bbb cc".split()))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(tuple(c.upper() for c in "gen"), set(n % 3 for n in range(10)), dict((i, str(i)) for i in range(3)))
print("-".join(str(i) for i in range(4)), sorted((-x for x in [3, 1, 2])), any(x > 3 for x in [1, 5]))
data = [3, 1, 4, 1, 5, 9, 2, 6]
evens = (d for d in data if d % 2 == 0)
doubled = (e * 2 for e in evens)
print(list(doubled))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
