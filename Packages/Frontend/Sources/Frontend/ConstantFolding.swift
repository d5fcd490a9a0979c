import Bytecode

// Constant folding as CPython 3.11's AST optimizer (Python/ast_opt.c) does it, for the values
// Hotpath can compute exactly at compile time. Whatever is not folded here is computed at run time
// with the same result, so leaving something out only changes what `dis` shows:
//   - ints are folded while results fit in 64 bits (CPython goes up to 128-bit results);
//   - float `**`, complex `/`, `//`, `%`, `**` and tuple arithmetic are not folded;
//   - str/bytes repetition respects CPython's 4096-item limit.
// A folded value that the AST's ConstantValue cannot hold (a complex with a real part, a tuple)
// stays an expression; the compiler folds those one level deep (Compiler.constantValue(of:)).

extension ConstantValue {
    var asConstant: Constant {
        switch self {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return .bigInt(digits)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .complex(real: 0, imag: d)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// The AST form of a constant, when it has one.
    init?(_ constant: Constant) {
        switch constant {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigInt(let digits): self = .bigInt(digits)
        case .float(let d): self = .float(d)
        case .complex(let re, let im):
            guard re == 0 && re.sign == .plus else { return nil }
            self = .imaginary(im)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        case .tuple, .frozenset, .code: return nil
        }
    }
}

/// Python truthiness of a constant.
func isTruthy(_ constant: Constant) -> Bool {
    switch constant {
    case .none: return false
    case .ellipsis, .code: return true
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .bigInt: return true
    case .float(let d): return d != 0
    case .complex(let re, let im): return re != 0 || im != 0
    case .str(let s): return !s.isEmpty
    case .bytes(let b): return !b.isEmpty
    case .tuple(let items), .frozenset(let items): return !items.isEmpty
    }
}

/// Python arithmetic on constants; nil when CPython would not fold (or Hotpath cannot).
enum ConstantArithmetic {
    static let maxStringSize = 4096

    private enum Number {
        case int(Int64)
        case float(Double)
        case complex(Double, Double)
    }

    private static func number(_ constant: Constant) -> Number? {
        switch constant {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .complex(let re, let im): return .complex(re, im)
        default: return nil
        }
    }

    private static func isBool(_ constant: Constant) -> Bool {
        if case .bool = constant { return true }
        return false
    }

    static func unary(_ op: UnaryOperator, _ operand: Constant) -> Constant? {
        if op == .not { return .bool(!isTruthy(operand)) }
        if case .bigInt(let digits) = operand {
            switch op {
            case .uSub: return normalizedInteger(digits.hasPrefix("-") ? String(digits.dropFirst()) : "-" + digits)
            case .uAdd: return operand
            default: return nil
            }
        }
        guard let value = number(operand) else { return nil }
        switch (op, value) {
        case (.uSub, .int(let i)):
            return i == Int64.min ? .bigInt("9223372036854775808") : .int(-i)
        case (.uAdd, .int(let i)): return .int(i)
        case (.invert, .int(let i)): return .int(~i)
        case (.uSub, .float(let d)): return .float(-d)
        case (.uAdd, .float(let d)): return .float(d)
        case (.uSub, .complex(let re, let im)): return .complex(real: -re, imag: -im)
        case (.uAdd, .complex(let re, let im)): return .complex(real: re, imag: im)
        default: return nil
        }
    }

    /// Digits (with an optional '-') as an int constant, small when it fits in 64 bits.
    static func normalizedInteger(_ digits: String) -> Constant {
        if let small = Int64(digits) { return .int(small) }
        return .bigInt(digits)
    }

    static func binary(_ left: Constant, _ op: BinaryOperator, _ right: Constant) -> Constant? {
        if let folded = sequenceOperation(left, op, right) { return folded }
        guard let a = number(left), let b = number(right) else { return nil }
        switch (a, b) {
        case let (.int(x), .int(y)):
            return integerOperation(x, op, y, bothBool: isBool(left) && isBool(right))
        case (.complex, _), (_, .complex):
            return complexOperation(a, op, b)
        default:
            return floatOperation(asDouble(a), op, asDouble(b))
        }
    }

    private static func asDouble(_ number: Number) -> Double {
        switch number {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .complex(let re, _): return re
        }
    }

    private static func integerOperation(_ x: Int64, _ op: BinaryOperator, _ y: Int64, bothBool: Bool) -> Constant? {
        switch op {
        case .add:
            let (r, overflow) = x.addingReportingOverflow(y)
            return overflow ? nil : .int(r)
        case .sub:
            let (r, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? nil : .int(r)
        case .mult:
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? nil : .int(r)
        case .floorDiv, .mod:
            guard y != 0, !(x == Int64.min && y == -1) else { return nil }
            var quotient = x / y
            var remainder = x % y
            if remainder != 0 && ((remainder < 0) != (y < 0)) {
                quotient -= 1
                remainder += y
            }
            return op == .floorDiv ? .int(quotient) : .int(remainder)
        case .div:
            let limit: Int64 = 1 << 53
            guard y != 0, abs(x) <= limit, abs(y) <= limit else { return nil }
            return .float(Double(x) / Double(y))
        case .pow:
            guard y >= 0 else { return nil }
            var result: Int64 = 1
            var count = y
            while count > 0 {
                let (r, overflow) = result.multipliedReportingOverflow(by: x)
                if overflow { return nil }
                result = r
                count -= 1
                if result == 0 || result == 1 && x == 1 { break }
            }
            return .int(result)
        case .lShift:
            guard y >= 0 else { return nil }
            if x == 0 { return .int(0) }
            guard y < 63 else { return nil }
            let shifted = x << y
            return shifted >> y == x ? .int(shifted) : nil
        case .rShift:
            guard y >= 0 else { return nil }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return bothBool ? .bool(x & y != 0) : .int(x & y)
        case .bitOr: return bothBool ? .bool(x | y != 0) : .int(x | y)
        case .bitXor: return bothBool ? .bool(x ^ y != 0) : .int(x ^ y)
        case .matMult: return nil
        }
    }

    private static func floatOperation(_ x: Double, _ op: BinaryOperator, _ y: Double) -> Constant? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div:
            guard y != 0 else { return nil }
            return .float(x / y)
        case .floorDiv, .mod:
            // CPython's float_divmod.
            guard y != 0 else { return nil }
            var mod = x.truncatingRemainder(dividingBy: y)
            var div = (x - mod) / y
            if mod != 0 {
                if (y < 0) != (mod < 0) {
                    mod += y
                    div -= 1
                }
            } else {
                mod = Double(signOf: y, magnitudeOf: 0)
            }
            if op == .mod { return .float(mod) }
            var floorDiv: Double
            if div != 0 {
                floorDiv = div.rounded(.down)
                if div - floorDiv > 0.5 { floorDiv += 1 }
            } else {
                floorDiv = Double(signOf: x / y, magnitudeOf: 0)
            }
            return .float(floorDiv)
        default:
            return nil
        }
    }

    private static func complexOperation(_ a: Number, _ op: BinaryOperator, _ b: Number) -> Constant? {
        func parts(_ n: Number) -> (Double, Double) {
            switch n {
            case .int(let i): return (Double(i), 0)
            case .float(let d): return (d, 0)
            case .complex(let re, let im): return (re, im)
            }
        }
        let (ar, ai) = parts(a)
        let (br, bi) = parts(b)
        switch op {
        case .add: return .complex(real: ar + br, imag: ai + bi)
        case .sub: return .complex(real: ar - br, imag: ai - bi)
        case .mult: return .complex(real: ar * br - ai * bi, imag: ar * bi + ai * br)
        default: return nil
        }
    }

    /// str/bytes concatenation and repetition (CPython's safe_multiply limits).
    private static func sequenceOperation(_ left: Constant, _ op: BinaryOperator, _ right: Constant) -> Constant? {
        switch (left, op, right) {
        case let (.str(a), .add, .str(b)): return .str(a + b)
        case let (.bytes(a), .add, .bytes(b)): return .bytes(a + b)
        case (.str, .mult, _), (.bytes, .mult, _): return repeatSequence(left, right)
        case (_, .mult, .str), (_, .mult, .bytes): return repeatSequence(right, left)
        default: return nil
        }
    }

    private static func repeatSequence(_ sequence: Constant, _ count: Constant) -> Constant? {
        let n: Int64
        switch count {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        default: return nil
        }
        switch sequence {
        case .str(let s):
            let size = s.unicodeScalars.count
            if size > 0 && (n < 0 || n > Int64(maxStringSize / size)) { return nil }
            return .str(n <= 0 ? "" : String(repeating: s, count: Int(n)))
        case .bytes(let b):
            let size = b.count
            if size > 0 && (n < 0 || n > Int64(maxStringSize / size)) { return nil }
            return .bytes(n <= 0 ? [] : Array([[UInt8]](repeating: b, count: Int(n)).joined()))
        default:
            return nil
        }
    }

    /// `"abc"[i]` and `b"abc"[i]` with a constant int index.
    static func index(_ container: Constant, _ index: Constant) -> Constant? {
        let i: Int64
        switch index {
        case .int(let value): i = value
        case .bool(let b): i = b ? 1 : 0
        default: return nil
        }
        switch container {
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            let position = i < 0 ? i + Int64(scalars.count) : i
            guard position >= 0 && position < Int64(scalars.count) else { return nil }
            return .str(String(String.UnicodeScalarView([scalars[Int(position)]])))
        case .bytes(let b):
            let position = i < 0 ? i + Int64(b.count) : i
            guard position >= 0 && position < Int64(b.count) else { return nil }
            return .int(Int64(b[Int(position)]))
        default:
            return nil
        }
    }
}
