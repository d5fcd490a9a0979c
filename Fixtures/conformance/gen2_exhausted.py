# Using a generator after exhaustion: empty loops, StopIteration, empty list, fresh calls.
def three():
    yield 1
    yield 2
    yield 3

g = three()
print(list(g), list(g), sum(g), max(g, default="none"))
for x in g:
    print("never printed")
print("for over exhausted generator does nothing")
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"), tuple(g), 1 in g)
# a new call makes a new generator
print(list(three()), list(three()))
# partially consumed generator continues where it stopped
g = three()
for x in g:
    if x == 1:
        break
print("rest:", list(g))
# zip consumes one item from the first generator before noticing the second is empty
a = three()
print(list(zip(a, [])), list(a))
# exhausted generator passed to multiple consumers
g = (i * i for i in range(4))
total = sum(g)
count = len(list(g))
print(total, count)
