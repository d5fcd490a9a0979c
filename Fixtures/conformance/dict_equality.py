print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {1: [1]} == {1: [1]}, {} == {}, {1: 2} != {1: 3})
print({"a": 1} == dict(a=1), {"a": 1}.items() == {("a", 1)}, {1: 2} == [(1, 2)])
d = {0: "zero", 0.0: "float zero", False: "false"}
print(d, len(d))
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print("TypeError:", e)
print(list({"b": 1, "a": 2}) == ["b", "a"], {"b": 1, "a": 2} == {"a": 2, "b": 1})
