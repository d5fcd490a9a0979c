# getattr / setattr / hasattr / delattr, with and without defaults.
class Config:
    debug = False
    level = 1

    def __init__(self):
        self.name = "cfg"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "default"))
print(getattr(c, "missing", None), getattr(Config, "level"))
print(hasattr(c, "name"), hasattr(c, "debug"), hasattr(c, "nope"), hasattr(Config, "name"))

setattr(c, "level", 5)
print(c.level, Config.level)
setattr(Config, "level", 7)
print(c.level, Config().level)
delattr(c, "level")
print(c.level)

try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 42)
except TypeError as e:
    print("TypeError:", e)

# getattr with a bound method name
method = getattr("a,b,c", "split")
print(method(","))
upper = getattr(c.name, "upper")
print(upper())

# dispatch by name
class Calc:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b

    def run(self, name, a, b):
        fn = getattr(self, "op_" + name, None)
        if fn is None:
            return "unknown op " + name
        return fn(a, b)

calc = Calc()
for name in ["add", "mul", "pow"]:
    print(name, calc.run(name, 6, 7))

# hasattr on class attributes vs instance attributes after delattr of class attr
delattr(Config, "debug")
print(hasattr(c, "debug"), hasattr(Config, "debug"))
