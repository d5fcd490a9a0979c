/// Int arithmetic with Python semantics straight on the limbs: the interpreter's path for every
/// operation with a bignum operand. Each result is allocated once at its largest possible size
/// (results of at most two limbs are built in a local first, since they are often small ints),
/// computed in place, then normalized.
///
/// Operands are `Value`s with `isInt` (small ints or exact-int bignums; bools excluded). Their
/// limbs are read through raw pointers across the result's allocation: objects never move and
/// the collector scans the native stack conservatively (interior pointers included), so the
/// operands stay valid while they are in use.

/// Runs `body` on the magnitude (limbs, normalized count) and sign of an int.
@inline(__always)
func withIntLimbs<R>(_ v: Value, _ body: (Limbs, Int, Bool) -> R) -> R {
    if v.isSmallInt {
        let i = v.smallInt
        var limb = i.magnitude
        return withUnsafePointer(to: &limb) { body($0, i == 0 ? 0 : 1, i < 0) }
    }
    let b = v.object(as: BigIntObject.self)
    let signed = b.pointee.signedLimbCount
    return body(UnsafePointer(BigIntObject.limbs(b)), signed.magnitude.toInt, signed < 0)
}

private extension UInt {
    @inline(__always) var toInt: Int { Int(bitPattern: self) }
}

/// A bignum object with room for `capacity` limbs, its count and limbs not initialized (every
/// caller writes all of them). May collect.
@inline(__always)
private func allocateBigInt(limbs capacity: Int) -> UnsafeMutablePointer<BigIntObject> {
    rt.pointee.heap.allocateUnzeroed(size: BigIntObject.limbsOffset + capacity * 8, kind: .bigInt, type: rt.pointee.types.int)
        .assumingMemoryBound(to: BigIntObject.self)
}

/// The int with magnitude a[0..<n] (not necessarily normalized) and the given sign: a small int
/// when it fits, else a new bignum of exactly the needed size.
public func newInt(limbs a: UnsafePointer<UInt>, count n: Int, negative: Bool) -> Value {
    let count = normalizedLimbCount(a, n)
    if count == 0 { return Value(smallInt: 0) }
    if count == 1 && a[0] <= UInt(Value.smallIntMax) {
        let magnitude = Int(bitPattern: a[0])
        return Value(smallInt: negative ? -magnitude : magnitude)
    }
    let b = allocateBigInt(limbs: count)
    BigIntObject.limbs(b).update(from: a, count: count)
    b.pointee.signedLimbCount = negative ? -count : count
    return Value(b)
}

/// Builds an int of at most `capacity` limbs: `fill` writes all of them (the object is not
/// zeroed; it must not allocate) and returns the sign. Small capacities go through a local, so small results never touch the
/// heap; larger ones are computed in the object itself and normalized there.
@inline(__always)
private func makeInt(capacity: Int, _ fill: (MutableLimbs) -> Bool) -> Value {
    if capacity <= 2 {
        var local: (UInt, UInt) = (0, 0)
        return withUnsafeMutablePointer(to: &local) { pair in
            let limbs = UnsafeMutableRawPointer(pair).assumingMemoryBound(to: UInt.self)
            let negative = fill(limbs)
            return newInt(limbs: limbs, count: capacity, negative: negative)
        }
    }
    let b = allocateBigInt(limbs: capacity)
    let limbs = BigIntObject.limbs(b)
    let negative = fill(limbs)
    let count = normalizedLimbCount(limbs, capacity)
    if count <= 1 && (count == 0 || limbs[0] <= UInt(Value.smallIntMax)) {
        // Smaller than it could have been: the object is left as garbage.
        b.pointee.signedLimbCount = count
        return count == 0 ? Value(smallInt: 0) : Value(smallInt: negative ? -Int(limbs[0]) : Int(limbs[0]))
    }
    b.pointee.signedLimbCount = negative ? -count : count
    return Value(b)
}

// MARK: comparison

/// -1, 0 or 1 as a < b, a == b, a > b.
public func intCompare(_ a: Value, _ b: Value) -> Int {
    withIntLimbs(a) { pa, n, na in
        withIntLimbs(b) { pb, m, nb in
            if na != nb { return na ? -1 : 1 }
            let c = compareLimbs(pa, n, pb, m)
            return na ? -c : c
        }
    }
}

