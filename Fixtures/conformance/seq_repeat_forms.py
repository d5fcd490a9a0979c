# seq * n for every sequence kind, unit sizes 0-3 and counts that are and are not powers of two
# (the result is built by doubling copies), and in-place list repetition with aliases.
units = [[], [1], [1, "a"], [None, 2.5, (3,)]]
for unit in units:
    for n in [-1, 0, 1, 2, 3, 5, 7, 8, 13]:
        lst = unit * n
        tup = tuple(unit) * n
        assert list(tup) == lst
        print(len(lst), lst[:7], lst[-4:], tup[-3:])

for text in ["", "x", "ab", "xyz", "é€", "😀a"]:
    for n in [0, 1, 2, 6, 9, 16]:
        r = text * n
        print(n, len(r), r[:11], r == "".join([text] * n))

for data in [b"", b"q", b"ab", b"\x00\xff\x10"]:
    for n in [0, 1, 3, 10]:
        print(data * n)

a = [1, 2, 3]
alias = a
a *= 4
print(a, alias is a, len(alias))
a *= 1
print(len(a))
a *= 0
print(a, alias)
b = [[0]] * 3
b[0].append(9)
print(b)
big = [False] * 1000001
print(len(big), big.count(False), big[-1], big[500000])
s = "-=" * 100003
print(len(s), s[-3:], s.count("=-"))
