print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)), hash(10**30))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(""), hash("a"), hash("abc"), hash("hello world"), hash("é"), hash("😀"))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", 1.5, True)), hash(None) == hash(None), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(1) == hash(1.0) == hash(True), hash(2**100) == hash(2.0**100), hash("a") == hash("a"))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
