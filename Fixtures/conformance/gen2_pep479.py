# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def bad_first():
    it = iter([])
    yield next(it)  # StopIteration inside the generator

def bad_later():
    yield 1
    raise StopIteration("explicit")

def good():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v

for g in [bad_first(), bad_later()]:
    got = []
    try:
        for v in g:
            got.append(v)
    except RuntimeError as e:
        print("RuntimeError:", e, "| got", got, "| cause:", type(e.__cause__).__name__, e.__cause__.args)
print(list(good()))
# list() and sum() see the RuntimeError too
try:
    list(bad_later())
except RuntimeError as e:
    print("list():", e)
# StopIteration from a nested plain function call is also converted
def helper(it):
    return next(it)
def uses_helper():
    it = iter([10])
    while True:
        yield helper(it)
try:
    print(list(uses_helper()))
except RuntimeError as e:
    print("via helper:", e)
# a generator expression is a generator too
try:
    print(list(next(iter([])) for _ in range(2)))
except RuntimeError as e:
    print("genexpr:", e)
# in an iterator class, raising StopIteration is the normal end
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
print(list(Manual()))
# after the RuntimeError the generator is finished
g = bad_later()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(next(g, "finished"))
