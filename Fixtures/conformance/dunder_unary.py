# Unary dunders: __neg__, __pos__, __abs__, __invert__, plus round/trunc style hooks.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V" + repr(self.c)

    def __neg__(self):
        return V(*(-x for x in self.c))

    def __pos__(self):
        return V(*(x if x > 0 else 0 for x in self.c))

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))

    def __round__(self, ndigits=None):
        return V(*(round(x, ndigits) for x in self.c))

v = V(3, -4)
print(-v, +v, abs(v), ~v, -(-v), ~~v, -~v)
print(round(V(1.26, 2.5, 3.5)), round(V(1.26, -2.345), 1))

class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width

    def __invert__(self):
        return Bits(~self.v, self.width)

    def __repr__(self):
        return format(self.v, "0%db" % self.width)

b = Bits(0b1011)
print(b, ~b, ~~b, ~Bits(0, 4))
# unary minus on a class without __neg__
class Plain:
    pass
for op, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("abs", abs), ("~", lambda x: ~x)]:
    try:
        fn(Plain())
    except TypeError as e:
        print(op, "TypeError:", e)
