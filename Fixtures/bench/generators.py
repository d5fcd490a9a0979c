# Generator pipelines: chained generators, generator expressions, yield from, send.
N = 3000000

def numbers(n):
    for i in range(n):
        yield i

def scaled(src, k):
    for x in src:
        yield x * k

def only(src, mod):
    for x in src:
        if x % mod:
            yield x

def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def flatten(src):
    for t in src:
        yield from t

def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

pipeline = windows(only(scaled(numbers(N), 3), 7), 3)
s = 0
c = 0
for w in pipeline:
    s += w[0] - w[2] + w[1] % 11
    c += 1
print(c, s)
print(sum(x for x in flatten((i, i + 1) for i in range(N // 2)) if x & 1))
avg = running_avg()
next(avg)
last = None
for v in range(1, N // 4):
    last = avg.send(v % 100)
print("%.6f" % last)
print(max(len(str(x)) for x in (y * y for y in range(N // 4))))
