d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "c" in d, "z" in d, 2 in d, "z" not in d)
e = dict(x=1, y=2)
f = dict([("p", 1), ("q", 2)])
g = dict(d, extra=True)
print(e, f, g, dict(), {}, dict({1: 2}))
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[1.0])
del d["b"]
print(d, list(d), [k for k in d])
print(repr({"q'": "x\n"}), str({1: [1, {2: 3}]}), {"k": {}})
h = {}
h[0] = h
print(h)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
