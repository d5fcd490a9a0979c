/// The 16 general-purpose registers, numbered as the encoding numbers them.
public enum GPR: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi
    case r8, r9, r10, r11, r12, r13, r14, r15

    /// The low three bits, which go into ModRM/SIB/opcode; the fourth goes into REX.
    var low3: UInt8 { rawValue & 7 }
    var isExtended: Bool { rawValue >= 8 }

    public var description: String { name(.qword) }

    /// The register's name at an operand size: rax/eax/ax/al, r8/r8d/r8w/r8b, ...
    public func name(_ size: OperandSize) -> String {
        if isExtended {
            switch size {
            case .qword: return "r\(rawValue)"
            case .dword: return "r\(rawValue)d"
            case .word: return "r\(rawValue)w"
            case .byte: return "r\(rawValue)b"
            }
        }
        let names: [String]
        switch size {
        case .qword: names = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"]
        case .dword: names = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"]
        case .word: names = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"]
        case .byte: names = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"]
        }
        return names[Int(rawValue)]
    }

    /// spl, bpl, sil and dil exist only with a REX prefix (without one, the same numbers mean
    /// ah, ch, dh, bh, which this assembler never uses).
    func needsRexAsByteRegister() -> Bool { rawValue >= 4 && rawValue < 8 }
}

/// The 16 SSE registers.
public enum XMM: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7
    case xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15

    var low3: UInt8 { rawValue & 7 }
    var isExtended: Bool { rawValue >= 8 }

    public var description: String { "xmm\(rawValue)" }
}

/// The width of an integer operation or memory access.
public enum OperandSize: Int, CaseIterable, Sendable {
    case byte = 1, word = 2, dword = 4, qword = 8

    public var bits: Int { rawValue * 8 }

    /// How capstone names a memory operand of this size ("qword ptr").
    var pointerText: String {
        switch self {
        case .byte: return "byte ptr"
        case .word: return "word ptr"
        case .dword: return "dword ptr"
        case .qword: return "qword ptr"
        }
    }
}
