/// The System V AMD64 calling convention (Linux), which Swift `@convention(c)` functions follow.
public enum SysV {
    /// Integer and pointer arguments, in order.
    public static let integerArguments: [GPR] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]
    /// Double arguments, in order.
    public static let floatArguments: [XMM] = [.xmm0, .xmm1, .xmm2, .xmm3, .xmm4, .xmm5, .xmm6, .xmm7]
    public static let integerResult = GPR.rax
    /// The high half of a two-word result (e.g. a 16-byte struct).
    public static let secondIntegerResult = GPR.rdx
    public static let floatResult = XMM.xmm0
    /// Preserved across calls: a callee that uses them saves and restores them.
    public static let calleeSaved: [GPR] = [.rbx, .rbp, .r12, .r13, .r14, .r15]
    /// Clobbered by any call (as are all xmm registers).
    public static let callerSaved: [GPR] = [.rax, .rcx, .rdx, .rsi, .rdi, .r8, .r9, .r10, .r11]
    /// rsp is a multiple of this at every call instruction (so it is 8 mod 16 on entry).
    public static let stackAlignment = 16
}

extension GPR {
    public var isCalleeSaved: Bool { SysV.calleeSaved.contains(self) }
}

/// The frame made by `X86Assembler.enterFrame`: saved registers pushed in order, then an area
/// for locals at the bottom, sized so that rsp stays 16-byte aligned for calls.
public struct StackFrame: Sendable {
    public let savedRegisters: [GPR]
    /// Bytes reserved below the saved registers (locals plus alignment padding).
    public let localAreaSize: Int

    /// The 8-byte local slot number `index` (0 is at rsp).
    public func localSlot(_ index: Int) -> Memory {
        precondition(index >= 0 && (index + 1) * 8 <= localAreaSize, "local slot \(index) outside the frame")
        return Memory(base: .rsp, displacement: Int32(index * 8))
    }

    /// Where the caller's stack arguments start (the 7th integer argument and on), as seen from
    /// the body of the function.
    public var firstStackArgument: Memory {
        Memory(base: .rsp, displacement: Int32(localAreaSize + 8 * savedRegisters.count + 8))
    }
}

extension X86Assembler {
    /// A function prologue: pushes `saving` (normally the callee-saved registers the body uses)
    /// and reserves at least `localBytes` bytes, keeping rsp 16-byte aligned for calls.
    public func enterFrame(saving registers: [GPR], localBytes: Int = 0) -> StackFrame {
        for register in registers { push(register) }
        var locals = (localBytes + 7) / 8 * 8
        // On entry rsp is 8 mod 16 (the return address); each push adds 8.
        if (8 + 8 * registers.count + locals) % 16 != 0 { locals += 8 }
        if locals > 0 { sub(.rsp, Int32(locals)) }
        return StackFrame(savedRegisters: registers, localAreaSize: locals)
    }

    /// The matching epilogue (without the ret).
    public func leaveFrame(_ frame: StackFrame) {
        if frame.localAreaSize > 0 { add(.rsp, Int32(frame.localAreaSize)) }
        for register in frame.savedRegisters.reversed() { pop(register) }
    }

    /// Calls a C function at any address: movabs into `scratch` (caller-saved, not an argument
    /// the call needs), then call through it. Position-independent, unlike `call(toAddress:)`.
    public func callAbsolute(_ address: UInt64, using scratch: GPR = .rax) {
        movabs(scratch, address)
        call(scratch)
    }
}
