import BigInt

/// Ints: small ints inline in the value, bignum objects beyond. Bignum arithmetic converts to
/// attaswift's BigInt (a slow path by design: the fast paths never leave small ints).

/// An int value: inline when it fits, a bignum otherwise.
@inline(__always)
public func newInt(_ n: Int) -> Value {
    if Value.fitsSmallInt(n) { return Value(smallInt: n) }
    var limb = n.magnitude
    return newInt(limbs: &limb, count: 1, negative: n < 0)
}

/// a * b for machine ints, exactly (two limbs at most).
public func newIntProduct(_ a: Int, _ b: Int) -> Value {
    let (high, low) = a.magnitude.multipliedFullWidth(by: b.magnitude)
    var limbs = (low, high)
    return withUnsafePointer(to: &limbs) { pair in
        newInt(limbs: UnsafeRawPointer(pair).assumingMemoryBound(to: UInt.self), count: 2, negative: (a < 0) != (b < 0))
    }
}

/// An int value from a BigInt, normalized (small ints are never boxed).
public func newInt(_ n: BigInt) -> Value {
    if let small = Int(exactly: n), Value.fitsSmallInt(small) { return Value(smallInt: small) }
    return newBigIntObject(n)
}

private func newBigIntObject(_ n: BigInt) -> Value {
    let words = n.magnitude.words
    var count = words.count
    while count > 0 && words[count - 1] == 0 { count -= 1 }
    let raw = rt.pointee.heap.allocate(size: BigIntObject.limbsOffset + count * 8, kind: .bigInt, type: rt.pointee.types.int)
    let b = raw.assumingMemoryBound(to: BigIntObject.self)
    b.pointee.signedLimbCount = n.sign == .minus ? -count : count
    let limbs = BigIntObject.limbs(b)
    for i in 0..<count { limbs[i] = words[i] }
    return Value(b)
}

extension Value {
    /// True for an int (small or big, not bool).
    @inline(__always) public var isInt: Bool {
        isSmallInt || (isObject && header.pointee.kind == .bigInt && header.pointee.type == rt.pointee.types.int)
    }

    /// The value of an int, or of a bool as 0/1 (the caller has checked it is one of them).
    public var bigIntValue: BigInt {
        if isSmallInt { return BigInt(smallInt) }
        if bits == Value.true.bits { return 1 }
        if bits == Value.false.bits { return 0 }
        let b = object(as: BigIntObject.self)
        let count = abs(b.pointee.signedLimbCount)
        let magnitude = BigUInt(words: UnsafeBufferPointer(start: BigIntObject.limbs(b), count: count))
        return BigInt(sign: b.pointee.signedLimbCount < 0 ? .minus : .plus, magnitude: magnitude)
    }

    /// The int as a machine Int when it fits (ints and bools).
    public var exactInt: Int? {
        if isSmallInt { return smallInt }
        if bits == Value.true.bits { return 1 }
        if bits == Value.false.bits { return 0 }
        if isObject && header.pointee.kind == .bigInt { return Int(exactly: bigIntValue) }
        return nil
    }
}

/// Equality between numbers of any kind (int, bool, float, bignum), or nil when either value
/// is not a built-in number.
public func numericEqualsIfNumbers(_ a: Value, _ b: Value) -> Bool? {
    if (a.isObject || b.isObject) && a.isInt && b.isInt { return intCompare(a, b) == 0 }
    guard let x = NumericValue(a), let y = NumericValue(b) else { return nil }
    switch (x, y) {
    case let (.int(i), .int(j)): return i == j
    case let (.float(f), .float(g)): return f == g
    case let (.int(i), .float(f)), let (.float(f), .int(i)): return floatEqualsInt(f, i)
    case let (.big(i), .big(j)): return i == j
    case let (.big(i), .int(j)), let (.int(j), .big(i)): return i == BigInt(j)
    case let (.big(i), .float(f)), let (.float(f), .big(i)):
        guard f.isFinite, f == f.rounded(.towardZero) else { return false }
        return BigInt(exactly: f) == i
    }
}

/// A built-in number, unpacked: `.int` for every int that fits in a machine word (small ints,
/// bools, and one-limb bignums), `.big` beyond.
public enum NumericValue {
    case int(Int)
    case big(BigInt)
    case float(Double)

