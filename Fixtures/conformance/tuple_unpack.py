a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
i, (j, (k, l)) = 1, [2, (3, 4)]
print(i, j, k, l)
for n, (s, t) in enumerate([("a", 1), ("b", 2)]):
    print(n, s, t)
m = n2 = [0]
print(m is n2)
a, b, c = range(3)
print(a, b, c)
d1, d2 = {"k1": 1, "k2": 2}
print(d1, d2)
x = y = z = "same"
print(x, y, z)
first, second = "ab"
print(first, second)
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)
i = 0
i, lst[i] = 1, 9
print(i, lst)
