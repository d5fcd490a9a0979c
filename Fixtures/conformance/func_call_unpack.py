def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
kwargs = {"c": 3, "z": 4}
print(f(*args), f(*args, **kwargs), f(*args, 5, 6, 7), f(*range(5)), f(*"ab", **{"x": 1}))
print(f(1, *[2, 3], *(4,), **{"k": 1}, **{"j": 2}))
print(max(*[3, 1, 2]), print(*[], sep="x"), "".join([*"abc", *"de"]))
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{1: 2})
except TypeError as e:
    print("TypeError:", e)
