import XCTest
@testable import Bytecode

final class VerifierTests: XCTestCase {
    /// A unit with the given instructions, one line each, two constants, one name, locals a (fast)
    /// and c (cell).
    private func unit(_ instructions: [Instruction], stackSize: Int = 4, table: [ExceptionTableEntry] = []) -> CodeUnit {
        CodeUnit(name: "f", qualifiedName: "f", filename: "t.py", firstLine: 1, flags: [.optimized, .newLocals],
                 localNames: ["a", "c"], localKinds: [.local, .cell], names: ["g"], constants: [.none, .int(1)],
                 instructions: instructions, lines: Array(repeating: 1, count: instructions.count),
                 exceptionTable: table, stackSize: stackSize)
    }

    private func assertRejected(_ unit: CodeUnit, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try verify(unit), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(fragment), "\(error) does not mention \(fragment)", file: file, line: line)
        }
    }

    func testAcceptsWellFormedCode() throws {
        // a = 1 if g else None; return a   with a handler around the test
        let code = unit([
            Instruction(.RESUME, 0),
            Instruction(.LOAD_GLOBAL, 0),
            Instruction(.POP_JUMP_IF_FALSE, 5),
            Instruction(.LOAD_CONST, 1),
            Instruction(.JUMP_FORWARD, 6),
            Instruction(.LOAD_CONST, 0),
            Instruction(.STORE_FAST, 0),
            Instruction(.LOAD_FAST, 0),
            Instruction(.RETURN_VALUE),
            Instruction(.PUSH_EXC_INFO),
            Instruction(.POP_EXCEPT),
            Instruction(.RERAISE, 0),
        ], table: [ExceptionTableEntry(start: 1, end: 3, handler: 9, depth: 0, pushLastIndex: false)])
        XCTAssertNoThrow(try verify(code))
    }

    func testRejectsOutOfRangeOperands() {
        assertRejected(unit([Instruction(.LOAD_CONST, 2), Instruction(.RETURN_VALUE)]), "constant 2 out of range")
        assertRejected(unit([Instruction(.LOAD_GLOBAL, 1), Instruction(.RETURN_VALUE)]), "name 1 out of range")
        assertRejected(unit([Instruction(.LOAD_FAST, 5), Instruction(.RETURN_VALUE)]), "local 5 out of range")
        assertRejected(unit([Instruction(.JUMP_FORWARD, 9), Instruction(.RETURN_CONST, 0)]), "out of range")
    }

    func testRejectsWrongSlotKinds() {
        assertRejected(unit([Instruction(.LOAD_FAST, 1), Instruction(.RETURN_VALUE)]), "cell or free slot c")
        assertRejected(unit([Instruction(.LOAD_DEREF, 0), Instruction(.RETURN_VALUE)]), "plain local a")
    }

    func testRejectsBackwardConditionalJumpsAndWrongDirections() {
        assertRejected(unit([Instruction(.LOAD_CONST, 0), Instruction(.POP_JUMP_IF_TRUE, 0), Instruction(.RETURN_CONST, 0)]),
                       "goes backward")
        assertRejected(unit([Instruction(.NOP), Instruction(.JUMP_FORWARD, 0), Instruction(.RETURN_CONST, 0)]), "goes backward")
        assertRejected(unit([Instruction(.JUMP_BACKWARD, 1), Instruction(.RETURN_CONST, 0)]), "does not go backward")
    }

    func testRejectsStackUnderflowOverflowAndMismatchedMerges() {
        assertRejected(unit([Instruction(.POP_TOP), Instruction(.RETURN_CONST, 0)]), "needs 1 items")
        assertRejected(unit([Instruction(.LOAD_CONST, 0), Instruction(.LOAD_CONST, 0), Instruction(.RETURN_VALUE)], stackSize: 1),
                       "above stackSize")
        // One path reaches index 3 with one item, the other with none.
        assertRejected(unit([
            Instruction(.LOAD_GLOBAL, 0),
            Instruction(.POP_JUMP_IF_FALSE, 3),
            Instruction(.LOAD_CONST, 0),
            Instruction(.RETURN_CONST, 0),
        ]), "meets depth")
    }

    func testRejectsRunningOffTheEnd() {
        assertRejected(unit([Instruction(.NOP)]), "runs off the end")
    }

    func testRejectsBadExceptionTables() {
        let body = [Instruction(.NOP), Instruction(.NOP), Instruction(.RETURN_CONST, 0), Instruction(.RERAISE, 0)]
        assertRejected(unit(body, table: [
            ExceptionTableEntry(start: 0, end: 2, handler: 3, depth: 0, pushLastIndex: false),
            ExceptionTableEntry(start: 1, end: 2, handler: 3, depth: 0, pushLastIndex: false),
        ]), "unsorted or overlapping")
        assertRejected(unit(body, table: [ExceptionTableEntry(start: 0, end: 1, handler: 7, depth: 0, pushLastIndex: false)]),
                       "handler 7 out of range")
        assertRejected(unit(body, table: [ExceptionTableEntry(start: 0, end: 1, handler: 3, depth: 2, pushLastIndex: false)]),
                       "handler depth 2 above stack depth 0")
    }

    func testRejectsMismatchedTables() {
        let code = unit([Instruction(.RETURN_CONST, 0)])
        code.lines = []
        assertRejected(code, "0 lines for 1 instructions")
    }

    func testVerifiesNestedCodeUnits() {
        let inner = unit([Instruction(.POP_TOP), Instruction(.RETURN_CONST, 0)])
        let outer = unit([Instruction(.RETURN_CONST, 0)])
        outer.constants.append(.code(inner))
        assertRejected(outer, "needs 1 items")
    }
}
