# An iterated-function-system "chaos game" with classes (own code): 2-D vectors, weighted
# affine maps, a uniform cubic B-spline that bends the attractor along a curve, an LCG
# random source, and a canvas counting hits; the histogram of the canvas is checksummed.
POINTS = 220000
GRID_W = 160
GRID_H = 120


class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def perp(self):
        return Vec2(-self.y, self.x)


class Random:
    """Park-Miller minimal standard generator with float and weighted choice helpers."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = self.state * 48271 % 2147483647
        return self.state

    def random(self):
        return self.next_int() / 2147483647.0

    def weighted(self, items, weights_total):
        r = self.random() * weights_total
        for item in items:
            r -= item.weight
            if r <= 0:
                return item
        return items[-1]


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight
        self.uses = 0

    def apply(self, p):
        self.uses += 1
        return Vec2(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Spline:
    """Uniform cubic B-spline through a list of control points, parameter in [0, 1]."""

    def __init__(self, control):
        self.control = [control[0]] * 2 + control + [control[-1]] * 2
        self.segments = len(self.control) - 3

    def _segment(self, u):
        s = u * self.segments
        i = int(s)
        if i >= self.segments:
            i = self.segments - 1
        return i, s - i

    def point(self, u):
        i, t = self._segment(u)
        p0, p1, p2, p3 = self.control[i:i + 4]
        t2 = t * t
        t3 = t2 * t
        b0 = (1 - t) ** 3 / 6.0
        b1 = (3 * t3 - 6 * t2 + 4) / 6.0
        b2 = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6.0
        b3 = t3 / 6.0
        return p0 * b0 + p1 * b1 + p2 * b2 + p3 * b3

    def tangent(self, u):
        i, t = self._segment(u)
        p0, p1, p2, p3 = self.control[i:i + 4]
        t2 = t * t
        d0 = -(1 - t) ** 2 / 2.0
        d1 = (3 * t2 - 4 * t) / 2.0
        d2 = (-3 * t2 + 2 * t + 1) / 2.0
        d3 = t2 / 2.0
        v = p0 * d0 + p1 * d1 + p2 * d2 + p3 * d3
        n = v.length()
        return v * (1.0 / n) if n > 0 else Vec2(1.0, 0.0)


class Bounds:
    def __init__(self):
        self.min_x = self.min_y = float("inf")
        self.max_x = self.max_y = float("-inf")

    def include(self, p):
        if p.x < self.min_x:
            self.min_x = p.x
        if p.x > self.max_x:
            self.max_x = p.x
        if p.y < self.min_y:
            self.min_y = p.y
        if p.y > self.max_y:
            self.max_y = p.y


class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
        self.clipped = 0

    def plot(self, p, bounds):
        x = int((p.x - bounds.min_x) / (bounds.max_x - bounds.min_x) * (self.w - 1))
        y = int((p.y - bounds.min_y) / (bounds.max_y - bounds.min_y) * (self.h - 1))
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] += 1
        else:
            self.clipped += 1

    def checksum(self):
        h = 0
        filled = 0
        peak = 0
        for row in self.cells:
            for v in row:
                h = (h * 31 + v) % 1000000007
                if v:
                    filled += 1
                    if v > peak:
                        peak = v
        return h, filled, peak


class ChaosGame:
    def __init__(self, maps, spline, thickness, rng):
        self.maps = maps
        self.total = sum(m.weight for m in maps)
        self.spline = spline
        self.thickness = thickness
        self.rng = rng

    def warp(self, p, bounds):
        # x of the attractor selects a point on the spline, y moves along the normal
        u = (p.x - bounds.min_x) / (bounds.max_x - bounds.min_x)
        v = (p.y - bounds.min_y) / (bounds.max_y - bounds.min_y) - 0.5
        base = self.spline.point(u)
        normal = self.spline.tangent(u).perp()
        return base + normal * (v * self.thickness)

    def run(self, n, canvas):
        p = Vec2(0.0, 0.0)
        raw = []
        bounds = Bounds()
        for i in range(n):
            m = self.rng.weighted(self.maps, self.total)
            p = m.apply(p)
            if i >= 20:
                raw.append(p)
                bounds.include(p)
        warped = []
        wb = Bounds()
        for q in raw:
            w = self.warp(q, bounds)
            warped.append(w)
            wb.include(w)
        for w in warped:
            canvas.plot(w, wb)
        return bounds, wb


def main():
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
    ]
    spline = Spline([Vec2(0.0, 0.0), Vec2(1.0, 2.0), Vec2(3.0, 2.5), Vec2(4.0, 0.5),
                     Vec2(6.0, 0.0), Vec2(7.0, 2.0), Vec2(9.0, 3.0)])
    canvas = Canvas(GRID_W, GRID_H)
    game = ChaosGame(fern, spline, 1.2, Random(20240601))
    raw_bounds, warped_bounds = game.run(POINTS, canvas)
    h, filled, peak = canvas.checksum()
    print("map uses", [m.uses for m in fern])
    print("raw bounds %.6f %.6f %.6f %.6f" % (raw_bounds.min_x, raw_bounds.max_x, raw_bounds.min_y, raw_bounds.max_y))
    print("warped bounds %.6f %.6f %.6f %.6f" % (warped_bounds.min_x, warped_bounds.max_x,
                                                 warped_bounds.min_y, warped_bounds.max_y))
    print("filled", filled, "peak", peak, "clipped", canvas.clipped)
    print("checksum", h)


main()
