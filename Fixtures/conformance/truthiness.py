values = [0, 1, -1, 0.0, 0.5, -0.0, "", " ", "0", [], [[]], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), None, True, False, range(0), range(1), 2**100, float("nan")]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
n = 0
while [1] * (3 - n):
    n += 1
print("loop ran", n)
print([x for x in values if not x].__len__())
print(1 if "" else 2, 3 if [0] else 4)
