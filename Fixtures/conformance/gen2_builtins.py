# Builtins consuming generators: sum, list, tuple, dict, set, max, min, sorted, any, all,
# zip, enumerate, map, filter, str.join, and short-circuiting.
def nums(n, log=None):
    for i in range(1, n + 1):
        if log is not None:
            log.append(i)
        yield i

print(sum(nums(10)), sum(nums(4), 100), list(nums(3)), tuple(nums(3)))
print(dict((i, i * i) for i in nums(4)), sorted(set(i % 3 for i in nums(10))))
print(max(nums(7)), min(nums(7)), max(nums(5), key=lambda v: -v), min((), default="empty"))
print(sorted(nums(5), reverse=True), sorted((i % 3, -i) for i in nums(6)))
print(list(zip(nums(5), "abc")), list(enumerate(nums(3), start=10)))
print(list(map(lambda a, b: a * b, nums(4), nums(4))), list(filter(lambda v: v % 2 == 0, nums(9))))
print(",".join(str(i) for i in nums(5)), list(reversed(list(nums(3)))))

seen = []
print(any(i > 3 for i in nums(100, seen)), seen)
seen = []
print(all(i < 3 for i in nums(100, seen)), seen)
seen = []
print(any(False for _ in nums(4, seen)), all(True for _ in nums(2, seen)), seen)
# zip stops at the shortest input, and pulls one extra item from earlier generators
seen = []
print(list(zip(nums(10, seen), "ab")), seen)
seen = []
print(list(zip("ab", nums(10, seen))), seen)
# `in` consumes a generator up to the first match
g = nums(10)
print(4 in g, next(g), 2 in g, list(g))
# unpacking
a, b, *rest = nums(6)
print(a, b, rest, [*nums(2), *nums(3)], {*nums(3)})
print(divmod(*(x for x in (17, 5))), "{}-{}".format(*nums(2)))
