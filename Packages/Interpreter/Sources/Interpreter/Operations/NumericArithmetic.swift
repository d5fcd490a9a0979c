import BigInt
import Runtime

#if canImport(Glibc)
import Glibc
#endif

/// Binary arithmetic on built-in numbers. Returns nil when the operator does not apply (e.g.
/// `@`, or bit operations on floats) so the caller can report unsupported operands.
func numericBinary(_ operation: BinaryOperator, _ x: NumericValue, _ y: NumericValue, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    switch (x, y) {
    case let (.int(a), .int(b)):
        return try intBinary(operation, a, b)
    case (.float, _), (_, .float):
        return try floatBinary(operation, x.asDouble(), y.asDouble(), exactIntegers: (x, y))
    default:
        return try bigIntBinary(operation, x.asBigInt, y.asBigInt)
    }
}

extension NumericValue {
    var asBigInt: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let f): return BigInt(f)
        }
    }

    /// The number as a float; ints too large for a float raise OverflowError as CPython does.
    func asDouble() throws(PyError) -> Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let f): return f
        case .big(let b): return try bigIntToDouble(b)
        }
    }
}

/// A bignum converted to the nearest float (round-half-even), or OverflowError.
public func bigIntToDouble(_ b: BigInt) throws(PyError) -> Double {
    let d = Double(b)
    if d.isInfinite { throw raiseOverflowError("int too large to convert to float") }
    return d
}

