# Uncaught TypeError: a class defining __eq__ without __hash__ is unhashable.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

print(P(1, 2) == P(1, 2), P.__hash__)
seen = [P(1, 2)]
print(P(1, 2) in seen)
seen_set = {P(1, 2)}
print("not reached")