// MARK: addition and subtraction

/// a + b, or a - b when `negateB`.
private func intAddSigned(_ a: Value, _ b: Value, negateB: Bool) -> Value {
    withIntLimbs(a) { pa, n, na in
        withIntLimbs(b) { pb, m, nbRaw in
            let nb = nbRaw != negateB
            if na == nb {
                let (long, longCount, short, shortCount) = n >= m ? (pa, n, pb, m) : (pb, m, pa, n)
                return makeInt(capacity: longCount + 1) { r in
                    addLimbs(r, long, longCount, short, shortCount)
                    return na
                }
            }
            // Opposite signs: the larger magnitude minus the smaller, with the larger one's sign.
            let c = compareLimbs(pa, n, pb, m)
            if c == 0 { return Value(smallInt: 0) }
            let (large, largeCount, small, smallCount, negative) = c > 0 ? (pa, n, pb, m, na) : (pb, m, pa, n, nb)
            return makeInt(capacity: largeCount) { r in
                subtractLimbs(r, large, largeCount, small, smallCount)
                return negative
            }
        }
    }
}

public func intAdd(_ a: Value, _ b: Value) -> Value { intAddSigned(a, b, negateB: false) }
public func intSubtract(_ a: Value, _ b: Value) -> Value { intAddSigned(a, b, negateB: true) }

/// -a.
public func intNegate(_ a: Value) -> Value {
    withIntLimbs(a) { pa, n, na in newInt(limbs: pa, count: n, negative: !na) }
}

// MARK: multiplication

public func intMultiply(_ a: Value, _ b: Value) -> Value {
    withIntLimbs(a) { pa, n, na in
        withIntLimbs(b) { pb, m, nb in
            if n == 0 || m == 0 { return Value(smallInt: 0) }
            let negative = na != nb
            if m == 1 || n == 1 {
                let (long, longCount, w) = m == 1 ? (pa, n, pb[0]) : (pb, m, pa[0])
                return makeInt(capacity: longCount + 1) { r in
                    r[longCount] = multiplyLimbs(r, long, longCount, by: w)
                    return negative
                }
            }
            return makeInt(capacity: n + m) { r in
                multiplyLimbs(r, pa, n, pb, m)
                return negative
            }
        }
    }
}

// MARK: floor division and modulo

/// a // b and a % b with Python's signs (the remainder takes the divisor's sign), b != 0.
/// Computes only the parts asked for; the others come back nil.
public func intDivMod(_ a: Value, _ b: Value, quotient wantQuotient: Bool, remainder wantRemainder: Bool) -> (Value?, Value?) {
    withIntLimbs(a) { pa, n, na in
        withIntLimbs(b) { pb, m, nb in
            precondition(m > 0, "int division by zero")
            let differ = na != nb
            if compareLimbs(pa, n, pb, m) < 0 {
                // |a| < |b|: the truncated quotient is 0 and the remainder a.
                if n == 0 || !differ {
                    return (wantQuotient ? Value(smallInt: 0) : nil, wantRemainder ? a : nil)
                }
                // Floor: -1, and b + a (|b| - |a| with b's sign).
                let r = wantRemainder ? makeInt(capacity: m) { r in
                    subtractLimbs(r, pb, m, pa, n)
                    return nb
                } : nil
                return (wantQuotient ? Value(smallInt: -1) : nil, r)
            }
            if m == 1 {
                let d = pb[0]
                if !wantQuotient {
                    var r = remainderLimbs(pa, n, by: d)
                    if differ && r != 0 { r = d - r }
                    return (nil, newInt(limbs: &r, count: 1, negative: nb))
                }
                var remainder: UInt = 0
                let q = makeInt(capacity: n + 1) { q in
                    remainder = divideLimbs(q, pa, n, by: d)
                    q[n] = differ && remainder != 0 && incrementLimbs(q, n) ? 1 : 0
                    return differ
                }
                if !wantRemainder { return (q, nil) }
                var r = remainder
                if differ && r != 0 { r = d - r }
                return (wantQuotient ? q : nil, newInt(limbs: &r, count: 1, negative: nb))
            }
            // Long division: the quotient (plus a limb for the floor's increment) goes straight
            // into its object; the remainder, when wanted, through scratch into its own.
            if !wantRemainder {
                let q = makeInt(capacity: n - m + 2) { q in
                    let nonzero = divideLimbs(quotient: q, remainder: nil, pa, n, pb, m)
                    q[n - m + 1] = 0
                    if differ && nonzero { q[n - m + 1] = incrementLimbs(q, n - m + 1) ? 1 : 0 }
                    return differ
                }
                return (q, nil)
            }
            return withUnsafeTemporaryAllocation(of: UInt.self, capacity: n - m + 2 + m) { scratch in
                let q = scratch.baseAddress!, r = q + n - m + 2
                let nonzero = divideLimbs(quotient: q, remainder: r, pa, n, pb, m)
                q[n - m + 1] = 0
                if differ && nonzero {
                    q[n - m + 1] = incrementLimbs(q, n - m + 1) ? 1 : 0
                    // |b| - r, in place (r < |b| and both have m limbs).
                    subtractLimbs(r, pb, m, r, m)
                }
                let quotient = wantQuotient ? newInt(limbs: q, count: n - m + 2, negative: differ) : nil
                return (quotient, newInt(limbs: r, count: m, negative: nb))
            }
        }
    }
}

