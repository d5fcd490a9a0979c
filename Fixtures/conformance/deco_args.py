# Decorators with arguments: factories returning decorators.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

def prefix(text, sep=": "):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return text + sep + fn(*args, **kwargs)
        return wrapper
    return decorator

def retry(attempts, on=(ValueError,)):
    def decorator(fn):
        def wrapper(*args):
            for i in range(1, attempts + 1):
                try:
                    return "attempt %d: %s" % (i, fn(*args))
                except on as e:
                    print("  attempt %d failed: %s" % (i, e))
            return "gave up after %d" % attempts
        return wrapper
    return decorator

lcg = [7]
@repeat(4)
def roll(sides):
    lcg[0] = (lcg[0] * 1103515245 + 12345) % 2 ** 31
    return lcg[0] // 65536 % sides + 1

@prefix("INFO")
def info(msg):
    return msg

@prefix("WARN", sep=" -> ")
def warn(msg, code=0):
    return "%s (%d)" % (msg, code)

print(roll(6), roll(100), info("started"), warn("disk", code=3))

tries = {"n": 0}
@retry(4)
def flaky(limit):
    tries["n"] += 1
    if tries["n"] < limit:
        raise ValueError("not yet (%d)" % tries["n"])
    return "ok"
print(flaky(3))
tries["n"] = 0
print(flaky(10))

@retry(2, on=(KeyError, IndexError))
def lookup(d, k):
    return d[k]
print(lookup({"a": 1}, "a"), lookup({}, "z"))
try:
    lookup(None, "a")
except TypeError as e:
    print("TypeError passes through:", e)

# an argument-taking decorator used without calling it is a common mistake
@repeat
def oops():
    return 1
print(type(oops).__name__, oops.__name__)
try:
    oops()
except TypeError as e:
    print("TypeError:", e)
