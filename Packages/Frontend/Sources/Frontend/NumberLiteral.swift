// The value of a NUMBER token (already validated by the tokenizer): int, float or imaginary.
// Integers beyond Int64 are kept as decimal digits, converted from any base.

enum NumberLiteral {
    static func value(of token: [UInt8]) -> ConstantValue {
        let digits = token.filter { $0 != UInt8(ascii: "_") }
        let text = String(decoding: digits, as: UTF8.self)
        if let last = digits.last, last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            return .imaginary(Double(String(text.dropLast())) ?? .infinity)
        }
        if digits.count > 2 && digits[0] == UInt8(ascii: "0") {
            switch digits[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): return integer(Array(digits[2...]), radix: 16)
            case UInt8(ascii: "o"), UInt8(ascii: "O"): return integer(Array(digits[2...]), radix: 8)
            case UInt8(ascii: "b"), UInt8(ascii: "B"): return integer(Array(digits[2...]), radix: 2)
            default: break
            }
        }
        if digits.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return .float(Double(text) ?? .infinity)
        }
        return integer(digits, radix: 10)
    }

    static func integer(_ digits: [UInt8], radix: UInt32) -> ConstantValue {
        var small: Int64 = 0
        var overflow = false
        for d in digits {
            let (m, o1) = small.multipliedReportingOverflow(by: Int64(radix))
            let (s, o2) = m.addingReportingOverflow(Int64(digitValue(d)))
            if o1 || o2 {
                overflow = true
                break
            }
            small = s
        }
        if !overflow { return .int(small) }
        return .bigInt(decimalString(digits, radix: radix))
    }

    static func digitValue(_ d: UInt8) -> UInt32 {
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(d - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(d - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(d - UInt8(ascii: "A") + 10)
        default: return 0
        }
    }

    /// Converts digits in `radix` to decimal with base-10^9 limbs (little-endian).
    static func decimalString(_ digits: [UInt8], radix: UInt32) -> String {
        let limbBase: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [0]
        for d in digits {
            var carry = UInt64(digitValue(d))
            for i in 0..<limbs.count {
                let value = limbs[i] * UInt64(radix) + carry
                limbs[i] = value % limbBase
                carry = value / limbBase
            }
            while carry > 0 {
                limbs.append(carry % limbBase)
                carry /= limbBase
            }
        }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
