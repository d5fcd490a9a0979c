# Truthiness: __bool__ first, then __len__, else always true; errors from bad results.
class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on
    def __len__(self):
        print("  __len__ (never used for truth)")
        return 0

print(bool(Empty()), not Empty())
print(bool(Sized(0)), bool(Sized(3)), len(Sized(2)))
print(bool(Flag(True)), bool(Flag(False)), len(Flag(True)))
if Sized(0):
    print("unreachable")
else:
    print("Sized(0) is falsy in if")
while Flag(False):
    print("unreachable")
r1 = Sized(0) and "x"
r2 = Flag(True) and "y"
r3 = Sized(5) or "z"
print("and/or:", type(r1).__name__, r1.n, r2, type(r3).__name__, r3.n)
print([x.n for x in filter(None, [Sized(0), Sized(1), Sized(2)])])
print(any([Flag(False), Flag(True)]), all([Sized(1), Sized(0)]))
for label, obj in [("len -1", Sized(-1)), ("len big", Sized(2 ** 63)), ("len str", Sized("3"))]:
    try:
        print(label, bool(obj))
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError in if:", e)
try:
    len(Empty())
except TypeError as e:
    print("TypeError:", e)
# __len__ returning a bool or an int subclass
class L:
    def __len__(self):
        return True
print(len(L()), bool(L()))
