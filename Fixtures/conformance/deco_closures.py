# Decorators built from closures over mutable state; per-function and shared state.
def make_registry():
    entries = []
    def register(priority=0):
        def decorator(fn):
            entries.append((priority, fn.__name__, fn))
            return fn
        return decorator
    def run_all(x):
        return [(name, fn(x)) for priority, name, fn in sorted(entries, key=lambda e: -e[0])]
    return register, run_all

register, run_all = make_registry()

@register(priority=1)
def double(x):
    return 2 * x

@register(priority=5)
def negate(x):
    return -x

@register()
def square(x):
    return x * x

print(run_all(7))

def rate_limited(limit):
    def decorator(fn):
        used = 0
        def wrapper(*args):
            nonlocal used
            if used >= limit:
                return "limit reached for " + fn.__name__
            used += 1
            return fn(*args)
        def reset():
            nonlocal used
            used = 0
        wrapper.reset = reset
        return wrapper
    return decorator

@rate_limited(2)
def ping(n):
    return "pong %d" % n

print([ping(i) for i in range(4)])
ping.reset()
print(ping(9), ping(10), ping(11))

# decorator state is per decorated function
@rate_limited(1)
def a():
    return "a"
@rate_limited(1)
def b():
    return "b"
print(a(), b(), a(), b())

# closures capturing loop variables in decorator factories
def tagger(tag):
    return lambda fn: (lambda: tag + ":" + fn())
funcs = []
for t in ["x", "y", "z"]:
    @tagger(t)
    def f():
        return "body"
    funcs.append(f)
print([f() for f in funcs])
