# Errors specific to generators, caught: re-entering a running generator, bad throw arguments.
def selfish():
    yield next(g)

g = selfish()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

def simple():
    yield 1
s = simple()
for bad in ["text", 42]:
    try:
        s.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
print(next(s))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
gen = (x for x in [1])
try:
    gen.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(gen)
except TypeError as e:
    print("TypeError:", e)
try:
    gen[0]
except TypeError as e:
    print("TypeError:", e)
