# Subclassing list: overriding methods, super(), what inherited operations return.
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(x).__name__))
        super().append(x)

    def sum(self):
        return sum(self)

t = TypedList(int, [3, 1, 2])
print(t, len(t), t.sum(), t.kind, isinstance(t, list), type(t).__name__)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
# methods not overridden bypass the check: extend, insert, item assignment
t.extend(["a"])
t.insert(0, 2.5)
t[1] = None
print(t)
# operations on list return plain lists, not the subclass
s = TypedList(int, [1, 2])
print(type(s + s).__name__, type(s[:1]).__name__, type(s * 2).__name__, type(sorted(s)).__name__)
s.sort(reverse=True)
print(s, type(s).__name__, s == [2, 1], [2, 1] == s)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return "Stack" + super().__repr__()

st = Stack()
st.push(1).push(2).push(3)
print(st, st.peek(), st.pop(), st, len(st), bool(Stack()), Stack().peek())
print(str(st), [st], list(st), st.count(1))

class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
    def __contains__(self, x):
        print("  Sorted.__contains__", x)
        return super().__contains__(x)
srt = Sorted([5, 1, 4])
for v in [3, 0, 9, 4]:
    srt.add(v)
print(srt, 4 in srt, 7 in srt)
st.extra = "list subclasses have a __dict__"
print(st.extra, vars(st))
