def parse(items):
    for s in items:
        yield int(s)
for n in parse(["1", "2", "three", "4"]):
    print(n)
