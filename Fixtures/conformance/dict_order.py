d = {}
for k in ["zeta", "alpha", "mid", 3, 1, 2, (0,), "beta"]:
    d[k] = len(d)
print(list(d), list(d.values()))
d["alpha"] = "updated"
print(list(d.items())[:3])
del d["zeta"]
d["zeta"] = "back"
print(list(d))
d.pop(3)
d[3] = "re"
print(list(d.keys()))
e = {i: i * i for i in range(10, 0, -1)}
print(e, list(e)[0])
for i in range(1000):
    e[i + 100] = i
for i in range(1000):
    del e[i + 100]
print(e)
