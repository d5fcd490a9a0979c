for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = None
y = x if x is not None else "default"
print(y, (1 if True else 0) + 1, [a if a % 2 else -a for a in range(5)])
def side(v):
    print("eval", v)
    return v
r = side(1) if side(False) else side(2)
print(r)
print(0 or 1 if 0 else 2, (lambda: "a" if 1 else "b")())
