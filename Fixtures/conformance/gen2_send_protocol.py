# send() rules: priming, sending non-None to a fresh generator, sending to a finished one.
def gen():
    x = yield "first"
    print("  received", repr(x))
    y = yield "second"
    print("  received", repr(y))

g = gen()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("hello"))
try:
    g.send("world")
except StopIteration:
    print("finished")
try:
    g.send("again")
except StopIteration:
    print("still finished")
# next(g) is the same as g.send(None)
g = gen()
print(next(g), g.send(None))
# the value of a yield expression when resumed by next() is None
def show():
    while True:
        got = yield
        print("  got", repr(got))
s = show()
next(s)
next(s)
s.send(0)
s.send([1])
# yield inside expressions
def calc():
    a = (yield "a?") * 2
    b = (yield "b?") + a
    yield "sum %d" % b
c = calc()
print(next(c), c.send(5), c.send(1))
# a generator that was never started can be closed and then cannot be resumed
g = gen()
g.close()
print(next(g, "closed before start"))
