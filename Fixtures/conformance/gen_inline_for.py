# Generators driven by for loops (resumed inside the interpreter loop, as a call is) mixed with
# every other way of resuming them: next(), send(), close(), exceptions in either direction.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

def pairs(n):
    for a in count(n):
        for b in count(a):
            yield a, b

print(sum(a * b for a, b in pairs(30)), len(list(pairs(10))))

# break, then next(), then a for loop again over the same generator
g = count(10)
for x in g:
    if x == 3:
        break
print(next(g), [y for y in g], next(g, "exhausted"))

# next() and send() from inside the loop body that drives the generator
def echo():
    received = []
    value = yield "start"
    while value is not None:
        received.append(value)
        value = yield value * 2
    yield tuple(received)

e = echo()
seen = []
for item in e:
    seen.append(item)
    if item == "start":
        seen.append(e.send(5))
    elif isinstance(item, int) and item < 40:
        seen.append(e.send(item + 1))
    elif isinstance(item, int):
        seen.append(e.send(None))
print(seen)

# an exception raised in the generator reaches the loop's handler; the generator is finished
def failing(n):
    for i in range(n):
        if i == 4:
            raise KeyError(i)
        yield i

got = []
try:
    for v in failing(10):
        got.append(v)
except KeyError as exc:
    print("KeyError", exc, got)

# StopIteration inside a generator becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    next(iter([]))
    yield 2

try:
    for v in leaky():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc, type(exc.__cause__).__name__)

# try/finally in the generator, loop left by break, then close()
log = []
def guarded():
    try:
        for i in range(5):
            yield i
    finally:
        log.append("finally")

gg = guarded()
for v in gg:
    if v == 2:
        break
log.append("after break")
gg.close()
print(log)

# the generator sees the consumer's handled exception, and its own
def inspector():
    yield sys.exc_info()[0]
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

try:
    raise TypeError("outside")
except TypeError:
    print([t.__name__ if t else None for t in inspector()])
print([t.__name__ if t else None for t in inspector()])

# a generator iterating itself is already executing
def selfish():
    yield 1
    for x in it:
        yield x

it = selfish()
try:
    print(list(it))
except ValueError as exc:
    print("ValueError:", exc)

# recursive generators (permutations), deep generator chains
def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for tail in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + tail

print(sum(1 for _ in permutations(list(range(7)))), next(permutations([3, 1, 2])))

def chain(depth):
    if depth == 0:
        yield "bottom"
        return
    for v in chain(depth - 1):
        yield v

print(list(chain(200)))
try:
    print(list(chain(5000)))
except RecursionError:
    print("RecursionError")

# return values are dropped by for, kept by yield from
def delegate():
    result = yield from count(3)
    yield result

print(list(delegate()), list(count(2)))

# a generator expression over a generator, consumed by a hot loop
total = 0
for _ in range(300):
    for v in (x * x for x in count(20) if x % 3):
        total += v
print(total)
