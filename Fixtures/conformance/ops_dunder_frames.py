# Special methods of binary operators run as frames of the interpreter loop: results replace
# both operands, NotImplemented raises at the operator's line, exceptions unwind through the
# caller's handlers, and methods with loops, closures, defaults, recursion or generators work.
import sys


class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if o is None:
            return NotImplemented
        return M(self.v + o)

    def __sub__(self, o):
        total = 0
        for i in range(3):
            total += i
        self = M(self.v - (o.v if isinstance(o, M) else o))
        return self.v + total

    def __mul__(self, o):
        if isinstance(o, M):
            o = o.v
        if o == 0:
            raise ValueError("times zero")
        return M(self.v * o)

    def __truediv__(self, o):
        scale = o if not isinstance(o, M) else o.v

        def inner():
            return self.v / scale

        return inner()

    def __mod__(self, o, extra=100):
        return self.v % (o.v if isinstance(o, M) else o) + extra

    def __pow__(self, o):
        for i in range(o if isinstance(o, int) else 2):
            yield i

    def __floordiv__(self, o):
        if self.v <= 0:
            return 0
        return 1 + M(self.v - 1) // o

    def __repr__(self):
        return "M(%r)" % (self.v,)


def run(items):
    out = []
    for a, b in items:
        out.append(((a + b), (a - b), (a * b), (a / b), (a % b), list(a ** b)))
    return out


print(run([(M(3), M(2)), (M(5), 2), (M(1.5), 0.5), (M(7), True)]))

def try_op(f):
    try:
        return f()
    except (TypeError, ValueError, ZeroDivisionError, RecursionError) as e:
        return "%s: %s" % (type(e).__name__, e)


for i in range(3):
    print(try_op(lambda: M(1) + None), try_op(lambda: M(1) * 0), try_op(lambda: M(1) / 0),
          try_op(lambda: M(1) / M(0)), try_op(lambda: M(2) + "s"))


def nested(n):
    acc = M(0)
    for i in range(n):
        acc = acc + M(i) * 2 + 1
    return acc


print(nested(50), M(30) // 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(try_op(lambda: M(10000) // 1).split(":")[0])
sys.setrecursionlimit(old)
print(M(50) // 1)

def raising_in_method():
    try:
        return M(1) * 0
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally ran")


print(raising_in_method())


def last(items):
    for a, b in items:
        print(a + b)


last([(M(1), 2), (M(2), None)])
