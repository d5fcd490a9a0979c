def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g(5))
for call in [lambda: pos(1, b=2, c=3, d=4), lambda: pos(a=1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def dflt(a, b=5, /):
    return a * b
print(dflt(2), dflt(2, 3))
