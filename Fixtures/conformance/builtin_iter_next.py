it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((5,))
print(next(t), next(t, "done"))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
it2 = iter([1, 2, 3, 4])
for x in it2:
    print("consumed", x, "skipping", next(it2, None))
