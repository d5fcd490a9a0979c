# Data descriptors added after attribute sites got hot win over instance attributes, and
# descriptors whose class changes later are honoured.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


def total_x(objs):
    t = 0
    for o in objs:
        t += o.x
    return t


def set_y(objs, v):
    for o in objs:
        o.y = v


def total_y(objs):
    t = 0
    for o in objs:
        t += o.y
    return t


ps = [P(i) for i in range(200)]
print(total_x(ps), total_y(ps))
P.x = property(lambda self: -1)          # a property shadows the instance attribute
print(total_x(ps))
log = []
P.y = property(lambda self: 7, lambda self, v: log.append(v))   # with a setter
set_y(ps, 3)
print(total_y(ps), len(log), log[:3])
del P.x, P.y
print(total_x(ps), total_y(ps))


# A descriptor object whose class gains __set__ (becomes a data descriptor) later.
class Desc:
    def __get__(self, obj, owner):
        return "desc"


class Q:
    d = Desc()

    def __init__(self):
        self.__dict__  # noqa: B018 (dict mode on purpose for half of them)


class R:
    d = Desc()


def read_d(objs):
    return [o.d for o in objs]


rs = [R() for _ in range(100)]
print(read_d(rs)[:2])
for r in rs:
    r.__dict__["d"] = "own"
print(read_d(rs)[:2])
Desc.__set__ = lambda self, obj, value: None
print(read_d(rs)[:2])


# Properties read and written through hot sites, getters raising AttributeError.
class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @property
    def missing(self):
        raise AttributeError("computed attribute missing")


t = Temp()
for i in range(200):
    t.celsius = t.celsius + 0.5
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
for i in range(100):
    try:
        t.missing
    except AttributeError as e:
        msg = str(e)
print(msg, hasattr(t, "missing"))


# classmethod, staticmethod and builtin values stored on classes.
class K:
    f = len
    s = staticmethod(lambda a: a + 1)
    c = classmethod(lambda cls, a: cls.__name__ + str(a))


ks = [K() for _ in range(100)]
print([k.f("abc") + k.s(1) for k in ks][:2], [k.c(2) for k in ks][-1])
K.s = staticmethod(lambda a: a * 10)
print([k.s(2) for k in ks][-1])