    public init?(_ v: Value) {
        if v.isSmallInt { self = .int(v.smallInt); return }
        if v.isFloat { self = .float(v.float); return }
        if v.bits == Value.true.bits { self = .int(1); return }
        if v.bits == Value.false.bits { self = .int(0); return }
        if v.isObject && v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int {
            let b = v.object(as: BigIntObject.self)
            let signedCount = b.pointee.signedLimbCount
            if signedCount == 1 || signedCount == -1 {
                let limb = BigIntObject.limbs(b)[0]
                if signedCount == 1 && limb <= UInt(Int.max) { self = .int(Int(limb)); return }
                if signedCount == -1 && limb <= UInt(1) << 63 { self = .int(Int(bitPattern: 0 &- limb)); return }
            }
            self = .big(v.bigIntValue)
            return
        }
        return nil
    }
}

/// Exact comparison of a float with an int (CPython compares without rounding the int).
public func floatEqualsInt(_ f: Double, _ i: Int) -> Bool {
    guard f.isFinite, f == f.rounded(.towardZero) else { return false }
    if abs(f) < 9.0e15 { return Int(f) == i }
    return BigInt(exactly: f) == BigInt(i)
}

// MARK: exact conversions

/// `m * 2^e` rounded to the nearest double (ties to even), with subnormals rounded once, as
/// CPython rounds. `sticky` says the true value is slightly above `m * 2^e` (nonzero bits were
/// dropped below `m`); the caller must then give `m` at least 55 significant bits. Returns
/// infinity when the rounded value is too large.
public func roundedDouble(_ m: BigUInt, exponent e: Int, sticky: Bool = false) -> Double {
    if m.isZero { return 0 }
    let bits = m.bitWidth
    // The least significant bit the result can keep: 53 bits of precision, or 2^-1074.
    let keep = max(bits + e - 53, -1074)
    let drop = keep - e
    if drop <= 0 {
        // Exact: at most 53 significant bits (scalbn overflows to infinity by itself).
        return scalbn(Double(lowWord(m)), Int32(clamping: e))
    }
    if drop > bits { return 0 }
    var q = m >> drop
    let half = BigUInt(1) << (drop - 1)
    let remainder = m - (q << drop)
    if remainder > half || (remainder == half && (sticky || lowWord(q) & 1 == 1)) {
        q += 1
    }
    return scalbn(Double(lowWord(q)), Int32(clamping: keep))
}

/// The least significant word of `n` (0 for zero).
@inline(__always)
public func lowWord(_ n: BigUInt) -> UInt { n.isZero ? 0 : n.words[0] }

/// The int as the nearest double (ties to even), or infinity (with the sign) when too large.
public func doubleRounding(_ n: BigInt) -> Double {
    let d = roundedDouble(n.magnitude, exponent: 0)
    return n.sign == .minus ? -d : d
}

// MARK: two's complement bit operations

/// The `count`-word two's complement representation of `n`.
private func twosComplementWords(_ n: BigInt, count: Int) -> [UInt] {
    var words = [UInt](repeating: 0, count: count)
    let magnitude = n.magnitude.words
    for i in 0..<min(count, magnitude.count) { words[i] = magnitude[i] }
    if n.sign == .minus { negateWords(&words) }
    return words
}

private func negateWords(_ words: inout [UInt]) {
    var carry: UInt = 1
    for i in 0..<words.count {
        let (sum, overflow) = (~words[i]).addingReportingOverflow(carry)
        words[i] = sum
        carry = overflow ? 1 : 0
    }
}

/// The integer whose two's complement representation is `words` (top bit = sign).
private func integerFromTwosComplement(_ words: inout [UInt]) -> BigInt {
    let negative = (words.last ?? 0) >> (UInt.bitWidth - 1) == 1
    if negative { negateWords(&words) }
    return BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: words))
}

public enum BitwiseOperator { case and, or, xor }

/// `a & b`, `a | b`, `a ^ b` with Python's infinite two's complement semantics.
public func bitwise(_ op: BitwiseOperator, _ a: BigInt, _ b: BigInt) -> BigInt {
    let count = max(a.magnitude.words.count, b.magnitude.words.count) + 1
    var x = twosComplementWords(a, count: count)
    let y = twosComplementWords(b, count: count)
    switch op {
    case .and: for i in 0..<count { x[i] &= y[i] }
    case .or: for i in 0..<count { x[i] |= y[i] }
    case .xor: for i in 0..<count { x[i] ^= y[i] }
    }
    return integerFromTwosComplement(&x)
}

/// `a >> shift` rounding toward negative infinity, as Python does.
public func shiftRightFloor(_ a: BigInt, _ shift: Int) -> BigInt {
    if a.sign == .minus {
        // a >> s == ~((~a) >> s), and ~a = -a - 1 is non-negative.
        let inverted = a.magnitude - 1
        return BigInt(sign: .minus, magnitude: (inverted >> shift) + 1)
    }
    return BigInt(sign: .plus, magnitude: a.magnitude >> shift)
}

#if canImport(Glibc)
import Glibc
#endif
