/// Why a code unit is not well formed.
public struct VerificationError: Error, CustomStringConvertible, Equatable {
    /// Qualified name of the offending code unit.
    public var unit: String
    /// Instruction index, when the problem is tied to one.
    public var index: Int?
    public var message: String

    public var description: String {
        "\(unit)" + (index.map { " at \($0)" } ?? "") + ": \(message)"
    }
}

/// Checks the structural invariants every tier relies on, for `unit` and every code unit nested
/// in its constants:
/// - tables agree (lines per instruction, a kind per local slot), the unit is not empty;
/// - opargs index existing constants, names and localsplus slots of the right kind; generic
///   opcodes only (specialized forms are never in compiled code);
/// - jump targets exist, conditional jumps and JUMP_FORWARD go forward, JUMP_BACKWARD backward;
/// - the value stack, followed along every path (jumps and exception handlers included), never
///   underflows, never exceeds `stackSize`, has one depth at every merge point, and control never
///   runs off the end;
/// - the exception table is sorted, its entries non-overlapping, with handlers in range and
///   depths that never exceed the depth of the instructions they protect.
public func verify(_ unit: CodeUnit) throws {
    try CodeUnitVerifier(unit).run()
    for nested in unit.nestedCodeUnits { try CodeUnitVerifier(nested).run() }
}

private struct CodeUnitVerifier {
    let unit: CodeUnit

    init(_ unit: CodeUnit) { self.unit = unit }

    func fail(_ message: String, at index: Int? = nil) -> VerificationError {
        VerificationError(unit: unit.qualifiedName, index: index, message: message)
    }

    func run() throws {
        let count = unit.instructions.count
        guard count > 0 else { throw fail("no instructions") }
        guard unit.lines.count == count else { throw fail("\(unit.lines.count) lines for \(count) instructions") }
        guard unit.localKinds.count == unit.localNames.count else {
            throw fail("\(unit.localKinds.count) local kinds for \(unit.localNames.count) local names")
        }
        for (index, instruction) in unit.instructions.enumerated() {
            try checkOperand(instruction, at: index)
        }
        try checkExceptionTable()
        try checkStackDepths()
    }

    private func checkOperand(_ instruction: Instruction, at index: Int) throws {
        let opcode = instruction.opcode
        let oparg = Int(instruction.oparg)
        let flags = opcode.flags
        if opcode.isSpecialized { throw fail("specialized opcode \(opcode.name) in compiled code", at: index) }
        if flags.contains(.constant) && oparg >= unit.constants.count {
            throw fail("\(opcode.name) constant \(oparg) out of range", at: index)
        }
        if flags.contains(.name) && oparg >= unit.names.count {
            throw fail("\(opcode.name) name \(oparg) out of range", at: index)
        }
        if opcode == .LOAD_SUPER_ATTR && oparg >> 2 >= unit.names.count {
            throw fail("LOAD_SUPER_ATTR name \(oparg >> 2) out of range", at: index)
        }
        if flags.contains(.local) {
            guard oparg < unit.localNames.count else { throw fail("\(opcode.name) local \(oparg) out of range", at: index) }
            guard unit.localKinds[oparg].isDisjoint(with: [.cell, .free]) else {
                throw fail("\(opcode.name) on cell or free slot \(unit.localNames[oparg])", at: index)
            }
        }
        if flags.contains(.free) {
            guard oparg < unit.localNames.count else { throw fail("\(opcode.name) slot \(oparg) out of range", at: index) }
            guard !unit.localKinds[oparg].isDisjoint(with: [.cell, .free]) else {
                throw fail("\(opcode.name) on plain local \(unit.localNames[oparg])", at: index)
            }
        }
        if flags.contains(.jump) || flags.contains(.branch) {
            guard oparg < unit.instructions.count else { throw fail("\(opcode.name) target \(oparg) out of range", at: index) }
            if flags.contains(.backward) {
                guard oparg <= index else { throw fail("\(opcode.name) to \(oparg) does not go backward", at: index) }
            } else if oparg <= index {
                throw fail("\(opcode.name) to \(oparg) goes backward", at: index)
            }
        }
        switch opcode {
        case .COPY where oparg < 1, .SWAP where oparg < 2:
            throw fail("\(opcode.name) \(oparg)", at: index)
        case .COPY_FREE_VARS:
            let frees = unit.localKinds.filter { $0.contains(.free) }.count
            if oparg != frees { throw fail("COPY_FREE_VARS \(oparg) with \(frees) free variables", at: index) }
        default:
            break
        }
    }

    private func checkExceptionTable() throws {
        var previousEnd: Int32 = 0
        for entry in unit.exceptionTable {
            guard entry.start < entry.end else { throw fail("empty exception range \(entry.start)..<\(entry.end)") }
            guard entry.start >= previousEnd else { throw fail("exception ranges unsorted or overlapping at \(entry.start)") }
            guard Int(entry.end) <= unit.instructions.count else { throw fail("exception range ends past the code") }
            guard entry.handler >= 0 && Int(entry.handler) < unit.instructions.count else {
                throw fail("exception handler \(entry.handler) out of range")
            }
            guard entry.depth >= 0 else { throw fail("negative handler depth") }
            previousEnd = entry.end
        }
    }

    /// Depth before each instruction, following fall-through, jumps and exception edges.
    private func checkStackDepths() throws {
        let instructions = unit.instructions
        var depthAt = [Int](repeating: -1, count: instructions.count)
        var worklist: [(Int, Int)] = [(0, 0)]

        func reach(_ index: Int, _ depth: Int, from source: Int) throws {
            guard depth >= 0 else { throw fail("negative stack depth", at: source) }
            guard depth <= unit.stackSize else { throw fail("stack depth \(depth) above stackSize \(unit.stackSize)", at: source) }
            if depthAt[index] == -1 {
                depthAt[index] = depth
                worklist.append((index, depth))
            } else if depthAt[index] != depth {
                throw fail("stack depth \(depth) from \(source) meets depth \(depthAt[index])", at: index)
            }
        }

        depthAt[0] = 0
        while let (index, depth) = worklist.popLast() {
            let instruction = instructions[index]
            let opcode = instruction.opcode
            let oparg = Int(instruction.oparg)
            let inputs = opcode.stackInputs(oparg: oparg)
            guard inputs <= depth else { throw fail("\(opcode.name) needs \(inputs) items, stack has \(depth)", at: index) }
            if let entry = unit.handler(at: index) {
                guard Int(entry.depth) <= depth else {
                    throw fail("handler depth \(entry.depth) above stack depth \(depth)", at: index)
                }
                try reach(Int(entry.handler), Int(entry.depth) + (entry.pushLastIndex ? 1 : 0) + 1, from: index)
            }
            let flags = opcode.flags
            if flags.contains(.jump) || flags.contains(.branch) {
                try reach(oparg, depth + opcode.stackEffect(oparg: oparg, jump: true), from: index)
            }
            if flags.contains(.jump) || flags.contains(.noflow) { continue }
            guard index + 1 < instructions.count else { throw fail("control runs off the end", at: index) }
            try reach(index + 1, depth + opcode.stackEffect(oparg: oparg), from: index)
        }
    }
}
