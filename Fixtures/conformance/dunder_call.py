# __call__: callable instances with state, callable(), used where functions are expected.
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return "call %d args=%r kwargs=%r" % (self.calls, args, sorted(kwargs.items()))

c = Counter()
print(c(), c(1, 2), c(x=3), c.calls, callable(c), callable(Counter), callable(3))

class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs  # highest degree first

    def __call__(self, x):
        acc = 0
        for k in self.coeffs:
            acc = acc * x + k
        return acc

    def __repr__(self):
        return "Poly%r" % (self.coeffs,)

p = Poly(1, -3, 2)  # x^2 - 3x + 2
print([p(x) for x in range(5)], list(map(p, [10, -1])), sorted(range(5), key=p))

class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
inc = lambda x: x + 1
h = Compose(str, p, inc)
print(h(3), repr(h(0)), Compose()(7))

# a class is itself callable; its instances need __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
adders = [Adder(i) for i in range(3)]
print([a(10) for a in adders], Adder(5)(Adder(1)(0)))
# __call__ looked up on the type, not the instance
class Plain:
    pass
obj = Plain()
obj.__call__ = lambda: "instance attribute"
print(callable(obj), obj.__call__())
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
