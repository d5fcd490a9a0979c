# Uncaught TypeError: __iter__ returned something that is not an iterator.
class Numbers:
    def __init__(self, values):
        self.values = values

    def __iter__(self):
        return self.values  # a list, not an iterator

n = Numbers([1, 2, 3])
print(n.values, iter(n.values) is not None)
total = 0
for v in n:
    total += v
print(total)
