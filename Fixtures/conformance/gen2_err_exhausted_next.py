# Uncaught StopIteration: next() on an exhausted generator at module level.
def tokens():
    yield "a"
    yield "b"

g = tokens()
print(next(g), next(g))
print(next(g))
