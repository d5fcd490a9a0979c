# A small ray tracer with classes (own code): vectors, rays, spheres, planes, point
# lights, materials with diffuse/specular/reflection, a camera, and a scene rendered to
# an image whose quantized pixels are folded into a checksum.
WIDTH = 320
HEIGHT = 240
MAX_DEPTH = 3
EPS = 1e-9


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        if isinstance(k, Color):
            return Color(self.r * k.r, self.g * k.g, self.b * k.b)
        return Color(self.r * k, self.g * k, self.b * k)

    def quantize(self):
        return tuple(0 if c <= 0 else 255 if c >= 1 else int(c * 255) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.2, shininess=16, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        super().__init__(a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        ix = int((point.x + 1000) / self.size)
        iz = int((point.z + 1000) / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPS < denom < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Hit:
    __slots__ = ("shape", "t", "point", "normal")

    def __init__(self, shape, t, point, normal):
        self.shape, self.t, self.point, self.normal = shape, t, point, normal


class Scene:
    def __init__(self, ambient):
        self.shapes = []
        self.lights = []
        self.ambient = ambient
        self.rays = 0
        self.shadow_rays = 0

    def add(self, thing):
        (self.lights if isinstance(thing, Light) else self.shapes).append(thing)
        return self

    def closest(self, ray):
        best, best_t = None, None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = s, t
        if best is None:
            return None
        p = ray.at(best_t)
        return Hit(best, best_t, p, best.normal_at(p))

    def shadowed(self, point, light):
        self.shadow_rays += 1
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        self.rays += 1
        hit = self.closest(ray)
        if hit is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color(1.0, 1.0, 1.0) * (0.3 * (1 - k))
        m = hit.shape.material
        normal = hit.normal
        if normal.dot(ray.direction) > 0:
            normal = -normal
        point = hit.point + normal * 1e-4
        base = m.color_at(hit.point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base * light.color * (m.diffuse * lambert)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    color = color + light.color * (m.specular * spec ** m.shininess)
        if m.reflect > 0 and depth < MAX_DEPTH:
            rdir = ray.direction.reflect(normal).normalized()
            color = color * (1 - m.reflect) + self.trace(Ray(point, rdir), depth + 1) * m.reflect
        return color


class Camera:
    def __init__(self, eye, look_at, up, fov_scale, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.scale = fov_scale
        self.width, self.height = width, height

    def ray(self, px, py):
        aspect = self.width / self.height
        x = (2 * (px + 0.5) / self.width - 1) * aspect * self.scale
        y = (1 - 2 * (py + 0.5) / self.height) * self.scale
        d = (self.forward + self.right * x + self.up * y).normalized()
        return Ray(self.eye, d)


def build_scene():
    scene = Scene(0.1)
    scene.add(Plane(Vec(0, 0, 0), Vec(0, 1, 0),
                    Checker(Color(0.9, 0.9, 0.9), Color(0.2, 0.2, 0.25), 1.0, reflect=0.3)))
    scene.add(Sphere(Vec(0, 1, 0), 1.0, Material(Color(0.8, 0.2, 0.2), reflect=0.4, shininess=32)))
    scene.add(Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.8, 0.3), specular=0.5)))
    scene.add(Sphere(Vec(2.0, 0.5, 1.4), 0.5, Material(Color(0.2, 0.3, 0.9), reflect=0.6)))
    scene.add(Sphere(Vec(0.8, 0.3, 2.2), 0.3, Material(Color(0.9, 0.8, 0.1), shininess=64)))
    scene.add(Light(Vec(-4, 6, 5), Color(0.8, 0.8, 0.8)))
    scene.add(Light(Vec(5, 4, 3), Color(0.4, 0.35, 0.3)))
    return scene


def render(scene, camera):
    checksum = 0
    histogram = [0] * 8
    for py in range(camera.height):
        for px in range(camera.width):
            r, g, b = scene.trace(camera.ray(px, py), 0).quantize()
            checksum = (checksum * 1000003 + r * 65536 + g * 256 + b) % 2305843009213693951
            histogram[(r + g + b) * 8 // 766] += 1
    return checksum, histogram


def main():
    scene = build_scene()
    camera = Camera(Vec(0, 2.2, 7), Vec(0, 0.8, 0), Vec(0, 1, 0), 0.6, WIDTH, HEIGHT)
    checksum, histogram = render(scene, camera)
    print("rays", scene.rays, "shadow rays", scene.shadow_rays)
    print("brightness histogram", histogram)
    print("checksum", checksum)


main()
