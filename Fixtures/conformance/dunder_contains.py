# `in` uses __contains__, else __iter__, else __getitem__; `not in` negates.
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

class Truthy:
    def __contains__(self, x):
        return "non-empty string"

print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 15 in WithGetitem())
print(1 in Truthy(), 1 not in Truthy())

class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h
area = Range2D(3, 2)
print([(p, p in area) for p in [(0, 0), (2, 1), (3, 0), (1, -1)]])
try:
    5 in area
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
