import Runtime
import Superblock

/// Allocation sinking (LuaJIT's SINK, PyPy's virtuals): an instance the superblock creates and
/// only reads and writes the attributes of is never created. Its attributes live in SSA values;
/// loads become those values; an exit that names it creates it as it is at that exit
/// (`ExitDescriptor.objects`). In a peeled loop, an instance carried around the loop (a `_PHI`
/// of two sunk instances with the same class and shape) becomes one phi per attribute, so
/// `p = p.add(d)` allocates nothing per iteration.
///
/// An instance escapes (and is created as usual) when any uop other than an attribute load or
/// store on it takes it as an operand (a call, a comparison, being stored somewhere, a guard
/// the optimizer could not remove), when a non-peeled loop writes it back to the frame, or
/// when it flows into a phi that escapes.
public struct AllocationSinking: OptimizationPass {
    public let name = "sink"
    public init() {}

    public func run(_ superblock: Superblock) -> Superblock {
        let old = superblockWithOwnExits(superblock)
        var sunk = candidates(old)
        // A phi whose two sides disagree about class or shape cannot be one set of attribute
        // phis; dropping it can make others escape, so repeat until stable.
        while true {
            removeEscaping(old, &sunk)
            guard let mismatched = simulate(old, sunk) else { break }
            sunk.remove(mismatched)
        }
        guard !sunk.isEmpty else { return superblock }
        return rewrite(old, sunk)
    }

    /// What is known about a sunk instance at a point: its class, shape and slot values.
    struct State {
        var cls: Ref
        var shape: Int64
        var slots: [Ref]
    }

    /// Gives every uop its own exits, so each exit can record the instances as they are there.
    func superblockWithOwnExits(_ superblock: Superblock) -> Superblock {
        let copy = superblock.copy()
        var taken = Set<Int32>()
        func own(_ exit: Int32) -> Int32 {
            guard exit >= 0 else { return exit }
            if taken.insert(exit).inserted { return exit }
            copy.exits.append(copy.exits[Int(exit)])
            return Int32(copy.exits.count - 1)
        }
        for i in copy.instructions.indices {
            copy.instructions[i].exit = own(copy.instructions[i].exit)
            copy.instructions[i].raiseExit = own(copy.instructions[i].raiseExit)
        }
        return copy
    }

    /// Every allocation, and every phi of a peeled loop whose both sides are uop values.
    func candidates(_ superblock: Superblock) -> Set<Int> {
        var result = Set<Int>()
        for (i, instruction) in superblock.instructions.enumerated() where instruction.uop == ._ALLOCATE_INSTANCE {
            result.insert(i)
        }
        for (phi, value) in superblock.loop?.backEdge ?? [] where !value.isConstant {
            if let initial = superblock.operands(of: superblock.instructions[phi.uopIndex]).first, !initial.isConstant {
                result.insert(phi.uopIndex)
            }
        }
        return result
    }

    /// Removes candidates that something needs as a real object.
    func removeEscaping(_ superblock: Superblock, _ sunk: inout Set<Int>) {
        var changed = true
        func escape(_ ref: Ref) {
            if !ref.isConstant, sunk.remove(ref.uopIndex) != nil { changed = true }
        }
        while changed {
            changed = false
            for (i, instruction) in superblock.instructions.enumerated() {
                for (position, operand) in superblock.operands(of: instruction).enumerated() {
                    guard !operand.isConstant, sunk.contains(operand.uopIndex) else { continue }
                    switch instruction.uop {
                    case ._ADD_INSTANCE_ATTRIBUTE, ._STORE_INSTANCE_SLOT:
                        if position != 1 { escape(operand) }    // stored as a value
                    case ._LOAD_INSTANCE_SLOT:
                        break
                    case ._PHI:
                        if !sunk.contains(i) { escape(operand) }
                    default:
                        escape(operand)
                    }
                }
            }
            for (phi, value) in superblock.loop?.backEdge ?? [] {
                if sunk.contains(phi.uopIndex) {
                    let initial = superblock.operands(of: superblock.instructions[phi.uopIndex]).first!
                    if value.isConstant || !sunk.contains(value.uopIndex) || initial.isConstant || !sunk.contains(initial.uopIndex) {
                        escape(phi)
                        escape(value)
                        escape(initial)
                    }
                } else {
                    escape(value)
                }
            }
            if let writeBack = superblock.loopBack {
                writeBack.locals.forEach { escape($0.value) }
                writeBack.stack.forEach(escape)
            }
        }
    }

