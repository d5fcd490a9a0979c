# One function called from a hot loop with many argument types.
def describe(x):
    if isinstance(x, int):
        return x * 2
    if isinstance(x, float):
        return x / 2
    if isinstance(x, str):
        return x.upper()
    if isinstance(x, list):
        return len(x)
    return None
values = [3, 2.5, "ab", [1, 2, 3], None, 10**20, -0.0, "", [], True]
out = []
for i in range(10000):
    out.append(describe(values[i % len(values)]))
print(out[:10], out[-10:])
print(sum(x for x in out if isinstance(x, int) and not isinstance(x, bool)))
def scale(seq, k):
    return [e * k for e in seq]
acc = []
for i in range(3000):
    acc = scale([i, 1.5], 2) if i % 2 else scale("ab", 2)
print(acc, scale((1, 2), 3), scale([[0]], 2))
def compare(a, b):
    return (a < b) - (a > b)
pairs = [(1, 2), (2.5, 2), ("a", "b"), ((1, 2), (1, 1)), ([3], [3]), (True, 0.5)]
counts = [0, 0, 0]
for i in range(6000):
    a, b = pairs[i % len(pairs)]
    counts[compare(a, b) + 1] += 1
print(counts)
