/// A compile-time constant of a code unit. Kept independent of any runtime value representation:
/// the VM turns constants into heap values when it loads a code unit.
public indirect enum Constant: Equatable, Sendable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int64)
    /// An integer that does not fit in Int64, as decimal digits with an optional leading '-'.
    case bigInt(String)
    case float(Double)
    case complex(real: Double, imag: Double)
    case str(String)
    case bytes([UInt8])
    case tuple([Constant])
    case frozenset([Constant])
    case code(CodeUnit)

    public static func == (lhs: Constant, rhs: Constant) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a == b
        // Compare bit patterns: 0.0 and -0.0 are different constants, NaN equals itself.
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.complex(a, b), .complex(c, d)): return a.bitPattern == c.bitPattern && b.bitPattern == d.bitPattern
        case let (.str(a), .str(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.tuple(a), .tuple(b)): return a == b
        case let (.frozenset(a), .frozenset(b)): return a == b
        case let (.code(a), .code(b)): return a === b
        default: return false
        }
    }
}
