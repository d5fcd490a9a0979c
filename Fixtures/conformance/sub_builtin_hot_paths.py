# Subclasses of built-in containers and str in hot loops: instance attributes on list and dict
# subclasses (kept aside from the built-in layout), __missing__ and overridden methods under the
# inline caches and Tier 2, str subclasses with their own __eq__/__hash__ as dict and set keys,
# and the attribute dicts of such objects surviving garbage collection.


class Bag(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.adds = 0

    def add(self, x):
        self.append(x)
        self.adds += 1


bags = [Bag("b%d" % i) for i in range(50)]
for i in range(5000):
    bags[i % 50].add(i)
print(sum(b.adds for b in bags), bags[7].name, len(bags[7]), bags[7][:3], vars(bags[3]))


class Tally(dict):
    def __init__(self):
        super().__init__()
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return 0


t = Tally()
for i in range(4000):
    t[i % 37] = t[i % 37] + 1
print(len(t), t.misses, t[5], sorted(t.items())[:2], t.get(999), 999 in t)


class Key(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())


seen = {}
for i in range(600):
    k = Key("Name%d" % (i % 5) if i % 2 else "NAME%d" % (i % 5))
    seen[k] = seen.get(k, 0) + 1
print(len(seen), sorted(seen.values()), len({Key("a"), Key("A"), "a"}))

# Garbage: many short-lived subclass instances with attributes; the survivors keep theirs.
keep = []
for i in range(3000):
    b = Bag("tmp%d" % i)
    b.add(i)
    if i % 1000 == 0:
        keep.append(b)
junk = [[j] * 10 for j in range(20000)]
print([(b.name, b.adds, list(b)) for b in keep])
