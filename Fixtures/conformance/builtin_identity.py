a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, None is None, (x is None) is True)
t = True
print(t is True, (1 == 1) is True, bool(1) is True, not t is False)
def same(p, q):
    return p is q
print(same(a, a), same(a, c), same(f := same, f))
s1 = "interned"
s2 = s1
print(s1 is s2)
d = {}
e = d
e["k"] = 1
print(d, d is e)
items = [a, c, b]
print([i for i, v in enumerate(items) if v is a])
