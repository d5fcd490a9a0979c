def f(x, y):
    return x * y
print(f(2, y=3))
print(f(2, x=3))
