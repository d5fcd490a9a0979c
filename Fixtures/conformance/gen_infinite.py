def naturals(start=1):
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
out = []
for p in primes():
    if p > 60:
        break
    out.append(p)
print(out)
def take(n, it):
    res = []
    for x in it:
        if len(res) >= n:
            break
        res.append(x)
    return res
print(take(5, naturals(10)), take(0, naturals()))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle("ab")
print([next(c) for _ in range(5)])
