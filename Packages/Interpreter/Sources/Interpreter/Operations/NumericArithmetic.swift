import BigInt
import Runtime

#if canImport(Glibc)
import Glibc
#endif

/// Binary arithmetic on built-in numbers (int, bool, float, bignum) with CPython's exact
/// semantics. Returns nil when the operator does not apply (e.g. `@`, or bit operations on
/// floats) so the caller can report unsupported operands.
func numericBinary(_ operation: BinaryOperator, _ x: NumericValue, _ y: NumericValue, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    switch (x, y) {
    case let (.int(a), .int(b)):
        // bool & bool, bool | bool, bool ^ bool stay bools.
        if lhs.isBool && rhs.isBool {
            switch operation {
            case .and: return Value(bool: a & b != 0)
            case .or: return Value(bool: a | b != 0)
            case .xor: return Value(bool: a ^ b != 0)
            default: break
            }
        }
        return try intBinary(operation, a, b)
    case (.float, _), (_, .float):
        switch operation {
        case .and, .or, .xor, .leftShift, .rightShift, .matrixMultiply: return nil
        default: return try floatBinary(operation, x.asDouble(), y.asDouble())
        }
    default:
        return try bigIntBinary(operation, x.asBigInt, y.asBigInt)
    }
}

extension NumericValue {
    /// The value of an int (small or big); floats are truncated (callers never pass them).
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

    var isFloat: Bool { if case .float = self { return true } else { return false } }
}

/// An int converted to the nearest float (ties to even), or OverflowError.
public func bigIntToDouble(_ b: BigInt) throws(PyError) -> Double {
    let d = doubleRounding(b)
    if d.isInfinite { throw raiseOverflowError("int too large to convert to float") }
    return d
}

/// Bits beyond which `<<` and `**` give up with MemoryError (CPython would exhaust memory).
let bigIntBitLimit = 1 << 34

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
        return o ? newIntProduct(a, b) : newInt(r)
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
        if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return Value(float: Double(a) / Double(b)) }
        return Value(float: try trueDivideIntegers(BigInt(a), BigInt(b)))
    case .power:
        if b >= 0, let r = smallIntPower(a, b) { return newInt(r) }
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

/// a ** b for machine ints (b >= 0), or nil when the result overflows 64 bits.
@inline(__always)
func smallIntPower(_ a: Int, _ b: Int) -> Int? {
    if a == 0 { return b == 0 ? 1 : 0 }
    if a == 1 { return 1 }
    if a == -1 { return b & 1 == 0 ? 1 : -1 }
    if b >= 64 { return nil }
    var result = 1, base = a, e = b
    while true {
        if e & 1 == 1 {
            let (r, o) = result.multipliedReportingOverflow(by: base)
            if o { return nil }
            result = r
        }
        e >>= 1
        if e == 0 { return result }
        // |base| >= 2 and a higher exponent bit is still to come: an overflow here is final.
        let (square, o) = base.multipliedReportingOverflow(by: base)
        if o { return nil }
        base = square
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
        return Value(float: try trueDivideIntegers(a, b))
    case .power: return try intPower(a, b)
    case .and: return newInt(bitwise(.and, a, b))
    case .or: return newInt(bitwise(.or, a, b))
    case .xor: return newInt(bitwise(.xor, a, b))
    case .leftShift:
        if b.sign == .minus { throw raiseValueError("negative shift count") }
        if a.isZero { return Value(smallInt: 0) }
        // CPython clips shift counts past 30 * (2^63 - 1) / 4 bits and reports too many digits;
        // smaller ones fail allocating (MemoryError) long before the limit.
        if b / 30 >= BigInt(2305843009213693945) { throw raiseOverflowError("too many digits in integer") }
        guard let shift = Int(exactly: b), shift <= bigIntBitLimit else {
            throw raise(newException(rt.pointee.types.MemoryError, args: newTuple([])))
        }
        return newInt(BigInt(sign: a.sign, magnitude: a.magnitude << shift))
    case .rightShift:
        if b.sign == .minus { throw raiseValueError("negative shift count") }
        guard let shift = Int(exactly: b), shift < a.magnitude.bitWidth + 1 else {
            return Value(smallInt: a.sign == .minus ? -1 : 0)
        }
        return newInt(shiftRightFloor(a, shift))
    case .matrixMultiply:
        return nil
    }
}

/// Floor division and modulo of bignums (Python signs: the remainder takes the divisor's sign).
public func bigFloorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, m) = a.quotientAndRemainder(dividingBy: b)
    if !m.isZero && ((m.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        m += b
    }
    return (q, m)
}

