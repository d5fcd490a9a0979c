# Many small objects with float attributes (own code, in the spirit of the classic float
# benchmark): points are created from a polynomial sine/cosine approximation, normalized,
# scaled, and reduced to a component-wise maximum and a centroid, over several rounds.
POINTS = 100000
ROUNDS = 9

PI = 3.141592653589793


def sin_approx(x):
    # reduce to [-pi, pi], then a 9th-order Taylor polynomial
    x = x - 2 * PI * int(x / (2 * PI))
    if x > PI:
        x -= 2 * PI
    elif x < -PI:
        x += 2 * PI
    x2 = x * x
    return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72 * (1 - x2 / 110)))))


def cos_approx(x):
    return sin_approx(x + PI / 2)


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin_approx(i)
        self.y = cos_approx(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def scale(self, k):
        self.x *= k
        self.y *= k
        self.z *= k

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Cloud:
    def __init__(self, n, offset):
        self.points = [Point(i * 0.5 + offset) for i in range(n)]

    def normalize_all(self):
        for p in self.points:
            p.normalize()

    def scale_all(self, k):
        for p in self.points:
            p.scale(k)

    def maximum(self):
        points = self.points
        best = points[0]
        for p in points[1:]:
            best.maximize(p)
        return best

    def centroid(self):
        sx = sy = sz = 0.0
        for p in self.points:
            sx += p.x
            sy += p.y
            sz += p.z
        n = len(self.points)
        return sx / n, sy / n, sz / n


def main():
    total = 0.0
    for r in range(ROUNDS):
        cloud = Cloud(POINTS, r * 0.25)
        cloud.normalize_all()
        cloud.scale_all(1.0 + r / 10)
        c = cloud.centroid()
        m = cloud.maximum()
        total += m.x + m.y + m.z + c[0] + c[1] + c[2]
        print(r, m, "centroid %.9f %.9f %.9f" % c)
    print("total %.9f" % total)


main()
