f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, frozenset(), frozenset("aa"), type(f))
d = {f: "value", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(f | {9}, f & {1, 7}, f - {1}, f ^ {1, 5}, type(f | {9}), type({9} | f))
print({frozenset([1]), frozenset([1])}, f.union([4]), f.issubset(range(5)))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
