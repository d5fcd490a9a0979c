/// imul, idiv/div, cqo/cdq.
extension X86Assembler {
    /// destination *= source (truncated to `size`; OF/CF set on signed overflow).
    public func imul(_ destination: GPR, _ source: GPR, size: OperandSize = .qword) {
        precondition(size != .byte, "no two-operand imul for bytes")
        instruction("imul", [registerText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0xAF, escape: [0x0F], reg: destination.rawValue, rm: .gpr(source, size))
        }
    }

    public func imul(_ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        precondition(size != .byte, "no two-operand imul for bytes")
        instruction("imul", [registerText(destination, size), memoryText(source, size)]) {
            emitSized(size, opcode: 0xAF, escape: [0x0F], reg: destination.rawValue, rm: .memory(source))
        }
    }

    /// destination = source * immediate.
    public func imul(_ destination: GPR, _ source: GPR, _ immediate: Int32, size: OperandSize = .qword) {
        imulImmediate(destination, .gpr(source, size), registerText(source, size), immediate, size)
    }

    public func imul(_ destination: GPR, _ source: Memory, _ immediate: Int32, size: OperandSize = .qword) {
        imulImmediate(destination, .memory(source), memoryText(source, size), immediate, size)
    }

    private func imulImmediate(_ destination: GPR, _ source: RegisterOrMemory, _ sourceText: OperandText,
                               _ immediate: Int32, _ size: OperandSize) {
        precondition(size != .byte, "no three-operand imul for bytes")
        checkImmediate(immediate, fits: size)
        let short = Int8(exactly: immediate) != nil
        let style: ImmediateStyle = size == .qword || short ? .signed : .unsigned(bits: size.bits)
        instruction("imul", [registerText(destination, size), sourceText, .plain(style.text(Int64(immediate)))]) {
            emitSized(size, opcode: short ? 0x6B : 0x69, reg: destination.rawValue, rm: source)
            emitImmediate(Int64(immediate), size: short ? .byte : size)
        }
    }

    /// Signed division of rdx:rax by `divisor`: quotient in rax, remainder in rdx (sign of the
    /// dividend). Sign-extend rax into rdx with `cqo` first.
    public func idiv(_ divisor: GPR, size: OperandSize = .qword) { unary(7, "idiv", 0xF7, divisor, size) }
    public func idiv(_ divisor: Memory, size: OperandSize = .qword) { unary(7, "idiv", 0xF7, divisor, size) }
    /// Unsigned division of rdx:rax (zero rdx first).
    public func div(_ divisor: GPR, size: OperandSize = .qword) { unary(6, "div", 0xF7, divisor, size) }
    public func div(_ divisor: Memory, size: OperandSize = .qword) { unary(6, "div", 0xF7, divisor, size) }

    /// Sign-extends rax into rdx:rax.
    public func cqo() { instruction("cqo", []) { emit(0x48); emit(0x99) } }
    /// Sign-extends eax into edx:eax.
    public func cdq() { instruction("cdq", []) { emit(0x99) } }

    public func neg(_ operand: GPR, size: OperandSize = .qword) { unary(3, "neg", 0xF7, operand, size) }
    public func neg(_ operand: Memory, size: OperandSize = .qword) { unary(3, "neg", 0xF7, operand, size) }
    public func not(_ operand: GPR, size: OperandSize = .qword) { unary(2, "not", 0xF7, operand, size) }
    public func not(_ operand: Memory, size: OperandSize = .qword) { unary(2, "not", 0xF7, operand, size) }
    public func inc(_ operand: GPR, size: OperandSize = .qword) { unary(0, "inc", 0xFF, operand, size) }
    public func inc(_ operand: Memory, size: OperandSize = .qword) { unary(0, "inc", 0xFF, operand, size) }
    public func dec(_ operand: GPR, size: OperandSize = .qword) { unary(1, "dec", 0xFF, operand, size) }
    public func dec(_ operand: Memory, size: OperandSize = .qword) { unary(1, "dec", 0xFF, operand, size) }

    private func unary(_ digit: UInt8, _ mnemonic: String, _ opcode: UInt8, _ operand: GPR, _ size: OperandSize) {
        instruction(mnemonic, [registerText(operand, size)]) {
            emitSized(size, opcode: opcode, reg: digit, rm: .gpr(operand, size))
        }
    }

    private func unary(_ digit: UInt8, _ mnemonic: String, _ opcode: UInt8, _ operand: Memory, _ size: OperandSize) {
        instruction(mnemonic, [memoryText(operand, size)]) {
            emitSized(size, opcode: opcode, reg: digit, rm: .memory(operand))
        }
    }
}
