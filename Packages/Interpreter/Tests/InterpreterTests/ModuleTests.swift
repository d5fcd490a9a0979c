import XCTest

/// The built-in modules (math, random, time, sys, collections, itertools, bisect, heapq,
/// functools, operator, array), compared with CPython (python3) at test time. The programs
/// use only the language core and the modules themselves.
final class ModuleTests: XCTestCase {
    /// Runs each expression in its own try block and prints its repr or its exception.
    private func assertExpressionsMatch(_ expressions: [String], prelude: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var source = prelude + "\n"
        for e in expressions {
            source += "try:\n    print(\(literal(e)), '->', repr(\(e)))\nexcept Exception as e:\n    print(\(literal(e)), '=>', type(e).__name__, e)\n"
        }
        try assertSameAsCPython(source, file: file, line: line)
    }

    private func literal(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    // MARK: import

    func testImportForms() throws {
        try assertSameAsCPython("""
        import math
        import math as m
        from math import sqrt, pi as PI
        from collections import *
        print(m is math, sqrt(16), PI, deque, namedtuple('T', 'a')(1))
        try:
            import no_such_module
        except ModuleNotFoundError as e:
            print(type(e).__name__, e)
        try:
            from math import no_such_name
        except ImportError as e:
            print(type(e).__name__)
        """)
    }

    func testMissingModuleIsUncaught() throws {
        try assertSameAsCPython("import does_not_exist\nprint('unreachable')\n")
    }

    // MARK: math

    func testMathFunctionsAndErrors() throws {
        try assertExpressionsMatch([
            "math.sqrt(2)", "math.sqrt(-1)", "math.sqrt('x')", "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.sqrt(10**400)",
            "math.sqrt(-0.0)", "math.exp(1)", "math.exp(1000)", "math.exp(-1000)", "math.expm1(1e-10)", "math.log1p(1e-10)", "math.log1p(-1)",
            "math.log(0)", "math.log(-1.5)", "math.log(10, 1)", "math.log(10, 0)", "math.log('x')", "math.log()", "math.log(1, 2, 3)",
            "math.log(x=1)", "math.log(10**400)", "math.log10(10**400)", "math.log2(2**2000)", "math.log(2**2000, 2)", "math.log(8, 2)",
            "math.log(100, 10)", "math.log(2**1100)", "math.log(-2**1100)", "math.log(True)", "math.log(False)", "math.log(2**1023 * 3)",
            "math.log10(3**2000)", "math.log2(3**2000)", "math.log(7.5)", "math.log2(10)", "math.log10(7)",
            "math.sin(1)", "math.cos(2)", "math.tan(3)", "math.asin(0.3)", "math.acos(2)", "math.atan(5)", "math.atan2(0.0, -0.0)",
            "math.atan2(1)", "math.sinh(2)", "math.cosh(1000)", "math.tanh(0.5)", "math.asinh(3)", "math.acosh(3)", "math.atanh(1)",
            "math.atanh(0.5)", "math.sin(float('inf'))", "math.cbrt(27)", "math.exp2(3)",
            "math.pow(2)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.pow(2, 0.5)", "math.pow(float('nan'), 0)",
            "math.pow(1, float('nan'))", "math.pow(float('-inf'), 3)", "math.pow(0.5, float('-inf'))",
            "math.fmod(1, 0)", "math.fmod(-7, 3)", "math.fmod(1)", "math.fmod(1, 2, x=3)", "math.remainder(5, 3)", "math.remainder(1, 0)",
            "math.copysign(3, -0.0)", "math.copysign(1)", "math.fabs(-3)", "math.modf(-3.25)", "math.modf('a')", "math.frexp(-12.5)",
            "math.frexp(0.0)", "math.ldexp(0.75, 3)", "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10**30)", "math.ldexp(1.0, -10**30)",
            "math.degrees(math.pi)", "math.radians(180)", "math.degrees('a')", "math.isfinite(1)", "math.isinf(float('-inf'))",
            "math.isnan(float('nan'))", "math.nextafter(1, 2)", "math.ulp(1.0)", "math.erf(0.5)", "math.erfc(0.5)",
            "math.gamma(5)", "math.gamma(0)", "math.gamma(0.5)", "math.gamma(-1.5)", "math.gamma(171.5)", "math.gamma(200.5)",
            "math.gamma(1e-30)", "math.gamma(-250.5)", "math.lgamma(-1)", "math.lgamma(0.5)", "math.lgamma(-2.5)", "math.lgamma(1000.5)",
            "math.pi", "math.e", "math.tau", "math.inf", "math.nan",
        ], prelude: "import math")
    }

    func testMathIntegerFunctions() throws {
        try assertExpressionsMatch([
            "math.floor(-0.5)", "math.floor(2.5e20)", "math.floor(1e300)", "math.floor(2**80)", "math.floor(True)", "math.floor('x')",
            "math.floor(float('inf'))", "math.floor(float('nan'))", "math.floor()", "math.floor(1, 2)", "math.ceil(-2.5)", "math.ceil(0.5)",
            "math.ceil(True)", "math.trunc(2.7)", "math.trunc(-2**70)", "math.trunc(True)", "math.trunc('x')",
            "math.factorial(5.0)", "math.factorial(-1)", "math.factorial(10**30)", "math.factorial('a')", "math.factorial(True)",
            "math.factorial(25)", "math.factorial(100)", "math.factorial(x=1)",
            "math.comb(5, -1)", "math.comb(-5, 1)", "math.comb(5.0, 1)", "math.comb(1)", "math.comb(100, 50)", "math.comb(10**20, 3)",
            "math.comb(5, 10**20)", "math.comb(10**30, 10**25)", "math.comb(1000, 500) % 1000007",
            "math.perm(3, 5)", "math.perm(5)", "math.perm(30, 20)", "math.perm(10**20, 2)", "math.perm()", "math.perm(1, 2, 3)",
            "math.gcd()", "math.gcd(1.5)", "math.gcd(-4, 6)", "math.gcd(2**100, 6)", "math.gcd(12, 18, 27)", "math.gcd(2, x=1)",
            "math.lcm()", "math.lcm(-4, 6)", "math.lcm(0, 5)", "math.lcm(2**70, 6)", "math.lcm(1.5)", "math.lcm(4, 6, 10)",
            "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt(0)", "math.isqrt(99)", "math.isqrt(10**50 + 12345)",
            "math.prod([1, 2, 3])", "math.prod([2.0, 3])", "math.prod(range(1, 30))", "math.prod([1, 2], start=2)", "math.prod()",
            "math.prod([], [])", "math.prod([], foo=1)", "math.prod(x=1)",
        ], prelude: "import math")
    }

    func testMathAccurateSums() throws {
        try assertExpressionsMatch([
            "math.fsum([0.1] * 10)", "math.fsum([1e-16, 1, 1e16])", "math.fsum([1, float('nan')])", "math.fsum([float('inf'), 1])",
            "math.fsum([float('inf'), -float('inf')])", "math.fsum([1e308, 1e308])", "math.fsum(1)", "math.fsum(iter([1, 2]))",
            "math.fsum([0.1 * i for i in range(1000)])", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
            "math.hypot()", "math.hypot(3, 4)", "math.hypot(1e-320, 1e-320)", "math.hypot(1.5, 2.5, 3.5)", "math.hypot('a')",
            "math.hypot(*[0.1 * i for i in range(20)])", "math.hypot(x=1)", "math.hypot(1e308, 1e308)", "math.hypot(float('inf'), float('nan'))",
            "math.dist((1, 2), (4, 6))", "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.dist([1])",
            "math.dist([0.1 * i for i in range(20)], [0.3 * i for i in range(20)])",
            "math.isclose(1.0, 1.0000000001)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(1, 2, rel_tol=-1)",
            "math.isclose(1, 2, 3)", "math.isclose(1)", "math.isclose(a=1, b=2)", "math.isclose(1, 2, foo=1)",
            "math.isclose(float('inf'), float('inf'))", "math.isclose(1, 2, rel_tol='a')",
        ], prelude: "import math")
    }

    // MARK: random

    func testRandomSequencesMatchCPython() throws {
        try assertSameAsCPython("""
        import random
        for seed in [0, 1, 12345, -5, 2**100 + 7, 3.75, -3.75, 'hello', b'bytes', True]:
            random.seed(seed)
            print(repr(seed), [random.random() for i in range(3)], random.getrandbits(70))
        random.seed('hello', version=1)
        print(random.random())
        random.seed(42)
        print([random.randint(1, 100) for i in range(20)])
        print([random.randrange(0, 1000, 7) for i in range(5)], random.randrange(10**30), random.randrange(-10**20, 10**20, 3))
        print([random.randrange(100, 0, -3) for i in range(5)], [random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65)])
        print([random.choice('abcdefg') for i in range(10)], random.choice((1, 2, 3)), random.choice(range(50)))
        xs = list(range(30))
        random.shuffle(xs)
        print(xs)
        print(random.sample(range(100), 10), random.sample(range(10000), 10), random.sample('abcdefghij', 4))
        print(random.sample(range(10), counts=[1] * 10, k=3))
        print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 2, 3], k=10))
        print(random.choices('abc', cum_weights=[1, 2, 3], k=10))
        print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(2, 3))
        print(random.expovariate(1.5), random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
        print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.betavariate(2, 3))
        print(random.paretovariate(2), random.weibullvariate(1, 2), random.randbytes(5))
        r = random.Random(99)
        acc = 0
        for i in range(20000):
            acc += r.randint(0, 1000)
            acc ^= r.getrandbits(20)
        print(acc)
        state = r.getstate()
        a = [r.random() for i in range(3)]
        r.setstate(state)
        print(a == [r.random() for i in range(3)], state[1][:3], state[1][-1])
        print(random.Random(42).random(), random.Random('abc').randint(1, 10**6), random.Random(7).sample(range(50), 6))
        print(type(random.Random()), isinstance(random.random(), float))
        """)
    }

    func testRandomErrors() throws {
        try assertExpressionsMatch([
            "R(x=5).random()", "R(a=5)", "random.randint(1)", "random.randrange()", "random.randrange(0)",
            "random.randrange(5, None, 2)", "random.randrange(1, 1)", "random.randrange(1, 10, 0)", "random.randrange(10, 1, 1)",
            "random.randrange(10, 1, 2)", "random.randrange('a')", "random.choice([])", "random.sample({1, 2}, 1)",
            "random.sample([1, 2], 3)", "random.sample([1, 2], -1)", "random.sample([1, 2], 1.5)", "random.choices([1, 2], 5)",
            "random.choices([1, 2], [1], k=2)", "random.choices([1, 2], [1, 1], cum_weights=[1, 2])", "random.choices([1, 2], [0, 0])",
            "random.getrandbits(-1)", "random.getrandbits(1.5)", "random.getrandbits()", "random.random(1)", "random.seed([1])",
            "random.expovariate(0)", "random.paretovariate(0)", "random.gammavariate(0, 1)", "random.uniform(1)", "random.shuffle(5)",
            "random.shuffle((1, 2))", "random.triangular(1, 1)", "random.choices([], k=0)", "random.choices([])",
            "random.sample([1, 2], counts=[1], k=1)", "random.Random(5) == random.Random(5)",
        ], prelude: "import random\nR = random.Random\nrandom.seed(3)")
    }

    // MARK: time

    func testTimeClocks() throws {
        try assertSameAsCPython("""
        import time
        t0 = time.time(); p0 = time.perf_counter(); n0 = time.perf_counter_ns(); m0 = time.monotonic(); c0 = time.process_time()
        total = 0
        for i in range(20000):
            total += i
        time.sleep(0.002)
        t1 = time.time(); p1 = time.perf_counter(); n1 = time.perf_counter_ns(); m1 = time.monotonic(); c1 = time.process_time()
        print(type(t0), type(p0), type(n0), type(m0), type(c0), type(time.time_ns()), type(time.monotonic_ns()))
        print(t1 >= t0, p1 - p0 >= 0.002, n1 > n0, m1 >= m0, c1 >= c0, t0 > 1.6e9)
        for bad in ['a', -1]:
            try:
                time.sleep(bad)
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
        try:
            time.time(1)
        except TypeError as e:
            print(e)
        print(time.sleep(0))
        """)
    }

    // MARK: sys

    func testSysAttributes() throws {
        try assertExpressionsMatch([
            "sys.maxsize", "sys.byteorder", "sys.platform", "sys.version_info", "sys.version_info >= (3, 8)", "sys.version_info[:2]",
            "sys.version_info.major", "type(sys.version_info)", "tuple(sys.version_info)", "sys.version_info == (3, 11, 7, 'final', 0)",
            "sys.float_info", "sys.float_info.max", "sys.float_info.epsilon", "sys.float_info[0]", "len(sys.float_info)", "sys.int_info",
            "sys.hash_info", "sys.maxunicode", "sys.hexversion", "sys.float_repr_style", "sys.getdefaultencoding()",
            "sys.modules['sys'] is sys", "type(sys.argv)", "type(sys.path)", "sys.exc_info()", "sys.getrecursionlimit()",
            "sys.getrecursionlimit(1)", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(-5)", "sys.setrecursionlimit(1.5)",
            "sys.setrecursionlimit(10**10)", "sys.setrecursionlimit()", "sys.exit(1, 2)", "sys.stdout.write(5)", "sys.stdout.write()",
            "sys.get_int_max_str_digits()", "sys.set_int_max_str_digits(5)", "sys.set_int_max_str_digits(-1)",
            "sys.set_int_max_str_digits()", "sys.intern('abc')",
        ], prelude: "import sys")
    }

    func testSysStreamsInterleaveWithPrint() throws {
        try assertSameAsCPython("""
        import sys
        print("a")
        n = sys.stdout.write("b\\n")
        print("c", n, file=sys.stdout)
        sys.stderr.write("to stderr\\n")
        print("to stderr too", file=sys.stderr)
        print("e", end="")
        sys.stdout.write("f")
        sys.stdout.flush()
        print()
        sys.stdout.writelines(["x", "y\\n"])
        print(sys.stdout.isatty(), sys.stdout.encoding)
        """)
    }

    func testSysRecursionLimit() throws {
        try assertSameAsCPython("""
        import sys
        sys.setrecursionlimit(10**6)
        def f(n): return f(n - 1) + 1 if n else 0
        print(f(100000))
        sys.setrecursionlimit(2000)
        print(sys.getrecursionlimit())
        def g(n): return g(n + 1)
        try:
            g(0)
        except RecursionError as e:
            print(e)
        def h(n):
            if n: return h(n - 1)
            sys.setrecursionlimit(5)
        try:
            h(3)
        except RecursionError as e:
            print(e)
        sys.setrecursionlimit(1000)
        """)
    }

    func testSysIntDigitsAndExit() throws {
        try assertSameAsCPython("""
        import sys
        sys.set_int_max_str_digits(700)
        print(sys.get_int_max_str_digits())
        try:
            print(str(10 ** 800))
        except ValueError as e:
            print(e)
        sys.set_int_max_str_digits(0)
        print(len(str(10 ** 5000)))
        sys.set_int_max_str_digits(4300)
        try:
            sys.exit(3)
        except SystemExit as e:
            print('exit code', e.code)
        sys.exit("bye")
        """)
    }

    // MARK: collections

    func testDeque() throws {
        try assertExpressionsMatch([
            "deque(maxlen=-1)", "deque(maxlen=1.5)", "deque(maxlen='a')", "deque(1)", "deque([1], 2, 3)", "deque(foo=1)",
            "deque().pop()", "deque().popleft()", "d[5]", "d['a']", "d[1:2]", "d.index(7)", "d.remove(7)",
            "deque([1], maxlen=1).insert(0, 2)", "d.rotate('a')", "repr(deque([1, 2], maxlen=3))", "repr(deque())",
            "deque([1, 2]) + [3]", "deque([1, 2]) + deque([3])", "deque([1]) * 3", "deque([1, 2]) == deque([1, 2])",
            "deque([1, 2]) < deque([1, 3])", "deque([1]) == [1]", "d.maxlen", "deque([1], maxlen=5).maxlen", "type(iter(d))",
            "type(d)", "deque", "d.count(1)", "d.append()", "d.append(1, 2)", "d.extend(1)", "len(d)", "d.copy()",
            "d.insert('a', 1)", "list(reversed(d))", "3 in d", "9 in d", "bool(deque())", "d[-1]",
        ], prelude: "from collections import deque\nd = deque([1, 2, 3])")
        try assertSameAsCPython("""
        from collections import deque
        d = deque(range(10), maxlen=5)
        print(d, d.maxlen)
        d.append(10); d.appendleft(-1); d.extend([11, 12]); d.extendleft('ab')
        print(d, d.pop(), d.popleft(), len(d))
        d = deque(range(8))
        d.rotate(3); print(d)
        d.rotate(-5); print(d)
        d.reverse(); print(d)
        d[0] = 'x'; del d[1]; d.insert(2, 'y'); d.remove(5)
        print(d, d.index('y'), d.count(0), d[3], d[-2])
        e = deque([[1]]); e.append(e); print(e)
        q = deque()
        for i in range(1000):
            q.append(i)
            if i % 3 == 0:
                q.popleft()
        print(len(q), q[0], q[-1], q[300])
        d = deque([1, 2, 3])
        d += [4, 5]; d *= 2
        print(d, 2 * deque([7]), deque('ab') + deque('cd'))
        try:
            for x in d:
                d.append(x)
        except RuntimeError as err:
            print(err)
        class MyDeque(deque):
            def peek(self):
                return self[-1]
        m = MyDeque([1, 2, 3], maxlen=4)
        m.append(9)
        print(m.peek(), len(m), isinstance(m, deque), m.maxlen)
        """)
    }

    func testNamedTuple() throws {
        try assertExpressionsMatch([
            "P(1)", "P(1, y=2, z=3)", "P(1, x=2)", "P(1, 2)", "P(1, 2).x", "P._fields", "P._make([1])", "P._make([3, 4])",
            "P(1, 2)._replace(z=1)", "P(1, 2)._replace(y=5)", "P(1, 2)._asdict()", "P", "namedtuple('X', 'a,b c')(1, 2, 3)",
            "namedtuple('X', ['a', 'a'])", "namedtuple('X', ['a', '_b'])", "namedtuple('X', ['a', '1b'])", "namedtuple('1X', ['a'])",
            "namedtuple('X', ['a', 'class'])", "namedtuple('X', 'a b', defaults=[1, 2, 3])", "namedtuple('X', 'a b', defaults=[2])(1)",
            "namedtuple('X', 'a class _c a', rename=True)._fields", "P(1, 2) == (1, 2)", "hash(P(1, 2)) == hash((1, 2))",
            "P(1, 2)[0]", "P.__name__", "P.__module__", "P(1, 2).z", "P(x=1, y=2)", "P._field_defaults",
            "namedtuple('X', 'a b', defaults=[2])._field_defaults", "P(3, 4) < P(3, 5)", "list(P(5, 6))", "len(P(1, 2))",
            "P(1, 2) + (3,)", "tuple(P(1, 2))", "isinstance(P(1, 2), tuple)", "P(*[7, 8])", "P(1, 2).count(1)", "P(1, 2).index(2)",
        ], prelude: "from collections import namedtuple\nP = namedtuple('P', 'x y')")
        try assertSameAsCPython("""
        from collections import namedtuple
        Point = namedtuple('Point', ['x', 'y'])
        class Point3(namedtuple('Point3', 'x y z')):
            __slots__ = ()
            def norm2(self):
                return self.x ** 2 + self.y ** 2 + self.z ** 2
        p = Point3(1, 2, 3)
        print(p, p.norm2(), p.z, Point3._fields)
        a, b = Point(10, 20)
        print(a, b, {Point(1, 2): 'one-two'}[(1, 2)])
        pts = [Point(i, i * i) for i in range(4)]
        print(pts, [q.y for q in pts])
        """)
    }

    func testDefaultDictCounterOrderedDict() throws {
        try assertExpressionsMatch([
            "defaultdict(1)", "defaultdict(int, {1: 2})", "defaultdict()", "defaultdict(None)[1]", "defaultdict(list).default_factory",
            "repr(defaultdict(list, a=[1]))",
            "Counter('abracadabra')", "Counter('abracadabra').most_common(2)", "Counter('abracadabra').most_common()", "Counter()",
            "Counter(a=1) == {'a': 1}", "Counter(a=1, b=0) == Counter(a=1)", "Counter('ab') + Counter('bc')", "Counter('ab') - Counter('bc')",
            "Counter('abb') | Counter('bc')", "Counter('abb') & Counter('bc')", "list(Counter('abb').elements())", "Counter(1)",
            "Counter('aab')['z']", "Counter('aab').total()", "-Counter(a=-1, b=2)", "+Counter(a=-1, b=2)", "Counter({'x': 3, 'y': 1})",
            "Counter('hello world').most_common(3)", "Counter([1, 2, 2, 3, 3, 3]) <= Counter([1, 2, 2, 3, 3, 3, 4])",
            "OrderedDict(a=1, b=2)", "OrderedDict()", "OrderedDict([(1, 2)]).popitem()", "OrderedDict().popitem()",
            "OrderedDict(a=1).move_to_end('z')", "OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)", "OrderedDict(a=1, b=2) == dict(b=2, a=1)",
        ], prelude: "from collections import defaultdict, Counter, OrderedDict")
        try assertSameAsCPython("""
        from collections import defaultdict, Counter, OrderedDict
        graph = defaultdict(list)
        for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
            graph[a].append(b)
            graph[b]
        print(graph, dict(graph), len(graph), 4 in graph)
        counts = defaultdict(int)
        for ch in 'mississippi':
            counts[ch] += 1
        print(counts, counts.default_factory, counts.copy())
        nested = defaultdict(lambda: defaultdict(int))
        nested['a']['b'] += 2
        print(nested['a'], dict(nested['a']))
        c = Counter('the quick brown fox jumps over the lazy dog'.split())
        c.update(['the', 'fox'])
        c.subtract({'dog': 1})
        print(c.most_common(3), c['the'], c['missing'], c.total())
        del c['nothing']
        c += Counter(fox=1)
        print(c)
        od = OrderedDict.fromkeys('abcde')
        od.move_to_end('b')
        od.move_to_end('d', last=False)
        print(list(od), od.popitem(), od.popitem(last=False), od)
        class Registry(defaultdict):
            pass
        r = Registry(set)
        r['x'].add(1)
        print(r['x'], isinstance(r, dict), type(r).__name__)
        """)
    }

    // MARK: itertools

    func testItertools() throws {
        try assertExpressionsMatch([
            "it.count('a')", "it.count(1, 'a')", "repr(it.count(5))", "repr(it.count(5, 2))", "repr(it.count(1.5))", "repr(it.count())",
            "it.islice([1], -1)", "it.islice([1], 1, -1)", "it.islice([1], 0, 5, 0)", "it.islice([1], 'a')", "it.islice([1])",
            "repr(it.repeat(1, 3))", "repr(it.repeat(1))", "repr(it.repeat(1, -3))", "it.repeat()", "it.permutations([1], -1)",
            "it.combinations([1], -1)", "it.combinations([1])", "it.product([1], repeat=-1)", "it.product(1)", "list(it.chain(1))",
            "list(it.accumulate([1, 2], initial=5))", "it.cycle()", "it.tee([1], -1)", "it.starmap(1)", "it.groupby()",
            "it.pairwise()", "it.compress([1])", "it.islice(1, 2)", "it.count(1, 2, 3)", "it.count(start=3)", "it.takewhile(1)",
            "list(it.islice(it.count(), 5))", "list(it.islice(it.count(10, 3), 2, 10, 3))", "list(it.islice('abcdefg', 2, None))",
            "list(it.islice('abcdefg', None, 4))", "list(it.islice(it.cycle('ab'), 7))", "list(it.repeat(3, 4))",
            "list(it.accumulate([1, 2, 3, 4]))", "list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b))", "list(it.accumulate([]))",
            "list(it.chain('ab', [1, 2], (3,)))", "list(it.chain.from_iterable(['ab', 'cd']))",
            "list(it.compress('abcdef', [1, 0, 1, 0, 1, 1]))", "list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]))",
            "list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1]))", "list(it.filterfalse(lambda x: x % 2, range(10)))",
            "list(it.filterfalse(None, [0, 1, '', 2]))", "list(it.starmap(lambda a, b: a - b, [(2, 3), (3, 2)]))",
            "list(it.pairwise('abcde'))", "list(it.pairwise('a'))", "list(it.zip_longest('abc', [1], fillvalue='-'))",
            "list(it.zip_longest())", "list(it.product('ab', range(2)))", "list(it.product('ab', repeat=2))", "list(it.product())",
            "list(it.product('ab', []))", "list(it.permutations('abc'))", "list(it.permutations(range(4), 2))",
            "list(it.permutations('ab', 3))", "list(it.permutations([]))", "list(it.combinations('abcd', 2))",
            "list(it.combinations(range(5), 3))", "list(it.combinations('ab', 3))", "list(it.combinations('ab', 0))",
            "list(it.combinations_with_replacement('abc', 2))", "list(it.combinations_with_replacement('', 2))",
            "[(k, list(g)) for k, g in it.groupby('aaabbcaa')]", "[(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)]",
            "[k for k, g in it.groupby('aabbc')]", "list(it.groupby([]))", "[list(t) for t in it.tee('abc', 3)]",
            "len(list(it.permutations(range(6))))", "len(list(it.combinations(range(20), 4)))", "type(it.chain())",
        ], prelude: "import itertools as it")
    }

    // MARK: bisect and heapq

    func testBisectAndHeapq() throws {
        try assertExpressionsMatch([
            "bisect.bisect_left([1, 2], 1, -1)", "bisect.bisect([1, 2])", "bisect.bisect(1, 2)", "bisect.insort((1, 2), 3)",
            "bisect.bisect_right([1, 2], 1, hi=-5)", "bisect.bisect_left([1, 3, 5], 3, key=lambda x: x)", "bisect.bisect_left([1, 2, 3], 2, 5)",
            "bisect.bisect([1, 2], 1, lo='a')", "bisect.bisect([1, 2], 1, x=3)",
            "[bisect.bisect_left([1, 2, 2, 2, 3], x) for x in range(5)]", "[bisect.bisect_right([1, 2, 2, 2, 3], x) for x in range(5)]",
            "[bisect.bisect([1.5, 2.5], x) for x in (1, 2, 3)]", "bisect.bisect_left(['a', 'c'], 'b')",
            "bisect.bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda t: t[0])",
            "heapq.heappush((), 1)", "heapq.heappop([])", "heapq.heapify(5)", "heapq.heapreplace([], 1)", "heapq.heappushpop([], 1)",
            "heapq.heappush([1])", "heapq.nsmallest(2, [3, 1, 2])", "heapq.nlargest(2, [3, 1, 2], key=lambda x: -x)",
            "heapq.nlargest(3, [5, 1, 8, 3, 8, 2])", "heapq.nsmallest(3, [5, 1, 8, 3, 8, 2])", "heapq.nlargest(10, 'hello')",
            "heapq.nsmallest(0, [1])", "heapq.nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0])",
        ], prelude: "import bisect, heapq")
        try assertSameAsCPython("""
        import bisect, heapq, random
        random.seed(11)
        a = []
        for i in range(200):
            bisect.insort(a, random.randint(0, 50))
        print(a)
        h = []
        for i in range(300):
            heapq.heappush(h, random.random())
        print(h[:10])
        out = [heapq.heappop(h) for i in range(300)]
        print(out[:5], len(out), h)
        data = [random.randint(0, 1000) for i in range(3000)]
        heapq.heapify(data)
        print(data[:15], heapq.heapreplace(data, 500), heapq.heappushpop(data, 3), data[:10])
        pq = [(5, 'e'), (1, 'a'), (3, 'c')]
        heapq.heapify(pq)
        print([heapq.heappop(pq) for _ in range(3)])
        """)
    }

    // MARK: functools and operator

    func testFunctoolsAndOperator() throws {
        try assertExpressionsMatch([
            "functools.reduce(operator.add, [])", "functools.reduce(operator.add, [], 5)", "functools.reduce(1, [1, 2])",
            "functools.reduce()", "functools.reduce(operator.add, 1)", "functools.reduce(operator.mul, range(1, 20))",
            "functools.partial()", "functools.partial(1)", "repr(functools.partial(operator.add, 1))",
            "repr(functools.partial(operator.add, 1, b=2))", "functools.partial(operator.add, 1)(2)",
            "functools.partial(operator.add, 1).args", "functools.partial(operator.add, 1).keywords",
            "functools.partial(functools.partial(operator.sub, 10), 3)()", "functools.partial(int, base=2)('101')",
            "operator.itemgetter(1)([1, 2])", "operator.itemgetter(1, 0)([1, 2])", "repr(operator.itemgetter(1))",
            "repr(operator.attrgetter('a', 'b'))", "operator.methodcaller('upper')('a')", "operator.add(1)", "operator.itemgetter()",
            "operator.neg(5)", "operator.truediv(1, 0)", "operator.index(1.5)", "operator.getitem([1], 5)", "operator.not_(1)",
            "operator.contains([1], 1)", "operator.lt(1, 2)", "operator.mul('a', 3)", "operator.abs(-3)", "operator.abs(-2.5)",
            "operator.pow(2, 10)", "operator.floordiv(7, 2)", "operator.mod(-7, 3)", "operator.xor(5, 3)", "operator.is_(None, None)",
            "operator.countOf([1, 2, 1], 1)", "operator.indexOf([1, 2, 1], 2)", "operator.concat([1], [2])", "operator.concat(1, 2)",
            "operator.methodcaller('split', ',')('a,b')", "repr(operator.methodcaller('split', ',', maxsplit=1))",
            "operator.attrgetter('__class__.__name__')(5)",
        ], prelude: "import functools, operator")
        try assertSameAsCPython("""
        import functools
        @functools.lru_cache(maxsize=None)
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(80), fib.cache_info())
        @functools.lru_cache(maxsize=3)
        def sq(x):
            print("computing", x)
            return x * x
        for v in [1, 2, 3, 1, 4, 2, 1, 5]:
            print(sq(v))
        print(sq.cache_info())
        sq.cache_clear()
        print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
        @functools.cache
        def f(a, b=1):
            return a + b
        print(f(1), f(1, b=2), f(1, 2), f.cache_info())
        @functools.lru_cache
        def g(x): return x
        print(g(3), g.cache_info())
        def cmp(a, b): return (a > b) - (a < b)
        K = functools.cmp_to_key(cmp)
        print(K(3) < K(5), K(5) == K(5), K(2) >= K(9))
        @functools.total_ordering
        class V:
            def __init__(self, v): self.v = v
            def __eq__(self, o): return self.v == o.v
            def __lt__(self, o): return self.v < o.v
        print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
        def deco(fn):
            @functools.wraps(fn)
            def inner(*a):
                return fn(*a)
            return inner
        @deco
        def hello(x):
            "doc of hello"
            return x
        print(hello.__name__, hello.__doc__, hello(5), hello.__wrapped__ is not None)
        class C:
            @functools.cached_property
            def val(self):
                print("computing val")
                return 42
        c = C()
        print(c.val, c.val)
        class M:
            @functools.lru_cache(maxsize=None)
            def m(self, x): return x * 2
        print(M().m(4))
        """)
    }

    // MARK: array

    func testArray() throws {
        try assertExpressionsMatch([
            "array('x')", "array('b', [128])", "array('b', [-129])", "array('B', [256])", "array('B', [-1])", "array('h', [40000])",
            "array('H', [70000])", "array('H', [-1])", "array('i', [2**31])", "array('I', [2**32])", "array('I', [-1])",
            "array('l', [2**63])", "array('L', [-1])", "array('q', [2**63])", "array('Q', [-1])", "array('Q', [2**64])",
            "array('i', [1.5])", "array('d', ['a'])", "array('i', 'abc')", "array('d', [1, 2])", "array('f', [1.1])", "array('i')",
            "array('d', [1.5])[5]", "array('i', [1]).pop()", "array('i').pop()", "array('i', [1]).pop(5)", "array('i', [1]).remove(5)",
            "array('i', [1]).index(5)", "array('i', [1, 2]) + [3]", "array('i', [1, 2]) + array('d', [3])", "array('i', [1, 2]) * 2",
            "array('i', [1, 2, 3])[1:]", "array('i', [1, 2]) == array('d', [1.0, 2.0])", "array('i', [1, 2]) < array('i', [1, 3])",
            "array('i', [1, 2]).tolist()", "array('i', [1, 2]).itemsize", "array('d').itemsize", "array('i', [1, 2]).typecode",
            "type(iter(array('i')))", "array('b', [1]).extend([1000])", "len(array('i', range(10)))", "array('i', [5, 6]).tobytes()",
            "array('B', b'ab')", "array('i', [1])['a']", "list(reversed(array('i', [1, 2])))", "array('i', [1]).extend(array('d', [1.0]))",
            "array('u', 'abc')", "array('d', [float('nan'), float('inf'), -0.0])", "array('f', [0.1, 1/3])", "array('b', [40000])",
            "array('B', [40000])", "array('i', [2**70])", "array(1)", "array('ii')", "array('i', [1], [2])", "array(typecode='i')",
            "array('i', [1, 2, 3])[::2]", "array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), array('i', [5]))",
            "array('i', [1, 2]).__setitem__(5, 1)", "array('i', b'abc')", "array('d', [1]) * -1", "array('Q', [2**64 - 1])",
        ], prelude: "from array import array")
        try assertSameAsCPython("""
        from array import array
        a = array('d', [0.0]) * 10
        for i in range(10):
            a[i] = i * 1.5
        a[2] += 100
        print(a, len(a), a[3], a[-1])
        b = array('i', range(20))
        b[2:5] = array('i', [7, 7])
        del b[0]
        del b[::3]
        b.insert(0, -5)
        b.extend([1, 2, 3])
        b.append(99)
        print(b, b.pop(), b.index(7), b.count(7))
        b.reverse()
        print(b.tolist())
        c = array('B', b'hello')
        c.byteswap()
        print(c, c.tobytes())
        print(array('u', 'héllo'), array('q', [2**62, -2**62]) * 2, 2 * array('h', [1, 2]))
        total = 0.0
        for v in a:
            total += v
        print(total, 102.0 in a)
        """)
    }

    // MARK: the collector

    /// Module objects under allocation churn: every value they hold must stay reachable.
    func testModulesUnderAllocationChurn() throws {
        try assertSameAsCPython("""
        import random, itertools, collections, heapq, functools, array
        random.seed(1)
        d = collections.deque(maxlen=50)
        counts = collections.Counter()
        groups = collections.defaultdict(list)
        heap = []
        arr = array.array('d')
        P = collections.namedtuple('P', 'a b')
        for i in range(3000):
            s = str(random.random())
            d.append(s)
            counts[s[-1]] += 1
            groups[i % 7].append(P(i, s))
            heapq.heappush(heap, (random.randint(0, 99), s))
            arr.append(float(i))
        print(len(d), d[0] == d[0], counts.most_common(3), len(groups[3]), groups[3][-1].a, heapq.heappop(heap)[0], arr[-1])
        print(list(itertools.islice(itertools.permutations(range(5)), 3)), functools.reduce(lambda x, y: x + y, range(100)))
        """)
    }
}
