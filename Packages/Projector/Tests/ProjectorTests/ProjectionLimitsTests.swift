import Bytecode
import Projector
import Superblock
import XCTest

/// Where projection stops: at an instruction without an expansion, at the uop limit, at another
/// loop's back edge. The superblock then ends with an `_EXIT` whose exit lets Tier 1 continue at
/// that very instruction with the state projected so far.
final class ProjectionLimitsTests: XCTestCase {
    func testUnsupportedInstructionEndsTheSuperblockBeforeIt() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                total = total + i
                import math
                total = total + 1
            return total
        print(run(100))
        """, function: "run")
        let importIndex = try XCTUnwrap(p.instructionIndex(of: .IMPORT_NAME))
        XCTAssertEqual(p.uops, [._LOAD_STACK, ._GUARD_NOT_NULL, ._GUARD_RANGE_ITERATOR, ._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT,
                                ._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._INT_ADD, ._EXIT], p.dump)
        XCTAssertNil(p.superblock.loopBack)
        let exit = try XCTUnwrap(p.exit(of: p.uops.count - 1))
        XCTAssertEqual(exit.kind, .end)
        XCTAssertEqual(exit.reason, "cannot project IMPORT_NAME")
        XCTAssertEqual(Int(exit.innermost.resumeIndex), importIndex)
        XCTAssertEqual(Int(p.origin(p.uops.count - 1).instructionIndex), importIndex)
        // The state before `import math`: total and i changed, the iterator stays on the stack.
        let import0 = p.instructions[0][importIndex - 2]
        XCTAssertEqual(import0.opcode, .LOAD_CONST, "IMPORT_NAME's two operands are pushed before it")
        XCTAssertEqual(exit.innermost.stack.first, Ref(uop: 0))
        XCTAssertEqual(exit.innermost.stack.count, 3, "iterator, level, fromlist")
        XCTAssertEqual(localsBySlot(exit.innermost), [try XCTUnwrap(p.slot("i")): Ref(uop: 4), try XCTUnwrap(p.slot("total")): Ref(uop: 7)])
    }

    func testUopLimitEndsTheSuperblock() throws {
        let source = """
        def run(n):
            a = 0
            for i in range(n):
                a = a + 1
                a = a + 2
                a = a + 3
                a = a + 4
                a = a + 5
                a = a + 6
            return a
        print(run(100))
        """
        let full = try ProjectionHarness.project(source, function: "run")
        XCTAssertEqual(full.superblock.instructions.count, 18, full.dump)
        XCTAssertNotNil(full.superblock.loopBack)

        var configuration = ProjectionConfiguration()
        configuration.maxUops = 10
        let p = try ProjectionHarness.project(source, function: "run", configuration: configuration)
        // Checked before each instruction: the 6th uop pair makes 10, and the next instruction ends.
        XCTAssertEqual(p.superblock.instructions.count, 11, p.dump)
        XCTAssertEqual(p.uops.last, ._EXIT)
        XCTAssertEqual(p.superblock.count(of: ._INT_ADD), 2)
        XCTAssertNil(p.superblock.loopBack)
        let exit = try XCTUnwrap(p.exit(of: 10))
        XCTAssertEqual(exit.kind, .end)
        XCTAssertEqual(exit.reason, "too long (10 uops)")
        let secondAdd = try XCTUnwrap(p.superblock.instructions.indices.last { p.uops[$0] == ._INT_ADD })
        XCTAssertEqual(Int(exit.innermost.resumeIndex), Int(p.origin(secondAdd).instructionIndex) + 1,
                       "Tier 1 continues right after the last projected instruction")
        XCTAssertEqual(exit.innermost.stack, [Ref(uop: 0), Ref(uop: secondAdd)], "a + 2 is on the stack, not yet stored")
    }

    func testAnotherLoopsBackEdgeEndsTheSuperblock() throws {
        let p = try ProjectionHarness.project("""
        def run(n):
            total = 0
            for i in range(n):
                for j in range(3):
                    total = total + j
            return total
        print(run(50))
        """, function: "run", line: 3, iterations: 10)
        let outer = try XCTUnwrap(p.instructionIndex(of: .FOR_ITER_RANGE))
        XCTAssertEqual(Int(p.superblock.entryIndex), outer)
        let backEdges = p.instructions[0].indices.filter { p.instructions[0][$0].opcode == .JUMP_BACKWARD }
        let inner = try XCTUnwrap(backEdges.first { p.instructions[0][$0].oparg != outer })
        XCTAssertEqual(p.uops.last, ._EXIT, p.dump)
        XCTAssertNil(p.superblock.loopBack)
        let exit = try XCTUnwrap(p.exit(of: p.uops.count - 1))
        XCTAssertEqual(exit.kind, .end)
        XCTAssertEqual(exit.reason, "backward jump to another loop")
        XCTAssertEqual(Int(exit.innermost.resumeIndex), inner)
        XCTAssertEqual(exit.innermost.stack.count, 2, "both iterators")
        XCTAssertEqual(p.superblock.count(of: ._RANGE_NEXT), 2, "one step of each loop")
        XCTAssertEqual(p.superblock.count(of: ._RANGE_ITER_NEW), 1, "the inner range's iterator is made in the superblock")
    }
}
