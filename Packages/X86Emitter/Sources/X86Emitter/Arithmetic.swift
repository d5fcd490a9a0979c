/// The eight classic two-operand ALU operations, numbered as their encoding numbers them.
public enum ArithmeticOperation: UInt8, CaseIterable, Sendable {
    case add, or, adc, sbb, and, sub, xor, cmp

    public var mnemonic: String { ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"][Int(rawValue)] }

    /// and/or/xor immediates are bit masks; capstone prints them unsigned at the operation size.
    var isBitwise: Bool { self == .and || self == .or || self == .xor }
}

/// add, or, adc, sbb, and, sub, xor, cmp, test.
extension X86Assembler {
    public func arithmetic(_ operation: ArithmeticOperation, _ destination: GPR, _ source: GPR, size: OperandSize = .qword) {
        instruction(operation.mnemonic, [registerText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: operation.rawValue << 3 | 1, reg: source.rawValue, rm: .gpr(destination, size),
                      byteRegisterInReg: source)
        }
    }

    public func arithmetic(_ operation: ArithmeticOperation, _ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        instruction(operation.mnemonic, [registerText(destination, size), memoryText(source, size)]) {
            emitSized(size, opcode: operation.rawValue << 3 | 3, reg: destination.rawValue, rm: .memory(source),
                      byteRegisterInReg: destination)
        }
    }

    public func arithmetic(_ operation: ArithmeticOperation, _ destination: Memory, _ source: GPR, size: OperandSize = .qword) {
        instruction(operation.mnemonic, [memoryText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: operation.rawValue << 3 | 1, reg: source.rawValue, rm: .memory(destination),
                      byteRegisterInReg: source)
        }
    }

    public func arithmetic(_ operation: ArithmeticOperation, _ destination: GPR, _ immediate: Int32, size: OperandSize = .qword) {
        arithmeticImmediate(operation, .gpr(destination, size), registerText(destination, size), immediate, size)
    }

    public func arithmetic(_ operation: ArithmeticOperation, _ destination: Memory, _ immediate: Int32, size: OperandSize = .qword) {
        arithmeticImmediate(operation, .memory(destination), memoryText(destination, size), immediate, size)
    }

    /// 0x83 with a sign-extended byte when the immediate fits one, else 0x81 with a full one.
    private func arithmeticImmediate(_ operation: ArithmeticOperation, _ destination: RegisterOrMemory,
                                     _ destinationText: OperandText, _ immediate: Int32, _ size: OperandSize) {
        checkImmediate(immediate, fits: size)
        let short = size != .byte && Int8(exactly: immediate) != nil
        let style: ImmediateStyle
        if size == .byte || operation.isBitwise { style = .unsigned(bits: size.bits) }
        else if size == .qword || short { style = .signed }
        else { style = .unsigned(bits: size.bits) }
        instruction(operation.mnemonic, [destinationText, .plain(style.text(Int64(immediate)))]) {
            if size == .byte {
                emitSized(.byte, opcode: 0x81, reg: operation.rawValue, rm: destination)
                emitImmediate(Int64(immediate), size: .byte)
            } else {
                emitSized(size, opcode: short ? 0x83 : 0x81, reg: operation.rawValue, rm: destination)
                emitImmediate(Int64(immediate), size: short ? .byte : size)
            }
        }
    }

    func checkImmediate(_ immediate: Int32, fits size: OperandSize) {
        switch size {
        case .byte: precondition(immediate >= -0x80 && immediate <= 0xFF, "immediate \(immediate) does not fit a byte")
        case .word: precondition(immediate >= -0x8000 && immediate <= 0xFFFF, "immediate \(immediate) does not fit a word")
        default: break
        }
    }

    // Named forms of `arithmetic`.
    public func add(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.add, d, s, size: size) }
    public func add(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.add, d, s, size: size) }
    public func add(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.add, d, s, size: size) }
    public func add(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.add, d, i, size: size) }
    public func add(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.add, d, i, size: size) }
    public func sub(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.sub, d, s, size: size) }
    public func sub(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.sub, d, s, size: size) }
    public func sub(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.sub, d, s, size: size) }
    public func sub(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.sub, d, i, size: size) }
    public func sub(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.sub, d, i, size: size) }
    public func and(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.and, d, s, size: size) }
    public func and(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.and, d, s, size: size) }
    public func and(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.and, d, s, size: size) }
    public func and(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.and, d, i, size: size) }
    public func and(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.and, d, i, size: size) }
    public func or(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.or, d, s, size: size) }
    public func or(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.or, d, s, size: size) }
    public func or(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.or, d, s, size: size) }
    public func or(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.or, d, i, size: size) }
    public func or(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.or, d, i, size: size) }
    public func xor(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.xor, d, s, size: size) }
    public func xor(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.xor, d, s, size: size) }
    public func xor(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.xor, d, s, size: size) }
    public func xor(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.xor, d, i, size: size) }
    public func xor(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.xor, d, i, size: size) }
    public func cmp(_ d: GPR, _ s: GPR, size: OperandSize = .qword) { arithmetic(.cmp, d, s, size: size) }
    public func cmp(_ d: GPR, _ s: Memory, size: OperandSize = .qword) { arithmetic(.cmp, d, s, size: size) }
    public func cmp(_ d: Memory, _ s: GPR, size: OperandSize = .qword) { arithmetic(.cmp, d, s, size: size) }
    public func cmp(_ d: GPR, _ i: Int32, size: OperandSize = .qword) { arithmetic(.cmp, d, i, size: size) }
    public func cmp(_ d: Memory, _ i: Int32, size: OperandSize = .qword) { arithmetic(.cmp, d, i, size: size) }

    public func test(_ destination: GPR, _ source: GPR, size: OperandSize = .qword) {
        instruction("test", [registerText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0x85, reg: source.rawValue, rm: .gpr(destination, size), byteRegisterInReg: source)
        }
    }

    public func test(_ destination: Memory, _ source: GPR, size: OperandSize = .qword) {
        instruction("test", [memoryText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0x85, reg: source.rawValue, rm: .memory(destination), byteRegisterInReg: source)
        }
    }

    public func test(_ destination: GPR, _ immediate: Int32, size: OperandSize = .qword) {
        testImmediate(.gpr(destination, size), registerText(destination, size), immediate, size)
    }

    public func test(_ destination: Memory, _ immediate: Int32, size: OperandSize = .qword) {
        testImmediate(.memory(destination), memoryText(destination, size), immediate, size)
    }

    private func testImmediate(_ destination: RegisterOrMemory, _ destinationText: OperandText,
                               _ immediate: Int32, _ size: OperandSize) {
        checkImmediate(immediate, fits: size)
        let style: ImmediateStyle = size == .qword ? .signed : .unsigned(bits: size.bits)
        instruction("test", [destinationText, .plain(style.text(Int64(immediate)))]) {
            emitSized(size, opcode: 0xF7, reg: 0, rm: destination)
            emitImmediate(Int64(immediate), size: size)
        }
    }
}
