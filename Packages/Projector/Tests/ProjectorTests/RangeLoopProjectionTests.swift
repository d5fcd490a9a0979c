import Bytecode
import Superblock
import XCTest

/// A `for` loop over a range or a list becomes a loop superblock: the iterator's guards, the
/// iteration, the body's uops and a write-back of the locals it changed.
final class RangeLoopProjectionTests: XCTestCase {
    func testRangeLoopIsIteratorGuardsIntAddAndLoopBack() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                total = total + i
            return total
        print(run(100))
        """, function: "run")
        XCTAssertEqual(p.stdout, "4950\n")
        XCTAssertEqual(p.uops, [._LOAD_STACK, ._GUARD_NOT_NULL,
                                ._GUARD_RANGE_ITERATOR, ._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT,
                                ._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._INT_ADD], p.dump)
        let forIter = try XCTUnwrap(p.instructionIndex(of: .FOR_ITER_RANGE))
        XCTAssertEqual(Int(p.superblock.entryIndex), forIter, "the superblock starts at the loop head")
        // The iterator is read from the frame's stack; the range guards and the next value use it.
        XCTAssertEqual(p.superblock.instructions[0].immediate, 0)
        XCTAssertEqual(p.operands(2), [Ref(uop: 0)])
        XCTAssertEqual(p.operands(4), [Ref(uop: 0)])
        // total (loaded from the frame) + i (the range's next value).
        XCTAssertEqual(p.superblock.instructions[5].immediate, Int64(try XCTUnwrap(p.slot("total"))))
        XCTAssertEqual(p.operands(6), [Ref(uop: 5), Ref(uop: 4)])
        XCTAssertEqual(p.operands(7), [Ref(uop: 5), Ref(uop: 4)])

        // It loops: no _EXIT; the back edge writes i and total and keeps the iterator on the stack.
        XCTAssertEqual(p.superblock.count(of: ._EXIT), 0)
        XCTAssertNil(p.superblock.loop, "peeling is the optimizer's job")
        let back = try XCTUnwrap(p.superblock.loopBack)
        XCTAssertEqual(Int(back.resumeIndex), forIter)
        XCTAssertEqual(back.stack, [Ref(uop: 0)])
        XCTAssertEqual(localsBySlot(back), [try XCTUnwrap(p.slot("i")): Ref(uop: 4), try XCTUnwrap(p.slot("total")): Ref(uop: 7)])

        XCTAssertEqual(p.superblock.projectedUopCount, 8)
        XCTAssertEqual(p.superblock.projectedGuardCount, 6, "not-null, two range guards, _LOAD_LOCAL, int guard, _INT_ADD overflow")
    }

    /// An inner `for i in range(a, b)` reached by an outer loop: the range is never seen, so the
    /// superblock makes only its iterator, behind an identity guard on `range` and int guards
    /// whose exit re-runs the CALL in Tier 1 with its operands on the stack.
    func testRangeCallFeedingGetIterMakesOnlyTheIterator() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for k in range(n):
                for i in range(k, k + 2):
                    total = total + i
            return total
        print(run(100))
        """, function: "run", line: 3)
        XCTAssertEqual(p.stdout, "10000\n")
        let make = try XCTUnwrap(p.first(._RANGE_ITER_NEW), p.dump)
        XCTAssertEqual(p.superblock.count(of: ._CALL), 0, p.dump)
        XCTAssertEqual(p.superblock.count(of: ._GET_ITER), 0, p.dump)
        XCTAssertEqual(p.superblock.instructions[make - 1].uop, ._GUARD_BOTH_SMALL_INT)
        XCTAssertEqual(p.superblock.instructions[make - 2].uop, ._GUARD_IDENTITY)
        XCTAssertEqual(p.operands(make - 1), p.operands(make), "the guard checks the bounds the iterator uses")
        let exit = try XCTUnwrap(p.exit(of: make - 1))
        XCTAssertEqual(p.instructions[0][Int(exit.innermost.resumeIndex)].opcode, .CALL_RANGE)
        XCTAssertEqual(exit.innermost.stack.count, 5, "the outer iterator, range, NULL and both arguments")
    }

    func testLoopExhaustedExitResumesAfterTheLoopWithTheIteratorPopped() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                total += i
            return total
        print(run(100))
        """, function: "run")
        let guardIndex = try XCTUnwrap(p.first(._GUARD_RANGE_NOT_EXHAUSTED))
        let exit = try XCTUnwrap(p.exit(of: guardIndex))
        let forIter = try XCTUnwrap(p.instructionIndex(of: .FOR_ITER_RANGE))
        XCTAssertEqual(exit.kind, .guardFailed)
        XCTAssertEqual(exit.reason, "loop exhausted")
        XCTAssertEqual(exit.frames.count, 1)
        XCTAssertEqual(Int(exit.innermost.resumeIndex), p.instructions[0][forIter].oparg, "FOR_ITER's jump target")
        XCTAssertEqual(exit.innermost.stack, [], "the iterator is popped")
        XCTAssertEqual(exit.innermost.locals.count, 0, "nothing changed yet in this iteration")
    }

    func testListLoopUsesTheListIteratorUops() throws {
        let p = try ProjectionHarness.project("""
        def run(xs):
            total = 0.0
            for x in xs:
                total = total + x
            return total
        print(run([0.5] * 100))
        """, function: "run")
        XCTAssertEqual(p.stdout, "50.0\n")
        XCTAssertEqual(p.uops, [._LOAD_STACK, ._GUARD_NOT_NULL,
                                ._GUARD_LIST_ITERATOR, ._GUARD_LIST_NOT_EXHAUSTED, ._LIST_NEXT,
                                ._LOAD_LOCAL, ._GUARD_BOTH_FLOAT, ._FLOAT_ADD], p.dump)
        XCTAssertNotNil(p.superblock.loopBack)
    }
}

func localsBySlot(_ snapshot: FrameSnapshot) -> [Int32: Ref] {
    Dictionary(snapshot.locals.map { ($0.slot, $0.value) }, uniquingKeysWith: { _, last in last })
}
