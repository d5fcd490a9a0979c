def f():
    return 1
g = lambda: 2
print(callable(f), callable(g), callable(len), callable(int), callable(str.upper), callable([].append))
print(callable(1), callable("s"), callable(None), callable([]), callable(f()), callable((x for x in [])))
ops = [f, g, len, 5, "x"]
print([o() if callable(o) and o is not len else "skip" for o in ops])
