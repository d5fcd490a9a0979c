for v in [1, 1.5, "s", True, None, [], (), {}, set(), frozenset(), range(1), 2**100, iter([]), (x for x in [])]:
    print(type(v), type(v).__name__)
def f():
    pass
print(type(f), type(len), type(lambda: 0).__name__, type(type(1)), type(int))
print(type(1) is int, type(True) is bool, type(True) == int, type([]) == list, type("") in (str, bytes))
print(int, str, list, dict, tuple, set, float, bool, type(None))
print(type(5)("7") + 1, type("")(5), type([])("ab"))
