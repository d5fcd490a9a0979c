# throw(): raising inside a suspended generator; handling it there and continuing.
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  worker handled ValueError:", e)
            n = 100
        except KeyError:
            print("  worker got KeyError, stopping")
            return "stopped at %d" % n

w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("worker returned:", e.value)

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(RuntimeError("unhandled"))
except RuntimeError as e:
    print("propagated:", e)
print(next(f, "generator is finished"))

# throwing into a fresh generator raises at its start, before any code runs
def fresh():
    print("  never printed")
    yield
g = fresh()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("fresh generator:", e)

# throw with an exception class
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
c = catch_all()
next(c)
c.throw(TypeError)
c.throw(ZeroDivisionError("zero"))
# finally blocks run when a thrown exception escapes
def with_finally():
    try:
        yield "inside"
    finally:
        print("  finally ran")
h = with_finally()
next(h)
try:
    h.throw(OSError("disk"))
except OSError as e:
    print("OSError:", e)
