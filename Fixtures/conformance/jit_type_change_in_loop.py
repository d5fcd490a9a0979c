# Values whose types change after a loop has become hot.
v = 0
log = []
for i in range(12000):
    if i == 6000:
        v = float(v)
    if i == 9000:
        v = str(int(v))
    if isinstance(v, str):
        v = v[-6:] if len(v) > 6 else v + "x"
    else:
        v = v + 1
    if i % 2999 == 0:
        log.append(repr(v))
print(v, log)
items = list(range(5000)) + [1.5, 2.5] + ["a", "b"] + [True, None]
total = 0
parts = []
for it in items:
    if isinstance(it, bool) or it is None:
        parts.append(repr(it))
    elif isinstance(it, str):
        parts.append(it * 2)
    else:
        total += it
print(total, parts)
def add(a, b):
    return a + b
results = []
for i in range(8000):
    results.append(add(i, i))
results.append(add(1.5, 2))
results.append(add("x", "y"))
results.append(add([1], [2]))
results.append(add((1,), (2,)))
print(results[-6:], sum(results[:8000]))
