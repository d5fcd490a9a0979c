d = {"x": 1, "y": 2, "z": 3}
print(d.popitem(), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
e = {}
print(e.setdefault("a", []), e)
e.setdefault("a", []).append(1)
e.setdefault("a", []).append(2)
print(e.setdefault("b"), e, e.setdefault("a", "ignored"))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
