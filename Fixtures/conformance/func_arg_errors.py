def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b, c=3):
    return a
def k(*, key):
    return key
def none():
    return 0
def many(a, b, c, d):
    return 0
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: many(1),
    lambda: g(1, 2, 3),
    lambda: h(1, 2, 3, 4),
    lambda: h(1),
    lambda: none(1),
    lambda: f(1, z=2),
    lambda: f(x=1, y=2),
    lambda: g(1, a=2),
    lambda: k(),
    lambda: k(1),
    lambda: k(key=1, other=2),
    lambda: f(*[1, 2]),
    lambda: g(**{"a": 1}),
    lambda: (lambda: 0)(1),
    lambda: (lambda q: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: "x".split(1, 2, 3),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
