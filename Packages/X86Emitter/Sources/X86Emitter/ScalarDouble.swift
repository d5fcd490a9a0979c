/// The SSE2 scalar-double operations that take (xmm, xmm/m64).
public enum ScalarDoubleOperation: UInt8, CaseIterable, Sendable {
    case sqrtsd = 0x51, addsd = 0x58, mulsd = 0x59, subsd = 0x5C, minsd = 0x5D, divsd = 0x5E, maxsd = 0x5F

    public var mnemonic: String {
        switch self {
        case .sqrtsd: return "sqrtsd"
        case .addsd: return "addsd"
        case .mulsd: return "mulsd"
        case .subsd: return "subsd"
        case .minsd: return "minsd"
        case .divsd: return "divsd"
        case .maxsd: return "maxsd"
        }
    }
}

/// The SSE2 packed-double bitwise operations (xmm, xmm/m128): sign flips and absolute values.
/// A memory operand must be 16-byte aligned (the constant pool's 16-byte entries are).
public enum PackedBitwiseOperation: UInt8, CaseIterable, Sendable {
    case andpd = 0x54, andnpd = 0x55, orpd = 0x56, xorpd = 0x57

    public var mnemonic: String {
        switch self {
        case .andpd: return "andpd"
        case .andnpd: return "andnpd"
        case .orpd: return "orpd"
        case .xorpd: return "xorpd"
        }
    }
}

/// The rounding of `roundsd` (with the precision exception suppressed, as C's floor/ceil do).
public enum RoundingMode: UInt8, CaseIterable, Sendable {
    case nearest = 8, floor = 9, ceil = 10, truncate = 11
}

