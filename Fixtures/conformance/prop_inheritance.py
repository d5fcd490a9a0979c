# Properties in subclasses: overriding, reusing the base getter, extending with a setter.
class Base:
    def __init__(self):
        self._value = 1

    @property
    def value(self):
        return self._value

    @property
    def label(self):
        return "base:" + str(self.value)

class Doubled(Base):
    @property
    def value(self):
        return super().value * 2

class Writable(Base):
    @Base.value.setter
    def value(self, v):
        self._value = v

class Both(Writable, Doubled):
    pass

b, d, w = Base(), Doubled(), Writable()
print(b.value, d.value, w.value, b.label, d.label)
w.value = 42
print(w.value, w.label, Base.value is Writable.value)
bo = Both()
bo.value = 5
print(bo.value, bo.label, [c.__name__ for c in Both.__mro__])
# a property defined with property() directly, with a docstring
class Manual:
    def _get(self):
        return self._x * 10
    def _set(self, v):
        self._x = v
    def _del(self):
        del self._x
    x = property(_get, _set, _del, "the x property")
m = Manual()
m.x = 4
print(m.x, Manual.x.__doc__, Manual.x.fset is Manual._set, Manual.x.fdel.__name__)
del m.x
print(hasattr(m, "_x"), hasattr(m, "x"))
# property getter / setter / deleter return new property objects
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p2.fget is p1.fget)
# a subclass can shadow a property with a plain class attribute
class Plain(Base):
    value = "plain"
print(Plain().value, Plain().label)
