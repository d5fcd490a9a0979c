# Iterator classes: __iter__ returning self, __next__ raising StopIteration; used by builtins.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Fib:
    """Iterable (not an iterator): each iter() starts over."""
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

for x in Countdown(3):
    print("tick", x)
print(list(Countdown(5)), sum(Countdown(100)), tuple(Countdown(2)))
f = Fib(50)
print(list(f), list(f), max(f), min(f), sorted(f, reverse=True)[:3])
print(list(zip(Countdown(4), Fib(100), "abcdef")))
print(list(enumerate(Countdown(3), 1)), dict(zip("xyz", Countdown(3))))
print(list(map(lambda v: v * v, Countdown(4))), [v for v in Fib(20) if v % 2])
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"), list(c))
it = iter(Fib(3))
print(it is iter(it), next(it), list(it))
# unpacking and star-unpacking use the protocol too
a, b, c = Countdown(3)
first, *rest = Fib(13)
print(a, b, c, first, rest, [*Countdown(2), *Countdown(1)])
print(set(Countdown(4)) == {1, 2, 3, 4}, "x".join(str(v) for v in Countdown(4)))
# StopIteration with a value is just the end for a for loop
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored")
print(list(WithValue()))
try:
    next(WithValue())
except StopIteration as e:
    print("StopIteration", e.value, e.args)
