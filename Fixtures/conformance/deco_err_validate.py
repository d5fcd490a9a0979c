# Uncaught TypeError raised by a type-checking decorator.
def typed(*types):
    def decorator(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("%s() expected %s, got %s" % (fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return decorator

@typed(int, int)
def area(w, h):
    return w * h

print(area(3, 4))
print(area(3, "4"))