/// int ** int: an int for non-negative exponents; for negative ones CPython converts both to
/// floats and uses float ** float (so `0 ** -1` is "0.0 cannot be raised to a negative power").
func intPower(_ base: BigInt, _ exponent: BigInt) throws(PyError) -> Value {
    if exponent.sign == .minus {
        let x = try bigIntToDouble(base)
        return try floatPower(x, try bigIntToDouble(exponent))
    }
    if exponent.isZero || base == 1 { return Value(smallInt: 1) }
    if base.isZero { return Value(smallInt: 0) }
    if base == -1 { return Value(smallInt: lowWord(exponent.magnitude) & 1 == 0 ? 1 : -1) }
    // The result has at least (bits - 1) * e bits: refuse what would exhaust memory.
    guard let e = Int(exactly: exponent), e <= bigIntBitLimit,
          case let (resultBits, overflow) = (base.magnitude.bitWidth - 1).multipliedReportingOverflow(by: e),
          !overflow, resultBits <= bigIntBitLimit else {
        throw raise(newException(rt.pointee.types.MemoryError, args: newTuple([])))
    }
    return newInt(base.power(e))
}

/// a / b for ints, correctly rounded (subnormals included) as CPython's long_true_divide.
func trueDivideIntegers(_ a: BigInt, _ b: BigInt) throws(PyError) -> Double {
    if b.isZero { throw raiseZeroDivisionError("division by zero") }
    let negative = (a.sign == .minus) != (b.sign == .minus)
    let n = a.magnitude, d = b.magnitude
    if n.isZero { return negative ? -0.0 : 0.0 }
    let nBits = n.bitWidth, dBits = d.bitWidth
    if nBits <= 53 && dBits <= 53 {
        let q = Double(lowWord(n)) / Double(lowWord(d))
        return negative ? -q : q
    }
    let difference = nBits - dBits
    if difference > 1025 { throw raiseOverflowError("integer division result too large for a float") }
    if difference < -1080 { return negative ? -0.0 : 0.0 }
    // Scale so that the quotient has at least 55 significant bits, divide, round once.
    let shift = dBits - nBits + 55
    var sticky = false
    let scaled: BigUInt
    if shift >= 0 {
        scaled = n << shift
    } else {
        scaled = n >> -shift
        sticky = n.trailingZeroBitCount < -shift
    }
    let (q, r) = scaled.quotientAndRemainder(dividingBy: d)
    if !r.isZero { sticky = true }
    let result = roundedDouble(q, exponent: -shift, sticky: sticky)
    if result.isInfinite { throw raiseOverflowError("integer division result too large for a float") }
    return negative ? -result : result
}

/// Arithmetic with at least one float operand (both already converted).
func floatBinary(_ operation: BinaryOperator, _ a: Double, _ b: Double) throws(PyError) -> Value? {
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
        return Value(float: floatModulo(a, b))
    case .power:
        return try floatPower(a, b)
    default:
        return nil
    }
}

/// CPython's float_rem: fmod with the result taking the divisor's sign.
@inline(__always)
public func floatModulo(_ vx: Double, _ wx: Double) -> Double {
    var mod = fmod(vx, wx)
    if mod != 0 {
        if (wx < 0) != (mod < 0) { mod += wx }
    } else {
        mod = copysign(0.0, wx)
    }
    return mod
}

/// CPython's _float_div_mod: floor quotient and a remainder with the divisor's sign.
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

@inline(__always)
private func isOddInteger(_ x: Double) -> Bool { fmod(fabs(x), 2.0) == 1.0 }

/// float ** float, a port of CPython 3.11's float_pow (special cases first, then libm pow).
func floatPower(_ x: Double, _ y: Double) throws(PyError) -> Value {
    var iv = x
    let iw = y
    if iw == 0 { return Value(float: 1.0) }
    if iv.isNaN { return Value(float: iv) }
    if iw.isNaN { return Value(float: iv == 1.0 ? 1.0 : iw) }
    if iw.isInfinite {
        iv = fabs(iv)
        if iv == 1.0 { return Value(float: 1.0) }
        if (iw > 0) == (iv > 1.0) { return Value(float: fabs(iw)) }
        return Value(float: 0.0)
    }
    if iv.isInfinite {
        let odd = isOddInteger(iw)
        if iw > 0 { return Value(float: odd ? iv : fabs(iv)) }
        return Value(float: odd ? copysign(0.0, iv) : 0.0)
    }
    if iv == 0 {
        if iw < 0 { throw raiseZeroDivisionError("0.0 cannot be raised to a negative power") }
        return Value(float: isOddInteger(iw) ? iv : 0.0)
    }
    var negate = false
    if iv < 0 {
        if iw != floor(iw) {
            // CPython returns a complex number here.
            throw raiseUnsupported("complex numbers (a negative number raised to a fractional power)")
        }
        iv = -iv
        negate = isOddInteger(iw)
    }
    if iv == 1.0 { return Value(float: negate ? -1.0 : 1.0) }
    var result = powAsLibm(iv, iw)
    if negate { result = -result }
    if result.isInfinite {
        let args = allocateTuple(count: 2)
        TupleObject.items(args)[0] = Value(smallInt: 34)
        TupleObject.items(args)[1] = .none
        TupleObject.items(args)[1] = newString("Numerical result out of range")
        throw raise(newException(rt.pointee.types.OverflowError, args: Value(args)))
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
    case let (.float(a), .int(b)) where b.magnitude <= 1 << 53: return compareDoubles(a, Double(b), op)
    case let (.int(a), .float(b)) where a.magnitude <= 1 << 53: return compareDoubles(Double(a), b, op)
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