/// Arithmetic on two machine-word ints, overflowing into bignums.
func intBinary(_ operation: BinaryOperator, _ a: Int, _ b: Int) throws(PyError) -> Value? {
    switch operation {
    case .add:
        let (r, o) = a.addingReportingOverflow(b)
        return o ? newInt(BigInt(a) + BigInt(b)) : newInt(r)
    case .subtract:
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? newInt(BigInt(a) - BigInt(b)) : newInt(r)
    case .multiply:
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? newInt(BigInt(a) * BigInt(b)) : newInt(r)
    case .floorDivide:
        if b == 0 { throw raiseZeroDivisionError("integer division or modulo by zero") }
        if a == Int.min && b == -1 { return newInt(-BigInt(a)) }
        return newInt(floorDivMod(a, b).0)
    case .remainder:
        if b == 0 { throw raiseZeroDivisionError("integer modulo by zero") }
        if b == -1 { return Value(smallInt: 0) }
        return newInt(floorDivMod(a, b).1)
    case .trueDivide:
        if b == 0 { throw raiseZeroDivisionError("division by zero") }
        return Value(float: try trueDivideIntegers(BigInt(a), BigInt(b)))
    case .power:
        return try intPower(BigInt(a), BigInt(b))
    case .and: return newInt(a & b)
    case .or: return newInt(a | b)
    case .xor: return newInt(a ^ b)
    case .leftShift:
        if b < 0 { throw raiseValueError("negative shift count") }
        if a == 0 { return Value(smallInt: 0) }
        if b < 63 {
            let shifted = a << b
            if shifted >> b == a { return newInt(shifted) }
        }
        return try bigIntBinary(.leftShift, BigInt(a), BigInt(b))
    case .rightShift:
        if b < 0 { throw raiseValueError("negative shift count") }
        return newInt(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
    case .matrixMultiply:
        return nil
    }
}

/// Arithmetic where at least one operand is a bignum.
func bigIntBinary(_ operation: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(PyError) -> Value? {
    switch operation {
    case .add: return newInt(a + b)
    case .subtract: return newInt(a - b)
    case .multiply: return newInt(a * b)
    case .floorDivide, .remainder:
        if b.isZero {
            throw raiseZeroDivisionError(operation == .floorDivide ? "integer division or modulo by zero" : "integer modulo by zero")
        }
        let (q, m) = bigFloorDivMod(a, b)
        return newInt(operation == .floorDivide ? q : m)
    case .trueDivide:
        if b.isZero { throw raiseZeroDivisionError("division by zero") }
        return Value(float: try trueDivideIntegers(a, b))
    case .power: return try intPower(a, b)
    case .and: return newInt(a & b)
    case .or: return newInt(a | b)
    case .xor: return newInt(a ^ b)
    case .leftShift:
        if b.sign == .minus { throw raiseValueError("negative shift count") }
        if a.isZero { return Value(smallInt: 0) }
        guard let shift = Int(exactly: b), shift < (1 << 40) else { throw raiseOverflowError("too many digits in integer") }
        return newInt(a << shift)
    case .rightShift:
        if b.sign == .minus { throw raiseValueError("negative shift count") }
        guard let shift = Int(exactly: b) else { return Value(smallInt: a.sign == .minus ? -1 : 0) }
        return newInt(a >> shift)
    case .matrixMultiply:
        return nil
    }
}

/// Floor division and modulo of bignums (Python signs).
public func bigFloorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, m) = a.quotientAndRemainder(dividingBy: b)
    if !m.isZero && ((m.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        m += b
    }
    return (q, m)
}

/// int ** int: an int for non-negative exponents, a float otherwise.
func intPower(_ base: BigInt, _ exponent: BigInt) throws(PyError) -> Value {
    if exponent.sign == .minus {
        if base.isZero { throw raiseZeroDivisionError("0.0 cannot be raised to a negative power") }
        return Value(float: pow(try bigIntToDouble(base), try bigIntToDouble(exponent)))
    }
    if base == 1 || exponent.isZero { return Value(smallInt: 1) }
    if base.isZero { return Value(smallInt: 0) }
    if base == -1 { return Value(smallInt: exponent.magnitude.words[0] & 1 == 0 ? 1 : -1) }
    guard let e = Int(exactly: exponent), e < 1 << 32 else { throw raise(rt.pointee.types.MemoryError, "") }
    return newInt(base.power(e))
}

/// a / b for ints, correctly rounded like CPython (exact when both fit in 53 bits).
func trueDivideIntegers(_ a: BigInt, _ b: BigInt) throws(PyError) -> Double {
    let limit = BigInt(1) << 53
    if a.magnitude < limit.magnitude && b.magnitude < limit.magnitude {
        return Double(a) / Double(b)
    }
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let negative = (a.sign == .minus) != (b.sign == .minus)
    let n = a.magnitude, d = b.magnitude
    let shift = Int(d.bitWidth) - Int(n.bitWidth) + 55
    let scaledN = shift >= 0 ? n << shift : n >> -shift
    var (q, r) = scaledN.quotientAndRemainder(dividingBy: d)
    if !r.isZero || (shift < 0 && (n & ((BigUInt(1) << -shift) - 1)) != 0) { q |= 1 }  // sticky bit
    let result = Double(sign: .plus, exponent: -shift, significand: Double(q))
    if result.isInfinite { throw raiseOverflowError("integer division result too large for a float") }
    return negative ? -result : result
}

/// Arithmetic with at least one float operand.
func floatBinary(_ operation: BinaryOperator, _ a: Double, _ b: Double, exactIntegers: (NumericValue, NumericValue)) throws(PyError) -> Value? {
    switch operation {
    case .add: return Value(float: a + b)
    case .subtract: return Value(float: a - b)
    case .multiply: return Value(float: a * b)
    case .trueDivide:
        if b == 0 { throw raiseZeroDivisionError("float division by zero") }
        return Value(float: a / b)
    case .floorDivide:
        if b == 0 { throw raiseZeroDivisionError("float floor division by zero") }
        return Value(float: floatDivMod(a, b).0)
    case .remainder:
        if b == 0 { throw raiseZeroDivisionError("float modulo") }
        return Value(float: floatDivMod(a, b).1)
    case .power:
        return try floatPower(a, b)
    default:
        return nil
    }
}

/// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
public func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1.0
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

/// float ** float with CPython's special cases and errors.
func floatPower(_ x: Double, _ y: Double) throws(PyError) -> Value {
    if y == 0 { return Value(float: 1.0) }
    if x.isNaN { return Value(float: y == 0 ? 1.0 : x) }
    if y.isNaN { return Value(float: x == 1.0 ? 1.0 : y) }
    if x == 0 && y < 0 && y.isFinite {
        throw raiseZeroDivisionError("0.0 cannot be raised to a negative power")
    }
    if x < 0 && y.isFinite && y != y.rounded() {
        throw raiseValueError("math domain error")
    }
    let result = pow(x, y)
    if result.isInfinite && x.isFinite && y.isFinite {
        throw raise(rt.pointee.types.OverflowError, "(34, 'Numerical result out of range')")
    }
    return Value(float: result)
}

/// Ordering of ints for COMPARE_OP's oparg (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=).
@inline(__always)
public func compareInts(_ a: Int, _ b: Int, _ op: Int) -> Bool {
    switch op {
    case 0: return a < b
    case 1: return a <= b
    case 2: return a == b
    case 3: return a != b
    case 4: return a > b
    default: return a >= b
    }
}

@inline(__always)
public func compareDoubles(_ a: Double, _ b: Double, _ op: Int) -> Bool {
    switch op {
    case 0: return a < b
    case 1: return a <= b
    case 2: return a == b
    case 3: return a != b
    case 4: return a > b
    default: return a >= b
    }
}

/// Exact comparison of any two built-in numbers (ints are never rounded to floats).
func compareNumbers(_ x: NumericValue, _ y: NumericValue, _ op: Int) -> Bool {
    switch (x, y) {
    case let (.int(a), .int(b)): return compareInts(a, b, op)
    case let (.float(a), .float(b)): return compareDoubles(a, b, op)
    case let (.float(a), _):
        if a.isNaN { return op == 3 }
        if a.isInfinite { return compareInts(a > 0 ? 1 : -1, 0, op) }
        return compareInts(compareFloatToInt(a, y.asBigInt), 0, op)
    case let (_, .float(b)):
        if b.isNaN { return op == 3 }
        if b.isInfinite { return compareInts(0, b > 0 ? 1 : -1, op) }
        return compareInts(0, compareFloatToInt(b, x.asBigInt), op)
    default:
        let a = x.asBigInt, b = y.asBigInt
        return compareInts(a < b ? -1 : (a == b ? 0 : 1), 0, op)
    }
}

/// -1, 0 or 1 as the finite float `f` is below, equal to or above the int `i`.
func compareFloatToInt(_ f: Double, _ i: BigInt) -> Int {
    let floored = f.rounded(.down)
    let integral = BigInt(floored)
    if integral < i { return -1 }
    if integral > i { return 1 }
    return f > floored ? 1 : 0
}
