import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Loop peeling turns a loop superblock into a preamble (the projected iteration, unchanged), one
/// `_PHI` per value the loop carries, and a body that loops onto itself reading the phis (and
/// the preamble's values for what the loop never changes). The frame is written only by exits.
final class LoopPeelingTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    static let source = """
    def run(n, k):
        total = 0
        for i in range(n):
            total = total + i * k
        return total
    print(run(100, 3))
    """

    func testPreamblePhisAndBody() throws {
        let projected = try ProjectedLoops.project(LoopPeelingTests.source, function: "run")
        XCTAssertEqual(projected.uops, [._LOAD_STACK, ._GUARD_NOT_NULL, ._GUARD_RANGE_ITERATOR, ._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT,
                                        ._LOAD_LOCAL, ._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._INT_MULTIPLY,
                                        ._GUARD_BOTH_SMALL_INT, ._INT_ADD], projected.listing)
        let total0 = Ref(uop: 5), k = Ref(uop: 6)
        let count = projected.instructions.count
        let peeled = LoopPeeling().run(projected)
        XCTAssertNil(peeled.loopBack, "the frame is written only by exits")
        let loop = try XCTUnwrap(peeled.loop, peeled.listing)

        // The preamble is the projected iteration, as it was.
        XCTAssertEqual(Array(peeled.uops.prefix(count)), projected.uops)
        for index in 0..<count { XCTAssertEqual(peeled.operands(at: index), projected.operands(at: index)) }

        // i and total are carried (phis entered with the preamble's values); k and the iterator are not.
        XCTAssertEqual(loop.target, count + 2)
        XCTAssertEqual(Array(peeled.uops[count ..< count + 2]), [._PHI, ._PHI])
        let phiOperands = Set([peeled.operands(at: count)[0], peeled.operands(at: count + 1)[0]])
        XCTAssertEqual(phiOperands, [Ref(uop: 4), Ref(uop: 10)], "i = the range's value, total = the sum")
        let iPhi = Ref(uop: peeled.operands(at: count)[0] == Ref(uop: 4) ? count : count + 1)
        let totalPhi = Ref(uop: iPhi.uopIndex == count ? count + 1 : count)

        // The body: the iteration again without its loads of locals and stack.
        XCTAssertEqual(peeled.bodyUops, [._GUARD_NOT_NULL, ._GUARD_RANGE_ITERATOR, ._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT,
                                         ._GUARD_BOTH_SMALL_INT, ._INT_MULTIPLY, ._GUARD_BOTH_SMALL_INT, ._INT_ADD], peeled.listing)
        let next = Ref(uop: loop.target + 3), product = Ref(uop: loop.target + 5), sum = Ref(uop: loop.target + 7)
        XCTAssertEqual(peeled.operands(at: loop.target), [Ref(uop: 0)], "the iterator is the preamble's")
        XCTAssertEqual(peeled.operands(at: product.uopIndex), [next, k], "k is the preamble's load")
        XCTAssertEqual(peeled.operands(at: sum.uopIndex), [totalPhi, product])
        XCTAssertEqual(loop.backEdge.count, 2)
        let backEdge = dictionary(loop.backEdge.map { ($0.phi, $0.value) })
        XCTAssertEqual(backEdge[iPhi], next)
        XCTAssertEqual(backEdge[totalPhi], sum)
        XCTAssertEqual(peeled.count(of: ._LOAD_LOCAL), 2, "only in the preamble")
        _ = total0
    }

    func testBodyExitsWriteTheCarriedLocals() throws {
        let projected = try ProjectedLoops.project(LoopPeelingTests.source, function: "run")
        let peeled = LoopPeelingTests.peel(projected)
        let loop = try XCTUnwrap(peeled.loop)
        let iSlot = try XCTUnwrap(projected.loopBack?.locals.first { $0.value == Ref(uop: 4) }?.slot)
        let totalSlot = try XCTUnwrap(projected.loopBack?.locals.first { $0.value == Ref(uop: 10) }?.slot)
        let phis = dictionary((loop.target - 2 ..< loop.target).map { (peeled.operands(at: $0)[0], Ref(uop: $0)) })
        let iPhi = try XCTUnwrap(phis[Ref(uop: 4)]), totalPhi = try XCTUnwrap(phis[Ref(uop: 10)])

        // Loop exhausted at the top of the body: i and total as the last iteration left them.
        let exhausted = try XCTUnwrap(peeled.exit(at: loop.target + 2))
        XCTAssertEqual(exhausted.reason, "loop exhausted")
        XCTAssertEqual(localsBySlot(exhausted.innermost),
                       [iSlot: iPhi, totalSlot: totalPhi])
        // Overflow of the sum: i is this iteration's, total still the last one's; the stack too.
        let sum = loop.target + 7
        let overflow = try XCTUnwrap(peeled.exit(at: sum))
        XCTAssertEqual(localsBySlot(overflow.innermost),
                       [iSlot: Ref(uop: loop.target + 3), totalSlot: totalPhi])
        XCTAssertEqual(overflow.innermost.stack, [Ref(uop: 0), totalPhi, Ref(uop: loop.target + 5)])
        // Body exits are copies: the preamble's exits are untouched.
        XCTAssertNotEqual(peeled.instructions[sum].exit, projected.instructions[10].exit)
        XCTAssertEqual(peeled.exits[Int(projected.instructions[10].exit)].innermost.stack, projected.exit(at: 10)?.innermost.stack)
        XCTAssertGreaterThan(peeled.exits.count, projected.exits.count)
    }

    func testSuperblocksThatDoNotLoopAreLeftAlone() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._INT_ADD, x, x)
        b.emit(._EXIT)
        let straight = b.build()
        XCTAssertTrue(LoopPeeling().run(straight) === straight)
    }

    func testPeelingTwiceChangesNothing() throws {
        let projected = try ProjectedLoops.project(LoopPeelingTests.source, function: "run")
        let peeled = LoopPeeling().run(projected)
        XCTAssertTrue(LoopPeeling().run(peeled) === peeled)
    }

    /// The full pipeline on the same loop: the body is the range step and the two int operations
    /// with the guard on i (a new value each time); every other guard was proven by the preamble.
    func testFullPipelineBody() throws {
        let projected = try ProjectedLoops.project(LoopPeelingTests.source, function: "run")
        let optimized = OptimizationPipeline(specification: "full")!.run(projected)
        XCTAssertNotNil(optimized.loop)
        XCTAssertEqual(optimized.bodyUops, [._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT, ._GUARD_BOTH_SMALL_INT, ._INT_MULTIPLY, ._INT_ADD],
                       optimized.listing)
        XCTAssertEqual(optimized.preambleUops.count, projected.instructions.count, "nothing to remove in the first iteration")
    }

    static func peel(_ superblock: Superblock) -> Superblock { LoopPeeling().run(superblock) }
}
