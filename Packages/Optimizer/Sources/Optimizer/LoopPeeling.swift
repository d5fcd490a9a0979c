import Superblock

/// Peels the first iteration of a loop superblock (LuaJIT's LOOP, PyPy's unrolling). The
/// projected loop writes every changed local back to the frame at its end and reloads locals at
/// its top; after peeling, the first iteration (the preamble) runs once per entry and the loop
/// body carries changed locals in `_PHI` values instead:
/// - locals the loop never writes are loop-invariant: the body reuses the preamble's loads (and
///   whatever the preamble's guards proved about them);
/// - locals it writes enter the body as phis, which the back edge updates;
/// - the frame is written only by exits, so every exit in the body also writes the carried
///   locals the iteration has not written yet.
/// Run type propagation afterwards: the body's guards on invariant values and on phis whose type
/// does not change around the loop go away.
public struct LoopPeeling: OptimizationPass {
    public let name = "peel"
    public init() {}

    public func run(_ superblock: Superblock) -> Superblock {
        guard let writeBack = superblock.loopBack, superblock.loop == nil else { return superblock }
        let count = superblock.instructions.count
        let new = Superblock()
        new.constants = superblock.constants
        new.origins = superblock.origins
        new.codes = superblock.codes
        new.entryIndex = superblock.entryIndex
        new.id = superblock.id
        new.projectedUopCount = superblock.projectedUopCount
        new.projectedGuardCount = superblock.projectedGuardCount
        new.exits = superblock.exits

        // The preamble: the first iteration, as projected (refs keep their indexes).
        new.instructions = superblock.instructions
        new.operands = superblock.operands

        // What the loop carries: locals and stack values that differ at the back edge.
        var loads: [Int: Int] = [:]        // local slot -> uop index of its _LOAD_LOCAL
        var stackLoads: [Int: Int] = [:]   // stack position -> uop index of its _LOAD_STACK
        for (i, instruction) in superblock.instructions.enumerated() {
            if instruction.uop == ._LOAD_LOCAL { loads[Int(instruction.immediate)] = i }
            if instruction.uop == ._LOAD_STACK { stackLoads[Int(instruction.immediate)] = i }
        }
        let carriedLocals = writeBack.locals.filter { local in
            loads[Int(local.slot)].map { Ref(uop: $0) } != local.value
        }
        let carriedStack = writeBack.stack.enumerated().filter { position, value in
            stackLoads[position].map { Ref(uop: $0) } != value
        }

        // The body's phis, entered with the preamble's final values.
        func appendUop(_ uop: Uop, _ operands: [Ref], immediate: Int64 = 0, exit: Int32 = -1, raiseExit: Int32 = -1, origin: Int32) -> Ref {
            new.instructions.append(UopInstruction(uop: uop, operandStart: Int32(new.operands.count), operandCount: Int32(operands.count),
                                                   immediate: immediate, exit: exit, raiseExit: raiseExit, origin: origin))
            new.operands.append(contentsOf: operands)
            return Ref(uop: new.instructions.count - 1)
        }
        let origin = superblock.instructions.first?.origin ?? 0
        var localPhi: [Int32: Ref] = [:]
        var stackPhi: [Int: Ref] = [:]
        for local in carriedLocals { localPhi[local.slot] = appendUop(._PHI, [local.value], origin: origin) }
        for (position, value) in carriedStack { stackPhi[position] = appendUop(._PHI, [value], origin: origin) }
        let target = new.instructions.count

        // The body: the loop again, reading phis and invariant values.
        var renamed = [Ref](repeating: Ref(uop: 0), count: count)
        func rename(_ ref: Ref) -> Ref { ref.isConstant ? ref : renamed[ref.uopIndex] }
        var exitCopies: [Int32: Int32] = [:]
        func copyExit(_ index: Int32) -> Int32 {
            guard index >= 0 else { return -1 }
            if let copy = exitCopies[index] { return copy }
            var exit = superblock.exits[Int(index)]
            exit.frames = exit.frames.enumerated().map { depth, snapshot in
                var frame = snapshot
                frame.function = snapshot.function.map(rename)
                frame.locals = snapshot.locals.map { ($0.slot, rename($0.value)) }
                frame.stack = snapshot.stack.map(rename)
                if depth == 0 {
                    // Carried locals not yet written this iteration hold last iteration's value.
                    for (slot, phi) in localPhi where !frame.locals.contains(where: { $0.slot == slot }) {
                        frame.locals.append((slot, phi))
                    }
                }
                return frame
            }
            exit.objects = exit.objects.map { object in
                VirtualObject(ref: rename(object.ref), cls: rename(object.cls), shape: object.shape, slots: object.slots.map(rename))
            }
            new.exits.append(exit)
            let copy = Int32(new.exits.count - 1)
            exitCopies[index] = copy
            return copy
        }
        for (i, instruction) in superblock.instructions.enumerated() {
            switch instruction.uop {
            case ._LOAD_LOCAL:
                renamed[i] = localPhi[Int32(instruction.immediate)] ?? Ref(uop: i)
            case ._LOAD_STACK:
                renamed[i] = stackPhi[Int(instruction.immediate)] ?? Ref(uop: i)
            default:
                let operands = superblock.operands(of: instruction).map(rename)
                renamed[i] = appendUop(instruction.uop, operands, immediate: instruction.immediate,
                                       exit: copyExit(instruction.exit), raiseExit: copyExit(instruction.raiseExit),
                                       origin: instruction.origin)
            }
        }
        var backEdge: [(phi: Ref, value: Ref)] = []
        for local in carriedLocals { backEdge.append((localPhi[local.slot]!, rename(local.value))) }
        for (position, value) in carriedStack { backEdge.append((stackPhi[position]!, rename(value))) }
        new.loop = LoopInfo(target: target, backEdge: backEdge)
        new.loopBack = nil
        return new
    }
}
