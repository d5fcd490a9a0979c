def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finished with", received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as err:
    print("TypeError:", err)
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 5]])
def delegator():
    result = yield from accumulator()
    yield "sub returned " + str(result)
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
