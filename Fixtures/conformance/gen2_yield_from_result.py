# result = yield from g: the sub-generator's return value; averaging and parsing examples.
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return (count, total / count if count else 0.0)
        total += value
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def feed(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results

data = {"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
        "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46]}
for key, (n, avg) in sorted(feed(data).items()):
    print("%2d %-8s averaging %.2f" % (n, key, avg))

def tokens(text):
    for word in text.split():
        yield word
    return len(text.split())

def numbered(text):
    count = yield from tokens(text)
    yield "(%d tokens)" % count

print(list(numbered("the quick brown fox")))

def sub(n):
    yield n
    return n * 10
def main():
    results = []
    for i in range(3):
        r = yield from sub(i)
        results.append(r)
    return results
g = main()
print(list(g))
g = main()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as stop:
    print(out, "returned", stop.value)
# yield from an exhausted generator returns None immediately
def empty():
    return "nothing yielded"
    yield
def outer():
    r = yield from empty()
    yield r
    r2 = yield from []
    yield r2
print(list(outer()))
