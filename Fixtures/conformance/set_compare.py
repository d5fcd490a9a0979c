a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, a == {2, 1}, a != b)
print({1, 4} <= b, {1, 4} >= b, set() < a, frozenset(a) == a, frozenset(a) < b)
print(sorted([{3}, {1}, {2}], key=min), {1} == frozenset({1}))
