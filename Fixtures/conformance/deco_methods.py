# Decorators applied to methods, and decorators implemented as classes with __call__.
def logged(method):
    def wrapper(self, *args):
        self.log.append("%s%r" % (method.__name__, args))
        return method(self, *args)
    wrapper.__name__ = method.__name__
    return wrapper

def require_open(method):
    def wrapper(self, *args):
        if not self.is_open:
            raise RuntimeError("%s on closed %s" % (method.__name__, type(self).__name__))
        return method(self, *args)
    wrapper.__name__ = method.__name__
    return wrapper

class File:
    def __init__(self, name):
        self.name = name
        self.is_open = True
        self.data = []
        self.log = []

    @logged
    @require_open
    def write(self, text):
        self.data.append(text)
        return len(text)

    @logged
    def close(self):
        self.is_open = False

f = File("a.txt")
print(f.write("hello"), f.write("world"))
f.close()
try:
    f.write("late")
except RuntimeError as e:
    print("RuntimeError:", e)
print(f.data, f.log, File.write.__name__)

class CountCalls:
    """A decorator class: instances wrap the function and are callable."""
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

@CountCalls
def hello(name):
    return "hello " + name

print(hello("a"), hello("b"), hello.count, type(hello).__name__, hello.__name__)

class Validate:
    def __init__(self, *types):
        self.types = types
    def __call__(self, fn):
        types = self.types
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError("argument %d of %s must be %s" % (i, fn.__name__, t.__name__))
            return fn(*args)
        return wrapper

@Validate(int, str)
def label(n, s):
    return s * n
print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)
# a class-based decorator on a method: no binding happens, so self must be passed explicitly
class Thing:
    @CountCalls
    def ping(self):
        return "pong"
t = Thing()
try:
    t.ping()
except TypeError as e:
    print("TypeError:", e)
print(Thing.ping(t), Thing.ping.count)
