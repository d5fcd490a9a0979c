import Foundation

// Python's repr() for the constant values an AST holds, so a dump matches CPython's ast.dump().

enum PythonRepr {
    static func hex(_ value: UInt32, minimumDigits: Int, uppercase: Bool = true) -> String {
        var digits = String(value, radix: 16, uppercase: uppercase)
        while digits.count < minimumDigits { digits = "0" + digits }
        return digits
    }

    /// repr(str): quotes chosen as Python does, non-printable characters escaped.
    static func string(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let hasSingle = scalars.contains("'")
        let hasDouble = scalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for ch in scalars {
            switch ch {
            case quote, "\\":
                out.append("\\")
                out.append(ch)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                let v = ch.value
                if v < 0x20 || v == 0x7F {
                    out.append(contentsOf: ("\\x" + hex(v, minimumDigits: 2, uppercase: false)).unicodeScalars)
                } else if v < 0x7F || UnicodeProperties.isPrintable(ch) {
                    out.append(ch)
                } else if v <= 0xFF {
                    out.append(contentsOf: ("\\x" + hex(v, minimumDigits: 2, uppercase: false)).unicodeScalars)
                } else if v <= 0xFFFF {
                    out.append(contentsOf: ("\\u" + hex(v, minimumDigits: 4, uppercase: false)).unicodeScalars)
                } else {
                    out.append(contentsOf: ("\\U" + hex(v, minimumDigits: 8, uppercase: false)).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// repr(bytes).
    static func bytes(_ b: [UInt8]) -> String {
        let hasSingle = b.contains(UInt8(ascii: "'"))
        let hasDouble = b.contains(UInt8(ascii: "\""))
        let quote = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out = "b"
        out.unicodeScalars.append(UnicodeScalar(quote))
        for c in b {
            switch c {
            case quote, UInt8(ascii: "\\"):
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(UnicodeScalar(c))
            case UInt8(ascii: "\t"): out += "\\t"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            default:
                if c < 0x20 || c >= 0x7F {
                    out += "\\x" + hex(UInt32(c), minimumDigits: 2, uppercase: false)
                } else {
                    out.unicodeScalars.append(UnicodeScalar(c))
                }
            }
        }
        out.unicodeScalars.append(UnicodeScalar(quote))
        return out
    }

    /// repr(float): the shortest round-tripping digits, laid out by Python's rules
    /// (exponent notation when the decimal point is at or below -4 or beyond 16).
    static func float(_ x: Double) -> String {
        formatShortest(x, addDotZero: true)
    }

    /// repr(complex(0, x)): the imaginary part without a forced ".0", then "j".
    static func imaginary(_ x: Double) -> String {
        formatShortest(x, addDotZero: false) + "j"
    }

    static func formatShortest(_ x: Double, addDotZero: Bool) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + (addDotZero ? "0.0" : "0") }
        // Swift's description also prints the shortest round-tripping digits; take them apart.
        var text = Swift.abs(x).description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...])!
            text = String(text[..<e])
        }
        var digits = ""
        var pointPosition = 0
        if let dot = text.firstIndex(of: ".") {
            pointPosition = text.distance(from: text.startIndex, to: dot)
            digits = text.replacingOccurrences(of: ".", with: "")
        } else {
            pointPosition = text.count
            digits = text
        }
        // Strip leading zeros (moving the point) and trailing zeros.
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let decpt = pointPosition + exponent

        if decpt <= -4 || decpt > 16 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let e = decpt - 1
            let magnitude = Swift.abs(e)
            return sign + mantissa + "e" + (e < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        if decpt <= 0 {
            return sign + "0." + String(repeating: "0", count: -decpt) + digits
        }
        if decpt >= digits.count {
            return sign + digits + String(repeating: "0", count: decpt - digits.count) + (addDotZero ? ".0" : "")
        }
        let index = digits.index(digits.startIndex, offsetBy: decpt)
        return sign + digits[..<index] + "." + digits[index...]
    }
}
