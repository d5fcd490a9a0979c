/// setcc and cmovcc.
extension X86Assembler {
    /// Sets the low byte of `destination` to 1 if `condition` holds, else 0 (the rest of the
    /// register is unchanged: follow with `movzx` for a full value).
    public func set(_ condition: Condition, _ destination: GPR) {
        instruction("set" + condition.suffix, [registerText(destination, .byte)]) {
            emitModRM(opcode: [0x0F, 0x90 + condition.rawValue], reg: 0, rm: .gpr(destination, .byte))
        }
    }

    public func set(_ condition: Condition, _ destination: Memory) {
        instruction("set" + condition.suffix, [memoryText(destination, .byte)]) {
            emitModRM(opcode: [0x0F, 0x90 + condition.rawValue], reg: 0, rm: .memory(destination))
        }
    }

    /// destination = source if `condition` holds. (A 32-bit cmov zero-extends even when the
    /// condition fails.)
    public func cmov(_ condition: Condition, _ destination: GPR, _ source: GPR, size: OperandSize = .qword) {
        precondition(size != .byte, "no cmov for bytes")
        instruction("cmov" + condition.suffix, [registerText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0x40 + condition.rawValue, escape: [0x0F], reg: destination.rawValue, rm: .gpr(source, size))
        }
    }

    public func cmov(_ condition: Condition, _ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        precondition(size != .byte, "no cmov for bytes")
        instruction("cmov" + condition.suffix, [registerText(destination, size), memoryText(source, size)]) {
            emitSized(size, opcode: 0x40 + condition.rawValue, escape: [0x0F], reg: destination.rawValue, rm: .memory(source))
        }
    }
}
