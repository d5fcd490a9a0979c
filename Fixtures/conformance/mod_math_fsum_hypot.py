import math

print(math.fsum([0.1] * 10), sum([0.1] * 10) if False else "", math.fsum([1e-16, 1, 1e16]))
print(math.fsum([1, float("nan")]), math.fsum([float("inf"), 1]), math.fsum(iter([1, 2])), math.fsum([]))
print(math.fsum([0.1 * i for i in range(1000)]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([(-1) ** k / (2 * k + 1) for k in range(2000)]) * 4)
for bad in [[float("inf"), -float("inf")], [1e308, 1e308], 1, ["a"]]:
    try:
        math.fsum(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(1.5, 2.5, 3.5), math.hypot(-7))
print(math.hypot(*[0.1 * i for i in range(20)]), math.hypot(1e308, 1e308), math.hypot(float("inf"), float("nan")))
print(math.dist((1, 2), (4, 6)), math.dist([0.1 * i for i in range(20)], [0.3 * i for i in range(20)]))
for args in [([1], [1, 2]), (1, 2), ([1, "a"], [2, 3])]:
    try:
        math.dist(*args)
    except Exception as e:
        print(type(e).__name__, e)
