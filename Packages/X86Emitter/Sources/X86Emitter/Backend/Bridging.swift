import Runtime
import Superblock

/// The C helpers a linked exit calls before jumping to the superblock linked to it (see
/// `NativeRunState`). Both return the entry to jump to, or 0 when the linked superblock cannot
/// run (released, or no room in the register file): the state then records the materialized
/// exit and the code returns to Swift. No Swift object is touched on the way (the infos are
/// plain memory), so a transition costs little more than the materialization.
enum X86Bridging {
    /// `(state, exit) -> entry or 0` for an exit whose state the machine code has already written
    /// into the root frame (one frame, no new ones: what `ExitMaterializer` does for depth 0).
    /// The linked superblock runs in the same frame.
    static let enterLinked: @convention(c) (UnsafeMutableRawPointer, Int) -> UInt = { raw, exit in
        let state = raw.assumingMemoryBound(to: NativeRunState.self)
        return switchTo(state.pointee.superblock.pointee.links[exit], state: state, exit: exit)
    }

    /// `(state, exit) -> entry or 0` for any exit: materializes it with `ExitMaterializer` (new
    /// frames included), then switches the register file; the linked superblock runs in the
    /// frame the exit resumes in.
    static let enterBridge: @convention(c) (UnsafeMutableRawPointer, Int) -> UInt = { raw, exit in
        let state = raw.assumingMemoryBound(to: NativeRunState.self)
        let current = state.pointee.superblock
        let owner = Unmanaged<X86CompiledSuperblock>.fromOpaque(current.pointee.owner).takeUnretainedValue()
        state.pointee.frame = owner.materialize(exit: exit, root: state.pointee.frame, registers: state.pointee.registers)
        return switchTo(current.pointee.links[exit], state: state, exit: exit)
    }

    /// The exit is materialized: makes the state `target`'s, growing the register file when it
    /// needs more slots, and copies its constants.
    @inline(__always)
    static func switchTo(_ target: UnsafeMutablePointer<NativeSuperblockInfo>?, state: UnsafeMutablePointer<NativeRunState>,
                         exit: Int) -> UInt {
        guard let target, !target.pointee.isReleased else { return giveUp(state, exit: exit) }
        if target.pointee.registerCount > state.pointee.capacity {
            NativeTrampoline.giveRegisters(state.pointee.capacity)
            state.pointee.capacity = 0
            guard let registers = NativeTrampoline.takeRegisters(target.pointee.registerCount) else {
                return giveUp(state, exit: exit)
            }
            state.pointee.registers = registers
            state.pointee.capacity = target.pointee.registerCount
        }
        state.pointee.registers.update(from: target.pointee.constants, count: target.pointee.constantCount)
        state.pointee.superblock = target
        // Linked code that gets back to a loop's head runs an iteration of it in machine code:
        // Tier2.checkProfitability counts it (bridges that close the loop would look like
        // entries that never iterate).
        if let counter = target.pointee.loopIterations { counter.pointee &+= 1 }
        return target.pointee.entry
    }

    /// Back to Swift with the exit materialized and the registers given back.
    static func giveUp(_ state: UnsafeMutablePointer<NativeRunState>, exit: Int) -> UInt {
        NativeTrampoline.giveRegisters(state.pointee.capacity)
        state.pointee.capacity = 0
        state.pointee.materializedExit = exit
        return 0
    }

    static func address(_ function: @convention(c) (UnsafeMutableRawPointer, Int) -> UInt) -> UInt64 {
        UInt64(UInt(bitPattern: unsafeBitCast(function, to: UnsafeRawPointer.self)))
    }
}
