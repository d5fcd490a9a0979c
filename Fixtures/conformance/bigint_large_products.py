# Products of big ints from a few limbs to thousands (Karatsuba's balanced and unbalanced
# splits, odd lengths, all-ones limbs), checked through identities and exact fingerprints.
def fingerprint(x):
    return (x % 1000000007, x % (2 ** 61 - 1), x.bit_length(), x < 0)

ones = [2 ** (64 * k) - 1 for k in (1, 47, 48, 49, 97, 130, 401)]
odd = [3 ** e for e in (1000, 1931, 4000, 9001)]
values = ones + odd + [-v for v in odd[:2]] + [7 ** 3000 + 12345]
for a in values:
    row = 0
    for b in values:
        row = (row * 1000003 + hash(fingerprint(a * b))) % (2 ** 61 - 1)
    print(fingerprint(a), row)

# (a + b)^2 = a^2 + 2ab + b^2 and (a - b)(a + b) = a^2 - b^2 on big halves.
for a, b in ((3 ** 5000, 5 ** 3000), (2 ** 30000 - 1, 2 ** 29999 + 1), (-(11 ** 2000), 13 ** 4100)):
    print((a + b) * (a + b) == a * a + 2 * a * b + b * b, (a - b) * (a + b) == a * a - b * b)

# Factorials by a product tree (big times big) against the running product (big times small).
def tree(lo, hi):
    if hi - lo < 8:
        p = 1
        for i in range(lo, hi):
            p *= i
        return p
    mid = (lo + hi) // 2
    return tree(lo, mid) * tree(mid, hi)

f = 1
for i in range(1, 3000):
    f *= i
print(tree(1, 3000) == f, fingerprint(f), str(f % 10 ** 40))
print(str(tree(1, 1400))[:60], len(str(tree(1, 1400))))
