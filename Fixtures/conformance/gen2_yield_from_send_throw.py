# yield from forwards send(), throw() and close() to the inner generator.
def inner():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("  inner handled", e)
                x = 0
            if x is None:
                break
            total += x
    finally:
        print("  inner finally, total", total)
    return total

def outer():
    print("  outer start")
    result = yield from inner()
    print("  outer got", result)
    yield "outer done with %d" % result

g = outer()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad value")))
print(g.send(1))
print(g.send(None))
print(next(g, "exhausted"))

# close() on the outer generator closes the inner one first
g = outer()
next(g)
g.send(3)
g.close()
print("closed")

# an exception the inner generator does not handle propagates through both
def inner2():
    yield 1
    yield 2
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        yield "outer caught " + str(e)
g = outer2()
print(next(g), g.throw(KeyError("k")), next(g, "end"))
# send() to a yield from over a plain iterator is only allowed with None
def over_list():
    yield from [1, 2, 3]
g = over_list()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
