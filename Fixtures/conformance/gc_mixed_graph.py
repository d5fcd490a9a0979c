# A graph of dicts and lists with cycles, mutated while lots of garbage (including cyclic garbage) is produced.
nodes = [{"id": i, "edges": [], "data": [i] * 3} for i in range(300)]
for n in nodes:
    n["edges"].append(nodes[(n["id"] * 7 + 1) % 300])
    n["edges"].append(nodes[(n["id"] * 13 + 5) % 300])
garbage_sum = 0
for round_ in range(150):
    cyc = []
    for j in range(100):
        a = {"peer": None, "v": j}
        b = {"peer": a, "v": [j, round_]}
        a["peer"] = b
        cyc.append(a)
        garbage_sum += b["v"][0] + a["peer"]["v"][1]
    victim = nodes[(round_ * 31) % 300]
    victim["data"] = [round_, victim["id"]] + [x for x in victim["data"][:1]]
def reach(start):
    seen = set()
    stack = [start]
    while stack:
        n = stack.pop()
        if n["id"] in seen:
            continue
        seen.add(n["id"])
        stack.extend(n["edges"])
    return len(seen)
print(garbage_sum, reach(nodes[0]), reach(nodes[150]))
print(sum(n["data"][0] + len(n["data"]) for n in nodes), nodes[31]["data"], nodes[299]["edges"][1]["id"])
print(all(len(n["edges"]) == 2 for n in nodes), sorted(len(n["data"]) for n in nodes)[::60])
