def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
print(compose(str, inc, abs)(-5), compose()(7))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(len, ["a", "bb", ""]), my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(my_reduce(lambda acc, w: acc + [w.upper()], "a b c".split(), []))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), min([3, -5, 2], key=abs))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
