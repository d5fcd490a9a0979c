squares = {x: x * x for x in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)
inverted = {v: k for k, v in squares.items()}
print(inverted)
words = ["apple", "bob", "cat", "anna", "bee"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
lens = {w: len(w) for w in words}
print(lens, {len(w): w for w in words})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print({c: words.count(c) for c in []}, dict.fromkeys("ab", 0))
