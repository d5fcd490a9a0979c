print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((5,)), max(range(10)))
print(max([1, 2.5, True]), min([-1, -1.5]), max([[1, 2], [1, 3]]), min({3, 1, 2}), max({"a": 1, "z": 0}))
print(max(["aaa", "b", "cc"], key=len), min(["aaa", "b", "cc"], key=len), max([-5, 3], key=abs), min(1, -2, key=abs))
print(max([], default="empty"), min([], default=None), max([1], default=0), max([2, 2, 1], key=lambda x: 0))
print(max([(1, "b"), (1, "a")]), min(x * x for x in range(-3, 3)), max("a", "B"), max(1, 1.0), max(1.0, 1))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min([1, "a"]), lambda: max([1], [2], default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
