# Reflected operators: __radd__, __rsub__, __rmul__, __rtruediv__, __rpow__; sum() needs __radd__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __add__(self, other):
        print("  __add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", self, other)
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - (other.cents if isinstance(other, Money) else other))

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    __rmul__ = __mul__

    def __rtruediv__(self, other):
        return "%r / %r" % (other, self)

    def __rpow__(self, other):
        return "%r ** %r" % (other, self)

m = Money(250)
print(m + Money(100))
print(5 + m)
print(m + 5)
print(1000 - m, m - 50)
print(3 * m, m * 3)
print(10 / m, 2 ** m)
print(sum([Money(1), Money(20), Money(300)]))
print(sum([Money(5)], Money(1000)))
try:
    m * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
