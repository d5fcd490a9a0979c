a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = "hello"
print(init, last)
head, *tail = (1,)
print(head, tail)
first, *middle, last = 1, 2
print(first, middle, last)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
*everything, = range(4)
print(everything)
x = [*range(3), *"ab", *(9,)]
print(x, (*x[:2], 7), {*"aab"} == {"a", "b"})
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)
print(*[1, 2, 3], sep="-")
