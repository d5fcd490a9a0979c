/// hash() for the values the runtime knows, equal to CPython's with PYTHONHASHSEED=0.

public let hashModulus = (1 << 61) - 1
let hashInfinity = 314159

/// hash(v). Unhashable built-ins raise TypeError; user objects go to the interpreter's hook.
public func hashValue(_ v: Value) throws(PyError) -> Int {
    if v.isSmallInt { return hashInt(v.smallInt) }
    if v.isFloat { return hashDouble(v.float) }
    if v.isObject {
        switch v.header.pointee.kind {
        case .str where v.header.pointee.type == rt.pointee.types.str:
            return stringHash(v.object(as: StrObject.self))
        case .bigInt where v.header.pointee.type == rt.pointee.types.int:
            return hashBigInt(v.object(as: BigIntObject.self))
        case .tuple where v.header.pointee.type == rt.pointee.types.tuple:
            return try hashTuple(v.object(as: TupleObject.self))
        case .bytes:
            return hashBytes(v.object(as: BytesObject.self))
        case .list, .dict, .set:
            if v.header.pointee.type.pointee.flags.contains(.heapType) { return try rt.pointee.hooks.hash(v) }
            throw raiseTypeError("unhashable type: '\(typeName(v))'")
        case .range:
            return try hashRange(v.object(as: RangeObject.self))
        case .instance, .exception, .str, .tuple, .bigInt, .frozenset:
            return try rt.pointee.hooks.hash(v)
        default:
            return hashPointer(v.objectAddress)
        }
    }
    switch v.bits {
    case Value.true.bits: return 1
    case Value.false.bits: return 0
    default: return hashPointer(UnsafeMutableRawPointer(bitPattern: UInt(v.bits & 0xFFFF_FFFF_FFFF))!)
    }
}

/// CPython's hash of an int that fits in a machine word.
@inline(__always)
public func hashInt(_ n: Int) -> Int {
    var x = Int(n.magnitude % UInt(hashModulus))
    if n < 0 { x = -x }
    return x == -1 ? -2 : x
}

/// CPython's _Py_HashDouble (NaN hashes to 0 here; CPython uses the object's address).
public func hashDouble(_ v: Double) -> Int {
    if !v.isFinite { return v.isInfinite ? (v > 0 ? hashInfinity : -hashInfinity) : 0 }
    if v == v.rounded(.towardZero), abs(v) < 9.2e18 {
        return hashInt(Int(v))
    }
    // Swift's frexp returns the mantissa's magnitude: take the sign from v.
    var (m, e) = frexp(abs(v))
    let sign = v < 0 ? -1 : 1
    var x: UInt = 0
    let modulus = UInt(hashModulus)
    while m != 0 {
        x = ((x << 28) & modulus) | x >> (61 - 28)
        m *= 268435456.0
        e -= 28
        let y = UInt(m)
        m -= Double(y)
        x += y
        if x >= modulus { x -= modulus }
    }
    let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    x = ((x << UInt(shift)) & modulus) | x >> UInt(61 - shift)
    var result = Int(x) * sign
    if result == -1 { result = -2 }
    return result
}

/// CPython's hash of a multi-limb int: the value modulo 2**61 - 1, with its sign.
public func hashBigInt(_ b: UnsafeMutablePointer<BigIntObject>) -> Int {
    let count = abs(b.pointee.signedLimbCount)
    let limbs = BigIntObject.limbs(b)
    let modulus = UInt64(hashModulus)
    var x: UInt64 = 0
    for i in stride(from: count - 1, through: 0, by: -1) {
        // x = (x * 2^64 + limb) mod M, done as two 32-bit steps to stay in range.
        for half in [limbs[i] >> 32, limbs[i] & 0xFFFF_FFFF] {
            x = ((x << 32) & modulus) | (x >> (61 - 32))
            x += UInt64(half)
            if x >= modulus { x -= modulus }
        }
    }
    var result = Int(x)
    if b.pointee.signedLimbCount < 0 { result = -result }
    return result == -1 ? -2 : result
}

/// CPython 3.11's tuple hash (xxHash-based).
public func hashTuple(_ t: TupleRef) throws(PyError) -> Int {
    let prime1: UInt = 11400714785074694791
    let prime2: UInt = 14029467366897019727
    let prime5: UInt = 2870177450012600261
    var acc = prime5
    let items = TupleObject.items(t)
    for i in 0..<t.pointee.count {
        let lane = UInt(bitPattern: try hashValue(items[i]))
        acc = acc &+ lane &* prime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* prime1
    }
    acc = acc &+ (UInt(t.pointee.count) ^ (prime5 ^ 3527539))
    if acc == UInt.max { return 1546275796 }
    return Int(bitPattern: acc)
}

/// CPython's range hash: the hash of (len, start, step), with None for the parts that do not
/// matter (start and step of an empty range, step of a one-item range).
public func hashRange(_ r: UnsafeMutablePointer<RangeObject>) throws(PyError) -> Int {
    let parts: [Value]
    let big = r.pointee.big
    if big.isObject {
        let length = big.tupleItems[3]
        let n = length.isSmallInt ? length.smallInt : 2
        parts = [length, n == 0 ? Value.none : big.tupleItems[0], n <= 1 ? Value.none : big.tupleItems[2]]
    } else {
        let n = r.pointee.count
        parts = [Value(smallInt: n),
                 n == 0 ? Value.none : Value(smallInt: r.pointee.start),
                 n <= 1 ? Value.none : Value(smallInt: r.pointee.step)]
    }
    let prime1: UInt = 11400714785074694791
    let prime2: UInt = 14029467366897019727
    let prime5: UInt = 2870177450012600261
    var acc = prime5
    for part in parts {
        let lane = UInt(bitPattern: part.isSmallInt ? hashInt(part.smallInt) : try hashValue(part))
        acc = acc &+ lane &* prime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* prime1
    }
    acc = acc &+ (UInt(3) ^ (prime5 ^ 3527539))
    if acc == UInt.max { return 1546275796 }
    return Int(bitPattern: acc)
}

public func hashBytes(_ b: UnsafeMutablePointer<BytesObject>) -> Int {
    if b.pointee.hash != -1 && b.pointee.hash != 0 { return b.pointee.hash }
    let count = b.pointee.count
    var h = count == 0 ? 0 : Int(bitPattern: UInt(siphash13(UnsafeRawBufferPointer(start: BytesObject.data(b), count: count))))
    if h == -1 { h = -2 }
    b.pointee.hash = h
    return h
}

/// CPython's _Py_HashPointer: the address rotated right by 4 bits.
public func hashPointer(_ p: UnsafeMutableRawPointer) -> Int {
    let y = UInt(bitPattern: p)
    let h = Int(bitPattern: (y >> 4) | (y << (UInt(UInt.bitWidth) - 4)))
    return h == -1 ? -2 : h
}

#if canImport(Glibc)
import Glibc
#endif
