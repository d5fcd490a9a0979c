# Computed read-only properties and lazily cached values.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def is_square(self):
        return self.w == self.h

r = Rect(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.perimeter, r.is_square)

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @property
    def stats(self):
        cache = self.__dict__.get("_stats")
        if cache is None:
            self.computations += 1
            n = len(self.values)
            mean = sum(self.values) / n
            var = sum((v - mean) ** 2 for v in self.values) / n
            cache = (n, mean, var)
            self._stats = cache
        return cache

    def add(self, v):
        self.values.append(v)
        self.__dict__.pop("_stats", None)

d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats, d.computations)
d.add(10)
print(d.stats, d.computations)
print(d.stats[1], d.computations)

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full(self):
        return self.first + " " + self.last

    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)

p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.full)
print([q.full for q in sorted([Person("b", "z"), Person("a", "y")], key=lambda q: q.full)])
