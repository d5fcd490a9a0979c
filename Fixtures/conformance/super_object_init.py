# super().__init__() reaching object.__init__ (the next class along the MRO is object), in the
# zero- and two-argument forms and through cooperative multiple inheritance; object.__init__
# called directly; extra arguments to object.__init__ are a TypeError.
from __future__ import annotations


class Base:
    def __init__(self):
        super().__init__()
        self.ready = True


class Old(object):
    def __init__(self, name):
        super(Old, self).__init__()
        self.name = name


class Direct:
    def __init__(self):
        object.__init__(self)
        self.direct = 1


class Left(Base):
    def __init__(self):
        super().__init__()
        self.left = True


class Right(Base):
    def __init__(self):
        super().__init__()
        self.right = True


class Both(Left, Right):
    def __init__(self) -> None:
        super().__init__()


b = Both()
print(b.ready, b.left, b.right, [c.__name__ for c in Both.__mro__])
print(Old("x").name, Direct().direct, Base().ready)


class Extra:
    def __init__(self, value: NotDefinedAnywhere):
        try:
            super().__init__(value)
        except TypeError as e:
            print("TypeError:", e)
        self.value = value


print(Extra(5).value)
objects = [Both() for _ in range(300)]
print(sum(o.ready for o in objects))
try:
    object.__init__()
except TypeError as e:
    print("TypeError:", type(e).__name__)
