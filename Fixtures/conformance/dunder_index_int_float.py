# __index__, __int__, __float__: where each conversion hook is used.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v

class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

data = list("abcdefgh")
i = Idx(2)
print(data[i], data[Idx(-1)], data[Idx(1):Idx(4)], "xyz" * Idx(2))
print(list(range(Idx(3))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(int(Idx(7)), [0] * Idx(2))
print(Idx(3).__index__() + 1, (10).__index__())
n = Num(3.75)
print(int(n), float(n), float(Num("2.5")), int(Num(-3.9)), round(float(n), 1))
for label, fn in [("index a Num", lambda: data[Num(1)]),
                  ("range of Num", lambda: range(Num(3))),
                  ("float of Idx", lambda: float(Idx(4))),
                  ("int of object", lambda: int(object())),
                  ("float of object", lambda: float(object())),
                  ("__index__ returns float", lambda: data[Idx(1.0)])]:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
# __int__ returning a non-int
class BadInt:
    def __int__(self):
        return "7"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
# int() and float() fall back to __index__ when __int__/__float__ are missing
class OnlyIndex:
    def __index__(self):
        return 12
print(int(OnlyIndex()), float(OnlyIndex()))
# bool and int subclasses are already integers
print([10, 20, 30][True], "ab"[False])
