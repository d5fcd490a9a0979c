import Optimizer
import Superblock
import XCTest

/// With a collection before every allocation (HOTPATH_GC_STRESS=1): values the optimizer keeps
/// in registers (sunk instances' attributes, loads it reuses across allocations, objects exits
/// create) must stay alive and right. Small loops: every allocation collects. Each test runs in a
/// process of its own, whose heap is only the program's.
final class GCStressEquivalenceTests: XCTestCase {
    static let points = """
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
        return p.x, p.y, [(q.x, q.y) for q in keep]
    print(walk(40, 20))
    def switch(n):
        p = Point(0, 0)
        d = Point(1, 1)
        for i in range(n):
            p = p.add(d)
            if p.x == 25:
                d = Point(0.5, 2)
        return p.x, p.y
    print(switch(40))
    """

    static let methods = """
    class Acc:
        def __init__(self):
            self.items = []
            self.n = 0
        def push(self, v):
            self.items.append(str(v))
            self.n += 1
            return self.n
    def run(n):
        acc = Acc()
        r = 0
        for i in range(n):
            r += acc.push(i * 2)
            if i == 30:
                acc.items = []
        return r, acc.n, acc.items[-3:]
    print(run(50))
    """

    func assertEquivalentUnderStress(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try CPython.run(source)
        for pipeline in ["none", "full"] {
            for (jit, exit) in [(1, 1), (8, 4)] {
                let run = try runWithTestTier2(source, pipeline: pipeline, jitThreshold: jit, exitThreshold: exit, gcStress: true)
                XCTAssertEqual(run.result, expected, "GC stress, --optimizer \(pipeline), thresholds \(jit)/\(exit)", file: file, line: line)
                XCTAssertGreaterThan(run.jit.entries, 0, file: file, line: line)
            }
        }
    }

    func testSunkAndEscapingPointsUnderGCStress() throws {
        try inFreshProcess(self) { try assertEquivalentUnderStress(GCStressEquivalenceTests.points) }
    }

    func testMethodCallsUnderGCStress() throws {
        try inFreshProcess(self) { try assertEquivalentUnderStress(GCStressEquivalenceTests.methods) }
    }
}
