# raise ... from ... with custom exceptions: __cause__, __context__, __suppress_context__.
class StorageError(Exception):
    pass

class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key

    def __str__(self):
        return "bad config key %r: %s" % self.args

def read_config(store, key):
    try:
        return int(store[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ConfigError(key, "not a number") from e

store = {"port": "80", "timeout": "soon"}
for key in ["port", "timeout", "host"]:
    try:
        print(key, "=", read_config(store, key))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__,
              "| context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise StorageError("while dividing")
try:
    implicit()
except StorageError as e:
    print("implicit:", e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__)

def suppressed():
    try:
        [][0]
    except IndexError:
        raise StorageError("clean") from None
try:
    suppressed()
except StorageError as e:
    print("from None:", e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# walking a chain of causes
def layer(n):
    if n == 0:
        raise KeyError("root")
    try:
        layer(n - 1)
    except Exception as e:
        raise StorageError("layer %d" % n) from e
try:
    layer(3)
except StorageError as e:
    chain = []
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__cause__
    print(" <- ".join(chain))
# from a class instantiates it
try:
    raise StorageError("x") from ValueError
except StorageError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
