# Generator pipelines: log processing stage by stage, each stage lazy.
LOG = """\
2024-01-01 INFO start server port=80
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout after 30s
2024-01-02 INFO request /index 200
2024-01-02 INFO request /missing 404
2024-01-03 ERROR db timeout after 31s
2024-01-03 WARN disk 95%
2024-01-03 INFO request /index 200
"""
trace = []

def lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line

def parse(lines):
    for line in lines:
        date, level, rest = line.split(" ", 2)
        trace.append("parse")
        yield {"date": date, "level": level, "msg": rest}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def field(name, records):
    for r in records:
        yield r[name]

errors = only("ERROR", parse(lines(LOG)))
print(trace)
first = next(errors)
print(first["date"], first["msg"], len(trace))
print([r["date"] for r in errors], len(trace))

def count_by(keys):
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return counts
print(count_by(field("level", parse(lines(LOG)))))
print(count_by(field("date", only("INFO", parse(lines(LOG))))))

def requests(records):
    for r in records:
        parts = r["msg"].split()
        if parts[0] == "request":
            yield parts[1], int(parts[2])
print(sorted(set(requests(only("INFO", parse(lines(LOG)))))))

# numeric pipeline with running state
def integers():
    n = 1
    while True:
        yield n
        n += 1
def squares(xs):
    for x in xs:
        yield x * x
def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def until(limit, xs):
    for x in xs:
        if x > limit:
            return
        yield x
print(list(until(1000, running_sum(squares(integers())))))
