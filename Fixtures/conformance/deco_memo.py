# Memoization decorators: a dict cache, cache statistics, keyword-aware keys, an LRU bound.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = cache[args] = fn(*args)
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.stats, len(fib.cache))
print(fib(50), fib.stats)

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.stats)

def memo_kw(fn):
    cache = {}
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache
    return wrapper

calls = []
@memo_kw
def power(base, exp=2):
    calls.append((base, exp))
    return base ** exp
print(power(3), power(3), power(3, exp=3), power(exp=3, base=3), power(2, 10), calls)

def lru(maxsize):
    def decorator(fn):
        order = []
        cache = {}
        def wrapper(x):
            if x in cache:
                order.remove(x)
                order.append(x)
                return cache[x]
            value = fn(x)
            cache[x] = value
            order.append(x)
            if len(order) > maxsize:
                oldest = order.pop(0)
                del cache[oldest]
            return value
        wrapper.order = order
        return wrapper
    return decorator

computed = []
@lru(3)
def slow_square(x):
    computed.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(x)
print(computed, slow_square.order)

# memoizing a method per instance through a dict stored on the instance
class Collatz:
    def __init__(self):
        self.memo = {1: 0}
    def steps(self, n):
        if n not in self.memo:
            self.memo[n] = 1 + self.steps(n // 2 if n % 2 == 0 else 3 * n + 1)
        return self.memo[n]
c = Collatz()
best = max(range(1, 3000), key=c.steps)
print(best, c.steps(best), len(c.memo) > 3000)
