# Generators driven by hot loops, including early exit and exceptions thrown in.
def gen(n):
    for i in range(n):
        yield i * i
t = 0
for v in gen(20000):
    t += v
print(t)
def running():
    total = 0
    while True:
        x = yield total
        total += x
r = running()
next(r)
last = 0
for i in range(10000):
    last = r.send(i)
print(last)
def watcher():
    seen = 0
    try:
        while True:
            yield seen
            seen += 1
    except KeyError:
        yield "stopped at " + str(seen)
w = watcher()
for _ in range(5000):
    next(w)
print(w.throw(KeyError("k")))
squares = (i * i for i in range(100000))
for s in squares:
    if s > 50000000:
        break
print(s, next(squares))
