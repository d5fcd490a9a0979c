x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
i = 100
gen = [i for i in range(3)]
print(i)
d = {k: k for k in "ab"}
print(sorted(d))
try:
    print(k)
except NameError as e:
    print("NameError:", e)
def f():
    y = 10
    return [y + n for n in range(3)]
print(f())
def g():
    items = [lambda: n for n in range(3)]
    return [fn() for fn in items]
print(g())
factor = 3
print([factor * n for n in range(3)], {factor: n for n in range(2)})
