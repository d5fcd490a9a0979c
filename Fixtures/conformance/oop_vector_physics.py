# A Vec2 class used in a small physics simulation: gravity, drag, bouncing off walls,
# elastic collisions between particles; the state is printed at intervals.
class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec2(self.x / k, self.y / k)

    def __neg__(self):
        return Vec2(-self.x, -self.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __abs__(self):
        return self.dot(self) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec2) and self.x == o.x and self.y == o.y

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return "Vec2(%.3f, %.3f)" % (self.x, self.y)

class Particle:
    def __init__(self, pos, vel, mass=1.0, radius=0.5):
        self.pos, self.vel, self.mass, self.radius = pos, vel, mass, radius

    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

class World:
    def __init__(self, width, height, gravity=Vec2(0, -9.8), drag=0.01):
        self.width, self.height = width, height
        self.gravity, self.drag = gravity, drag
        self.particles = []
        self.bounces = 0
        self.collisions = 0

    def add(self, p):
        self.particles.append(p)

    def step(self, dt):
        for p in self.particles:
            p.vel = p.vel + self.gravity * dt - p.vel * (self.drag * dt)
            p.pos = p.pos + p.vel * dt
            for axis, limit in (("x", self.width), ("y", self.height)):
                v = getattr(p.pos, axis)
                if v < p.radius or v > limit - p.radius:
                    setattr(p.pos, axis, min(max(v, p.radius), limit - p.radius))
                    setattr(p.vel, axis, -0.9 * getattr(p.vel, axis))
                    self.bounces += 1
        ps = self.particles
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                a, b = ps[i], ps[j]
                d = b.pos - a.pos
                dist = abs(d)
                if 0 < dist < a.radius + b.radius:
                    n = d / dist
                    rel = (a.vel - b.vel).dot(n)
                    if rel > 0:
                        impulse = 2 * rel / (a.mass + b.mass)
                        a.vel = a.vel - n * (impulse * b.mass)
                        b.vel = b.vel + n * (impulse * a.mass)
                        self.collisions += 1

    def energy(self):
        return sum(p.kinetic() + p.mass * 9.8 * p.pos.y for p in self.particles)

    def centroid(self):
        total = Vec2()
        for p in self.particles:
            total = total + p.pos * p.mass
        return total / sum(p.mass for p in self.particles)

w = World(20.0, 10.0)
seed = 12345
for k in range(8):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    x = 1 + (seed % 1800) / 100
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    y = 1 + (seed % 800) / 100
    w.add(Particle(Vec2(x, y), Vec2((k - 4) * 1.5, k * 0.7), mass=1.0 + k % 3))
print("start energy %.4f centroid %r" % (w.energy(), w.centroid()))
for t in range(1, 401):
    w.step(0.01)
    if t % 100 == 0:
        print("t=%.2f energy %.4f centroid %r bounces %d collisions %d" %
              (t * 0.01, w.energy(), w.centroid(), w.bounces, w.collisions))
fastest = max(w.particles, key=lambda p: abs(p.vel))
print("fastest", fastest.pos, fastest.vel, "%.4f" % abs(fastest.vel))
print(Vec2(3, 4) == Vec2(3.0, 4.0), abs(Vec2(3, 4)), list(Vec2(1, 2)), 2 * Vec2(1, -1), -Vec2(1, 2))
