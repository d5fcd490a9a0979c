# The six rich comparisons, reflected comparisons and the default __ne__.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _key(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None

    def __eq__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts == k

    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts < k

    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts <= k

    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts > k

    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts >= k

a, b = Version("1.2.10"), Version("1.10")
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == "1.2.10", a != "1.2.10", a < "1.3", "1.3" > a, "1.2" <= a, "2.0" == b)
print(a == 3, a != 3)

# reflected comparisons: the right operand's mirror method is used
class Only:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  Only.__lt__", self.v, getattr(other, "v", other))
        return self.v < (other.v if isinstance(other, Only) else other)

    def __ge__(self, other):
        print("  Only.__ge__", self.v, getattr(other, "v", other))
        return self.v >= (other.v if isinstance(other, Only) else other)

print(Only(1) < Only(2))
print(Only(1) > Only(2))
print(5 > Only(3))
print(5 <= Only(3))
print(Only(3) >= 3)
# default __ne__ negates __eq__ unless __eq__ returns NotImplemented
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) != 1)
# chained comparisons call each comparison once, left to right
print(Version("1.0") < Version("1.1") < Version("1.2") <= Version("1.2") != Version("3"))
print(sorted([Version("1.10"), Version("1.2"), Version("1.9.9"), Version("0.1")]))
print(max(Version("2.0"), Version("10.0")), min([Version("3.1"), Version("3.0.1")]))