    /// Follows the sunk instances' shapes through the superblock; returns a phi whose back-edge
    /// value differs from its entry in class or shape (or an instance whose attribute uops do
    /// not fit what is known), or nil when all is consistent.
    func simulate(_ superblock: Superblock, _ sunk: Set<Int>) -> Int? {
        var states: [Int: (cls: Ref, shape: Int64, count: Int)] = [:]
        var entry: [Int: (cls: Ref, shape: Int64)] = [:]
        for (i, instruction) in superblock.instructions.enumerated() {
            let operands = Array(superblock.operands(of: instruction))
            switch instruction.uop {
            case ._ALLOCATE_INSTANCE where sunk.contains(i):
                states[i] = (operands[0], Int64(bitPattern: Value(emptyShape()).bits), 0)
            case ._PHI where sunk.contains(i):
                guard let initial = states[operands[0].uopIndex] else { return i }
                states[i] = initial
                entry[i] = (initial.cls, initial.shape)
            case ._ADD_INSTANCE_ATTRIBUTE where sunk.contains(operands[1].uopIndex):
                let owner = operands[1].uopIndex
                guard let state = states[owner] else { return owner }
                let shape = Value(bits: UInt64(bitPattern: instruction.immediate)).object(as: ShapeObject.self)
                guard shape.pointee.count == state.count + 1, shape.pointee.parent.bits == UInt64(bitPattern: state.shape) else { return owner }
                states[owner] = (state.cls, instruction.immediate, state.count + 1)
            case ._STORE_INSTANCE_SLOT where sunk.contains(operands[1].uopIndex),
                 ._LOAD_INSTANCE_SLOT where sunk.contains(operands[0].uopIndex):
                let owner = (instruction.uop == ._STORE_INSTANCE_SLOT ? operands[1] : operands[0]).uopIndex
                guard let state = states[owner], Int(instruction.immediate) < state.count else { return owner }
            default:
                break
            }
        }
        for (phi, value) in superblock.loop?.backEdge ?? [] where sunk.contains(phi.uopIndex) {
            guard let start = entry[phi.uopIndex], let end = states[value.uopIndex],
                  start.cls == end.cls, start.shape == end.shape else { return phi.uopIndex }
        }
        return nil
    }

    func rewrite(_ old: Superblock, _ sunk: Set<Int>) -> Superblock {
        var rewriter = SuperblockRewriter(old)
        var states: [Int: State] = [:]
        var slotPhis: [Int: [Ref]] = [:]
        var exitObjects: [Int32: [VirtualObject]] = [:]

        /// The sunk instances an exit names, as they are now.
        func recordObjects(_ exit: Int32) {
            guard exit >= 0 else { return }
            var named: [Int] = []
            for frame in old.exits[Int(exit)].frames {
                for ref in frame.locals.map(\.value) + frame.stack + (frame.function.map { [$0] } ?? [])
                where !ref.isConstant && sunk.contains(ref.uopIndex) && !named.contains(ref.uopIndex) {
                    named.append(ref.uopIndex)
                }
            }
            exitObjects[exit] = named.map { index in
                let state = states[index]!
                return VirtualObject(ref: rewriter.renamed[index]!, cls: state.cls, shape: state.shape, slots: state.slots)
            }
        }

        for (i, instruction) in old.instructions.enumerated() {
            let operands = rewriter.operands(instruction)
            let oldOperands = Array(old.operands(of: instruction))
            switch instruction.uop {
            case ._ALLOCATE_INSTANCE where sunk.contains(i):
                rewriter.keep(i, uop: ._VIRTUAL_INSTANCE, operands: [])
                states[i] = State(cls: operands[0], shape: Int64(bitPattern: Value(emptyShape()).bits), slots: [])
            case ._PHI where sunk.contains(i):
                rewriter.keep(i, uop: ._VIRTUAL_INSTANCE, operands: [])
                let initial = states[oldOperands[0].uopIndex]!
                let phis = initial.slots.map { rewriter.emit(._PHI, [$0], origin: instruction.origin) }
                slotPhis[i] = phis
                states[i] = State(cls: initial.cls, shape: initial.shape, slots: phis)
            case ._ADD_INSTANCE_ATTRIBUTE where sunk.contains(oldOperands[1].uopIndex):
                rewriter.drop(i)
                states[oldOperands[1].uopIndex]!.slots.append(operands[0])
                states[oldOperands[1].uopIndex]!.shape = instruction.immediate
            case ._STORE_INSTANCE_SLOT where sunk.contains(oldOperands[1].uopIndex):
                rewriter.drop(i)
                states[oldOperands[1].uopIndex]!.slots[Int(instruction.immediate)] = operands[0]
            case ._LOAD_INSTANCE_SLOT where sunk.contains(oldOperands[0].uopIndex):
                rewriter.drop(i, replacement: states[oldOperands[0].uopIndex]!.slots[Int(instruction.immediate)])
            default:
                rewriter.keep(i)
                recordObjects(instruction.exit)
                recordObjects(instruction.raiseExit)
            }
        }
        let result = rewriter.finish()
        for (exit, objects) in exitObjects { result.exits[Int(exit)].objects = objects }
        if let loop = old.loop, var newLoop = result.loop {
            var backEdge: [(phi: Ref, value: Ref)] = []
            for (phi, value) in loop.backEdge {
                if let phis = slotPhis[phi.uopIndex] {
                    let end = states[value.uopIndex]!
                    backEdge += zip(phis, end.slots).map { ($0, $1) }
                } else {
                    backEdge.append((rewriter.rename(phi), rewriter.rename(value)))
                }
            }
            newLoop.backEdge = backEdge
            result.loop = newLoop
        }
        return result
    }
}
