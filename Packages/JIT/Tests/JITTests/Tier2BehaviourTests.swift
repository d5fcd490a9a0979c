import XCTest
import JIT
import Superblock

/// The situations a tracing JIT gets wrong if it is careless (issue 4's list). Each program is
/// compared with CPython, and the statistics prove Tier 2 really ran it. Subclasses run the same
/// programs with another backend.
class Tier2BehaviourTests: XCTestCase {
    /// The backend under test (a new one for every run).
    func makeBackend() -> Backend { UopInterpreterBackend() }

    @discardableResult
    func assertTier2MatchesCPython(_ source: String, jitThreshold: Int = 16, exitThreshold: Int = 8,
                                   file: StaticString = #filePath, line: UInt = #line) throws -> Tier2Statistics {
        try assertProgramMatchesCPythonWithTier2(source, jitThreshold: jitThreshold, exitThreshold: exitThreshold,
                                               backend: makeBackend, file: file, line: line)
    }
    func testTypesChangingMidLoop() throws {
        let stats = try assertTier2MatchesCPython("""
        def accumulate(values):
            total = 0
            for v in values:
                total = total + v
            return total
        print(accumulate(list(range(1000)) + [0.5] * 1000 + [10 ** 30] * 3))
        items = [1] * 500 + ["x"] * 500
        out = []
        for item in items:
            out.append(item * 2)
        print(len(out), out[0], out[-1])
        """)
        XCTAssertGreaterThan(stats.superblocks, 0)
        XCTAssertGreaterThan(stats.exitsTaken, 0)
    }

    func testIntOverflowIntoBignumsInsideALoop() throws {
        try assertTier2MatchesCPython("""
        x = 1
        for i in range(200):
            x = x * 3 + i
        print(x % 1000003, x.bit_length() if hasattr(x, 'bit_length') else 0)
        acc = 2 ** 48
        for i in range(10):
            acc += acc
        print(acc)
        """)
    }

    func testGlobalReboundAndFunctionRedefinedWhileHot() throws {
        try assertTier2MatchesCPython("""
        def f(x):
            return x + 1
        scale = 2
        total = 0
        for i in range(3000):
            if i == 1500:
                def f(x):
                    return x - 1
                scale = 3
            total += f(i) * scale
        print(total)
        def g(x):
            return x * 2
        def run():
            s = 0
            for i in range(2000):
                s += g(i)
            return s
        print(run())
        g = lambda x: x * 10
        print(run())
        """)
    }

    func testBranchTakenThousandsOfTimesThenNever() throws {
        let stats = try assertTier2MatchesCPython("""
        def classify(n):
            small = 0
            large = 0
            for i in range(n):
                if i < 5000:
                    small += 1
                else:
                    large += 1
            return small, large
        print(classify(12000))
        """)
        XCTAssertGreaterThan(stats.exitsTaken, 0)
    }

    func testExceptionFromAProjectedCall() throws {
        try assertTier2MatchesCPython("""
        def check(x):
            if x == 777:
                raise ValueError("bad " + str(x))
            return x
        def loop():
            s = 0
            for i in range(2000):
                try:
                    s += check(i)
                except ValueError as e:
                    print("caught", e)
            return s
        print(loop())
        def uncaught():
            for i in range(5000):
                check(i * 7 % 1000)
        uncaught()
        """)
    }

    func testDeepRecursionThroughAHotFunction() throws {
        try assertTier2MatchesCPython("""
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)
        for k in range(50):
            depth(200)
        print(depth(900))
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(20))
        def forever(n):
            return forever(n + 1)
        try:
            forever(0)
        except RecursionError as e:
            print("RecursionError", e)
        """)
    }

    func testAttributeLayoutsChangingAfterCompilation() throws {
        try assertTier2MatchesCPython("""
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y
        pts = [Point(i, i * 2) for i in range(300)]
        def norm1(points):
            s = 0
            for p in points:
                s += p.x + p.y
            return s
        print(norm1(pts))
        for p in pts[::3]:
            p.z = 5
            del p.x
            p.x = -1
        print(norm1(pts))
        Point.x = 100
        print(norm1([Point(1, 2)]))
        """)
    }

    /// Loop-carried values that swap every iteration (phis whose back-edge moves form cycles).
    func testLoopCarriedValuesThatSwap() throws {
        let stats = try assertTier2MatchesCPython("""
        def rotate(n):
            a, b, c = 1, 2.5, 3
            for i in range(n):
                a, b, c = b, c, a
            return a, b, c
        def fib(n):
            x, y = 0, 1
            for i in range(n):
                x, y = y, (x + y) % 1000003
            return x, y
        print(rotate(1000), rotate(1001), rotate(1002), fib(5000))
        """)
        XCTAssertGreaterThan(stats.superblocks, 0)
    }

    /// Instances the optimizer never creates (allocation sinking) are created by the exits that
    /// need them: when the loop ends, and when a guard fails in the middle of an iteration.
    func testSunkInstancesAreCreatedAtExits() throws {
        let stats = try assertTier2MatchesCPython("""
        class P:
            def __init__(self, x, y):
                self.x = x
                self.y = y
            def step(self, d):
                return P(self.x + d, self.y * 2 % 1009)
        def walk(n, switch):
            p = P(0, 1)
            for i in range(n):
                p = p.step(1 if i < switch else 0.5)
            return p
        q = walk(3000, 3000)
        print(q.x, q.y, type(q).__name__)
        r = walk(3000, 2000)
        print(r.x, r.y)
        """)
        XCTAssertGreaterThan(stats.superblocks, 0)
        XCTAssertEqual(stats.allocationsFinal < stats.allocationsProjected, true, "the loop's allocation is sunk")
    }

    func testExitsBecomeBridges() throws {
        let stats = try assertTier2MatchesCPython("""
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
        print(mixed(30000))
        """, jitThreshold: 16, exitThreshold: 4)
        XCTAssertGreaterThan(stats.bridges, 0, "hot exits must get bridges")
    }

    /// The superblock follows the first direction the branch history favoured; when the other
    /// side becomes the usual one, its bridge closes the loop. Those iterations run in compiled
    /// code too and must count, or the loop is judged to run "0 iterations per entry" and given
    /// back to Tier 1.
    func testLoopsClosedByBridgesAreProfitable() throws {
        let stats = try assertTier2MatchesCPython("""
        def work(n, flip):
            total = 0
            for i in range(n):
                if i < flip:
                    total += i
                else:
                    total -= i & 7
            return total
        grand = 0
        for k in range(700):
            grand += work(50, 50 if k == 0 else 0)
        print(grand)
        """, jitThreshold: 16, exitThreshold: 4)
        XCTAssertGreaterThan(stats.bridges, 0, "the usual side is a bridge")
        XCTAssertEqual(stats.unprofitable, 0, "iterations through the bridge count")
    }

    func testGeneratorsComprehensionsAndClosuresUnderTier2() throws {
        try assertTier2MatchesCPython("""
        def gen(n):
            for i in range(n):
                if i % 2:
                    yield i * i
        print(sum(gen(1000)))
        def counter():
            c = 0
            def inc(k):
                nonlocal c
                c += k
                return c
            return inc
        inc = counter()
        for i in range(1000):
            inc(i)
        print(inc(0))
        print([x * 2 for x in range(500) if x % 7 == 0][-3:])
        d = {}
        for i in range(2000):
            d[i % 17] = d.get(i % 17, 0) + i
        print(sorted(d.items())[:3])
        """)
    }
}
