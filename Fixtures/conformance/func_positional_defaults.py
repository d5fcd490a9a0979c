def area(w, h=1, unit="m"):
    return str(w * h) + unit
print(area(3), area(3, 4), area(3, 4, "cm"), area(w=2), area(2, unit="km"), area(h=5, w=2))
def count(start=0, step=1, n=3):
    return [start + i * step for i in range(n)]
print(count(), count(10), count(10, -2), count(n=5), count(1, n=2, step=10))
default_calls = []
def noted():
    default_calls.append(1)
    return len(default_calls)
def uses(x=noted()):
    return x
print(uses(), uses(), uses(7), default_calls)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=0, c=0, d=1, z=2))
print(area(*(2, 3)), area(**{"w": 4, "unit": "ft"}))
