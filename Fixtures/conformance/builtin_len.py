print(len(""), len("abc"), len("😀é"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({}.keys()), len({1: 1}.values()), len({1: 1, 2: 2}.items()), len("a" * 1000), len([0] * 10**5))
for bad in [5, 1.5, None, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
