def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(count_up(5)), list(count_up(0)), sum(count_up(101)))
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in trace():
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
gen = count_up(4)
print(list(gen), list(gen))
def lines(text):
    for line in text.split("\n"):
        if line:
            yield line.strip()
print(list(lines("a\n b \n\nc")))
