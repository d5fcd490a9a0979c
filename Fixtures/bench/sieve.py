# Sieve of Eratosthenes on a list, repeated; prints counts and sums of primes.
LIMIT = 1000000
ROUNDS = 10

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags

total = 0
for r in range(ROUNDS):
    n = LIMIT - r * 1000
    flags = sieve(n)
    count = 0
    s = 0
    last = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
            s += k
            last = k
    total += count
    print(n, count, s, last)
print("total", total)
