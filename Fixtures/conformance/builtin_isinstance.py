vals = [1, 1.5, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), len, lambda: 0]
for v in vals:
    print(repr(v) if not callable(v) else "callable", isinstance(v, int), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, str), isinstance(v, object))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, (str, (bool, int))))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, list)), issubclass(float, int))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
