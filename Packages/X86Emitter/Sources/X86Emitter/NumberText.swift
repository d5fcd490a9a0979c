/// Numbers as capstone 4 prints them in Intel syntax: decimal up to 9, hexadecimal above, and a
/// minus sign in front of the magnitude for negative values printed signed.
enum NumberText {
    static func unsigned(_ value: UInt64) -> String {
        value > 9 ? "0x" + String(value, radix: 16) : String(value)
    }

    static func signed(_ value: Int64) -> String {
        if value >= 0 { return unsigned(UInt64(value)) }
        if value == .min { return "0x8000000000000000" }
        return "-" + unsigned(value.magnitude)
    }
}

/// How capstone prints an instruction's immediate: most are signed, but it shows the immediates
/// of 8-bit operations, of and/or/xor, of movabs, and those encoded at full 32-bit width in a
/// 32-bit operation as unsigned numbers of that width.
enum ImmediateStyle {
    case signed
    case unsigned(bits: Int)

    func text(_ value: Int64) -> String {
        switch self {
        case .signed:
            return NumberText.signed(value)
        case .unsigned(let bits):
            let mask: UInt64 = bits >= 64 ? ~0 : (1 << UInt64(bits)) - 1
            return NumberText.unsigned(UInt64(bitPattern: value) & mask)
        }
    }
}
