# Many temporary dicts plus a persistent index that must survive collections intact.
index = {}
total = 0
for i in range(70000):
    d = {"id": i, "name": "item" + str(i), "tags": [i % 3, i % 5]}
    d2 = dict(d)
    d2["extra"] = {"nested": (i, str(i))}
    total += d2["extra"]["nested"][0] + len(d2["name"])
    if i % 37 == 0:
        index[d["name"]] = d
    if i % 101 == 0 and index:
        first = next(iter(index))
        del index[first]
print(total, len(index))
bad = 0
for name, rec in index.items():
    if rec["name"] != name or "item" + str(rec["id"]) != name or rec["tags"] != [rec["id"] % 3, rec["id"] % 5]:
        bad += 1
keys = list(index)
print(bad, keys[:3], keys[-3:], sum(r["id"] for r in index.values()))
