# Dict and set churn: inserts, lookups, deletes with int, str and tuple keys.
ROUNDS = 40
SIZE = 60000

def churn(seed):
    d = {}
    s = set()
    hits = 0
    x = seed
    for i in range(SIZE):
        x = (x * 1664525 + 1013904223) % 4294967296
        k = x % 50000
        d[k] = d.get(k, 0) + 1
        s.add(k % 7919)
        if (k >> 3) in d:
            hits += 1
        if i % 3 == 0 and (k ^ 1) in d:
            del d[k ^ 1]
    names = {}
    for k in list(d)[:20000]:
        names["key" + str(k)] = k
    found = 0
    for i in range(0, 50000, 3):
        if ("key" + str(i)) in names:
            found += 1
    pairs = {}
    for k, v in d.items():
        pairs[(k % 100, v)] = pairs.get((k % 100, v), 0) + 1
    return len(d), len(s), hits, found, len(pairs), sum(d.values())

for r in range(ROUNDS):
    print(churn(r + 1))
