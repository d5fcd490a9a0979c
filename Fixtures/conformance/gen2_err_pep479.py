# Uncaught RuntimeError: a generator let StopIteration escape (PEP 479).
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

print("pairs of", [1, 2, 3, 4, 5])
g = pairs([1, 2, 3, 4, 5])
print(next(g), next(g))
print(next(g))
