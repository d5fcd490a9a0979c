try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1: 2}, {3: 4}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2.5, True, False]))
