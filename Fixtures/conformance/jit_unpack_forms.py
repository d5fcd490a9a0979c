# Sequence unpacking in hot loops: the site quickens to the tuple or list form, Tier 2 guards
# the length, and the sequences then change kind (list, str, generator, wrong length) mid-loop.
def total(items):
    s = 0
    for a, b in items:
        s += a * b
    return s


tuples = [(i, i + 1) for i in range(500)]
print(total(tuples))
mixed = tuples[:300] + [[i, 2] for i in range(100)] + ["ab"] * 0 + [(i, 3) for i in range(100)]
print(total(mixed))
print(total([(1, 2)] * 200 + [iter((3, 4))] + [range(5, 7)]))
try:
    total([(1, 2)] * 300 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    total([(1, 2)] * 300 + [(1,)])
except ValueError as e:
    print("ValueError:", e)
try:
    total([[1, 2]] * 300 + [5])
except TypeError as e:
    print("TypeError:", e)
x, y, z = 0, 1, 2
for i in range(1000):
    x, y, z = y, z, (x + y + z) % 1000
print(x, y, z)
words = ["ab", "cd"] * 150
print("".join(b + a for a, b in words))
