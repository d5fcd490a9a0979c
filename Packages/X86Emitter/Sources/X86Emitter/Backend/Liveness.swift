import Superblock

/// What the register allocator needs to know about a superblock's SSA values.
///
/// Positions: uop j reads its operands at 2j and defines its result at 2j + 1; the loop back
/// (writing the root frame's slots) is at 2n. A generic uop (one run by `executeUop`) is a call
/// at 2j: it reads its operands from the register file, writes its result there, and clobbers the
/// caller-saved registers.
///
/// A value is *synced* when it is stored to its register-file slot as soon as it is defined: that
/// is needed when generic code reads it (an operand of a generic uop, or a value an exit after a
/// call names). A synced value needs a machine register only for its native uses; an unsynced
/// one needs a register from its definition to its last use of any kind (exit stubs then write it
/// to the slot).
struct Liveness {
    let count: Int
    /// Uop j runs through `executeUop`.
    var isGeneric: [Bool]
    /// Uop j is a comparison whose only use is the guard j + 1: they compile to compare + jump.
    var fusedWithNextGuard: [Bool]
    /// Uop j is a guard emitted by its comparison (see `fusedWithNextGuard`).
    var emittedByPrevious: [Bool]
    /// Stored to its slot when defined.
    var synced: [Bool]
    /// Last position where the value must be in a machine register; -1: never (no register).
    var registerEnd: [Int]
    /// Positions of the calls (2j of each generic uop), ascending.
    var callPositions: [Int]
    /// Mixed float/int arithmetic compiled natively (see `NumericAnalysis`).
    var numericBinary: [Int: (leftIsInt: Bool, rightIsInt: Bool)]
    /// The form each value would like in a register (see `Representations`).
    var representation: [Representation]
    /// Values whose register each value would like to take over when they end where it starts:
    /// the first operand of a float operation (computed in place), and the phi a back-edge value
    /// becomes (the back edge then moves nothing).
    var hints: [[Int]]

