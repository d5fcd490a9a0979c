print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1, 2.0] == [1, 2], [1, "a"] < [1, "b"], [[1]] < [[1, 0]], [1] == (1,))
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), sorted([[2], [1, 5], [1], []]))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print([1, 2] <= [1, 2], [1, 2] >= [1, 2, 3], [float("nan")] == [float("nan")])
