# A sequence class with int keys: __getitem__/__setitem__/__delitem__/__len__, negative indexes.
class Ring:
    """A fixed-size circular buffer indexed from the oldest element."""
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = 0
        self.size = 0

    def push(self, x):
        cap = len(self.buf)
        if self.size < cap:
            self.buf[(self.start + self.size) % cap] = x
            self.size += 1
        else:
            self.buf[self.start] = x
            self.start = (self.start + 1) % cap

    def __len__(self):
        return self.size

    def _pos(self, i):
        if not isinstance(i, int):
            raise TypeError("Ring indices must be integers, not " + type(i).__name__)
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("Ring index out of range")
        return (self.start + i) % len(self.buf)

    def __getitem__(self, i):
        return self.buf[self._pos(i)]

    def __setitem__(self, i, v):
        self.buf[self._pos(i)] = v

    def __delitem__(self, i):
        items = [self[k] for k in range(self.size) if k != i % self.size]
        self.start, self.size = 0, 0
        for x in items:
            self.push(x)

r = Ring(4)
for x in range(1, 7):
    r.push(x * 10)
print(len(r), [r[i] for i in range(len(r))], r[0], r[-1], r[-4])
r[1] = "b"
r[-1] = "z"
print(list(r), r.buf)
del r[0]
print(list(r), len(r))
for bad in [4, -5, "1", 1.0]:
    try:
        r[bad]
    except (IndexError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
# iteration falls back to __getitem__ with 0, 1, 2... until IndexError
print([x for x in r], "b" in r, 99 in r, list(reversed(r)))
print(sorted(Ring(3).buf, key=str), list(Ring(2)))
