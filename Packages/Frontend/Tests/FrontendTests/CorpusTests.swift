import XCTest
import Bytecode
@testable import Frontend

final class CorpusTests: XCTestCase {
    static let oracle: [CompilerOracle.Result] = {
        do { return try CompilerOracle.run(Corpus.programs + Corpus.annotationPrograms) } catch { fatalError("python3 oracle failed: \(error)") }
    }()

    private func compiled(_ index: Int) throws -> CodeUnit {
        guard let module = CorpusTests.oracle[index].module else {
            throw XCTSkip("python3 does not parse corpus program \(index)")
        }
        return try compileModule(module, filename: "t.py")
    }

    /// Every program compiles, and it and every nested code unit pass the verifier.
    func testEveryProgramCompilesAndVerifies() throws {
        for (index, program) in (Corpus.programs + Corpus.annotationPrograms).enumerated() {
            do {
                let code = try compiled(index)
                try verify(code)
            } catch {
                XCTFail("program \(index) failed: \(error)\n\(program)")
            }
        }
    }

    /// Every code object has CPython's name, argument counts, flags and localsplus layout
    /// (which checks the symbol table's classification and the slot order), and its global and
    /// attribute names.
    func testCodeShapesMatchCPython() throws {
        let flagMask = 0x3F
        for (index, program) in Corpus.programs.enumerated() {
            guard let code = try? compiled(index) else { continue }
            let expected = CorpusTests.oracle[index].codes
            var ours: [String: CodeUnit] = [:]
            for unit in [code] + code.nestedCodeUnits { ours["\(unit.qualifiedName)@\(unit.firstLine)"] = unit }
            XCTAssertEqual(Set(ours.keys), Set(expected.keys), "code objects of program \(index)\n\(program)")
            for (key, shape) in expected {
                guard let unit = ours[key] else { continue }
                let context = "\(key) of program \(index)\n\(program)"
                XCTAssertEqual(unit.name, shape["name"] as? String, context)
                XCTAssertEqual(unit.localNames, shape["localsplus"] as? [String], "localsplus of \(context)")
                XCTAssertEqual(unit.argCount, (shape["argcount"] as? NSNumber)?.intValue, context)
                XCTAssertEqual(unit.positionalOnlyArgCount, (shape["posonly"] as? NSNumber)?.intValue, context)
                XCTAssertEqual(unit.keywordOnlyArgCount, (shape["kwonly"] as? NSNumber)?.intValue, context)
                XCTAssertEqual(Int(unit.flags.rawValue) & flagMask, ((shape["flags"] as? NSNumber)?.intValue ?? 0) & flagMask,
                               "flags of \(context)")
                let expectedNames = Set(shape["names"] as? [String] ?? [])
                XCTAssertEqual(Set(unit.names), expectedNames, "names of \(context)")
            }
        }
    }

    /// Each code unit carries the same set of line numbers as CPython's (tracebacks and line
    /// events use them).
    func testLineNumbersMatchCPython() throws {
        for (index, program) in Corpus.programs.enumerated() {
            guard let code = try? compiled(index) else { continue }
            let expected = CorpusTests.oracle[index].codes
            for unit in [code] + code.nestedCodeUnits {
                let key = "\(unit.qualifiedName)@\(unit.firstLine)"
                guard let shape = expected[key], let lines = shape["lines"] as? [NSNumber] else { continue }
                let ours = Set(unit.lines.filter { $0 > 0 }.map(Int.init))
                XCTAssertEqual(ours, Set(lines.map(\.intValue).filter { $0 > 0 }), "lines of \(key) in program \(index)\n\(program)")
            }
        }
    }

    /// Hotpath's own parser and CPython's give the same code (so the same AST, positions included).
    func testOwnParserGivesTheSameCode() throws {
        for (index, program) in (Corpus.programs + Corpus.annotationPrograms).enumerated() {
            guard let viaPython = try? compiled(index) else { continue }
            do {
                let viaParser = try compile(source: program, filename: "t.py")
                XCTAssertEqual(disassemble(viaParser), disassemble(viaPython), "program \(index)\n\(program)")
            } catch {
                XCTFail("program \(index): \(error)\n\(program)")
            }
        }
    }

    /// Loops as the JIT expects them: conditional jumps only go forward (the verifier checks it)
    /// and every loop head is the target of exactly one JUMP_BACKWARD.
    func testEveryLoopHasExactlyOneBackEdge() throws {
        for (index, program) in Corpus.programs.enumerated() {
            guard let code = try? compiled(index) else { continue }
            for unit in [code] + code.nestedCodeUnits {
                var backEdges: [UInt32: Int] = [:]
                for instruction in unit.instructions where instruction.opcode == .JUMP_BACKWARD {
                    backEdges[instruction.oparg, default: 0] += 1
                }
                for (head, count) in backEdges {
                    XCTAssertEqual(count, 1, "loop head \(head) of \(unit.qualifiedName) in program \(index)\n\(program)")
                }
            }
        }
    }
}
