import XCTest
import Bytecode
import BytecodeSpec

final class GeneratedSourcesTests: XCTestCase {
    let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed Opcodes.swift must be exactly what bytecode-gen makes from Instructions.def.
    func testGeneratedOpcodesAreUpToDate() throws {
        let definition = try String(contentsOf: packageDirectory.appendingPathComponent("Instructions.def"), encoding: .utf8)
        let committed = try String(contentsOf: packageDirectory.appendingPathComponent("Sources/Bytecode/Generated/Opcodes.swift"), encoding: .utf8)
        let regenerated = generateOpcodeSource(try parseInstructionSpecs(definition))
        XCTAssertTrue(committed == regenerated,
                      "Generated/Opcodes.swift is stale: run `swift run --package-path Packages/Bytecode bytecode-gen`")
    }

    func testGenericOpcodesComeBeforeSpecializedOnes() {
        for opcode in Opcode.allCases {
            XCTAssertEqual(opcode.isSpecialized, opcode.family != opcode, "\(opcode.name)")
            if opcode.isSpecialized {
                XCTAssertFalse(opcode.family.isSpecialized)
                XCTAssertEqual(opcode.stackInputs(oparg: 2), opcode.family.stackInputs(oparg: 2), opcode.name)
                XCTAssertEqual(opcode.stackOutputs(oparg: 2), opcode.family.stackOutputs(oparg: 2), opcode.name)
            }
        }
    }

    func testStackEffects() {
        XCTAssertEqual(Opcode.BUILD_LIST.stackEffect(oparg: 3), -2)
        XCTAssertEqual(Opcode.BUILD_MAP.stackEffect(oparg: 2), -3)
        XCTAssertEqual(Opcode.CALL.stackEffect(oparg: 2), -3)
        XCTAssertEqual(Opcode.FOR_ITER.stackEffect(oparg: 0), 1)
        XCTAssertEqual(Opcode.FOR_ITER.stackEffect(oparg: 0, jump: true), -1)
        XCTAssertEqual(Opcode.UNPACK_EX.stackEffect(oparg: 2 | (1 << 8)), 3)
        XCTAssertEqual(Opcode.COPY.stackEffect(oparg: 3), 1)
        XCTAssertEqual(Opcode.SWAP.stackEffect(oparg: 3), 0)
        XCTAssertEqual(Opcode.MAKE_FUNCTION.stackEffect(oparg: 0x09), -2)
        XCTAssertEqual(Opcode.FORMAT_VALUE.stackEffect(oparg: 4), -1)
        XCTAssertEqual(Opcode.JUMP_IF_FALSE_OR_POP.stackEffect(oparg: 0, jump: true), 0)
    }

    func testParserRejectsBadInput() {
        XCTAssertThrowsError(try parseInstructionSpecs("FOO stack=\"a -- b\" flags=nonsense"))
        XCTAssertThrowsError(try parseInstructionSpecs("FOO stack=\"a b\""))
        XCTAssertThrowsError(try parseInstructionSpecs("FOO family=BAR stack=\"--\""))
        XCTAssertThrowsError(try parseInstructionSpecs("FOO stack=\"--\"\nFOO stack=\"--\""))
    }
}

final class DisassemblerTests: XCTestCase {
    func testDisassemblyShowsArgumentsTargetsAndHandlers() {
        let unit = CodeUnit(name: "<module>", qualifiedName: "<module>", filename: "t.py", firstLine: 1,
                            names: ["x"], constants: [.int(1), .str("it's"), .none],
                            instructions: [Instruction(.RESUME, 0), Instruction(.LOAD_CONST, 0),
                                           Instruction(.STORE_NAME, 0), Instruction(.LOAD_NAME, 0),
                                           Instruction(.POP_JUMP_IF_FALSE, 6), Instruction(.NOP),
                                           Instruction(.RETURN_CONST, 2)],
                            lines: [1, 2, 2, 3, 3, 3, 3],
                            exceptionTable: [ExceptionTableEntry(start: 1, end: 3, handler: 5, depth: 0, pushLastIndex: true)])
        let text = disassemble(unit)
        XCTAssertTrue(text.contains("  2           1 LOAD_CONST               0 (1)"), text)
        XCTAssertTrue(text.contains("STORE_NAME               0 (x)"), text)
        XCTAssertTrue(text.contains("POP_JUMP_IF_FALSE        6 (to 6)"), text)
        XCTAssertTrue(text.contains(">>    6 RETURN_CONST"), text)
        XCTAssertTrue(text.contains("1 to 2 -> 5 [0] lasti"), text)
        XCTAssertEqual(Constant.str("it's").pythonRepr, "\"it's\"")
        XCTAssertEqual(Constant.tuple([.int(1)]).pythonRepr, "(1,)")
        XCTAssertEqual(Constant.float(1e16).pythonRepr, "1e+16")
        XCTAssertEqual(Constant.float(-0.0).pythonRepr, "-0.0")
    }

    func testHandlerLookup() {
        let unit = CodeUnit(name: "f", qualifiedName: "f", filename: "t.py", firstLine: 1,
                            exceptionTable: [ExceptionTableEntry(start: 2, end: 5, handler: 9, depth: 1, pushLastIndex: false),
                                             ExceptionTableEntry(start: 5, end: 7, handler: 12, depth: 0, pushLastIndex: true)])
        XCTAssertNil(unit.handler(at: 1))
        XCTAssertEqual(unit.handler(at: 2)?.handler, 9)
        XCTAssertEqual(unit.handler(at: 4)?.handler, 9)
        XCTAssertEqual(unit.handler(at: 5)?.handler, 12)
        XCTAssertNil(unit.handler(at: 7))
    }
}
