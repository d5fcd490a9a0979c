# Total ordering by hand (no functools), sorting instances by __lt__ and stable sorts.
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank = Card.RANKS.index(text[0])
        self.suit = Card.SUITS.index(text[1])

    def __repr__(self):
        return Card.RANKS[self.rank] + Card.SUITS[self.suit]

    def key(self):
        return (self.rank, self.suit)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    # the rest derived from __lt__ and __eq__
    def __le__(self, other):
        return self < other or self == other

    def __gt__(self, other):
        return other < self

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.key())

hand = [Card(t) for t in "Qh 2c As Td 2s Kh 9c Ah".split()]
print(sorted(hand), sorted(hand, reverse=True))
print(max(hand), min(hand), Card("Ah") > Card("Ac"), Card("Ah") >= Card("Ah"), Card("2c") <= Card("2d"))
hand.sort()
print(hand)

# sort uses only __lt__
class Counted:
    calls = {}
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.calls["lt"] = Counted.calls.get("lt", 0) + 1
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
items = [Counted(v) for v in [5, 3, 8, 1, 9, 2]]
print(sorted(items), list(Counted.calls), min(items), max(items))

# stability: equal keys keep their original order
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return "%s:%d" % (self.name, self.pri)
tasks = [Task(2, "a"), Task(1, "b"), Task(2, "c"), Task(1, "d"), Task(0, "e")]
print(sorted(tasks), sorted(tasks, reverse=True))
print(sorted(tasks, key=lambda t: t.name, reverse=True))
