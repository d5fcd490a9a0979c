import Bytecode
import Projector
import Superblock
import XCTest

/// Conditional jumps follow the direction Tier 1's 16-bit history predicts, as a guard whose exit
/// is the other side; a branch too unpredictable for the remaining confidence ends the superblock.
final class BranchProjectionTests: XCTestCase {
    func testPredictableBranchBecomesAGuardWhoseExitIsTheOtherSide() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                if i >= 0:
                    total = total + 1
                else:
                    total = total - 1
            return total
        print(run(100))
        """, function: "run")
        // POP_JUMP_IF_FALSE never jumps: the guard checks the comparison is True (a known bool:
        // no _TO_BOOL), and the path continues into the then-branch.
        let jump = try XCTUnwrap(p.instructionIndex(of: .POP_JUMP_IF_FALSE))
        XCTAssertEqual(p.superblock.count(of: ._TO_BOOL), 0, p.dump)
        XCTAssertEqual(p.superblock.count(of: ._GUARD_FALSE), 0, p.dump)
        let guardIndex = try XCTUnwrap(p.first(._GUARD_TRUE), p.dump)
        XCTAssertEqual(Int(p.origin(guardIndex).instructionIndex), jump)
        let compare = try XCTUnwrap(p.first(._INT_COMPARE))
        XCTAssertEqual(p.operands(guardIndex), [Ref(uop: compare)])
        XCTAssertEqual(p.superblock.count(of: ._INT_SUBTRACT), 0, "the else branch is not projected")
        XCTAssertNotNil(p.first(._INT_ADD, from: guardIndex))
        let exit = try XCTUnwrap(p.exit(of: guardIndex))
        XCTAssertEqual(exit.kind, .guardFailed)
        XCTAssertEqual(exit.reason, "branch went the other way")
        XCTAssertEqual(Int(exit.innermost.resumeIndex), p.instructions[0][jump].oparg, "resumes at the else branch")
        XCTAssertEqual(exit.innermost.stack, [Ref(uop: 0)], "the condition is popped")
        XCTAssertNotNil(p.superblock.loopBack)
    }

    func testAlwaysTakenJumpIsFollowed() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                if i < 0:
                    total = total - 1
                total = total + 2
            return total
        print(run(100))
        """, function: "run")
        let jump = try XCTUnwrap(p.instructionIndex(of: .POP_JUMP_IF_FALSE))
        let guardIndex = try XCTUnwrap(p.first(._GUARD_FALSE), p.dump)
        XCTAssertEqual(p.superblock.count(of: ._GUARD_TRUE), 0)
        XCTAssertEqual(p.superblock.count(of: ._INT_SUBTRACT), 0, p.dump)
        let exit = try XCTUnwrap(p.exit(of: guardIndex))
        XCTAssertEqual(Int(exit.innermost.resumeIndex), jump + 1, "resumes in the then-branch")
        XCTAssertEqual(Int(p.origin(guardIndex + 1).instructionIndex), p.instructions[0][jump].oparg, "continues at the jump target")
    }

    func testTruthinessOfANonBoolIsTestedThroughToBool() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                if total:
                    total = total + i
                else:
                    total = 1
            return total
        print(run(100))
        """, function: "run", iterations: 20)
        let toBool = try XCTUnwrap(p.first(._TO_BOOL), p.dump)
        let load = try XCTUnwrap(p.first(._LOAD_LOCAL))
        XCTAssertEqual(p.operands(toBool), [Ref(uop: load)])
        XCTAssertEqual(p.operands(toBool + 1), [Ref(uop: toBool)])
        XCTAssertEqual(p.uops[toBool + 1], ._GUARD_TRUE)
    }

    /// A branch whose Tier 1 history saw only True and False tests the value itself behind a
    /// bool guard whose exit re-runs the branch in Tier 1 with the value on the stack.
    func testBranchThatSawOnlyBoolsGuardsTheBoolInsteadOfToBool() throws {
        let p = try ProjectionHarness.project("""
        def run(flags):
            total = 0
            for f in flags:
                if f:
                    total = total + 1
            return total
        print(run([True, False, True, True] * 10))
        """, function: "run", iterations: 20)
        XCTAssertEqual(p.superblock.count(of: ._TO_BOOL), 0, p.dump)
        let guardIndex = try XCTUnwrap(p.first(._GUARD_IS_BOOL), p.dump)
        let tested = p.operands(guardIndex)
        XCTAssertEqual(p.operands(guardIndex + 1), tested, "the direction guard tests the value itself")
        let exit = try XCTUnwrap(p.exit(of: guardIndex))
        XCTAssertEqual(exit.reason, "not a bool")
        XCTAssertEqual(exit.innermost.stack.last, tested.first, "the value is back on the stack for Tier 1")
        XCTAssertEqual(p.instructions[0][Int(exit.innermost.resumeIndex)].opcode, .POP_JUMP_IF_FALSE)
    }

    func testNoneTestBecomesANoneGuard() throws {
        let p = try ProjectionHarness.project("""
        def run(xs):
            count = 0
            for x in xs:
                if x is None:
                    count = count + 1
            return count
        print(run([1] * 100))
        """, function: "run")
        let guardIndex = try XCTUnwrap(p.first(._GUARD_NOT_NONE), p.dump)
        XCTAssertEqual(p.superblock.count(of: ._GUARD_NONE), 0)
        XCTAssertEqual(p.superblock.count(of: ._IS_OP), 0, "`is None` jumps on the value itself: \(p.dump)")
        XCTAssertEqual(p.superblock.count(of: ._TO_BOOL), 0)
        XCTAssertEqual(p.operands(guardIndex), [Ref(uop: try XCTUnwrap(p.first(._LIST_NEXT)))])
        XCTAssertEqual(p.superblock.count(of: ._INT_ADD), 0, "count = count + 1 is never on the path")
    }

    /// A branch that alternates has a bias of 0.5: the first is a guard (confidence 0.5), the
    /// second would leave 0.25 (< 0.4), so the superblock ends before it and Tier 1 decides.
    func testUnpredictableBranchEndsTheSuperblockBeforeIt() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                if i % 2 == 0:
                    total = total + 1
                if i % 2 == 1:
                    total = total + 2
            return total
        print(run(100))
        """, function: "run")
        let firstJump = try XCTUnwrap(p.instructionIndex(of: .POP_JUMP_IF_FALSE))
        let secondJump = try XCTUnwrap(p.instructionIndex(of: .POP_JUMP_IF_FALSE, from: firstJump + 1))
        XCTAssertEqual(p.superblock.count(of: ._GUARD_TRUE) + p.superblock.count(of: ._GUARD_FALSE), 1, p.dump)
        XCTAssertEqual(p.uops.last, ._EXIT, p.dump)
        XCTAssertEqual(p.superblock.count(of: ._EXIT), 1)
        XCTAssertNil(p.superblock.loopBack)
        let exit = try XCTUnwrap(p.exit(of: p.uops.count - 1))
        XCTAssertEqual(exit.kind, .end)
        XCTAssertEqual(exit.reason, "unpredictable branch")
        XCTAssertEqual(Int(exit.innermost.resumeIndex), secondJump, "Tier 1 decides the branch")
        let compare = try XCTUnwrap(p.superblock.instructions.indices.last { p.uops[$0] == ._INT_COMPARE })
        XCTAssertEqual(exit.innermost.stack, [Ref(uop: 0), Ref(uop: compare)], "the condition is still on the stack")
        XCTAssertEqual(Int(p.origin(compare).instructionIndex), secondJump - 1)
    }

    /// `i % 16 != 0` goes the same way 15 times out of 16 (its history always holds exactly one
    /// exception): that is a bias of 0.9375 at every projection.
    static let biased = """
    def run(n):
        total = 0
        for i in range(n):
            if i % 16 != 0:
                total = total + 1
            if i % 16 != 5:
                total = total + 2
        return total
    print(run(200))
    """

    func testConfidenceMultipliesBranchBiasesAndEndsBelowTheThreshold() throws {
        let relaxed = try ProjectionHarness.project(BranchProjectionTests.biased, function: "run")
        XCTAssertEqual(relaxed.superblock.count(of: ._GUARD_TRUE), 2, relaxed.dump)
        XCTAssertNotNil(relaxed.superblock.loopBack)

        // 0.9375 >= 0.9 but 0.9375 * 0.9375 < 0.9: the first branch is a guard, the second ends it.
        var configuration = ProjectionConfiguration()
        configuration.confidenceThreshold = 0.9
        let strict = try ProjectionHarness.project(BranchProjectionTests.biased, function: "run", configuration: configuration)
        XCTAssertEqual(strict.superblock.count(of: ._GUARD_TRUE), 1, strict.dump)
        XCTAssertEqual(strict.uops.last, ._EXIT)
        XCTAssertEqual(strict.exit(of: strict.uops.count - 1)?.reason, "unpredictable branch")
        let secondJump = try XCTUnwrap(strict.instructionIndex(of: .POP_JUMP_IF_FALSE, from: (strict.instructionIndex(of: .POP_JUMP_IF_FALSE) ?? 0) + 1))
        XCTAssertEqual(strict.exit(of: strict.uops.count - 1).map { Int($0.innermost.resumeIndex) }, secondJump)

        configuration.confidenceThreshold = 0.95
        let stricter = try ProjectionHarness.project(BranchProjectionTests.biased, function: "run", configuration: configuration)
        XCTAssertEqual(stricter.superblock.count(of: ._GUARD_TRUE), 0, stricter.dump)
        XCTAssertEqual(stricter.uops.last, ._EXIT)
    }
}