    init(_ superblock: Superblock) {
        let instructions = superblock.instructions
        count = instructions.count
        let numbers = Representations.analyze(superblock)
        let isGeneric = instructions.indices.map { !instructions[$0].uop.isCompiledNatively && numbers.numericBinary[$0] == nil }
        self.isGeneric = isGeneric
        fusedWithNextGuard = Array(repeating: false, count: count)
        emittedByPrevious = Array(repeating: false, count: count)
        synced = isGeneric   // a generic uop's result is in its slot by construction
        registerEnd = Array(repeating: -1, count: count)
        callPositions = (0 ..< count).filter { isGeneric[$0] }.map { 2 * $0 }
        representation = numbers.representation
        numericBinary = numbers.numericBinary
        var hints = [[Int]](repeating: [], count: count)
        for (j, instruction) in instructions.enumerated() {
            switch instruction.uop {
            case ._FLOAT_ADD, ._FLOAT_MULTIPLY, ._FLOAT_SUBTRACT, ._FLOAT_TRUE_DIVIDE:
                let operands = superblock.operands(of: instruction)
                let commutative = instruction.uop == ._FLOAT_ADD || instruction.uop == ._FLOAT_MULTIPLY
                for ref in commutative ? Array(operands) : [operands.first!] where !ref.isConstant {
                    hints[j].append(ref.uopIndex)
                }
            default:
                break
            }
        }
        if let loop = superblock.loop {
            for (phi, value) in loop.backEdge where !phi.isConstant && !value.isConstant {
                hints[value.uopIndex].insert(phi.uopIndex, at: 0)
            }
        }
        self.hints = hints

        // Uses of each value, to find comparisons whose result only feeds the next guard.
        var useCount = Array(repeating: 0, count: count)
        func countUse(_ ref: Ref) { if !ref.isConstant { useCount[ref.uopIndex] += 1 } }
        for instruction in instructions {
            superblock.operands(of: instruction).forEach(countUse)
        }
        for exit in superblock.exits { Liveness.refs(of: exit, in: superblock).forEach(countUse) }
        if let loop = superblock.loop {
            for (phi, value) in loop.backEdge { countUse(phi); countUse(value) }
        }
        if let loop = superblock.loopBack { Liveness.refs(of: loop).forEach(countUse) }
        for j in 0 ..< max(0, count - 1) where instructions[j].uop == ._INT_COMPARE || instructions[j].uop == ._FLOAT_COMPARE {
            let next = instructions[j + 1]
            guard next.uop == ._GUARD_TRUE || next.uop == ._GUARD_FALSE, useCount[j] == 1,
                  superblock.operands(of: next).first == Ref(uop: j) else { continue }
            fusedWithNextGuard[j] = true
            emittedByPrevious[j + 1] = true
        }

        // First pass: which values generic code reads.
        for (j, instruction) in instructions.enumerated() where isGeneric[j] {
            for ref in superblock.operands(of: instruction) where !ref.isConstant { synced[ref.uopIndex] = true }
            for exit in Liveness.exits(of: instruction) {
                for ref in Liveness.refs(of: superblock.exits[exit], in: superblock) where !ref.isConstant { synced[ref.uopIndex] = true }
            }
        }

        // Second pass: where each value must be in a register.
        var hasNativeUse = Array(repeating: false, count: count)
        var nativeEnd = Array(repeating: -1, count: count)
        var stubEnd = Array(repeating: -1, count: count)
        for (j, instruction) in instructions.enumerated() where !isGeneric[j] {
            if !emittedByPrevious[j] {
                for ref in superblock.operands(of: instruction) where !ref.isConstant {
                    hasNativeUse[ref.uopIndex] = true
                    nativeEnd[ref.uopIndex] = 2 * j
                }
            }
            for exit in Liveness.exits(of: instruction) {
                for ref in Liveness.refs(of: superblock.exits[exit], in: superblock) where !ref.isConstant {
                    stubEnd[ref.uopIndex] = max(stubEnd[ref.uopIndex], 2 * j)
                }
            }
        }
        if let loop = superblock.loop {
            // The back edge (at 2n) reads every phi's value and writes the phi. A phi needs its
            // register from the top of the body to its last use only: whatever holds that
            // register at the back edge is a value the back edge reads (every other value alive
            // there was allocated before the phis and kept its register), and the parallel move
            // reads before it overwrites.
            // A phi nothing reads natively needs no register at all.
            var isPhi = Set<Int>()
            for (phi, value) in loop.backEdge {
                if !phi.isConstant { isPhi.insert(phi.uopIndex) }
                if !value.isConstant {
                    hasNativeUse[value.uopIndex] = true
                    nativeEnd[value.uopIndex] = 2 * count
                }
            }
            // A value defined before the body and used in it is needed on every iteration: it
            // lives until the back edge.
            let bodyStart = 2 * loop.target
            for v in 0 ..< min(loop.target, count) where !isPhi.contains(v) {
                if nativeEnd[v] >= bodyStart { nativeEnd[v] = 2 * count }
                if stubEnd[v] >= bodyStart { stubEnd[v] = 2 * count }
            }
        }
        if let loop = superblock.loopBack {
            for ref in Liveness.refs(of: loop) where !ref.isConstant {
                hasNativeUse[ref.uopIndex] = true
                nativeEnd[ref.uopIndex] = 2 * count
            }
        }
        for v in 0 ..< count {
            if !hasNativeUse[v] {
                // Only stubs or generic code read it: keep it in its slot.
                if stubEnd[v] >= 0 { synced[v] = true }
                continue
            }
            registerEnd[v] = synced[v] ? nativeEnd[v] : max(nativeEnd[v], stubEnd[v])
        }
    }

    /// The register interval of value v: [2v + 1, registerEnd], or nil when it needs no register.
    func interval(_ v: Int) -> ClosedRange<Int>? {
        registerEnd[v] > 2 * v ? (2 * v + 1) ... registerEnd[v] : nil
    }

    /// Whether v must survive a call in a register (it then needs a callee-saved one).
    func crossesCall(_ v: Int) -> Bool {
        guard let range = interval(v) else { return false }
        // Calls are at even positions; the interval starts at an odd one.
        return callPositions.contains { $0 > range.lowerBound && $0 < range.upperBound }
    }

    /// The exits uop `instruction` may take.
    static func exits(of instruction: UopInstruction) -> [Int] {
        var result: [Int] = []
        if instruction.exit >= 0 { result.append(Int(instruction.exit)) }
        if instruction.raiseExit >= 0 && instruction.raiseExit != instruction.exit { result.append(Int(instruction.raiseExit)) }
        return result
    }

    /// Every value an exit's snapshot names (functions of new frames, locals, stack items, the
    /// classes and attributes of the objects it creates). Sunk instances themselves have no value: the
    /// materializer creates them.
    static func refs(of exit: ExitDescriptor, in superblock: Superblock) -> [Ref] {
        let named = exit.frames.flatMap(refs(of:)) + exit.objects.flatMap { [$0.cls] + $0.slots }
        return named.filter { $0.isConstant || superblock.instructions[$0.uopIndex].uop != ._VIRTUAL_INSTANCE }
    }

    static func refs(of frame: FrameSnapshot) -> [Ref] {
        var result: [Ref] = []
        if let function = frame.function { result.append(function) }
        result += frame.locals.map(\.value)
        result += frame.stack
        return result
    }
}
