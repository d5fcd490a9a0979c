import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Common subexpression elimination of loads: a load of the same slot of the same object is the
/// earlier load's value until something may write it. Stores kill only the loads they may alias
/// (and forward what they stored); uops that may run arbitrary code kill every load.
final class CSELoadTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func testAttributeLoadsMergeUntilAStoreOrACallMayChangeThem() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        let q = b.emit(._LOAD_LOCAL, immediate: 1)             // may be the same object as o
        let v = b.emit(._LOAD_LOCAL, immediate: 2)
        let x1 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0)
        let x2 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0) // merged
        let y1 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 1)
        b.emit(._STORE_INSTANCE_SLOT, v, q, immediate: 1)     // kills slot 1 loads, not slot 0
        let x3 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0) // merged with x1
        let y2 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 1) // loaded again
        let z = b.emit(._LOAD_INSTANCE_SLOT, q, immediate: 1)  // what was stored: v
        b.emit(._CALL, b.constant(.none), o, immediate: 1)     // kills every load
        let x4 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0) // loaded again
        b.loopBack([(3, x2), (4, y1), (5, x3), (6, y2), (7, z), (8, x4)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._LOAD_LOCAL, ._LOAD_INSTANCE_SLOT, ._LOAD_INSTANCE_SLOT,
                                    ._STORE_INSTANCE_SLOT, ._LOAD_INSTANCE_SLOT, ._CALL, ._LOAD_INSTANCE_SLOT], after.listing)
        let written = (after.loopBack?.locals.map(\.value) ?? [])
        XCTAssertEqual(written, [Ref(uop: 3), Ref(uop: 4), Ref(uop: 3), Ref(uop: 6), Ref(uop: 2), Ref(uop: 8)])
        _ = (x1, x2, x3, y1, y2, z, x4)
    }

    func testStoresIntoAFreshInstanceKillNoOlderLoad() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        let x1 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0)
        let fresh = b.emit(._ALLOCATE_INSTANCE, b.constant(.none))
        let shape = shapeAdding(emptyShape(), internString("x"))
        b.emit(._ADD_INSTANCE_ATTRIBUTE, x1, fresh, immediate: Int64(bitPattern: Value(shape).bits))
        b.emit(._STORE_INSTANCE_SLOT, b.int(5), fresh, immediate: 0)
        let x2 = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0)     // o existed before: not aliased
        let f = b.emit(._LOAD_INSTANCE_SLOT, fresh, immediate: 0)  // forwarded: 5
        b.emit(._STORE_INSTANCE_SLOT, b.int(6), o, immediate: 0)  // o may be anything newer... kills fresh's too
        let f2 = b.emit(._LOAD_INSTANCE_SLOT, fresh, immediate: 0)
        b.loopBack([(1, x2), (2, f), (3, f2)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_INSTANCE_SLOT, ._ALLOCATE_INSTANCE, ._ADD_INSTANCE_ATTRIBUTE,
                                    ._STORE_INSTANCE_SLOT, ._STORE_INSTANCE_SLOT, ._LOAD_INSTANCE_SLOT], after.listing)
        let written = (after.loopBack?.locals.map(\.value) ?? [])
        XCTAssertEqual(written[0], Ref(uop: 1))
        XCTAssertEqual(written[1].isConstant ? after.constants[written[1].constantIndex].smallInt : nil, 5)
        XCTAssertEqual(written[2], Ref(uop: 6))
    }

    func testAddedAttributeIsForwardedToItsSlot() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        let v = b.emit(._LOAD_LOCAL, immediate: 1)
        let one = shapeAdding(emptyShape(), internString("a"))
        let two = shapeAdding(one, internString("b"))
        b.emit(._ADD_INSTANCE_ATTRIBUTE, v, o, immediate: Int64(bitPattern: Value(two).bits))  // slot 1
        let read = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 1)
        b.loopBack([(2, read)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.count(of: ._LOAD_INSTANCE_SLOT), 0, after.listing)
        XCTAssertEqual((after.loopBack?.locals.map(\.value) ?? []), [Ref(uop: 1)])
    }

    /// A store into a globals entry is what later loads of that entry read; it leaves other
    /// entries' loads alone and kills loads of the same index through another dict.
    func testGlobalsEntryStoresForwardAndKillOnlyTheirEntry() {
        let b = SuperblockBuilder()
        let g = b.constant(.none)
        let other = b.emit(._LOAD_LOCAL, immediate: 0)
        let a1 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 1)
        let o1 = b.emit(._LOAD_GLOBALS_ENTRY, other, immediate: 2)
        b.emit(._STORE_GLOBALS_ENTRY, g, b.int(7), immediate: 2)
        let a2 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 1)     // merged with a1
        let s1 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 2)     // forwarded: 7
        let o2 = b.emit(._LOAD_GLOBALS_ENTRY, other, immediate: 2) // may be the same dict: loaded again
        b.loopBack([(1, a1), (2, a2), (3, s1), (4, o1), (5, o2)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_GLOBALS_ENTRY, ._LOAD_GLOBALS_ENTRY, ._STORE_GLOBALS_ENTRY,
                                    ._LOAD_GLOBALS_ENTRY], after.listing)
        let written = (after.loopBack?.locals.map(\.value) ?? [])
        XCTAssertEqual(written[1], Ref(uop: 1))
        XCTAssertEqual(written[2].isConstant ? after.constants[written[2].constantIndex].smallInt : nil, 7)
        XCTAssertEqual(written[3], Ref(uop: 2))
        XCTAssertEqual(written[4], Ref(uop: 4))
    }

    func testListCellAndGlobalLoadsAndTheirStores() {
        let b = SuperblockBuilder()
        let list = b.emit(._LOAD_LOCAL, immediate: 0)
        let cell = b.emit(._LOAD_LOCAL, immediate: 1)
        let g = b.constant(.none)
        let l1 = b.emit(._LIST_GET, list, b.int(0))
        let l2 = b.emit(._LIST_GET, list, b.int(0))            // merged
        b.emit(._LIST_SET, b.int(9), list, b.int(1))          // kills list loads
        let l3 = b.emit(._LIST_GET, list, b.int(0))            // loaded again
        let c1 = b.emit(._CELL_GET, cell)
        b.emit(._CELL_SET, cell, b.int(3))
        let c2 = b.emit(._CELL_GET, cell)                      // forwarded: 3
        let g1 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 4)
        b.emit(._LIST_SET, b.int(9), list, b.int(1))          // lists are not globals
        let g2 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 4) // merged
        b.emit(._STORE_GLOBAL, g, l1, immediate: 0)
        let g3 = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 4) // loaded again
        b.loopBack([(2, l2), (3, l3), (4, c1), (5, c2), (6, g2), (7, g3)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._LIST_GET, ._LIST_SET, ._LIST_GET, ._CELL_GET, ._CELL_SET,
                                    ._LOAD_GLOBALS_ENTRY, ._LIST_SET, ._STORE_GLOBAL, ._LOAD_GLOBALS_ENTRY], after.listing)
        let written = (after.loopBack?.locals.map(\.value) ?? [])
        XCTAssertEqual(written[0], Ref(uop: 2))
        XCTAssertEqual(written[1], Ref(uop: 4))
        XCTAssertEqual(written[3].isConstant ? after.constants[written[3].constantIndex].smallInt : nil, 3)
        XCTAssertEqual(written[4], Ref(uop: 7))
        XCTAssertEqual(written[5], Ref(uop: 10))
    }

    static let program = """
    class P:
        def __init__(self):
            self.x = 1
            self.y = 2
    def run(n):
        p = P()
        total = 0
        for i in range(n):
            total = total + p.x + p.x
            p.y = i
            total = total + p.x
            id(p)
            total = total + p.x
        return total
    print(run(100))
    """

    func testRepeatedAttributeLoadsInAProjectedLoop() throws {
        let projected = try ProjectedLoops.project(CSELoadTests.program, function: "run")
        XCTAssertEqual(projected.count(of: ._LOAD_INSTANCE_SLOT), 4, projected.listing)
        let after = CommonSubexpressionElimination().run(projected)
        // p.x three times before the call (a store to p.y does not change it), once after it.
        XCTAssertEqual(after.count(of: ._LOAD_INSTANCE_SLOT), 2, after.listing)
        let call = try XCTUnwrap(after.first(._CALL), after.listing)
        let loads = after.instructions.indices.filter { after.uops[$0] == ._LOAD_INSTANCE_SLOT }
        XCTAssertLessThan(loads[0], call)
        XCTAssertGreaterThan(loads[1], call)
    }

    /// In a peeled loop, a load in the body reuses the preamble's only if no iteration writes it.
    func testBodyWritingAnAttributeReloadsIt() throws {
        let projected = try ProjectedLoops.project("""
        class C:
            def __init__(self):
                self.count = 0
                self.step = 2
        def run(n):
            c = C()
            for i in range(n):
                c.count = c.count + c.step
            return c.count
        print(run(100))
        """, function: "run")
        let after = OptimizationPipeline(specification: "types,cse,dce,peel,cse,types,cse")!.run(projected)
        let body = after.body
        XCTAssertEqual(body.filter { $0.uop == ._LOAD_INSTANCE_SLOT }.count, 1, "c.count again, c.step not: \(after.listing)")
        XCTAssertEqual(body.filter { $0.uop == ._STORE_INSTANCE_SLOT }.count, 1)
        let load = try XCTUnwrap(after.loop.flatMap { loop in after.instructions.indices.first { $0 >= loop.target && after.uops[$0] == ._LOAD_INSTANCE_SLOT } })
        let preambleLoads = after.instructions.indices.filter { $0 < (after.loop?.target ?? 0) && after.uops[$0] == ._LOAD_INSTANCE_SLOT }
        XCTAssertEqual(preambleLoads.count, 2)
        XCTAssertEqual(after.instructions[load].immediate, after.instructions[preambleLoads[0]].immediate, "the body reloads count")
    }
}
