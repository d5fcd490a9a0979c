/// mov, movabs, movzx, movsx, movsxd, lea.
extension X86Assembler {
    public func mov(_ destination: GPR, _ source: GPR, size: OperandSize = .qword) {
        instruction("mov", [registerText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0x89, reg: source.rawValue, rm: .gpr(destination, size), byteRegisterInReg: source)
        }
    }

    public func mov(_ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        instruction("mov", [registerText(destination, size), memoryText(source, size)]) {
            emitSized(size, opcode: 0x8B, reg: destination.rawValue, rm: .memory(source), byteRegisterInReg: destination)
        }
    }

    public func mov(_ destination: Memory, _ source: GPR, size: OperandSize = .qword) {
        instruction("mov", [memoryText(destination, size), registerText(source, size)]) {
            emitSized(size, opcode: 0x89, reg: source.rawValue, rm: .memory(destination), byteRegisterInReg: source)
        }
    }

    /// Stores an immediate; a 64-bit store sign-extends the 32-bit immediate.
    public func mov(_ destination: Memory, _ immediate: Int32, size: OperandSize = .qword) {
        let style: ImmediateStyle = size == .qword ? .signed : .unsigned(bits: size.bits)
        instruction("mov", [memoryText(destination, size), .plain(style.text(Int64(immediate)))]) {
            emitSized(size, opcode: 0xC7, reg: 0, rm: .memory(destination))
            emitImmediate(Int64(immediate), size: size)
        }
    }

    /// Loads a 64-bit constant the shortest way: `mov r32, imm32` (zero-extends) when it fits
    /// 32 unsigned bits, `mov r64, imm32` (sign-extends) when it fits 32 signed bits, else movabs.
    public func mov(_ destination: GPR, _ immediate: Int64) {
        if let value = UInt32(exactly: immediate) {
            instruction("mov", [registerText(destination, .dword), .plain(NumberText.unsigned(UInt64(value)))]) {
                if destination.isExtended { emit(0x41) }
                emit(0xB8 + destination.low3)
                emitLittleEndian(immediate, byteCount: 4)
            }
        } else if Int32(exactly: immediate) != nil {
            instruction("mov", [registerText(destination, .qword), .plain(NumberText.signed(immediate))]) {
                emitModRM(rexW: true, opcode: [0xC7], reg: 0, rm: .gpr(destination, .qword))
                emitLittleEndian(immediate, byteCount: 4)
            }
        } else {
            movabs(destination, UInt64(bitPattern: immediate))
        }
    }

    /// Always the 10-byte form, whatever the value: the 8 immediate bytes are the last ones of
    /// the instruction (their offset is returned), so the constant can be patched in place later.
    @discardableResult
    public func movabs(_ destination: GPR, _ immediate: UInt64) -> Int {
        instruction("movabs", [registerText(destination, .qword), .plain(NumberText.unsigned(immediate))]) {
            emit(destination.isExtended ? 0x49 : 0x48)
            emit(0xB8 + destination.low3)
            emitLittleEndian(Int64(bitPattern: immediate), byteCount: 8)
        }
        return bytes.count - 8
    }

    /// Zero-extends a byte or word (`from`) into a 32- or 64-bit register (`size`).
    public func movzx(_ destination: GPR, _ source: GPR, from: OperandSize, size: OperandSize = .dword) {
        precondition(from == .byte || from == .word, "movzx extends a byte or a word")
        instruction("movzx", [registerText(destination, size), registerText(source, from)]) {
            emitExtension(destination, opcode: from == .byte ? 0xB6 : 0xB7, size: size, rm: .gpr(source, from))
        }
    }

    public func movzx(_ destination: GPR, _ source: Memory, from: OperandSize, size: OperandSize = .dword) {
        precondition(from == .byte || from == .word, "movzx extends a byte or a word")
        instruction("movzx", [registerText(destination, size), memoryText(source, from)]) {
            emitExtension(destination, opcode: from == .byte ? 0xB6 : 0xB7, size: size, rm: .memory(source))
        }
    }

    /// Sign-extends a byte, word or (to 64 bits only, movsxd) dword.
    public func movsx(_ destination: GPR, _ source: GPR, from: OperandSize, size: OperandSize = .qword) {
        signExtend(destination, .gpr(source, from), registerText(source, from), from: from, size: size)
    }

    public func movsx(_ destination: GPR, _ source: Memory, from: OperandSize, size: OperandSize = .qword) {
        signExtend(destination, .memory(source), memoryText(source, from), from: from, size: size)
    }

    private func signExtend(_ destination: GPR, _ source: RegisterOrMemory, _ sourceText: OperandText,
                            from: OperandSize, size: OperandSize) {
        precondition(from.rawValue < size.rawValue && size != .byte, "movsx widens")
        if from == .dword {
            instruction("movsxd", [registerText(destination, size), sourceText]) {
                emitModRM(rexW: true, opcode: [0x63], reg: destination.rawValue, rm: source)
            }
        } else {
            instruction("movsx", [registerText(destination, size), sourceText]) {
                emitExtension(destination, opcode: from == .byte ? 0xBE : 0xBF, size: size, rm: source)
            }
        }
    }

    private func emitExtension(_ destination: GPR, opcode: UInt8, size: OperandSize, rm: RegisterOrMemory) {
        precondition(size != .byte)
        emitModRM(prefixes: size == .word ? [0x66] : [], rexW: size == .qword,
                  opcode: [0x0F, opcode], reg: destination.rawValue, rm: rm)
    }

    /// Loads the address of `source` (no memory access). With a label base: the label's address.
    public func lea(_ destination: GPR, _ source: Memory, size: OperandSize = .qword) {
        precondition(size == .qword || size == .dword)
        instruction("lea", [registerText(destination, size), .memory(pointer: nil, source)]) {
            emitModRM(rexW: size == .qword, opcode: [0x8D], reg: destination.rawValue, rm: .memory(source))
        }
    }

    /// An immediate of the operation size (32 bits at most: 64-bit operations sign-extend it).
    func emitImmediate(_ value: Int64, size: OperandSize) {
        emitLittleEndian(value, byteCount: min(size.rawValue, 4))
    }
}
