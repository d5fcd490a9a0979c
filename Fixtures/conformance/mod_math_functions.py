import math

# Float functions: libm results, CPython's special values and errors.
for name in ["sqrt", "exp", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh", "cbrt", "exp2", "fabs", "erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    row = []
    for x in [0.5, 2, -0.75, 1e-10, 710, float("inf"), float("nan"), -3, 0]:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(row))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(2 ** 2000, 2), math.log(8, 2))
print(math.log(100, 10), math.log(2 ** 1023 * 3), math.log10(3 ** 2000), math.log(True), math.log(7.5))
print(math.atan2(0.0, -0.0), math.atan2(-1, -1), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(5, 3))
print(math.modf(-3.25), math.frexp(-12.5), math.frexp(0.0), math.ldexp(0.75, 3), math.ldexp(1.0, -10 ** 30))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan))
print(math.pow(2, 0.5), math.pow(float("nan"), 0), math.pow(1, float("nan")), math.pow(-math.inf, 3), math.pow(0.5, -math.inf))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.isclose(1.0, 1.0000000001), math.isclose(0, 1e-10, abs_tol=1e-9))

calls = [
    (math.sqrt, (-1,)), (math.sqrt, ("x",)), (math.sqrt, ()), (math.sqrt, (1, 2)), (math.sqrt, (10 ** 400,)),
    (math.log, (0,)), (math.log, (-1.5,)), (math.log, (10, 1)), (math.log, (10, 0)), (math.log, ()), (math.log, (False,)),
    (math.log, (-2 ** 1100,)), (math.pow, (2,)), (math.pow, (0, -1)), (math.pow, (-1, 0.5)), (math.pow, (10, 400)),
    (math.exp, (1000,)), (math.fmod, (1, 0)), (math.fmod, (1,)), (math.ldexp, (1.0, 1.5)), (math.ldexp, (1.0, 10 ** 30)),
    (math.atan2, (1,)), (math.copysign, (1,)), (math.isclose, (1, 2, 3)), (math.gamma, (0,)), (math.lgamma, (-1,)),
]
for f, args in calls:
    try:
        print(f.__name__, args, "->", f(*args))
    except Exception as e:
        print(f.__name__, args, "=>", type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
