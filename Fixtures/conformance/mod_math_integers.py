import math

print(math.floor(-0.5), math.floor(2.5e20), math.floor(1e300), math.floor(2 ** 80), math.floor(True))
print(math.ceil(-2.5), math.ceil(0.5), math.ceil(True), math.trunc(2.7), math.trunc(-2 ** 70), math.trunc(-0.5))
print(math.factorial(0), math.factorial(25), math.factorial(100), math.factorial(True))
print(math.comb(100, 50), math.comb(10 ** 20, 3), math.comb(5, 10 ** 20), math.comb(1000, 500) % 1000007)
print(math.perm(3, 5), math.perm(5), math.perm(30, 20), math.perm(10 ** 20, 2))
print(math.gcd(), math.gcd(-4, 6), math.gcd(2 ** 100, 6), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(7))
print(math.lcm(), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2 ** 70, 6), math.lcm(4, 6, 10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 50 + 12345), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3]), math.prod([2.0, 3]), math.prod(range(1, 30)), math.prod([1, 2], start=2), math.prod([]))

checks = [
    (math.floor, ("x",)), (math.floor, (float("inf"),)), (math.floor, (float("nan"),)), (math.trunc, ("x",)),
    (math.factorial, (5.0,)), (math.factorial, (-1,)), (math.factorial, (10 ** 30,)), (math.factorial, ("a",)),
    (math.comb, (5, -1)), (math.comb, (-5, 1)), (math.comb, (5.0, 1)), (math.comb, (1,)), (math.comb, (10 ** 30, 10 ** 25)),
    (math.perm, ()), (math.perm, (1, 2, 3)), (math.gcd, (1.5,)), (math.lcm, (1.5,)), (math.isqrt, (-1,)),
    (math.isqrt, (2.0,)), (math.prod, ()), (math.prod, ([], [])),
]
for f, args in checks:
    try:
        print(f.__name__, args, "->", f(*args))
    except Exception as e:
        print(f.__name__, args, "=>", type(e).__name__, e)
