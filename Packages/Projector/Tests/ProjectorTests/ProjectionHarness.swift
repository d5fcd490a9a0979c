import Bytecode
import Frontend
import Interpreter
import Projector
import Runtime
import Superblock
import XCTest

/// One bytecode instruction of a code object as it was when the loop was projected (specialized
/// by Tier 1).
struct CapturedInstruction {
    var opcode: Opcode
    var oparg: Int
}

/// A superblock projected from a hot loop of a real program, with what the tests read after the
/// program has finished: each code object's name and (quickened) instructions as they were at
/// projection time, and the `--dump-uops` text for failure messages.
struct Projection {
    var superblock: Superblock
    var codeNames: [String]
    var instructions: [[CapturedInstruction]]
    var dump: String
    /// What the program printed (Tier 1 ran all of it: the projection only looked).
    var stdout: String

    var uops: [Uop] { superblock.instructions.map(\.uop) }
    var uopNames: [String] { uops.map(\.name) }

    func operands(_ index: Int) -> [Ref] { Array(superblock.operands(of: superblock.instructions[index])) }
    func origin(_ index: Int) -> Origin { superblock.origins[Int(superblock.instructions[index].origin)] }
    /// Index of the first uop `uop` (at or after `start`).
    func first(_ uop: Uop, from start: Int = 0) -> Int? {
        superblock.instructions.indices.first { $0 >= start && superblock.instructions[$0].uop == uop }
    }
    func exit(of index: Int) -> ExitDescriptor? {
        let e = superblock.instructions[index].exit
        return e >= 0 ? superblock.exits[Int(e)] : nil
    }
    func raiseExit(of index: Int) -> ExitDescriptor? {
        let e = superblock.instructions[index].raiseExit
        return e >= 0 ? superblock.exits[Int(e)] : nil
    }
    /// Index of the first instruction `opcode` in code `code` (index into `superblock.codes`).
    func instructionIndex(of opcode: Opcode, in code: Int = 0, from start: Int = 0) -> Int? {
        instructions[code].indices.first { $0 >= start && instructions[code][$0].opcode == opcode }
    }
    /// The local slot named `name` in code `code`.
    func slot(_ name: String, in code: Int = 0) -> Int32? { localNames[code].firstIndex(of: name).map(Int32.init) }
    var localNames: [[String]]
}

struct HarnessError: Error {
    var message: String
}

/// Runs programs on Tier 1 and projects one of their loops when it gets hot.
enum ProjectionHarness {
    /// Superblocks captured by the running hook, kept alive (their constants) while tests look.
    nonisolated(unsafe) static var captured: [Superblock] = []
    nonisolated(unsafe) static var rootsRegistered = false

    /// Runs `source`; the first time the loop of function `function` (qualified name; `<module>`
    /// for top-level code) whose head is on line `line` (any loop of it when nil) has run
    /// `iterations` times, projects it with `configuration`. Fails the test when it never does.
    static func project(_ source: String, function: String, line: Int? = nil, iterations: Int = 40,
                        configuration: ProjectionConfiguration = ProjectionConfiguration(),
                        file: StaticString = #filePath, testLine: UInt = #line) throws -> Projection {
        Interpreter.setUp()
        if !rootsRegistered {
            rootsRegistered = true
            rt.pointee.rootVisitors.append { marker in
                for superblock in ProjectionHarness.captured {
                    for constant in superblock.constants { marker.mark(constant) }
                    for code in superblock.codes { marker.mark(Value(code)) }
                }
            }
        }
        var result: Result<Superblock, ProjectionFailure>?
        var names: [String] = [], instructions: [[CapturedInstruction]] = [], locals: [[String]] = [], dump = ""
        LoopCounter.threshold = UInt64(iterations)
        tier2.hotLoop = { frame, loopHead, _ in
            guard result == nil else { return nil }
            let code = frame.pointee.code
            guard code.pointee.qualifiedName.stringValue == function,
                  line == nil || Int(code.pointee.lines[loopHead]) == line else { return nil }
            let projected = Projector(configuration: configuration).project(frame: frame, entryIndex: loopHead)
            result = projected
            if case .success(let superblock) = projected {
                captured = [superblock]
                for code in superblock.codes {
                    names.append(code.pointee.qualifiedName.stringValue)
                    instructions.append((0..<code.pointee.instructionCount).map { i in
                        let word = InstructionWord(bits: code.pointee.instructions[i])
                        return CapturedInstruction(opcode: Opcode(rawValue: word.opcode)!, oparg: word.oparg)
                    })
                    let localNames = code.pointee.localNames
                    locals.append((0..<localNames.tupleCount).map { localNames.tupleItems[$0].stringValue })
                }
                dump = superblock.dump(title: "test")
            }
            return nil
        }
        defer {
            tier2 = Tier2Hooks()
            LoopCounter.threshold = .max
        }
        let unit = try compile(source: source, filename: "prog.py")
        let run = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
        XCTAssertEqual(run.status, 0, "the program failed: \(run.stderr)", file: file, line: testLine)
        guard let result else {
            XCTFail("the loop of \(function) never got hot", file: file, line: testLine)
            throw HarnessError(message: "no projection")
        }
        switch result {
        case .failure(let failure):
            XCTFail("projection failed: \(failure.reason)", file: file, line: testLine)
            throw failure
        case .success(let superblock):
            return Projection(superblock: superblock, codeNames: names, instructions: instructions, dump: dump,
                              stdout: run.stdout, localNames: locals)
        }
    }
}
