print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r))
print("".join(reversed("racecar")) == "racecar", list(reversed({"a": 1, "b": 2})))
for bad in [5, {1, 2}, (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
