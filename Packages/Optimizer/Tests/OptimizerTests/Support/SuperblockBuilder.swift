import Runtime
import Superblock

/// Builds superblocks by hand for pass tests. Every guard gets an exit and every raising uop a
/// raise exit; `live` says which values such an exit keeps (as the root frame's value stack), so
/// a test controls exactly what exits use.
final class SuperblockBuilder {
    let superblock = Superblock()
    var constantIndex: [UInt64: Int] = [:]

    init() {
        superblock.origins = [Origin(code: 0, instructionIndex: 0, line: 1)]
    }

    func constant(_ value: Value) -> Ref {
        if let index = constantIndex[value.bits] { return Ref(constant: index) }
        superblock.constants.append(value)
        constantIndex[value.bits] = superblock.constants.count - 1
        return Ref(constant: superblock.constants.count - 1)
    }

    func int(_ n: Int) -> Ref { constant(Value(smallInt: n)) }

    func addExit(_ kind: ExitKind, live: [Ref], locals: [(slot: Int32, value: Ref)] = []) -> Int32 {
        let frame = FrameSnapshot(code: 0, function: nil, resumeIndex: 0, locals: locals, stack: live, isVirtual: false)
        superblock.exits.append(ExitDescriptor(kind: kind, frames: [frame], reason: "test"))
        return Int32(superblock.exits.count - 1)
    }

    @discardableResult
    func emit(_ uop: Uop, _ operands: Ref..., immediate: Int64 = 0, live: [Ref] = []) -> Ref {
        let exit = uop.flags.contains(.guarded) ? addExit(uop == ._EXIT ? .end : .guardFailed, live: live) : -1
        let raiseExit = uop.flags.contains(.raises) ? addExit(.raised, live: live) : -1
        superblock.instructions.append(UopInstruction(uop: uop, operandStart: Int32(superblock.operands.count),
                                                      operandCount: Int32(operands.count), immediate: immediate,
                                                      exit: exit, raiseExit: raiseExit, origin: 0))
        superblock.operands.append(contentsOf: operands)
        return Ref(uop: superblock.instructions.count - 1)
    }

    /// Makes it a loop superblock writing these root-frame slots back.
    func loopBack(_ locals: [(slot: Int32, value: Ref)], stack: [Ref] = []) {
        superblock.loopBack = FrameSnapshot(code: 0, function: nil, resumeIndex: 0, locals: locals, stack: stack, isVirtual: false)
    }

    func build() -> Superblock {
        superblock.projectedUopCount = superblock.instructions.count
        superblock.projectedGuardCount = superblock.guardCount
        return superblock
    }
}
