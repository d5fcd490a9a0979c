# A 2-D grid indexed with tuple keys: g[r, c], row slices, and __contains__.
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [[fill] * cols for _ in range(rows)]

    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("cell (%d, %d) outside %dx%d grid" % (r, c, self.rows, self.cols))

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(c, slice):
                return self.cells[r][c]
            self._check(r, c)
            return self.cells[r][c]
        return list(self.cells[key])

    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        self.cells[r][c] = value

    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = 0

    def __contains__(self, value):
        return any(value in row for row in self.cells)

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c), self.cells[r][c]

    def __str__(self):
        return "\n".join(" ".join("%2d" % v for v in row) for row in self.cells)

g = Grid(3, 4)
for r in range(3):
    for c in range(4):
        g[r, c] = r * 4 + c
print(g)
print(g[1, 2], g[2, 3], g[0], g[1, 1:3], g[2, ::-1])
g[1, 1] += 100
del g[0, 0]
print(g[1, 1], g[0, 0], 101 in g, 5 in g, 0 in g, 42 in g)
key = (2, 0)
print(g[key], sum(v for _, v in g), max(g, key=lambda kv: kv[1]))
for bad in [(3, 0), (0, 4), (-1, 0)]:
    try:
        g[bad] = 1
    except IndexError as e:
        print("IndexError:", e)
try:
    g[1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
# transpose built from tuple indexing
t = Grid(4, 3)
for (r, c), v in g:
    t[c, r] = v
print(t)
