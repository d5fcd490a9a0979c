# Generator expressions: laziness, single use, scoping of the first iterable, nesting.
def source(n):
    for i in range(n):
        print("  produce", i)
        yield i

squares = (x * x for x in source(3))
print("created, nothing produced yet")
print(next(squares))
print(list(squares), list(squares))

# the first iterable is evaluated immediately, the rest lazily
def first():
    print("  evaluating first iterable")
    return [1, 2]
def second():
    print("  evaluating second iterable")
    return "ab"
g = ((a, b) for a in first() for b in second())
print("genexpr built")
print(list(g))

# loop variables do not leak; enclosing names are looked up late
k = 10
g = (x + k for x in range(3))
k = 100
print(list(g), "x" in dir())

# the first iterable is captured early: rebinding it does not matter
data = [1, 2, 3]
g = (v * 2 for v in data)
data = [7, 8, 9]
print(list(g))

# but mutating it does
data = [1, 2, 3]
g = (v for v in data)
data.append(4)
print(list(g))

# conditions and nested generator expressions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(x for row in matrix for x in row if x % 2), list(sum(r) for r in matrix))
print(list(list(y * 10 for y in row if y > 4) for row in matrix))
# a genexpr as the only argument needs no extra parentheses
print(max(len(w) for w in "a bb ccc".split()), "-".join(str(i) for i in range(4)))
print(sorted((x % 3, x) for x in range(7)))
gen = (i for i in range(3))
print(type(gen).__name__, iter(gen) is gen, next(gen), sum(gen))
# genexpr inside a class body sees only the first iterable from the class scope
class K:
    base = [1, 2, 3]
    doubled = list(v * 2 for v in base)
print(K.doubled)
