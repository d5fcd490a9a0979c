# Coroutine-style generators driven with send(): running averages and a moving window.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
for v in [10, 20, 30, 5, 0]:
    print("send", v, "->", avg.send(v))

def moving_window(size):
    window = []
    result = None
    while True:
        x = yield result
        window.append(x)
        if len(window) > size:
            window.pop(0)
        result = (min(window), max(window), sum(window) / len(window))

mw = moving_window(3)
mw.send(None)
print([mw.send(x) for x in [4, 8, 1, 9, 2, 7]])

def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def collector(out):
    while True:
        out.append((yield))

found = []
g = grep("py", collector(found))
for line in ["python", "ruby", "pypy", "swift", "happy"]:
    g.send(line)
print(found)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)
e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
try:
    e.send("stop")
except StopIteration as s:
    print("echo returned", s.value)
