print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]), sum((1, 2), 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2**64, 2**64]), sum([1.5, -1.5, 1e100, -1e100]))
print(sum(x * x for x in range(10)), sum({1: 0, 2: 0}), sum([], 5), sum([1], start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
