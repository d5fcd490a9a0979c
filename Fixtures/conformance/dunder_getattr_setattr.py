# __getattr__ (fallback only), __setattr__ and __delattr__ hooks; __getattribute__ not used.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        print("  __getattr__", name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("no field " + repr(name)) from None

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self._fields[name] = value

    def __delattr__(self, name):
        self.log.append("del " + name)
        del self._fields[name]

r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields, vars(r).keys() == {"_fields", "log"})
print(r.log)  # real attribute: no __getattr__ call
del r.a
print(hasattr(r, "a"), getattr(r, "a", "default"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
r._private = "p"
print(r._private, r.log)

# __getattr__ for delegation
class Upper:
    def __init__(self, s):
        self.s = s
    def __getattr__(self, name):
        attr = getattr(self.s, name)
        if callable(attr):
            def wrapper(*args):
                result = attr(*args)
                return result.upper() if isinstance(result, str) else result
            return wrapper
        return attr
u = Upper("hello world")
print(u.replace("world", "there"), u.split(), u.count("o"), u.s)

# a read-only object via __setattr__
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is read-only: " + name)
f = Frozen(5)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError:", e)
print(f.x)
# __getattr__ is not consulted for dunder lookups done by the interpreter
class Dyn:
    def __getattr__(self, name):
        return lambda *a: "dyn " + name
d = Dyn()
print(d.__len__(), d.anything())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
