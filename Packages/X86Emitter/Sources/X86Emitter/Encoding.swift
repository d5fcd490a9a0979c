/// The r/m half of a ModRM-encoded instruction.
enum RegisterOrMemory {
    /// A register number 0-15; `byteRegister` says it is used as an 8-bit register (spl..dil
    /// then need a REX prefix).
    case register(UInt8, byteRegister: Bool = false)
    case memory(Memory)

    static func gpr(_ register: GPR, _ size: OperandSize) -> RegisterOrMemory {
        .register(register.rawValue, byteRegister: size == .byte)
    }

    static func xmm(_ register: XMM) -> RegisterOrMemory { .register(register.rawValue) }
}

extension X86Assembler {
    /// Legacy prefixes, REX, opcode, ModRM, SIB and displacement of one instruction; `reg` is
    /// the ModRM reg field (a register number, or the opcode extension /digit).
    func emitModRM(prefixes: [UInt8] = [], rexW: Bool = false, forceRex: Bool = false,
                   opcode: [UInt8], reg: UInt8, rm: RegisterOrMemory) {
        var rex: UInt8 = rexW ? 0x08 : 0
        var needsRex = forceRex
        if reg & 8 != 0 { rex |= 0x04 }
        switch rm {
        case .register(let number, let byteRegister):
            if number & 8 != 0 { rex |= 0x01 }
            if byteRegister && number >= 4 && number < 8 { needsRex = true }
        case .memory(let memory):
            if case .register(let base) = memory.base, base.isExtended { rex |= 0x01 }
            if let index = memory.index, index.isExtended { rex |= 0x02 }
        }
        bytes.append(contentsOf: prefixes)
        if rex != 0 || needsRex { emit(0x40 | rex) }
        bytes.append(contentsOf: opcode)
        switch rm {
        case .register(let number, _):
            emit(0xC0 | (reg & 7) << 3 | number & 7)
        case .memory(let memory):
            emitAddress(memory, reg: reg & 7)
        }
    }

    /// ModRM (+ SIB + displacement) for a memory operand. rsp and r12 as base need a SIB byte;
    /// rbp and r13 as base need a displacement (mod 00 with them means RIP or no base).
    private func emitAddress(_ memory: Memory, reg: UInt8) {
        switch memory.base {
        case .label(let label):
            precondition(memory.index == nil, "RIP-relative operands have no index")
            emit(0x05 | reg << 3)
            emitFixup(.rel32, to: .label(label), addend: Int(memory.displacement))
        case .none:
            emit(0x04 | reg << 3)
            emit(memory.scale.rawValue << 6 | (memory.index?.low3 ?? 4) << 3 | 5)
            emitLittleEndian(Int64(memory.displacement), byteCount: 4)
        case .register(let base):
            let displacement = memory.displacement
            let mod: UInt8 = displacement == 0 && base.low3 != 5 ? 0 : (Int8(exactly: displacement) != nil ? 1 : 2)
            if memory.index != nil || base.low3 == 4 {
                emit(mod << 6 | reg << 3 | 4)
                emit(memory.scale.rawValue << 6 | (memory.index?.low3 ?? 4) << 3 | base.low3)
            } else {
                emit(mod << 6 | reg << 3 | base.low3)
            }
            if mod == 1 { emitLittleEndian(Int64(displacement), byteCount: 1) }
            if mod == 2 { emitLittleEndian(Int64(displacement), byteCount: 4) }
        }
    }

    /// An integer instruction at `size`: 0x66 for 16 bits, REX.W for 64, the byte form of the
    /// opcode (one less) for 8 bits.
    func emitSized(_ size: OperandSize, opcode: UInt8, escape: [UInt8] = [], reg: UInt8, rm: RegisterOrMemory,
                   byteRegisterInReg: GPR? = nil) {
        let forceRex = size == .byte && (byteRegisterInReg?.needsRexAsByteRegister() ?? false)
        emitModRM(prefixes: size == .word ? [0x66] : [], rexW: size == .qword, forceRex: forceRex,
                  opcode: escape + [size == .byte ? opcode - 1 : opcode], reg: reg, rm: rm)
    }

    func registerText(_ register: GPR, _ size: OperandSize) -> OperandText { .register(register.name(size), bytes: size.rawValue) }

    func registerText(_ register: XMM) -> OperandText { .register(register.description, bytes: 16) }

    func memoryText(_ memory: Memory, _ size: OperandSize) -> OperandText { .memory(pointer: size.pointerText, memory) }
}
