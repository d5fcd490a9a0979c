# __eq__ and __hash__ together: instances as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = set(pts)
print(len(unique), sorted(unique, key=lambda p: (p.x, p.y)))
print(Point(1, 2) in unique, Point(9, 9) in unique)
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print(sorted(((k.x, k.y), v) for k, v in visits.items()))
print(visits[Point(3, 4)], hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(5, 6)) == hash((5, 6)))
d = {Point(0, 0): "origin"}
d[Point(0, 0)] = "still origin"
print(len(d), d)

# hash collisions do not merge unequal keys
class Bad:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return 7
    def __repr__(self):
        return "Bad(%d)" % self.v
s = {Bad(1), Bad(2), Bad(1), Bad(3)}
print(len(s), sorted(b.v for b in s), Bad(2) in s, Bad(4) in s)

# __hash__ is consulted, then __eq__ only on hash matches
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("  hash", self.v)
        return self.v % 3
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v
table = {Loud(1): "a"}
print("lookup 4:", Loud(4) in table)
print("lookup 1:", Loud(1) in table)
# hash() of a large __hash__ result is reduced; -1 becomes -2
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(H(-1)), hash(H(12)), hash(H(2 ** 61 - 1)), hash(H(2 ** 70)) == hash(2 ** 70))
# a subclass that only overrides __eq__ loses the inherited __hash__
class Sub(Point):
    def __eq__(self, other):
        return False
print(Sub.__hash__ is None, Point.__hash__ is not None)
