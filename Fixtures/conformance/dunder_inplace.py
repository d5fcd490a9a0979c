# In-place operators: __iadd__ and friends mutate; without them a += b rebinds via __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return "Bag(%r)" % self.items

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

    def __isub__(self, other):
        print("  __isub__")
        for x in other.items:
            if x in self.items:
                self.items.remove(x)
        return self

    def __imul__(self, k):
        print("  __imul__")
        self.items *= k
        return self

class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __repr__(self):
        return "Frozen(%r)" % (self.items,)

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.items + tuple(other.items))

a = Bag([1, 2])
alias = a
a += Bag([3])
print(a, alias, a is alias)
a -= Bag([1, 9])
a *= 2
print(a, a is alias)
f = Frozen([1])
falias = f
f += Frozen([2])
print(f, falias, f is falias)

# __iadd__ returning something else rebinds the name to that value
class Odd:
    def __iadd__(self, other):
        return "replaced by " + repr(other)
o = Odd()
o += 5
print(o)

# in-place on an attribute and on a subscript calls __iadd__ then stores back
class Holder:
    def __init__(self):
        self.bag = Bag()
h = Holder()
h.bag += Bag(["x"])
slots = [Bag([0])]
slots[0] += Bag([1])
print(h.bag, slots)
# the other in-place operators on a number-like class
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % self.v
    def __itruediv__(self, k):
        self.v /= k
        return self
    def __ifloordiv__(self, k):
        self.v //= k
        return self
    def __imod__(self, k):
        self.v %= k
        return self
    def __ipow__(self, k):
        self.v **= k
        return self
    def __iand__(self, k):
        self.v = int(self.v) & k
        return self
    def __ior__(self, k):
        self.v |= k
        return self
    def __ixor__(self, k):
        self.v ^= k
        return self
    def __ilshift__(self, k):
        self.v <<= k
        return self
    def __irshift__(self, k):
        self.v >>= k
        return self
x = Acc(100)
x **= 2; print(x)
x //= 7; print(x)
x %= 1000; print(x)
x /= 4; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x3; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
