# dict subclass overriding __setitem__/__getitem__: which dict methods bypass the overrides.
class LowerDict(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

d = LowerDict()
d["Name"] = "ann"
d["AGE"] = 30
print(d, d["NAME"], d["age"], "nAmE" in d)
# dict's own update(), constructor and setdefault do not call the overridden __setitem__
d.update({"City": "Oslo"})
d2 = LowerDict(Mixed=1)
d.setdefault("Zip", "0150")
print(d, d2)
print(d.get("CITY"), d.get("City"), "CITY" in d)
print(type(d.copy()).__name__, type(dict(d)).__name__, type(d | {}).__name__)

class Logged(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        super().__setitem__(k, v)

    def __delitem__(self, k):
        self.log.append(("del", k))
        super().__delitem__(k)

    def pop(self, k, *default):
        self.log.append(("pop", k))
        return super().pop(k, *default)

lg = Logged(a=1)
lg["b"] = 2
lg["a"] += 10
del lg["b"]
print(lg.pop("a"), lg.pop("x", None), lg, lg.log)
try:
    del lg["missing"]
except KeyError as e:
    print("KeyError:", e, lg.log[-1])
# equality with plain dicts and iteration order
e = Logged()
for k in "cab":
    e[k] = ord(k)
print(e == {"a": 97, "b": 98, "c": 99}, list(e), sorted(e.items()))
