# yield from: delegation to sub-generators, iterables, and nested delegation chains.
def numbers(lo, hi):
    print("  numbers start", lo, hi)
    for i in range(lo, hi):
        yield i
    print("  numbers end", lo, hi)

def letters():
    yield from "xy"
    yield from ["z"]
    yield from ()
    yield from {"k": 1}
    yield from (c.upper() for c in "ab")

def chain(*gens):
    for g in gens:
        yield from g

def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "enter %d" % depth
    yield from nested(depth - 1)
    yield "exit %d" % depth

print(list(chain(numbers(0, 2), letters(), numbers(5, 7))))
print(list(nested(3)))
g = chain(numbers(1, 4))
print(next(g), "| between |", next(g))
print(list(g))
# yield from an iterator class
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
def wrap():
    yield "start"
    yield from Count(3)
    yield "end"
print(list(wrap()))
# interleaving several generators by hand
def roundrobin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        alive = []
        for it in iters:
            for v in it:
                yield v
                alive.append(it)
                break
        iters = alive
print(list(roundrobin("ABC", [1, 2], (x * x for x in range(4)))))
