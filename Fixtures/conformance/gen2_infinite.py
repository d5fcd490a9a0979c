# Infinite generators with early exits (no itertools): take, takewhile, break, return.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(take(10, primes()))
print(list(take_while(lambda p: p < 60, primes())))
print(list(collatz(27))[:12], len(list(collatz(27))))
for i, p in enumerate(primes()):
    if p > 1000:
        print("first prime above 1000:", p, "index", i)
        break
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(next(f for f in fibs() if f > 10 ** 20))
print(next(i for i, f in enumerate(fibs()) if len(str(f)) >= 100))
# zip with an infinite generator is bounded by the finite side
print(list(zip(naturals(1), "abc")), dict(zip("xyz", naturals(10))))
# two independent generators from the same function
a, b = naturals(), naturals(100)
print([next(a) for _ in range(3)], [next(b) for _ in range(2)], next(a))
# cycling by hand
def cycle(seq):
    while True:
        yield from seq
c = cycle("AB")
print("".join(next(c) for _ in range(7)))
