# __slots__ under the inline caches and Tier 2: slot attributes read and written in hot loops,
# a slot deleted and set again while the loop is hot, a class with slots and a __dict__ whose
# dict is asked for mid-loop, and the errors of a slotted class inside a hot loop.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def walk(n):
    p = P(0, 0)
    total = 0
    for i in range(n):
        p.x = p.x + i
        if i % 97 == 0:
            del p.y
            total += getattr(p, "y", -1)
            p.y = i
        total += p.y
    return p.x, p.y, total


print(walk(3000))


class Mixed(P):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.tag = "m"


items = [Mixed(i, -i) for i in range(300)]
acc = 0
for k, m in enumerate(items):
    acc += m.x - m.y
    if k == 150:
        print(sorted(vars(m).items()), m.x, m.y)
        m.__dict__["extra"] = k
    if k > 150:
        m.extra = k
print(acc, vars(items[-1]), items[150].extra)

errors = []
q = P(1, 2)
for i in range(200):
    try:
        if i % 50 == 49:
            q.z = i
        q.x += 1
    except AttributeError as e:
        errors.append(str(e))
print(q.x, errors[:2], len(errors))
print(P.x, type(P.y).__name__, repr(P.__dict__["y"]))
try:
    class Bad:
        __slots__ = ("a", 3)
except TypeError as e:
    print("TypeError:", e)
r = P(5, 6)
del r.x
try:
    r.x
except AttributeError as e:
    print("AttributeError:", e)
r.x = 7
print(r.x, r.y)
