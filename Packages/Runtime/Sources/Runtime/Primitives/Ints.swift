import BigInt

/// Ints: small ints inline in the value, bignum objects beyond. Bignum arithmetic converts to
/// attaswift's BigInt (a slow path by design: the fast paths never leave small ints).

/// An int value: inline when it fits, a bignum otherwise.
@inline(__always)
public func newInt(_ n: Int) -> Value {
    Value.fitsSmallInt(n) ? Value(smallInt: n) : newBigIntObject(BigInt(n))
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

/// A built-in number, unpacked.
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
