extension Constant {
    /// The constant as Python's repr() would print it (used by the disassembler).
    public var pythonRepr: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let digits): return digits
        case .float(let d): return floatRepr(d)
        case .complex(let re, let im):
            if re == 0 && re.sign == .plus { return floatReprTrimmed(im) + "j" }
            let sign = im.sign == .minus || im.isNaN && im.sign == .minus ? "-" : "+"
            return "(\(floatReprTrimmed(re))\(sign)\(floatReprTrimmed(abs(im)))j)"
        case .str(let s): return stringRepr(s)
        case .bytes(let b): return bytesRepr(b)
        case .tuple(let items):
            if items.count == 1 { return "(\(items[0].pythonRepr),)" }
            return "(" + items.map(\.pythonRepr).joined(separator: ", ") + ")"
        case .frozenset(let items):
            return items.isEmpty ? "frozenset()" : "frozenset({" + items.map(\.pythonRepr).joined(separator: ", ") + "})"
        case .code(let unit):
            return "<code object \(unit.name), file \"\(unit.filename)\", line \(unit.firstLine)>"
        }
    }
}

/// CPython's float repr: shortest round-trip digits, exponent form outside [1e-4, 1e16).
public func floatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    return d.description
}

/// Float repr without a trailing ".0" (how complex numbers print their parts).
func floatReprTrimmed(_ d: Double) -> String {
    let r = floatRepr(d)
    return r.hasSuffix(".0") ? String(r.dropLast(2)) : r
}

/// Python's repr() of a str: single quotes unless the text has ' and no ".
public func stringRepr(_ s: String) -> String {
    let hasSingle = s.unicodeScalars.contains("'")
    let hasDouble = s.unicodeScalars.contains("\"")
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
        switch scalar {
        case quote, "\\": out += "\\" + String(scalar)
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if isPrintable(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                out += "\\x" + hex(scalar.value, width: 2)
            } else if scalar.value < 0x10000 {
                out += "\\u" + hex(scalar.value, width: 4)
            } else {
                out += "\\U" + hex(scalar.value, width: 8)
            }
        }
    }
    out.unicodeScalars.append(quote)
    return out
}

public func bytesRepr(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(UInt8(ascii: "'"))
    let hasDouble = bytes.contains(UInt8(ascii: "\""))
    let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var out = "b" + String(UnicodeScalar(quote))
    for byte in bytes {
        switch byte {
        case quote, UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(byte))
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0x20..<0x7F: out += String(UnicodeScalar(byte))
        default: out += "\\x" + hex(UInt32(byte), width: 2)
        }
    }
    return out + String(UnicodeScalar(quote))
}

func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Python's str.isprintable() for one character: everything except the Unicode categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
public func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
