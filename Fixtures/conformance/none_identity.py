x = None
print(x, repr(x), str(x), type(x), x is None, x is not None, x == None, bool(x))
def f():
    pass
def g():
    return
r1 = f()
r2 = g()
print(r1, r2, r1 is r2, f() is None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
t = ()
u = t
print(u is t, "" == "", None is None)
d = {None: "none", 0: "zero"}
print(d[None], d.get(None), None in d, None in [1, None], [None] * 3)
s = "abc"
print(s is s, True is (1 == 1), False is (1 == 2))
