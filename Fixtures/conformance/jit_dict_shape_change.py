# Dicts whose key sets change while hot loops read and write them.
d = {"a": 0, "b": 0}
for i in range(10000):
    d["a"] += 1
    if i == 3000:
        d["c"] = 0
    if i > 3000:
        d["c"] += 2
    if i == 6000:
        del d["b"]
    if i == 8000:
        d["b"] = -1
print(d, list(d))
records = [{"id": i, "v": i * 2} for i in range(4000)]
for i, r in enumerate(records):
    if i % 1000 == 999:
        r["extra"] = True
        del r["v"]
print(sum(r.get("v", 0) for r in records), sum(1 for r in records if "extra" in r), records[999])
keys = {}
for i in range(6000):
    k = i % 97 if i < 3000 else str(i % 89)
    keys[k] = keys.get(k, 0) + 1
print(len(keys), keys[0], keys["5"], list(keys)[95:99])
