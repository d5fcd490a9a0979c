# Binary operators on user classes inside hot loops: Tier 1 specializes them (BINARY_OP_USER) and
# Tier 2 projects into the special method. Every way the specialization can stop holding must
# still give CPython's answer: other classes, other right operands, NotImplemented, exceptions
# inside the method, the method or its code replaced while hot, reflected methods, recursion.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Vec3(Vec):
    def __add__(self, o):
        return Vec3(self.x + o.x + 1, self.y + o.y + 1)


def walk(n):
    p = Vec(0.0, 0.0)
    d = Vec(0.5, 0.25)
    for i in range(n):
        p = p + d * 1.5
        p = p - d
    return p


print(walk(3000))

# The right operand's kind changes: small int, float, big int, bool.
acc = Vec(1, 1)
for i in range(400):
    k = 2 if i < 200 else (1.5 if i < 300 else (2 ** 70 if i < 350 else True))
    acc = acc * k
    acc = Vec(acc.x % 1000003, acc.y % 1000003) if isinstance(acc.x, int) else Vec(acc.x % 7.5, acc.y % 7.5)
print(acc)

# The left operand's class changes midway (a subclass with its own __add__).
total = Vec(0, 0)
for i in range(500):
    v = Vec(i, 1) if i % 100 < 80 else Vec3(i, 1)
    total = v + total
print(total)

# NotImplemented from a hot __sub__: TypeError at the right line.
def subtract_all(items, base):
    out = []
    for it in items:
        out.append(base - it)
    return out


print(len(subtract_all([Vec(i, i) for i in range(300)], Vec(1, 1))))
try:
    subtract_all([Vec(1, 1)] * 200 + [5], Vec(1, 1))
except TypeError as e:
    print("TypeError:", e)

# An exception raised inside the projected method.
def divide_all(items, ks):
    out = None
    for it, k in zip(items, ks):
        out = it / k
    return out


print(divide_all([Vec(2.0, 4.0)] * 300, [2.0] * 300))
try:
    divide_all([Vec(2.0, 4.0)] * 300, [2.0] * 250 + [0.0] + [1.0] * 49)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# The method replaced while the loop is hot, then its code.
def scale_loop(n):
    v = Vec(1, 1)
    seen = []
    for i in range(n):
        if i == 150:
            Vec.__mul__ = lambda self, k: Vec(self.x * k + 1, self.y)
        if i == 300:
            Vec.__mul__.__code__ = (lambda self, k: Vec(self.x, self.y * k + 2)).__code__
        v = v * 1
        if i % 50 == 49:
            seen.append((v.x, v.y))
    return seen


print(scale_loop(400))

# A right operand of another class with a reflected method: the generic path asks it.
class Scalar:
    def __init__(self, k):
        self.k = k

    def __rmul__(self, v):
        return Vec(v.x * self.k, v.y * self.k)

    def __rsub__(self, v):
        return Vec(v.x - self.k, v.y - self.k)


w = Vec(1, 2)
for i in range(300):
    w = w - (Vec(1, 0) if i % 3 else Scalar(1))
print(w)
print(Vec(5, 5) - Scalar(2))

# An operator whose method recurses through the same operator.
class Chain:
    def __init__(self, v, rest):
        self.v = v
        self.rest = rest

    def __add__(self, other):
        if self.rest is None:
            return Chain(self.v + other.v, None)
        return Chain(self.v + other.v, self.rest + other)


c = Chain(1, Chain(2, Chain(3, None)))
s = 0
for i in range(300):
    r = c + Chain(i, None)
    s += r.v + r.rest.v + r.rest.rest.v
print(s)

# In-place operators fall back to the binary method.
q = Vec(0, 0)
for i in range(300):
    q += Vec(1, 2)
    q -= Vec(0, 1)
print(q)

# A number on the left: the right operand's reflected method runs (`__rmul__ = __mul__` too).
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Pt(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __rsub__(self, k):
        return Pt(k - self.x, k - self.y)

    def __rtruediv__(self, k):
        if k == 0:
            return NotImplemented
        return Pt(k / self.x, k / self.y)


pt = Pt(1.0, 2.0)
for i in range(400):
    pt = 0.5 * pt if i % 2 else 2 * pt
    pt = 10 - (1 - pt)
print(pt.x, pt.y)
acc = 0.0
for i in range(300):
    acc += (3.0 / Pt(2.0, 4.0)).y
print(acc)
try:
    for i in range(300):
        q = (1.0 if i < 299 else 0) / Pt(2.0, 4.0)
except TypeError as e:
    print("TypeError:", e)
try:
    for i in range(300):
        q = (1 if i < 299 else 1.5) + Pt(2.0, 4.0)
except TypeError as e:
    print("TypeError:", e)
