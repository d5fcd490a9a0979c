tests = [
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b, c) for a, b, c in [(1, 2)]],
    lambda: [(a, b) for a, b in [5]],
    lambda: [(a, b) for a, b in ["abc"]],
    lambda: [(a, b) for a, b in [[]]],
    lambda: [(a, b, c) for a, *b, c in [(1,)]],
    lambda: [a for (a,) in [(1, 2)]],
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def unpack_gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = unpack_gen()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = unpack_gen()
except ValueError as e:
    print("ValueError:", e)
