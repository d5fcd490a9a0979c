# dict subclasses with __missing__: default values, counters, auto-vivifying trees.
class Default(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        print("  __missing__", repr(key))
        value = self[key] = self.factory()
        return value

d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d))
# get() and `in` do not call __missing__
print(d.get("zzz"), "zzz" in d, d.get("a"))

class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

c = Counter().add("mississippi")
print(c, c["s"], c["q"], "q" in c, c.most_common(2))

class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child

    def paths(self, prefix=()):
        if not self:
            yield prefix
        for k in sorted(self):
            yield from self[k].paths(prefix + (k,))

t = Tree()
t["usr"]["bin"]["python"]
t["usr"]["lib"]
t["etc"]["hosts"]
print(["/".join(p) for p in t.paths()], len(t), len(t["usr"]))

class Fallback(dict):
    def __init__(self, parent, **kw):
        super().__init__(**kw)
        self.parent = parent
    def __missing__(self, key):
        if self.parent is None:
            raise KeyError(key)
        return self.parent[key]
root = Fallback(None, color="red", size=1)
child = Fallback(root, size=2)
grandchild = Fallback(child)
print(grandchild["color"], grandchild["size"], child["size"], len(grandchild))
try:
    grandchild["nope"]
except KeyError as e:
    print("KeyError:", e)
