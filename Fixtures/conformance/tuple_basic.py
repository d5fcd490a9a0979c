t = (1, "a", 2.5, None, (3, 4))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], type(t))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), ((),), ((1,),))
single = 5,
print(single, len(single), repr(("x",)), str((1.0,)))
print((1, 2) + (3,), (1, 2) * 2, 3 * ("a",), (0,) * 0, (1,) + ())
print(3 in t, "b" in t, (3, 4) in t, 2.5 not in t)
u = t
u += (9,)
print(t, u, u is t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
inner = [1]
tt = (inner, 2)
inner.append(3)
print(tt)
