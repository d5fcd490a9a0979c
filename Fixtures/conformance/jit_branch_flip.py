# A branch taken for thousands of iterations and then never again: the superblock's guard
# keeps failing, its exit turns hot and gets a bridge, and the results stay exact.
def run(n, switch):
    total = 0
    odd = 0
    for i in range(n):
        if i < switch:
            total += i * 2
        else:
            total -= i
            odd += i & 1
    return total, odd

print(run(20000, 15000))
print(run(20000, 0))
print(run(20000, 20000))
# The branch depends on data that changes type at the switch point.
values = [1] * 5000 + [1.5] * 5000 + ["s"] * 10
acc = 0
strings = 0
for v in values:
    if isinstance(v, str):
        strings += 1
    else:
        acc += v
print(acc, strings)
