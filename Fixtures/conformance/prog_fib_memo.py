memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), fib(300), len(memo))
print([fib(i) % 10 for i in range(30)])
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(300)), fib_iter(1000) % 10**12)
calls = {"n": 0}
def make_memo(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            calls["n"] += 1
            cache[args] = fn(*args)
        return cache[args]
    return wrapped
@make_memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), calls["n"])
@make_memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 20)])
