import Runtime
import Superblock

/// Builds a new superblock from an old one uop by uop: kept uops are copied with their operands
/// renamed, removed uops are replaced by the value that stands for them. Exits and the loop-back
/// snapshot are renamed too (they refer to values).
struct SuperblockRewriter {
    let old: Superblock
    let new = Superblock()
    /// What each old uop's value is in the new superblock.
    var renamed: [Ref?]
    /// The new index of the first uop kept at or after each old index (for jump targets).
    var positions: [Int]

    init(_ old: Superblock) {
        self.old = old
        renamed = [Ref?](repeating: nil, count: old.instructions.count)
        positions = [Int](repeating: 0, count: old.instructions.count + 1)
        new.constants = old.constants
        new.origins = old.origins
        new.codes = old.codes
        new.entryIndex = old.entryIndex
        new.id = old.id
        new.projectedUopCount = old.projectedUopCount
        new.projectedGuardCount = old.projectedGuardCount
        new.exits = old.exits
    }

    /// The new name of an old value.
    func rename(_ ref: Ref) -> Ref {
        ref.isConstant ? ref : renamed[ref.uopIndex]!
    }

    func operands(_ instruction: UopInstruction) -> [Ref] {
        old.operands(of: instruction).map(rename)
    }

    /// A constant ref for `value` in the new superblock.
    mutating func constant(_ value: Value) -> Ref {
        if let index = new.constants.firstIndex(where: { $0.bits == value.bits }) { return Ref(constant: index) }
        new.constants.append(value)
        return Ref(constant: new.constants.count - 1)
    }

    /// Copies old uop `index` (with possibly changed operands, immediate or uop).
    mutating func keep(_ index: Int, uop: Uop? = nil, operands: [Ref]? = nil, immediate: Int64? = nil) {
        positions[index] = new.instructions.count
        let instruction = old.instructions[index]
        let args = operands ?? self.operands(instruction)
        let copy = UopInstruction(uop: uop ?? instruction.uop, operandStart: Int32(new.operands.count), operandCount: Int32(args.count),
                                  immediate: immediate ?? instruction.immediate, exit: instruction.exit, raiseExit: instruction.raiseExit,
                                  origin: instruction.origin)
        new.operands.append(contentsOf: args)
        new.instructions.append(copy)
        renamed[index] = Ref(uop: new.instructions.count - 1)
    }

    /// Appends a uop of the rewriter's own (not a copy of an old one); returns its value.
    mutating func emit(_ uop: Uop, _ operands: [Ref], immediate: Int64 = 0, origin: Int32) -> Ref {
        new.instructions.append(UopInstruction(uop: uop, operandStart: Int32(new.operands.count), operandCount: Int32(operands.count),
                                               immediate: immediate, exit: -1, raiseExit: -1, origin: origin))
        new.operands.append(contentsOf: operands)
        return Ref(uop: new.instructions.count - 1)
    }

    /// Drops old uop `index`; its value (if used) is `replacement`.
    mutating func drop(_ index: Int, replacement: Ref? = nil) {
        positions[index] = new.instructions.count
        renamed[index] = replacement
    }

    /// Finishes: renames the refs of exits and of the loop-back snapshot. Exits no kept uop takes
    /// are emptied (they may name values that no longer exist).
    mutating func finish() -> Superblock {
        var usedExits = Set<Int32>()
        for instruction in new.instructions {
            if instruction.exit >= 0 { usedExits.insert(instruction.exit) }
            if instruction.raiseExit >= 0 { usedExits.insert(instruction.raiseExit) }
        }
        func renameSnapshot(_ s: FrameSnapshot) -> FrameSnapshot {
            var snapshot = s
            snapshot.function = s.function.map(rename)
            snapshot.locals = s.locals.map { ($0.slot, rename($0.value)) }
            snapshot.stack = s.stack.map(rename)
            return snapshot
        }
        new.exits = old.exits.enumerated().map { index, exit in
            var renamedExit = exit
            let used = usedExits.contains(Int32(index))
            renamedExit.frames = used ? exit.frames.map(renameSnapshot) : []
            renamedExit.objects = used ? exit.objects.map { object in
                VirtualObject(ref: rename(object.ref), cls: rename(object.cls), shape: object.shape, slots: object.slots.map(rename))
            } : []
            return renamedExit
        }
        new.loopBack = old.loopBack.map(renameSnapshot)
        if let loop = old.loop {
            positions[old.instructions.count] = new.instructions.count
            // Phis nothing needed are gone, and so is their back-edge copy.
            let kept = loop.backEdge.filter { renamed[$0.phi.uopIndex] != nil }
            new.loop = LoopInfo(target: positions[loop.target], backEdge: kept.map { (rename($0.phi), rename($0.value)) })
        }
        return new
    }

    /// Finishes a superblock cut short: no loop.
    mutating func finishCut() -> Superblock {
        let loopBack = old.loopBack, loop = old.loop
        old.loopBack = nil
        old.loop = nil
        defer { old.loopBack = loopBack; old.loop = loop }
        return finish()
    }
}
