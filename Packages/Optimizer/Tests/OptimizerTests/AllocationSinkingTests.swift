import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Allocation sinking: an instance the superblock creates and only reads and writes attributes of
/// is never created; its attributes stay in SSA values (one phi each around a peeled loop) and
/// every exit that can see it describes it, so the exit creates it. An instance anything else
/// takes (a call, a list, another object, the frame at a loop back) is created as usual.
final class AllocationSinkingTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    static func pointProgram(_ body: String, extra: String = "") -> String {
        """
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y
            def add(self, o):
                return Point(self.x + o.x, self.y + o.y)
        class Holder:
            def __init__(self):
                self.item = None
        \(extra)
        def run(n):
            p = Point(0, 0)
            d = Point(1, 2)
            h = Holder()
            box = [None]
            keep = []
            total = 0
            for i in range(n):
        \(body.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
            return total, p.x, p.y
        print(run(100))
        """
    }

    static let adding = pointProgram("""
    p = p.add(d)
    total += p.x % 7
    """)

    static let withoutSinking = "types,cse,dce,peel,cse,types,cse,types,cse,dce"

    func testPointAddingLoopAllocatesNothingPerIteration() throws {
        let projected = try ProjectedLoops.project(AllocationSinkingTests.adding, function: "run")
        XCTAssertEqual(projected.count(of: ._ALLOCATE_INSTANCE), 1, projected.listing)

        let unsunk = OptimizationPipeline(specification: AllocationSinkingTests.withoutSinking)!.run(projected)
        XCTAssertEqual(unsunk.body.filter { $0.uop == ._ALLOCATE_INSTANCE }.count, 1, unsunk.listing)

        let optimized = OptimizationPipeline(specification: "full")!.run(projected)
        XCTAssertEqual(optimized.count(of: ._ALLOCATE_INSTANCE), 0, optimized.listing)
        XCTAssertNotNil(optimized.loop)
        // The body: the range step, p.x + d.x, p.y + d.y, the remainder and the sum; the new point
        // is a _VIRTUAL_INSTANCE that runs nothing.
        XCTAssertEqual(optimized.bodyUops.filter { $0 != ._VIRTUAL_INSTANCE },
                       [._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT, ._INT_ADD, ._INT_ADD, ._INT_REMAINDER, ._INT_ADD], optimized.listing)
        for uop in [Uop._LOAD_INSTANCE_SLOT, ._ADD_INSTANCE_ATTRIBUTE, ._STORE_INSTANCE_SLOT, ._GUARD_TYPE_VERSION, ._GUARD_SHAPE,
                    ._GUARD_CLASS_VERSION, ._GUARD_FUNCTION_VERSION] {
            XCTAssertEqual(optimized.body.filter { $0.uop == uop }.count, 0, "\(uop.name) in the body")
        }
        // p is carried as its two attributes.
        let loop = try XCTUnwrap(optimized.loop)
        XCTAssertEqual(loop.backEdge.count, 4, "i, total, p.x, p.y: \(optimized.listing)")
    }

    func testExitsDescribeTheSunkInstance() throws {
        let projected = try ProjectedLoops.project(AllocationSinkingTests.adding, function: "run")
        let optimized = OptimizationPipeline(specification: "full")!.run(projected)
        let loop = try XCTUnwrap(optimized.loop)
        XCTAssertEqual(optimized.uops[loop.target], ._GUARD_RANGE_NOT_EXHAUSTED, optimized.listing)
        let exhausted = try XCTUnwrap(optimized.exit(at: loop.target))
        XCTAssertEqual(exhausted.objects.count, 1, "p must exist when the loop ends")
        let object = try XCTUnwrap(exhausted.objects.first)
        XCTAssertEqual(optimized.uops[safe: object.ref.uopIndex], ._VIRTUAL_INSTANCE)
        XCTAssertEqual(localsBySlot(exhausted.innermost).values.filter { $0 == object.ref }.count, 1, "the frame's p is that object")
        // The class is the global Point, read once in the preamble (a constant would do too).
        XCTAssertFalse(object.cls.isConstant)
        XCTAssertLessThan(object.cls.uopIndex, loop.target)
        XCTAssertEqual(optimized.uops[safe: object.cls.uopIndex], ._LOAD_GLOBALS_ENTRY)
        XCTAssertEqual(Value(bits: UInt64(bitPattern: object.shape)).object(as: ShapeObject.self).pointee.count, 2)
        XCTAssertEqual(object.slots.count, 2)
        let phis = Set(loop.backEdge.map(\.phi))
        XCTAssertTrue(object.slots.allSatisfy { phis.contains($0) }, "at the top of the body x and y are the attribute phis")
        // An exit in the middle of the body (p.x + d.x overflows) sees the old point.
        let add = try XCTUnwrap(optimized.first(._INT_ADD, from: loop.target))
        let overflow = try XCTUnwrap(optimized.exit(at: add))
        XCTAssertEqual(overflow.frames.count, 2, "inside Point.add")
        XCTAssertEqual(overflow.objects.count, 1)
        XCTAssertEqual(overflow.objects.first?.slots, object.slots)
    }

    func assertEscapes(_ body: String, _ why: String, extra: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        let projected = try ProjectedLoops.project(AllocationSinkingTests.pointProgram(body, extra: extra), function: "run", file: file, line: line)
        XCTAssertEqual(projected.count(of: ._ALLOCATE_INSTANCE), 1, projected.listing, file: file, line: line)
        let optimized = OptimizationPipeline(specification: "full")!.run(projected)
        XCTAssertEqual(optimized.body.filter { $0.uop == ._ALLOCATE_INSTANCE }.count, 1, "\(why): \(optimized.listing)", file: file, line: line)
        XCTAssertTrue(optimized.exits.allSatisfy { $0.objects.isEmpty }, file: file, line: line)
    }

    func testInstanceAppendedToAListEscapes() throws {
        try assertEscapes("""
        p = p.add(d)
        keep.append(p)
        """, "appended")
    }

    func testInstancePassedToACallEscapes() throws {
        try assertEscapes("""
        p = p.add(d)
        total += id(p) % 2
        """, "passed to id")
    }

    func testInstanceStoredIntoAListItemEscapes() throws {
        try assertEscapes("""
        p = p.add(d)
        box[0] = p
        """, "stored into a list")
    }

    func testInstanceStoredIntoAnotherObjectEscapes() throws {
        try assertEscapes("""
        p = p.add(d)
        h.item = p
        """, "stored into an attribute")
    }

    func testInstanceComparedByIdentityEscapes() throws {
        try assertEscapes("""
        p = p.add(d)
        if p is d:
            total += 1
        """, "compared with is")
    }

    /// Without peeling, a temporary instance is still sunk; one written back to the frame at the
    /// loop back is not.
    func testUnpeeledLoopSinksTemporariesOnly() throws {
        let temporaries = try ProjectedLoops.project(AllocationSinkingTests.pointProgram("""
        total += Point(i, 1).x + p.x
        """), function: "run")
        XCTAssertEqual(temporaries.count(of: ._ALLOCATE_INSTANCE), 1, temporaries.listing)
        let sunk = OptimizationPipeline(specification: "types,cse,dce,sink,dce")!.run(temporaries)
        XCTAssertNil(sunk.loop)
        XCTAssertEqual(sunk.count(of: ._ALLOCATE_INSTANCE), 0, sunk.listing)
        XCTAssertEqual(sunk.count(of: ._LOAD_INSTANCE_SLOT), 1, "Point(i, 1).x is i; p.x is loaded: \(sunk.listing)")

        let carried = try ProjectedLoops.project(AllocationSinkingTests.adding, function: "run")
        let kept = OptimizationPipeline(specification: "types,cse,dce,sink")!.run(carried)
        XCTAssertEqual(kept.count(of: ._ALLOCATE_INSTANCE), 1, "p is written back to the frame: \(kept.listing)")
    }

    /// On a hand-built superblock: an allocation whose attribute is added and read back, with an
    /// exit in between that names it.
    func testHandBuiltAllocationBecomesVirtual() throws {
        let b = SuperblockBuilder()
        let cls = b.constant(Value(rt.pointee.types.object))
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let instance = b.emit(._ALLOCATE_INSTANCE, cls)
        let shape = shapeAdding(emptyShape(), internString("v"))
        b.emit(._ADD_INSTANCE_ATTRIBUTE, x, instance, immediate: Int64(bitPattern: Value(shape).bits))
        b.emit(._GUARD_NOT_NONE, x, live: [instance])
        let read = b.emit(._LOAD_INSTANCE_SLOT, instance, immediate: 0)
        let sum = b.emit(._INT_ADD, read, b.int(1), live: [instance])
        b.emit(._EXIT, live: [sum])
        let after = AllocationSinking().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._VIRTUAL_INSTANCE, ._GUARD_NOT_NONE, ._INT_ADD, ._EXIT], after.listing)
        XCTAssertEqual(after.operands(at: 3).first, Ref(uop: 0), "the load is the stored value")
        for index in [2, 3] {
            let objects = try XCTUnwrap(after.exit(at: index)).objects
            XCTAssertEqual(objects.count, 1)
            XCTAssertEqual(objects.first?.ref, Ref(uop: 1))
            XCTAssertEqual(objects.first?.cls, cls)
            XCTAssertEqual(objects.first?.slots, [Ref(uop: 0)])
            XCTAssertEqual(objects.first?.shape, Int64(bitPattern: Value(shape).bits))
        }
        XCTAssertEqual(try XCTUnwrap(after.exit(at: 4)).objects.count, 0, "the end does not see it")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
