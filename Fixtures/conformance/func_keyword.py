def describe(name, kind="thing", *, loud=False):
    s = name + " is a " + kind
    return s.upper() if loud else s
print(describe("rex", "dog"), describe(kind="cat", name="tom"), describe("x", loud=True), describe("y", "z", loud=False))
def show(**kw):
    return sorted(kw.items())
print(show(), show(a=1, b=2), show(**{"x": 1}), show(a=1, **{"b": 2}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def both(*args, **kwargs):
    return args, kwargs
print(both(), both(1, 2), both(k=1), both(1, *[2, 3], k=4, **{"j": 5}))
