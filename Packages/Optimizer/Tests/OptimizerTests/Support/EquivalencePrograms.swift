/// Small programs whose loops exercise what the passes rely on. The semantic-equivalence tests
/// run each with several pipelines and compare with CPython.
enum EquivalencePrograms {
    static let ints = """
    def run(n):
        total = 0
        acc = 1
        for i in range(n):
            total += i * 3 - 1
            acc = (acc * 31 + i) % 1000003
            if total > 200000:
                break
        return total, acc
    print(run(50), run(3000))
    x = 2 ** 40
    steps = []
    for i in range(40):
        x = x + x // 3 + i
        steps.append(x % 1000)
    print(x, steps[-3:])
    """

    static let floats = """
    def mix(n):
        s = 0.0
        t = 1.5
        for i in range(n):
            s = s + t * 0.5
            t = t / 1.0001
            if i == n // 2:
                s = s + 1
        return s, t
    print(mix(10), mix(2000))
    values = [1, 2.5, 3, 4.5] * 60 + [True, 0.25]
    acc = 0
    for v in values:
        acc = acc + v * 2
    print(acc)
    """

    static let attributes = """
    class C:
        def __init__(self, a):
            self.a = a
            self.b = 0
        def bump(self, k):
            self.b = self.b + k
            return self.b
    def go(n):
        c = C(5)
        s = 0
        for i in range(n):
            s += c.a + c.b
            c.bump(i)
            s += c.a + c.b
            if i == 700:
                c.a = 11
            if i == 800:
                c.extra = 1
        return s, c.a, c.b
    print(go(1000))
    class D:
        pass
    objs = [D() for _ in range(10)]
    for i, o in enumerate(objs):
        o.v = i
        if i % 2:
            o.w = i * 2
    t = 0
    for o in objs * 30:
        t += o.v
        if hasattr(o, "w"):
            t += o.w
    print(t)
    C.a = 100
    print(go(50))
    """

    static let methods = """
    class Acc:
        def __init__(self):
            self.items = []
            self.n = 0
        def push(self, v):
            self.items.append(v)
            self.n += 1
            return self.n
        def last(self):
            return self.items[-1]
    def helper(a, b):
        return a * b + 1
    def run(n):
        acc = Acc()
        r = 0
        for i in range(n):
            r += acc.push(helper(i, 2))
            r -= acc.last()
        return r, acc.n, len(acc.items)
    print(run(500))
    def helper(a, b):
        return a - b
    print(run(300))
    """

    static let branches = """
    def classify(n):
        small = 0
        large = 0
        odd = 0
        for i in range(n):
            if i < 600:
                small += 1
            else:
                large += 1
            if i % 16 == 3:
                odd += i
        return small, large, odd
    print(classify(1500))
    def mixed(n):
        a = 0
        for i in range(n):
            if i % 3 == 0:
                a += 1
            elif i % 3 == 1:
                a += 2
            else:
                a -= 1
        return a
    print(mixed(3000))
    """

    static let earlyExits = """
    def find(xs, target):
        for i, x in enumerate(xs):
            if x == target:
                return i
        return -1
    data = list(range(0, 3000, 3))
    print(find(data, 1500), find(data, 1501), find(data, 2997))
    def first_negative(xs):
        k = 0
        while k < len(xs):
            if xs[k] < 0:
                break
            k += 1
        return k
    print(first_negative([1] * 400 + [-1] + [2] * 5))
    def partial(n):
        s = 0
        for i in range(n):
            if i > 600:
                return s
            s += i
        return s
    print(partial(1000), partial(100))
    """

    static let escapingInstances = """
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y
        def add(self, o):
            return Point(self.x + o.x, self.y + o.y)
    def walk(n, stop):
        p = Point(0, 0)
        d = Point(1, 2)
        keep = []
        for i in range(n):
            p = p.add(d)
            if i == stop:
                keep.append(p)
            if i % 100 == 99:
                keep.append(p)
        return p.x, p.y, [(q.x, q.y) for q in keep]
    print(walk(1000, 500))
    def switch(n):
        p = Point(0, 0)
        d = Point(1, 1)
        for i in range(n):
            p = p.add(d)
            if p.x == 250:
                d = Point(0.5, 2)
        return p.x, p.y, type(p).__name__
    print(switch(400))
    def overflow(n):
        p = Point(2 ** 47, 0)
        d = Point(2 ** 45, 1)
        for i in range(n):
            p = p.add(d)
        return p.x, p.y
    print(overflow(20))
    def identity(n):
        p = Point(0, 0)
        d = Point(1, 1)
        same = 0
        seen = None
        for i in range(n):
            p = p.add(d)
            if i == 300:
                seen = p
            if seen is p:
                same += 1
        return same, seen.x
    print(identity(500))
    """

    static let classChanges = """
    class A:
        pass
    class B:
        pass
    def flip(objs):
        same = 0
        for o in objs:
            t1 = type(o)
            setattr(o, "__class__", B if t1 is A else A)
            t2 = type(o)
            if t1 is t2:
                same += 1
        return same
    print(flip([A() for _ in range(300)]))
    """

    static let cellsAndGlobals = """
    g = 0
    def set_global(v):
        global g
        g = v
    def globals_loop(n):
        s = 0
        for i in range(n):
            s += g
            set_global(i)
            s += g
        return s
    print(globals_loop(300))
    def cells(n):
        c = 0
        def inc():
            nonlocal c
            c += 1
        s = 0
        for i in range(n):
            s += c
            inc()
            s += c
        return s
    print(cells(300))
    def lists(n):
        xs = [0, 0, 0]
        ys = xs
        s = 0
        for i in range(n):
            s += xs[1]
            ys[1] = i
            s += xs[1]
        return s
    print(lists(300))
    """

    static let exceptions = """
    def check(x):
        if x == 77:
            raise ValueError("bad " + str(x))
        return x
    def loop(n):
        s = 0
        for i in range(n):
            try:
                s += check(i)
            except ValueError as e:
                print("caught", e)
        return s
    print(loop(200))
    def uncaught(n):
        for i in range(n):
            check(i * 7 % 100)
    uncaught(500)
    """

    static let generatorsAndTuples = """
    def gen(k):
        for j in range(k):
            yield j
    def g1(n):
        s = 0
        for i in range(n):
            s += sum(gen(3))
            for x in gen(2):
                s += x
        return s
    print(g1(200))
    def tuples(n):
        s = 0
        for i in range(n):
            a, b = (i, i + 1)
            c, *d = [a, b, a]
            s += a * b + c + len(d)
        return s
    print(tuples(300))
    """

    static let all: [(name: String, source: String)] = [
        ("ints", ints), ("floats", floats), ("attributes", attributes), ("methods", methods), ("branches", branches),
        ("earlyExits", earlyExits), ("escapingInstances", escapingInstances), ("classChanges", classChanges),
        ("cellsAndGlobals", cellsAndGlobals), ("exceptions", exceptions), ("generatorsAndTuples", generatorsAndTuples),
    ]
}