/// SSE2 (and SSE4.1 roundsd) on doubles.
extension X86Assembler {
    public func movsd(_ destination: XMM, _ source: XMM) {
        sse("movsd", prefix: 0xF2, opcode: [0x10], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination), registerText(source)])
    }

    public func movsd(_ destination: XMM, _ source: Memory) {
        sse("movsd", prefix: 0xF2, opcode: [0x10], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination), memoryText(source, .qword)])
    }

    public func movsd(_ destination: Memory, _ source: XMM) {
        sse("movsd", prefix: 0xF2, opcode: [0x11], reg: source.rawValue, rm: .memory(destination),
            [memoryText(destination, .qword), registerText(source)])
    }

    /// Copies the whole register (no dependency on the destination's old upper half, unlike movsd).
    public func movapd(_ destination: XMM, _ source: XMM) {
        sse("movapd", prefix: 0x66, opcode: [0x28], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination), registerText(source)])
    }

    /// The 64 bits of a general register into the low half of an xmm register (upper half zeroed).
    public func movq(_ destination: XMM, _ source: GPR) {
        sse("movq", prefix: 0x66, rexW: true, opcode: [0x6E], reg: destination.rawValue, rm: .gpr(source, .qword),
            [registerText(destination), registerText(source, .qword)])
    }

    public func movq(_ destination: GPR, _ source: XMM) {
        sse("movq", prefix: 0x66, rexW: true, opcode: [0x7E], reg: source.rawValue, rm: .gpr(destination, .qword),
            [registerText(destination, .qword), registerText(source)])
    }

    public func scalarDouble(_ operation: ScalarDoubleOperation, _ destination: XMM, _ source: XMM) {
        sse(operation.mnemonic, prefix: 0xF2, opcode: [operation.rawValue], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination), registerText(source)])
    }

    public func scalarDouble(_ operation: ScalarDoubleOperation, _ destination: XMM, _ source: Memory) {
        sse(operation.mnemonic, prefix: 0xF2, opcode: [operation.rawValue], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination), memoryText(source, .qword)])
    }

    public func addsd(_ d: XMM, _ s: XMM) { scalarDouble(.addsd, d, s) }
    public func addsd(_ d: XMM, _ s: Memory) { scalarDouble(.addsd, d, s) }
    public func subsd(_ d: XMM, _ s: XMM) { scalarDouble(.subsd, d, s) }
    public func subsd(_ d: XMM, _ s: Memory) { scalarDouble(.subsd, d, s) }
    public func mulsd(_ d: XMM, _ s: XMM) { scalarDouble(.mulsd, d, s) }
    public func mulsd(_ d: XMM, _ s: Memory) { scalarDouble(.mulsd, d, s) }
    public func divsd(_ d: XMM, _ s: XMM) { scalarDouble(.divsd, d, s) }
    public func divsd(_ d: XMM, _ s: Memory) { scalarDouble(.divsd, d, s) }
    public func sqrtsd(_ d: XMM, _ s: XMM) { scalarDouble(.sqrtsd, d, s) }
    public func sqrtsd(_ d: XMM, _ s: Memory) { scalarDouble(.sqrtsd, d, s) }
    public func minsd(_ d: XMM, _ s: XMM) { scalarDouble(.minsd, d, s) }
    public func maxsd(_ d: XMM, _ s: XMM) { scalarDouble(.maxsd, d, s) }

    public func packedBitwise(_ operation: PackedBitwiseOperation, _ destination: XMM, _ source: XMM) {
        sse(operation.mnemonic, prefix: 0x66, opcode: [operation.rawValue], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination), registerText(source)])
    }

    public func packedBitwise(_ operation: PackedBitwiseOperation, _ destination: XMM, _ source: Memory) {
        sse(operation.mnemonic, prefix: 0x66, opcode: [operation.rawValue], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination), .memory(pointer: "xmmword ptr", source)])
    }

    public func xorpd(_ d: XMM, _ s: XMM) { packedBitwise(.xorpd, d, s) }
    public func xorpd(_ d: XMM, _ s: Memory) { packedBitwise(.xorpd, d, s) }
    public func andpd(_ d: XMM, _ s: XMM) { packedBitwise(.andpd, d, s) }
    public func andpd(_ d: XMM, _ s: Memory) { packedBitwise(.andpd, d, s) }

    /// Compares the low doubles and sets ZF, PF, CF (PF: unordered, a NaN was involved).
    public func ucomisd(_ left: XMM, _ right: XMM) {
        sse("ucomisd", prefix: 0x66, opcode: [0x2E], reg: left.rawValue, rm: .xmm(right), [registerText(left), registerText(right)])
    }

    public func ucomisd(_ left: XMM, _ right: Memory) {
        sse("ucomisd", prefix: 0x66, opcode: [0x2E], reg: left.rawValue, rm: .memory(right), [registerText(left), memoryText(right, .qword)])
    }

    /// Signed integer (64- or 32-bit) to double. It writes only the low half of `destination`
    /// and so waits for its previous value: `xorpd destination, destination` first breaks that.
    public func cvtsi2sd(_ destination: XMM, _ source: GPR, size: OperandSize = .qword) {
        precondition(size == .qword || size == .dword)
        sse("cvtsi2sd", prefix: 0xF2, rexW: size == .qword, opcode: [0x2A], reg: destination.rawValue, rm: .gpr(source, size),
            [registerText(destination), registerText(source, size)])
    }

    public func cvtsi2sd(_ destination: XMM, _ source: Memory, size: OperandSize = .qword) {
        precondition(size == .qword || size == .dword)
        sse("cvtsi2sd", prefix: 0xF2, rexW: size == .qword, opcode: [0x2A], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination), memoryText(source, size)])
    }

    /// Double to signed integer, truncating; out of range or NaN gives 0x8000000000000000.
    public func cvttsd2si(_ destination: GPR, _ source: XMM, size: OperandSize = .qword) {
        precondition(size == .qword || size == .dword)
        sse("cvttsd2si", prefix: 0xF2, rexW: size == .qword, opcode: [0x2C], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination, size), registerText(source)])
    }

    public func cvttsd2si(_ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        precondition(size == .qword || size == .dword)
        sse("cvttsd2si", prefix: 0xF2, rexW: size == .qword, opcode: [0x2C], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination, size), memoryText(source, .qword)])
    }

    /// SSE4.1: rounds to an integral double (`.floor` for Python's //, math.floor).
    public func roundsd(_ destination: XMM, _ source: XMM, _ mode: RoundingMode) {
        sse("roundsd", prefix: 0x66, opcode: [0x3A, 0x0B], reg: destination.rawValue, rm: .xmm(source),
            [registerText(destination), registerText(source), .plain(NumberText.unsigned(UInt64(mode.rawValue)))],
            immediate: mode.rawValue)
    }

    public func roundsd(_ destination: XMM, _ source: Memory, _ mode: RoundingMode) {
        sse("roundsd", prefix: 0x66, opcode: [0x3A, 0x0B], reg: destination.rawValue, rm: .memory(source),
            [registerText(destination), memoryText(source, .qword), .plain(NumberText.unsigned(UInt64(mode.rawValue)))],
            immediate: mode.rawValue)
    }

    /// Mandatory prefix, optional REX, 0F escape, opcode, ModRM.
    private func sse(_ mnemonic: String, prefix: UInt8, rexW: Bool = false, opcode: [UInt8], reg: UInt8,
                     rm: RegisterOrMemory, _ operands: [OperandText], immediate: UInt8? = nil) {
        instruction(mnemonic, operands) {
            emitModRM(prefixes: [prefix], rexW: rexW, opcode: [0x0F] + opcode, reg: reg, rm: rm)
            if let immediate { emit(immediate) }
        }
    }
}
