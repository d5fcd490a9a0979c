d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("c", 3) in it, ("c", 4) in it)
print(list(reversed(k)), sorted(v, reverse=True), list(it)[0])
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, k == {"a", "b", "c"})
print({}.keys(), {}.values(), {}.items())
for key, val in d.items():
    print(key, val)
print(sum(d.values()), max(d), min(d.values()), "".join(d))
