import Runtime
import Superblock

/// The C helper a linked exit calls before jumping to its bridge (see `NativeRunState`).
enum X86Bridging {
    /// `(state, exit) -> bridge entry or 0`. Materializes `exit` of the running superblock,
    /// gives its registers back, takes and fills the bridge's, and makes the state the bridge's.
    /// Returns 0 when the bridge cannot run (no room in the register file, or released): the
    /// state then records the materialized exit and the code returns to Swift.
    static let enterBridge: @convention(c) (UnsafeMutableRawPointer, Int) -> UInt = { raw, exit in
        let state = raw.assumingMemoryBound(to: NativeRunState.self)
        let current = Unmanaged<X86CompiledSuperblock>.fromOpaque(state.pointee.superblock).takeUnretainedValue()
        let resume = current.materialize(exit: exit, root: state.pointee.frame, registers: state.pointee.registers)
        state.pointee.frame = resume
        guard let bridge = current.links[exit], !bridge.isReleased,
              let registers = NativeTrampoline.takeRegisters(bridge.registerCount) else {
            state.pointee.materializedExit = exit
            return 0
        }
        registers.update(from: bridge.constants, count: bridge.constantCount)
        state.pointee.registers = registers
        state.pointee.superblock = UnsafeRawPointer(Unmanaged.passUnretained(bridge).toOpaque())
        return UInt(bridge.entryAddress)
    }

    static var enterBridgeAddress: UInt64 {
        UInt64(UInt(bitPattern: unsafeBitCast(enterBridge, to: UnsafeRawPointer.self)))
    }
}
