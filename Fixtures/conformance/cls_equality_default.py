# Default equality is identity; a custom __eq__ changes ==, `in`, list.index, count.
class Plain:
    def __init__(self, v):
        self.v = v

a = Plain(1)
b = Plain(1)
print(a == a, a == b, a != b, a is b, a in [b], a in [a])

class Value:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Value):
            return NotImplemented
        return self.v == other.v

    def __repr__(self):
        return "Value(%r)" % self.v

x, y, z = Value(1), Value(1), Value(2)
print(x == y, x != y, x == z, x != z, x is y)
lst = [Value(3), Value(1), Value(2), Value(1)]
print(x in lst, lst.index(y), lst.count(Value(1)), Value(9) in lst)
print(x == 1, 1 == x, x != "a")
lst.remove(Value(1))
print(lst)
print([Value(1), Value(2)] == [Value(1), Value(2)], (Value(1),) == (Value(2),))
# __eq__ returning a non-bool is kept as-is by ==, but truth-tested by `in`
class Weird:
    def __eq__(self, other):
        return "yes"
w = Weird()
print(w == 5, w != 5, 5 in [w])
# identity short-circuits `in` even when __eq__ says False
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], [n].count(n))
