# close(): GeneratorExit inside the generator, finally blocks, and misbehaving generators.
def reader(name):
    print("  open", name)
    try:
        for i in range(10):
            yield "%s:%d" % (name, i)
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise
    finally:
        print("  close", name)

r = reader("log")
print(next(r), next(r))
r.close()
print(next(r, "exhausted after close"))
r.close()  # closing twice is fine
print("closed twice")

# closing a generator that has not started does not run its body
r2 = reader("unused")
r2.close()
print("unused closed")

# close() on a finished generator is a no-op
r3 = reader("short")
print(list(r3)[-1])
r3.close()

# a generator that yields while handling GeneratorExit makes close() fail
def stubborn():
    try:
        yield "tick"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        yield "still here"
    print("  resumed after the failed close")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "finished normally"))

# returning a value while closing is swallowed by close()
def polite():
    try:
        yield 1
    except GeneratorExit:
        return "bye"
p = polite()
next(p)
print(p.close())

# another exception raised during close propagates
def angry():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
a = angry()
next(a)
try:
    a.close()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
