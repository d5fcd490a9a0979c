t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1, 5))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]), min((3, 1, 2)))
print(len(()), sum((1, 2, 3)), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), list((1, 2)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
