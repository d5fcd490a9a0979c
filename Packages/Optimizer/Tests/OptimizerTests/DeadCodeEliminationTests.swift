import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Dead code elimination removes pure uops whose value nothing needs; a value an exit may write
/// to a frame, the loop-back snapshot or a live phi needs is kept, and so are guards and uops
/// with effects.
final class DeadCodeEliminationTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func testUnusedPureUopsGoAndWhatTheyAloneUsedGoesToo() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let y = b.emit(._LOAD_STACK, immediate: 0)          // pure, used only by dead uops
        let and = b.emit(._INT_AND, x, y)                    // unused
        b.emit(._INT_XOR, and, x)                            // unused
        b.emit(._FLOAT_ADD, x, x)                            // unused
        b.emit(._IS_OP, x, y, immediate: 0)                  // unused
        b.emit(._TUPLE_ITEM, x, immediate: 0)                // unused
        b.emit(._LOAD_INSTANCE_SLOT, x, immediate: 0)        // unused
        let used = b.emit(._INT_OR, x, b.int(1))
        b.loopBack([(0, used)])
        let before = b.build()
        let after = DeadCodeElimination().run(before)
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._INT_OR], after.listing)
        XCTAssertEqual(after.operands(at: 1)[0], Ref(uop: 0))
        XCTAssertEqual((after.loopBack?.locals.map(\.value) ?? []), [Ref(uop: 1)])
        XCTAssertEqual(before.instructions.count, 9, "the input is unchanged")
    }

    func testValuesExitsUseAreKept() throws {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let forStack = b.emit(._INT_AND, x, b.int(7))
        let forLocal = b.emit(._INT_OR, x, b.int(8))
        let unused = b.emit(._INT_XOR, x, b.int(9))
        let exit = b.addExit(.guardFailed, live: [forStack], locals: [(3, forLocal)])
        b.superblock.instructions.append(UopInstruction(uop: ._GUARD_TRUE, operandStart: Int32(b.superblock.operands.count),
                                                        operandCount: 1, immediate: 0, exit: exit, raiseExit: -1, origin: 0))
        b.superblock.operands.append(x)
        b.loopBack([])
        _ = unused
        let after = DeadCodeElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._INT_AND, ._INT_OR, ._GUARD_TRUE], after.listing)
        let snapshot = try XCTUnwrap(after.exit(at: 3)).innermost
        XCTAssertEqual(snapshot.stack, [Ref(uop: 1)])
        XCTAssertEqual(snapshot.locals.map(\.value), [Ref(uop: 2)])
    }

    func testGuardsAndEffectsStayEvenWithoutUsers() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._INT_ADD, x, x)                              // may exit (overflow): stays
        b.emit(._GUARD_NOT_NONE, x)
        b.emit(._STORE_INSTANCE_SLOT, x, x, immediate: 0)
        b.emit(._CALL, b.constant(.none), immediate: 0)     // effects, and raises
        b.emit(._TO_BOOL, x)                                 // may run __bool__
        b.emit(._ALLOCATE_INSTANCE, b.constant(.none))       // not pure
        b.emit(._RANGE_NEXT, x)                              // advances the iterator
        b.loopBack([])
        let before = b.build()
        let after = DeadCodeElimination().run(before)
        XCTAssertEqual(after.uops, before.uops)
    }

    func testPhiOnlyItsOwnBackEdgeNeedsIsRemoved() throws {
        // A peeled loop carrying `total` (used by an exit) and `junk` (only feeding itself).
        let b = SuperblockBuilder()
        let total0 = b.emit(._LOAD_LOCAL, immediate: 0)
        let junk0 = b.emit(._LOAD_LOCAL, immediate: 1)
        let totalPhi = b.emit(._PHI, total0)
        let junkPhi = b.emit(._PHI, junk0)
        let target = b.superblock.instructions.count
        let total = b.emit(._INT_ADD, totalPhi, b.int(1))
        let junk = b.emit(._INT_XOR, junkPhi, b.int(3))
        b.emit(._GUARD_TRUE, b.emit(._INT_COMPARE, total, b.int(1000), immediate: 0), live: [total])
        b.superblock.loop = LoopInfo(target: target, backEdge: [(totalPhi, total), (junkPhi, junk)])
        let after = DeadCodeElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._PHI, ._INT_ADD, ._INT_COMPARE, ._GUARD_TRUE], after.listing)
        let loop = try XCTUnwrap(after.loop)
        XCTAssertEqual(loop.target, 3)
        XCTAssertEqual(loop.backEdge.count, 1)
        XCTAssertEqual(loop.backEdge.first?.phi, Ref(uop: 2))
        XCTAssertEqual(loop.backEdge.first?.value, Ref(uop: 3))
    }

    func testPhiALiveValueNeedsKeepsItsBackEdgeValue() throws {
        // `a` feeds only `b`'s back edge, and `b` is needed: both chains stay.
        let b = SuperblockBuilder()
        let a0 = b.emit(._LOAD_LOCAL, immediate: 0)
        let b0 = b.emit(._LOAD_LOCAL, immediate: 1)
        let aPhi = b.emit(._PHI, a0)
        let bPhi = b.emit(._PHI, b0)
        let target = b.superblock.instructions.count
        let aNext = b.emit(._INT_AND, aPhi, b.int(255))
        b.emit(._GUARD_NOT_NONE, bPhi, live: [bPhi])
        b.superblock.loop = LoopInfo(target: target, backEdge: [(aPhi, aNext), (bPhi, aPhi)])
        let after = DeadCodeElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._PHI, ._PHI, ._INT_AND, ._GUARD_NOT_NONE], after.listing)
        XCTAssertEqual(try XCTUnwrap(after.loop).backEdge.count, 2)
    }

    func testDeadValuesOfAProjectedLoop() throws {
        let projected = try ProjectedLoops.project("""
        def run(n):
            total = 0
            for i in range(n):
                unused = (i, i)
                total = total + i
                i & 7
            return total
        print(run(100))
        """, function: "run")
        // `unused` is written back (the frame sees it), so the tuple stays. The bare `i & 7` is
        // popped by a _RELEASE_VALUE (generators are finalized there), which needs it until type
        // propagation knows it is an int; then it goes.
        XCTAssertEqual(projected.count(of: ._INT_AND), 1, projected.listing)
        let alone = DeadCodeElimination().run(projected)
        XCTAssertEqual(alone.uops, projected.uops)
        let typed = TypePropagation().run(projected)
        XCTAssertEqual(typed.count(of: ._RELEASE_VALUE), 0, typed.listing)
        let after = DeadCodeElimination().run(typed)
        XCTAssertEqual(after.count(of: ._INT_AND), 0, after.listing)
        XCTAssertEqual(after.count(of: ._BUILD_TUPLE), 1)
        XCTAssertEqual(after.instructions.count, typed.instructions.count - 1)
    }
}
