# The old iteration protocol: a class with only __getitem__ is iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i

print(list(Squares(5)), sum(Squares(10)), 9 in Squares(4), 10 in Squares(4))
for v in Squares(3):
    print("v", v)
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
print(list(zip(Squares(3), "abc")), sorted(Squares(4), reverse=True), max(Squares(6)))
print(list(enumerate(Squares(3))), [x + 1 for x in Squares(3)], tuple(reversed([*Squares(3)])))

# a KeyError or other exception is not the end: it propagates
class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(Broken())
except KeyError as e:
    print("KeyError", e)

# a dict-backed class with string keys only is still "iterable" and fails at 0
class Words:
    def __init__(self):
        self.d = {"a": 1}
    def __getitem__(self, k):
        return self.d[k]
try:
    for w in Words():
        pass
except KeyError as e:
    print("KeyError from iteration:", e)
# __iter__ = None explicitly disables iteration
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
print(NoIter()[5])
