import Frontend
import Interpreter
import Projector
import Runtime
import Superblock
import XCTest

struct TestSetupError: Error {
    var message: String
}

/// Superblocks projected from real programs: the program runs on Tier 1 only, and when the loop
/// of `function` has run `iterations` times it is projected (once) and kept, with its constants
/// marked for the collector, for the tests to optimize.
enum ProjectedLoops {
    nonisolated(unsafe) static var kept: [Superblock] = []
    nonisolated(unsafe) static var rootsRegistered = false

    static func project(_ source: String, function: String, iterations: Int = 40,
                        file: StaticString = #filePath, line: UInt = #line) throws -> Superblock {
        Interpreter.setUp()
        if !rootsRegistered {
            rootsRegistered = true
            rt.pointee.rootVisitors.append { marker in
                for superblock in ProjectedLoops.kept {
                    for constant in superblock.constants { marker.mark(constant) }
                    for code in superblock.codes { marker.mark(Value(code)) }
                }
            }
        }
        var projected: Superblock?
        var failure: String?
        LoopCounter.threshold = UInt64(iterations)
        tier2.hotLoop = { frame, loopHead, _ in
            guard projected == nil, failure == nil, frame.pointee.code.pointee.qualifiedName.stringValue == function else { return nil }
            switch Projector().project(frame: frame, entryIndex: loopHead) {
            case .success(let superblock):
                projected = superblock
                kept.append(superblock)
            case .failure(let error):
                failure = error.reason
            }
            return nil
        }
        defer {
            tier2 = Tier2Hooks()
            LoopCounter.threshold = .max
        }
        let unit = try compile(source: source, filename: "prog.py")
        let run = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
        XCTAssertEqual(run.status, 0, "the program failed: \(run.stderr)", file: file, line: line)
        guard let projected else {
            XCTFail("no superblock for \(function): \(failure ?? "its loop never got hot")", file: file, line: line)
            throw TestSetupError(message: "no superblock")
        }
        return projected
    }
}

/// Reading superblocks in assertions.
extension Superblock {
    var uops: [Uop] { instructions.map(\.uop) }
    var uopNames: [String] { uops.map(\.name) }
    /// The operands of uop `index` ([] when there is no such uop: a failing test goes on).
    func operands(at index: Int) -> [Ref] {
        instructions.indices.contains(index) ? Array(operands(of: instructions[index])) : []
    }
    func exit(at index: Int) -> ExitDescriptor? {
        guard instructions.indices.contains(index), instructions[index].exit >= 0 else { return nil }
        return exits[Int(instructions[index].exit)]
    }
    func first(_ uop: Uop, from start: Int = 0) -> Int? {
        instructions.indices.first { $0 >= start && instructions[$0].uop == uop }
    }
    /// The uops of a peeled loop's body (after the phis), or of the whole superblock.
    var body: ArraySlice<UopInstruction> { instructions[(loop?.target ?? 0)...] }
    var bodyUops: [Uop] { body.map(\.uop) }
    /// The uops before a peeled loop's phis.
    var preambleUops: [Uop] {
        guard let loop else { return uops }
        return Array(uops[..<loop.target]).filter { $0 != ._PHI }
    }
    /// A textual dump that does not read constants (for failure messages).
    var listing: String {
        var out = ""
        for (i, instruction) in instructions.enumerated() {
            out += "v\(i) = \(instruction.uop.name) " + operands(of: instruction).map(\.description).joined(separator: ", ")
            if instruction.immediate != 0 { out += " [\(instruction.immediate)]" }
            if instruction.exit >= 0 { out += " -> exit \(instruction.exit)" }
            out += "\n"
        }
        if let loop { out += "loop: back to v\(loop.target) with " + loop.backEdge.map { "\($0.phi) = \($0.value)" }.joined(separator: ", ") + "\n" }
        if let back = loopBack { out += "loop back: locals " + back.locals.map { "\($0.slot)=\($0.value)" }.joined(separator: " ") + "\n" }
        return out
    }
}

/// A frame snapshot's locals by slot (a repeated slot keeps its last value, as an exit writes it).
func localsBySlot(_ snapshot: FrameSnapshot) -> [Int32: Ref] {
    Dictionary(snapshot.locals.map { ($0.slot, $0.value) }, uniquingKeysWith: { _, last in last })
}

/// Pairs as a dictionary without trapping on a repeated key (a failing test goes on).
func dictionary<K: Hashable, V>(_ pairs: [(K, V)]) -> [K: V] {
    Dictionary(pairs, uniquingKeysWith: { _, last in last })
}
