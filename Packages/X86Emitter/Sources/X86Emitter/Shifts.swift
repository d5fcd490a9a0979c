/// The shift count of shl/shr/sar/rol/ror: an immediate, or the cl register.
public enum ShiftCount: Hashable, Sendable, ExpressibleByIntegerLiteral {
    case immediate(UInt8)
    case cl

    public init(integerLiteral value: UInt8) { self = .immediate(value) }
}

public enum ShiftOperation: UInt8, CaseIterable, Sendable {
    case rol = 0, ror = 1, shl = 4, shr = 5, sar = 7

    public var mnemonic: String {
        switch self {
        case .rol: return "rol"
        case .ror: return "ror"
        case .shl: return "shl"
        case .shr: return "shr"
        case .sar: return "sar"
        }
    }
}

/// shl, shr, sar, rol, ror.
extension X86Assembler {
    public func shift(_ operation: ShiftOperation, _ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) {
        shift(operation, .gpr(operand, size), registerText(operand, size), count, size)
    }

    public func shift(_ operation: ShiftOperation, _ operand: Memory, _ count: ShiftCount, size: OperandSize = .qword) {
        shift(operation, .memory(operand), memoryText(operand, size), count, size)
    }

    /// By 1: the one-byte-shorter D1 form. The hardware masks counts to 5 (6 for 64-bit) bits.
    private func shift(_ operation: ShiftOperation, _ operand: RegisterOrMemory, _ operandText: OperandText,
                       _ count: ShiftCount, _ size: OperandSize) {
        switch count {
        case .cl:
            instruction(operation.mnemonic, [operandText, .plain("cl")]) {
                emitSized(size, opcode: 0xD3, reg: operation.rawValue, rm: operand)
            }
        case .immediate(1):
            instruction(operation.mnemonic, [operandText, .plain("1")]) {
                emitSized(size, opcode: 0xD1, reg: operation.rawValue, rm: operand)
            }
        case .immediate(let value):
            instruction(operation.mnemonic, [operandText, .plain(NumberText.unsigned(UInt64(value)))]) {
                emitSized(size, opcode: 0xC1, reg: operation.rawValue, rm: operand)
                emit(value)
            }
        }
    }

    public func shl(_ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) { shift(.shl, operand, count, size: size) }
    public func shr(_ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) { shift(.shr, operand, count, size: size) }
    public func sar(_ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) { shift(.sar, operand, count, size: size) }
    public func rol(_ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) { shift(.rol, operand, count, size: size) }
    public func ror(_ operand: GPR, _ count: ShiftCount, size: OperandSize = .qword) { shift(.ror, operand, count, size: size) }
}
