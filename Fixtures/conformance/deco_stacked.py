# Stacked decorators: application order (bottom-up) and call order (outside-in).
log = []

def tag(name):
    def decorator(fn):
        log.append("decorate with " + name)
        def wrapper(*args):
            log.append("enter " + name)
            result = "<%s>%s</%s>" % (name, fn(*args), name)
            log.append("leave " + name)
            return result
        return wrapper
    return decorator

@tag("b")
@tag("i")
@tag("u")
def text(s):
    log.append("body")
    return s

print(log)
log.clear()
print(text("hi"))
print(log)

def double(fn):
    return lambda x: fn(x) * 2
def inc(fn):
    return lambda x: fn(x) + 1

@double
@inc
def ident_a(x):
    return x

@inc
@double
def ident_b(x):
    return x

print(ident_a(5), ident_b(5))
print(double(inc(lambda x: x))(5), inc(double(lambda x: x))(5))

# stacking the same decorator several times
@inc
@inc
@inc
def three(x):
    return x
print(three(0))

# decorating methods with stacked decorators including staticmethod/classmethod
def upper_result(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper

class Greeter:
    name = "cls"
    def __init__(self, name):
        self.name = name
    @upper_result
    def hello(self):
        return "hello " + self.name
    @staticmethod
    @upper_result
    def static_hi(who):
        return "hi " + who
    @classmethod
    @upper_result
    def class_hi(cls):
        return "hi from " + cls.name
print(Greeter("ann").hello(), Greeter.static_hi("bob"), Greeter.class_hi(), Greeter("x").class_hi())
