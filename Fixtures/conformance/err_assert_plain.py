values = [3, 2, 1]
assert len(values) == 3
print("sorted?", values == sorted(values))
assert values == sorted(values)
