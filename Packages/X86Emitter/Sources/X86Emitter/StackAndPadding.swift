/// push, pop, nop, int3, ud2, alignment.
extension X86Assembler {
    public func push(_ register: GPR) {
        instruction("push", [registerText(register, .qword)]) {
            if register.isExtended { emit(0x41) }
            emit(0x50 + register.low3)
        }
    }

    /// Pushes a sign-extended 32-bit immediate (8 bytes on the stack).
    public func push(_ immediate: Int32) {
        instruction("push", [.plain(NumberText.signed(Int64(immediate)))]) {
            if Int8(exactly: immediate) != nil {
                emit(0x6A); emitLittleEndian(Int64(immediate), byteCount: 1)
            } else {
                emit(0x68); emitLittleEndian(Int64(immediate), byteCount: 4)
            }
        }
    }

    public func pop(_ register: GPR) {
        instruction("pop", [registerText(register, .qword)]) {
            if register.isExtended { emit(0x41) }
            emit(0x58 + register.low3)
        }
    }

    /// Padding that executes as nothing: the recommended multi-byte nops, 9 bytes at most each.
    public func nop(length: Int = 1) {
        var remaining = length
        while remaining > 0 {
            let size = min(remaining, 9)
            let (encoding, operands) = Self.nops[size - 1]
            instruction("nop", operands.isEmpty ? [] : [.plain(operands)]) { bytes.append(contentsOf: encoding) }
            remaining -= size
        }
    }

    private static let nops: [([UInt8], String)] = [
        ([0x90], ""),
        ([0x66, 0x90], ""),
        ([0x0F, 0x1F, 0x00], "dword ptr [rax]"),
        ([0x0F, 0x1F, 0x40, 0x00], "dword ptr [rax]"),
        ([0x0F, 0x1F, 0x44, 0x00, 0x00], "dword ptr [rax + rax]"),
        ([0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00], "word ptr [rax + rax]"),
        ([0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00], "dword ptr [rax]"),
        ([0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00], "dword ptr [rax + rax]"),
        ([0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00], "word ptr [rax + rax]"),
    ]

    /// Pads with nops up to a multiple of `boundary` (a power of two), e.g. 16 before a loop head.
    public func align(_ boundary: Int) {
        precondition(boundary > 0 && boundary & (boundary - 1) == 0)
        let padding = (boundary - bytes.count % boundary) % boundary
        if padding > 0 { nop(length: padding) }
    }

    /// A breakpoint trap (SIGTRAP).
    public func int3() { instruction("int3", []) { emit(0xCC) } }

    /// An invalid-opcode trap (SIGILL): marks code that must never run.
    public func ud2() { instruction("ud2", []) { emit(0x0F); emit(0x0B) } }
}
