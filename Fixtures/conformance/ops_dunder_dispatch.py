# Binary operators and comparisons on user classes through warm call sites: methods replaced
# or deleted on the class after a site settled, instance attributes named like dunders
# (ignored by operators), NotImplemented and the reflected fallback, subclass priority.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return ("radd", o, self.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "V(%r)" % (self.x,)


def add_all(pairs):
    out = []
    for a, b in pairs:
        out.append(a + b)
    return out


def mul_all(pairs):
    out = []
    for a, b in pairs:
        out.append(a * b)
    return out


def lt_all(pairs):
    return [a < b for a, b in pairs]


def eq_all(pairs):
    return [(a == b, a != b) for a, b in pairs]


pairs = [(V(i), V(i + 1)) for i in range(40)]
print(add_all(pairs)[-3:])
print(add_all([(V(1), 2), (V(1.5), 2.5), (3, V(4)), ("s", V(5))]))

# An instance attribute named __add__ is not what + calls.
v = V(10)
v.__add__ = lambda o: "instance attribute"
print(add_all([(v, V(1))] * 3))

# Replace __add__ on the class after the site settled.
V.__add__ = lambda self, o: "replaced %r" % (o,)
print(add_all(pairs[:2] + [(V(1), 2)]))

# Delete it: the reflected method of the right operand, or a TypeError.
del V.__add__
print(add_all([(3, V(4)), (2.5, V(4))]))
for bad in [(V(1), 5), (V(1), V(2))]:
    try:
        add_all([bad])
    except TypeError as e:
        print("TypeError:", e)


def restore(self, o):
    return V(self.x + (o.x if isinstance(o, V) else o))


V.__add__ = restore
print(add_all(pairs[:3]))

# Comparisons: settled, then replaced; != falls back to == negated.
print(lt_all(pairs[:3]), eq_all(pairs[:2] + [(V(3), V(3))]))
V.__lt__ = lambda self, o: "lt replaced"
V.__eq__ = lambda self, o: 0
print(lt_all(pairs[:2]), eq_all(pairs[:2]))
del V.__eq__
print(eq_all([(V(1), V(1))]), eq_all([(v, v)]))


# NotImplemented from both sides; the reflected one wins when the left gives up.
class A:
    def __add__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "A.sub"

    def __lt__(self, o):
        return NotImplemented

    def __repr__(self):
        return "A()"


class B:
    def __radd__(self, o):
        return "B.radd"

    def __rsub__(self, o):
        return "B.rsub"

    def __gt__(self, o):
        return "B.gt"

    def __repr__(self):
        return "B()"


def sub_all(pairs):
    return [a - b for a, b in pairs]


ab = [(A(), B())] * 3
print(add_all(ab), sub_all(ab), lt_all(ab))
try:
    add_all([(A(), A())])
except TypeError as e:
    print("TypeError:", e)
try:
    lt_all([(A(), A())])
except TypeError as e:
    print("TypeError:", e)


# A subclass that overrides the reflected method is asked first.
class Base:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, o):
        return "Base.add(%s, %s)" % (self.tag, o.tag)

    def __radd__(self, o):
        return "Base.radd(%s, %s)" % (self.tag, o.tag)

    def __lt__(self, o):
        return "Base.lt"

    def __gt__(self, o):
        return "Base.gt"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd(%s, %s)" % (self.tag, o.tag)

    def __gt__(self, o):
        return "Derived.gt"


class Plain(Base):
    pass


mixed = [(Base("b"), Derived("d")), (Derived("d"), Base("b")), (Base("b"), Plain("p")), (Plain("p"), Base("b"))]
print(add_all(mixed))
print(lt_all(mixed))


class Giving(Base):
    def __radd__(self, o):
        return NotImplemented


print(add_all([(Base("b"), Giving("g"))] * 2))

# A method added to the base after the subclass's table was filled.
Derived.__radd__ = lambda self, o: "Derived.radd replaced"
print(add_all(mixed[:1]))
del Derived.__radd__
print(add_all(mixed[:1]))
Base.__radd__ = lambda self, o: "Base.radd replaced"
print(add_all(mixed[:1]))


# In-place operators: __iadd__, then __add__, then __radd__.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        if o == "skip":
            return NotImplemented
        self.items.append(o)
        return self

    def __add__(self, o):
        return "Acc.add %r" % (o,)


def iadd_all(acc, items):
    results = []
    for item in items:
        x = acc
        x += item
        results.append(x if isinstance(x, str) else len(x.items))
    return results


print(iadd_all(Acc(), [1, 2, "skip", 3]))
del Acc.__iadd__
print(iadd_all(Acc(), [1, 2]))


# __class__ reassignment changes which table answers.
class P:
    def __mul__(self, o):
        return "P.mul"

    def __neg__(self):
        return "P.neg"


class Q:
    def __mul__(self, o):
        return "Q.mul"

    def __neg__(self):
        return "Q.neg"


def neg_all(items):
    return [-x for x in items]


p = P()
print(mul_all([(p, 2)] * 2), neg_all([p, p]))
p.__class__ = Q
print(mul_all([(p, 2)] * 2), neg_all([p, p]))
P.__neg__ = lambda self: "P.neg replaced"
print(neg_all([P(), p]))


# == with NotImplemented on both sides falls back to identity; truth and unary slots replaced.
class N:
    def __eq__(self, o):
        return NotImplemented

    def __bool__(self):
        return False

    def __invert__(self):
        return "N.invert"

    def __pos__(self):
        return "N.pos"


n = N()
print(eq_all([(n, n), (n, N()), (n, 1), (1, n)]))


def truths(items):
    return [not x for x in items] + [1 if x else 0 for x in items]


def unaries(items):
    return [(~x, +x) for x in items]


print(truths([n, n]), unaries([n, n]))
N.__bool__ = lambda self: True
N.__invert__ = lambda self: "invert replaced"
print(truths([n, n]), unaries([n]))
del N.__bool__
N.__len__ = lambda self: 0
print(truths([n, n]))
del N.__pos__
try:
    unaries([n])
except TypeError as e:
    print("TypeError:", e)


class Eq1:
    def __eq__(self, o):
        return "Eq1.eq"

    def __ne__(self, o):
        return NotImplemented


class Eq2(Eq1):
    def __eq__(self, o):
        return "Eq2.eq"


print(eq_all([(Eq1(), Eq2()), (Eq2(), Eq1()), (Eq1(), 5), (5, Eq1())]))


# Which methods != asks, in order: an own __ne__, else object.__ne__ (the negated __eq__).
class T1:
    def __eq__(self, o):
        print("  T1.eq")
        return "T1"


class T2:
    def __eq__(self, o):
        print("  T2.eq")
        return NotImplemented

    def __ne__(self, o):
        print("  T2.ne")
        return NotImplemented


class T3(T1):
    pass


for a, b in [(T1(), T2()), (T2(), T1()), (T2(), T2()), (T1(), T3()), (T3(), T1())]:
    print(type(a).__name__, "!=", type(b).__name__)
    print(" ", a != b)
t = T2()
print(t != t, t == t)
