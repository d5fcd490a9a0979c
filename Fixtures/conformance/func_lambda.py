sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: len(s) > 3, ["ab", "abcd", "xyzzy"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3), sq.__name__, (lambda: 0).__name__)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
