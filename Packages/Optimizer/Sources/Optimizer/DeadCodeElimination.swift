import Superblock

/// Removes pure uops whose value nothing needs: no live uop, exit or loop-back snapshot uses it.
/// Guards and uops with effects always stay.
public struct DeadCodeElimination: OptimizationPass {
    public let name = "dce"
    public init() {}

    public func run(_ superblock: Superblock) -> Superblock {
        let count = superblock.instructions.count
        var live = [Bool](repeating: false, count: count)
        func use(_ ref: Ref) { if !ref.isConstant { live[ref.uopIndex] = true } }
        func use(_ snapshot: FrameSnapshot) {
            snapshot.function.map(use)
            snapshot.locals.forEach { use($0.value) }
            snapshot.stack.forEach(use)
        }
        superblock.loopBack.map(use)
        // A phi is live when something other than its own back edge needs it; then so is the
        // value it takes there (defined later in the body, hence the repeated sweep).
        var changed = true
        while changed {
            changed = false
            for index in stride(from: count - 1, through: 0, by: -1) {
                let instruction = superblock.instructions[index]
                let flags = instruction.uop.flags
                if !flags.contains(.pure) || flags.contains(.guarded) || flags.contains(.raises) { live[index] = true }
                guard live[index] else { continue }
                superblock.operands(of: instruction).forEach(use)
                for exit in [instruction.exit, instruction.raiseExit] where exit >= 0 {
                    superblock.exits[Int(exit)].frames.forEach(use)
                    for object in superblock.exits[Int(exit)].objects {
                        use(object.ref)
                        use(object.cls)
                        object.slots.forEach(use)
                    }
                }
            }
            for (phi, value) in superblock.loop?.backEdge ?? [] where live[phi.uopIndex] {
                if !value.isConstant && !live[value.uopIndex] {
                    live[value.uopIndex] = true
                    changed = true
                }
            }
        }
        var rewriter = SuperblockRewriter(superblock)
        for index in 0..<count {
            if live[index] { rewriter.keep(index) } else { rewriter.drop(index) }
        }
        return rewriter.finish()
    }
}