public func intFloorDivide(_ a: Value, _ b: Value) -> Value { intDivMod(a, b, quotient: true, remainder: false).0! }
public func intModulo(_ a: Value, _ b: Value) -> Value { intDivMod(a, b, quotient: false, remainder: true).1! }

// MARK: shifts

/// a << s for s >= 0 (the caller bounds s).
public func intShiftLeft(_ a: Value, _ s: Int) -> Value {
    withIntLimbs(a) { pa, n, na in
        if n == 0 { return Value(smallInt: 0) }
        let limbShift = s / UInt.bitWidth, bitShift = s % UInt.bitWidth
        return makeInt(capacity: n + limbShift + 1) { r in
            // Top down: the shifted limbs land above their sources, zeros below.
            r[n + limbShift] = shiftLeftLimbs(r + limbShift, pa, n, by: bitShift)
            r.update(repeating: 0, count: limbShift)
            return na
        }
    }
}

/// a >> s for s >= 0, rounding toward negative infinity as Python does.
public func intShiftRight(_ a: Value, _ s: Int) -> Value {
    withIntLimbs(a) { pa, n, na in
        let limbShift = s / UInt.bitWidth, bitShift = s % UInt.bitWidth
        if limbShift >= n { return Value(smallInt: na ? -1 : 0) }
        let count = n - limbShift
        return makeInt(capacity: count + 1) { r in
            shiftRightLimbs(r, pa + limbShift, count, by: bitShift)
            r[count] = 0
            if na {
                // Floor for negatives: one more in magnitude when any 1 bit was shifted out.
                var lost = bitShift > 0 && pa[limbShift] & ((1 << UInt(bitShift)) - 1) != 0
                var i = 0
                while !lost && i < limbShift { lost = pa[i] != 0; i += 1 }
                if lost { r[count] = incrementLimbs(r, count) ? 1 : 0 }
            }
            return na
        }
    }
}

// MARK: text

/// The decimal digits of any int object or small int (bignum subclasses included).
public func intDecimalBytes(_ v: Value) -> [UInt8] {
    if v.isSmallInt {
        let i = v.smallInt
        var limb = i.magnitude
        return decimalBytes(&limb, i == 0 ? 0 : 1, negative: i < 0)
    }
    let b = v.object(as: BigIntObject.self)
    let signed = b.pointee.signedLimbCount
    let limbs = UnsafePointer(BigIntObject.limbs(b))
    return decimalBytes(limbs, normalizedLimbCount(limbs, signed.magnitude.toInt), negative: signed < 0)
}

/// The number of significant bits of the magnitude (what int.bit_length returns).
public func intBitLength(_ v: Value) -> Int {
    withIntLimbs(v) { pa, n, _ in
        n == 0 ? 0 : n * UInt.bitWidth - pa[n - 1].leadingZeroBitCount
    }
}
