records = [
    {"name": "alice", "dept": "eng", "age": 34, "salary": 120000},
    {"name": "bob", "dept": "ops", "age": 45, "salary": 95000},
    {"name": "carol", "dept": "eng", "age": 29, "salary": 120000},
    {"name": "dave", "dept": "sales", "age": 34, "salary": 70000},
    {"name": "erin", "dept": "ops", "age": 29, "salary": 99000},
    {"name": "frank", "dept": "eng", "age": 41, "salary": 150000},
    {"name": "grace", "dept": "sales", "age": 38, "salary": 70000},
]
def show(rs):
    print([r["name"] for r in rs])
show(sorted(records, key=lambda r: r["age"]))
show(sorted(records, key=lambda r: (r["dept"], -r["salary"], r["name"])))
show(sorted(records, key=lambda r: r["salary"], reverse=True))
tmp = sorted(records, key=lambda r: r["name"], reverse=True)
tmp.sort(key=lambda r: r["dept"])
show(tmp)
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    rs = by_dept[dept]
    avg = sum(r["salary"] for r in rs) / len(rs)
    oldest = max(rs, key=lambda r: r["age"])
    print(dept, len(rs), "%.2f" % avg, oldest["name"])
ranked = sorted(records, key=lambda r: -r["salary"])
rank = 0
prev = None
for i, r in enumerate(ranked, 1):
    if r["salary"] != prev:
        rank = i
        prev = r["salary"]
    print(rank, r["name"], r["salary"])
