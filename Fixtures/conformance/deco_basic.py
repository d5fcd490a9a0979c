# Plain function decorators: wrapping, replacing, copying metadata by hand.
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

def traced(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + ["%s=%r" % kv for kv in sorted(kwargs.items())]
        print("  call %s(%s)" % (fn.__name__, ", ".join(parts)))
        result = fn(*args, **kwargs)
        print("  %s returned %r" % (fn.__name__, result))
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@shout
def greet(name):
    return "hello " + name

@traced
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(greet("ann"), greet.__name__)
print(add(1, 2), add(5, b=7), add.__name__, add.__doc__, add.__wrapped__(10, 1))

# a decorator is just a call: these are equivalent
def square(x):
    return x * x
loud_square = shout(square)
print(loud_square(4), square(4))

# decorators that return the original function after registering it
handlers = {}
def handler(fn):
    handlers[fn.__name__] = fn
    return fn

@handler
def on_start():
    return "starting"

@handler
def on_stop():
    return "stopping"

print(sorted(handlers), [handlers[k]() for k in sorted(handlers)], on_start is handlers["on_start"])

# a decorator that replaces the function with a non-function
def constant(fn):
    return fn()

@constant
def ANSWER():
    return 6 * 7
print(ANSWER, type(ANSWER).__name__)

# wrappers counting calls through a function attribute
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
