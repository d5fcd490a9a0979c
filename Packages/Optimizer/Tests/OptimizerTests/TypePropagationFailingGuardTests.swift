import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// A guard type propagation proves must fail ends the superblock there: an `_EXIT` taking the
/// guard's exit replaces it and everything after it (which could never run), and the superblock
/// no longer loops.
final class TypePropagationFailingGuardTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    /// A loop superblock: x = local 0; `guard` on what `operands` make; then x + 1 written back.
    func loopWith(_ makeGuard: (SuperblockBuilder, Ref) -> Void) -> Superblock {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_BOTH_SMALL_INT, x, b.int(1))
        makeGuard(b, x)
        let sum = b.emit(._INT_ADD, x, b.int(1))
        b.emit(._GUARD_TRUE, b.emit(._INT_COMPARE, sum, b.int(100), immediate: 0))
        b.loopBack([(0, sum)])
        return b.build()
    }

    func assertEndsAtTheGuard(_ before: Superblock, guardIndex: Int, file: StaticString = #filePath, line: UInt = #line) {
        let after = TypePropagation().run(before)
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._EXIT], after.listing, file: file, line: line)
        XCTAssertEqual(after.instructions.last?.exit, before.instructions[guardIndex].exit, "it takes the guard's exit", file: file, line: line)
        XCTAssertEqual(after.count(of: ._INT_ADD), 0, file: file, line: line)
        XCTAssertNil(after.loopBack, file: file, line: line)
        XCTAssertNil(after.loop, file: file, line: line)
        let exit = after.exit(at: after.instructions.count - 1)
        XCTAssertEqual(exit?.kind, .guardFailed, file: file, line: line)
        XCTAssertEqual(exit?.frames.count, 1, "the exit keeps its frame state", file: file, line: line)
    }

    func testGuardFalseOnTrueEnds() {
        let before = loopWith { b, x in
            let always = b.emit(._INT_COMPARE, b.int(1), b.int(2), immediate: 0)   // True, folded away
            b.emit(._GUARD_FALSE, always, live: [x])
        }
        assertEndsAtTheGuard(before, guardIndex: 3)
    }

    func testIntGuardOnAFloatEnds() {
        let before = loopWith { b, x in
            b.emit(._GUARD_BOTH_SMALL_INT, x, b.constant(Value(float: 0.5)), live: [x])
        }
        XCTAssertEqual(TypePropagation().run(before).uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._EXIT])
        let after = TypePropagation().run(before)
        XCTAssertEqual(after.instructions[2].exit, before.instructions[2].exit)
        XCTAssertEqual(after.exits[Int(after.instructions[2].exit)].innermost.stack, [Ref(uop: 0)])
        XCTAssertNil(after.loopBack)
    }

    func testNoneGuardOnAnIntEnds() {
        let before = loopWith { b, x in b.emit(._GUARD_NONE, x) }
        XCTAssertEqual(TypePropagation().run(before).uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._EXIT])
    }

    func testIdentityGuardOnAnotherConstantEnds() {
        let before = loopWith { b, _ in b.emit(._GUARD_IDENTITY, b.constant(.none), immediate: Int64(bitPattern: Value.true.bits)) }
        XCTAssertEqual(TypePropagation().run(before).uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._EXIT])
    }

    func testShapeGuardContradictingAKnownShapeEnds() {
        let before = loopWith { b, _ in
            let o = b.emit(._LOAD_LOCAL, immediate: 1)
            b.emit(._GUARD_SHAPE, o, immediate: 100)
            b.emit(._GUARD_SHAPE, o, immediate: 200)
        }
        let after = TypePropagation().run(before)
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._LOAD_LOCAL, ._GUARD_SHAPE, ._EXIT], after.listing)
        XCTAssertEqual(after.instructions[4].exit, before.instructions[4].exit)
    }

    /// In a program: `mode` alternates between 1 and 2, and the projection follows the
    /// `mode == 1` side, which sets mode to 2. After peeling, the body knows mode is 2 on entry,
    /// so its branch guard must fail: the body ends right there (the loop goes on through the
    /// exit, a bridge for the other side, and the loop's superblock again). It must still print
    /// what CPython prints.
    func testEndedSuperblockStillRunsCorrectly() throws {
        let source = """
        def run(n):
            total = 0
            mode = 1
            for i in range(n):
                if mode == 1:
                    total = total + 1
                    mode = 2
                else:
                    total = total + 10
                    mode = 1
            return total
        print(run(101), run(50))
        """
        let expected = try CPython.run(source)
        let run = try runWithTestTier2(source, pipeline: "full", jitThreshold: 20, exitThreshold: 1)
        XCTAssertEqual(run.result, expected)
        let root = try XCTUnwrap(run.jit.built.first)
        XCTAssertNotNil(root.projected.loopBack)
        let optimized = root.optimized
        XCTAssertNil(optimized.loop, optimized.listing)
        XCTAssertNil(optimized.loopBack)
        XCTAssertEqual(optimized.uops.last, ._EXIT, optimized.listing)
        XCTAssertEqual(optimized.exit(at: optimized.uops.count - 1)?.kind, .guardFailed,
                       "the end is the branch's exit, not a projection end")
        XCTAssertEqual(optimized.count(of: ._GUARD_TRUE), 1, "the preamble's branch guard stays: \(optimized.listing)")
    }
}
