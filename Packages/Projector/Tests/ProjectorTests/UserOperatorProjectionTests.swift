import Bytecode
import Projector
import Runtime
import Superblock
import XCTest

/// `a + b` on user instances that Tier 1 quickened to BINARY_OP_USER is projected into the
/// class's `__add__`: guards on both operands' classes and on the method's version, then the
/// method's body; the caller keeps the operands on its stack while the method runs.
final class UserOperatorProjectionTests: XCTestCase {
    static let source = """
    class V:
        def __init__(self, x):
            self.x = x
        def __add__(self, other):
            return V(self.x + other.x)
        def __mul__(self, k):
            return V(self.x * k)
    def run(n):
        p = V(0)
        d = V(1)
        for i in range(n):
            p = p + d * 2
        return p.x
    print(run(100))
    """

    func testOperatorMethodsAreProjectedBehindClassGuards() throws {
        let p = try ProjectionHarness.project(Self.source, function: "run")
        XCTAssertEqual(p.stdout, "200\n")
        XCTAssertEqual(p.superblock.count(of: ._BINARY_OP), 0, p.dump)
        XCTAssertEqual(p.codeNames.filter { $0.hasSuffix("__mul__") || $0.hasSuffix("__add__") }.sorted(), ["V.__add__", "V.__mul__"], p.dump)
        // d * 2: d's class, 2 a small int, the method's version; then __mul__'s body.
        let multiply = try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_USER), p.dump)
        let guards = p.superblock.instructions.indices.filter {
            p.origin($0).code == 0 && Int(p.origin($0).instructionIndex) == multiply
        }.map { p.uops[$0] }
        XCTAssertEqual(guards, [._GUARD_TYPE_VERSION, ._GUARD_BOTH_SMALL_INT, ._GUARD_FUNCTION_VERSION], p.dump)
        // The results of both methods are checked against NotImplemented.
        XCTAssertEqual(p.superblock.count(of: ._GUARD_NOT_IDENTITY), 2, p.dump)
    }

    func testExitInsideTheMethodKeepsTheOperandsOnTheCallersStack() throws {
        let p = try ProjectionHarness.project(Self.source, function: "run")
        let check = try XCTUnwrap(p.first(._GUARD_NOT_IDENTITY), p.dump)
        let exit = try XCTUnwrap(p.exit(of: check))
        XCTAssertEqual(exit.frames.count, 2)
        let caller = exit.frames[0], method = exit.frames[1]
        XCTAssertTrue(method.isBinaryOperator)
        XCTAssertTrue(method.isVirtual)
        XCTAssertEqual(caller.stack.count, 4, "iterator, p, then d and 2 (the operands of d * 2): \(caller.stack)")
        let multiply = try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_USER))
        XCTAssertEqual(Int(caller.resumeIndex), multiply + 1, "Tier 1 continues after the operator when the method returns")
        XCTAssertEqual(method.stack.count, 1, "the returned value, for Tier 1's RETURN_VALUE to check again")
    }

    /// `2.5 * v`: a float's own method returns NotImplemented for an instance, so CPython runs
    /// `v.__rmul__(2.5)`; projected behind guards on v's class and the float.
    func testReflectedOperatorOfANumberOnTheLeft() throws {
        let p = try ProjectionHarness.project("""
        class V:
            def __init__(self, x):
                self.x = x
            def __rmul__(self, k):
                return V(self.x * k)
        def run(n):
            v = V(1.0)
            t = 0.0
            for i in range(n):
                t = t + (2.5 * v).x
            return t
        print(run(100))
        """, function: "run")
        XCTAssertEqual(p.stdout, "250.0\n")
        XCTAssertEqual(p.superblock.count(of: ._BINARY_OP), 0, p.dump)
        XCTAssertTrue(p.codeNames.contains("V.__rmul__"), p.dump)
        let multiply = try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_USER), p.dump)
        let guards = p.superblock.instructions.indices.filter {
            p.origin($0).code == 0 && Int(p.origin($0).instructionIndex) == multiply
        }
        XCTAssertEqual(guards.map { p.uops[$0] }, [._GUARD_TYPE_VERSION, ._GUARD_BOTH_FLOAT, ._GUARD_FUNCTION_VERSION], p.dump)
        let method = try XCTUnwrap(p.first(._LOAD_INSTANCE_SLOT, from: guards.last!))
        XCTAssertEqual(p.operands(method)[0], p.operands(guards[0])[0], "self is the instance on the right")
    }
}
