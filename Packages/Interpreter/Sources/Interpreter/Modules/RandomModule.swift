import BigInt
import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// The `random` module: CPython's Mersenne Twister (MT19937 with CPython's seeding by
/// init_by_array over the seed's 32-bit words) and the algorithms of CPython 3.11's
/// Lib/random.py (randrange through _randbelow_with_getrandbits, shuffle, choice, sample,
/// choices, the distributions), so that a seeded program draws exactly CPython's numbers.
///
/// `random.Random` methods implemented in Python by CPython are Python functions here too (a
/// trampoline to Swift, see `modPythonFunction`), so their argument errors read the same; the
/// module's functions are those methods bound to one shared instance, as in CPython.
func registerRandomModule() {
    registerModule("random") { () throws(PyError) -> Value in try rngMakeRandomModule() }
}

// MARK: generator state

/// A Random instance is a `.native` object: header, next index, gauss_next (and whether it is
/// set), then the 624 words of state.
private enum RandomLayout {
    static let index = 16, gaussNext = 24, hasGaussNext = 32, state = 40
    static let size = 40 + 624 * 4
}

private let rngStateSize = 624
private let rngShiftSize = 397

nonisolated(unsafe) private var rngRandomTypeCache: TypeRef?
/// The instance behind the module-level functions (also random._inst).
nonisolated(unsafe) private var rngSharedRandom = Value.null

@inline(__always) private func mt(_ r: Value) -> UnsafeMutablePointer<UInt32> {
    (r.objectAddress + RandomLayout.state).assumingMemoryBound(to: UInt32.self)
}

@inline(__always) private func mtIndex(_ r: Value) -> UnsafeMutablePointer<Int> {
    (r.objectAddress + RandomLayout.index).assumingMemoryBound(to: Int.self)
}

private func rngSetGaussNext(_ r: Value, _ g: Double?) {
    (r.objectAddress + RandomLayout.gaussNext).assumingMemoryBound(to: Double.self).pointee = g ?? 0
    (r.objectAddress + RandomLayout.hasGaussNext).assumingMemoryBound(to: Int.self).pointee = g == nil ? 0 : 1
}

private func rngGaussNext(_ r: Value) -> Double? {
    if (r.objectAddress + RandomLayout.hasGaussNext).assumingMemoryBound(to: Int.self).pointee == 0 { return nil }
    return (r.objectAddress + RandomLayout.gaussNext).assumingMemoryBound(to: Double.self).pointee
}

private func rngNewRandomObject(_ type: TypeRef) -> Value {
    let raw = rt.pointee.heap.allocate(size: RandomLayout.size, kind: .native, type: type)
    let r = Value(object: raw)
    rngInitGenrand(r, 19650218)
    rngSetGaussNext(r, nil)
    return r
}

private func rngInitGenrand(_ r: Value, _ s: UInt32) {
    let state = mt(r)
    state[0] = s
    for i in 1..<rngStateSize {
        state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
    }
    mtIndex(r).pointee = rngStateSize
}

private func rngInitByArray(_ r: Value, _ key: [UInt32]) {
    rngInitGenrand(r, 19650218)
    let state = mt(r)
    var i = 1, j = 0
    let length = key.count
    var k = max(rngStateSize, length)
    while k > 0 {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
        i += 1; j += 1
        if i >= rngStateSize { state[0] = state[rngStateSize - 1]; i = 1 }
        if j >= length { j = 0 }
        k -= 1
    }
    k = rngStateSize - 1
    while k > 0 {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
        i += 1
        if i >= rngStateSize { state[0] = state[rngStateSize - 1]; i = 1 }
        k -= 1
    }
    state[0] = 0x8000_0000
}

@inline(__always)
private func rngGenrand(_ r: Value) -> UInt32 {
    let state = mt(r)
    let index = mtIndex(r)
    if index.pointee >= rngStateSize {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff, matrix: UInt32 = 0x9908_b0df
        var kk = 0
        while kk < rngStateSize - rngShiftSize {
            let y = (state[kk] & upper) | (state[kk + 1] & lower)
            state[kk] = state[kk + rngShiftSize] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
            kk += 1
        }
        while kk < rngStateSize - 1 {
            let y = (state[kk] & upper) | (state[kk + 1] & lower)
            state[kk] = state[kk + rngShiftSize - rngStateSize] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
            kk += 1
        }
        let y = (state[rngStateSize - 1] & upper) | (state[0] & lower)
        state[rngStateSize - 1] = state[rngShiftSize - 1] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
        index.pointee = 0
    }
    var y = state[index.pointee]
    index.pointee += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
}

/// random(): 53 random bits as a float in [0, 1).
@inline(__always)
private func rngRandomDouble(_ r: Value) -> Double {
    let a = rngGenrand(r) >> 5, b = rngGenrand(r) >> 6
    return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
}

/// getrandbits(k) for 0 <= k <= 64.
@inline(__always)
private func rngRandomBits64(_ r: Value, _ k: Int) -> UInt64 {
    if k == 0 { return 0 }
    if k <= 32 { return UInt64(rngGenrand(r) >> UInt32(32 - k)) }
    let low = UInt64(rngGenrand(r))
    let high = UInt64(rngGenrand(r) >> UInt32(64 - k))
    return high << 32 | low
}

/// getrandbits(k) for any k >= 0.
private func rngRandomBits(_ r: Value, _ k: Int) -> BigInt {
    if k <= 64 { return BigInt(rngRandomBits64(r, k)) }
    var words: [UInt] = []
    var remaining = k
    var pending: UInt64 = 0
    var half = false
    while remaining > 0 {
        var w = rngGenrand(r)
        if remaining < 32 { w >>= UInt32(32 - remaining) }
        if half {
            words.append(UInt(pending | UInt64(w) << 32))
            half = false
        } else {
            pending = UInt64(w)
            half = true
        }
        remaining -= 32
    }
    if half { words.append(UInt(pending)) }
    return BigInt(BigUInt(words: words))
}

/// _randbelow_with_getrandbits(n) for n > 0.
private func rngRandomBelow(_ r: Value, _ n: Int) -> Int {
    let k = Int.bitWidth - n.leadingZeroBitCount
    var x = rngRandomBits64(r, k)
    while x >= UInt64(n) { x = rngRandomBits64(r, k) }
    return Int(x)
}

private func rngRandomBelowBig(_ r: Value, _ n: BigInt) -> BigInt {
    if let small = Int(exactly: n) { return BigInt(rngRandomBelow(r, small)) }
    let k = n.magnitude.bitWidth
    var x = rngRandomBits(r, k)
    while x >= n { x = rngRandomBits(r, k) }
    return x
}

// MARK: seeding

/// Seeds from the seed's absolute value, split into 32-bit words (CPython's random_seed).
private func rngSeedWithInt(_ r: Value, _ n: BigUInt) {
    var key: [UInt32] = []
    for word in n.words {
        key.append(UInt32(truncatingIfNeeded: word))
        key.append(UInt32(truncatingIfNeeded: UInt64(word) >> 32))
    }
    while key.count > 1 && key.last == 0 { key.removeLast() }
    if key.isEmpty { key = [0] }
    rngInitByArray(r, key)
}

private func rngSeedFromEntropy(_ r: Value) {
    var key = [UInt32](repeating: 0, count: rngStateSize)
    var count = 0
    let descriptor = open("/dev/urandom", O_RDONLY)
    if descriptor >= 0 {
        count = key.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
    if count < rngStateSize * 4 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        key[0] ^= UInt32(truncatingIfNeeded: ts.tv_nsec)
        key[1] ^= UInt32(truncatingIfNeeded: ts.tv_sec)
        key[2] ^= UInt32(truncatingIfNeeded: getpid())
    }
    rngInitByArray(r, key)
}

/// The bytes of a str (UTF-8), bytes object, or nil.
private func rngSeedBytes(_ a: Value) -> [UInt8]? {
    if isStrValue(a) { return Array(a.stringValue.utf8) }
    if a.isObject && a.header.pointee.kind == .bytes {
        let b = a.object(as: BytesObject.self)
        return Array(UnsafeBufferPointer(start: BytesObject.data(b), count: b.pointee.count))
    }
    return nil
}

/// Random.seed(a=None, version=2).
private func rngRandomSeed(_ r: Value, _ a: Value, _ version: Value) throws(PyError) {
    rngSetGaussNext(r, nil)
    let isVersion1 = version.isSmallInt && version.smallInt == 1 || version.bits == Value.true.bits
    let isVersion2 = version.isSmallInt && version.smallInt == 2
    if isVersion1, isStrValue(a) || (a.isObject && a.header.pointee.kind == .bytes) {
        // Version 1: a hash-like fold of the characters.
        var codes: [UInt64] = []
        if isStrValue(a) {
            let s = a.object(as: StrObject.self)
            for i in 0..<s.pointee.count { codes.append(UInt64(StrObject.character(s, i))) }
        } else {
            codes = rngSeedBytes(a)!.map { UInt64($0) }
        }
        var x: UInt64 = codes.isEmpty ? 0 : codes[0] << 7
        for c in codes { x = (1000003 &* x) ^ c }
        x ^= UInt64(codes.count)
        rngSeedWithInt(r, BigUInt(x))
        return
    }
    if isVersion2, let bytes = rngSeedBytes(a) {
        let all = bytes + sha512Digest(bytes)
        var n = BigUInt(0)
        for byte in all { n = n << 8 | BigUInt(byte) }
        rngSeedWithInt(r, n)
        return
    }
    if a.isNone || a.isNull {
        rngSeedFromEntropy(r)
        return
    }
    if modIsInt(a) {
        rngSeedWithInt(r, modBig(a).magnitude)
        return
    }
    guard a.isFloat || isStrValue(a) || (a.isObject && a.header.pointee.kind == .bytes) else {
        throw raiseTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
    // Floats (and str/bytes with another version) seed from their hash, as an unsigned word.
    let hash = try hashValue(a)
    rngSeedWithInt(r, BigUInt(UInt(bitPattern: hash)))
}

// MARK: helpers

/// A number argument of a distribution as a double.
@inline(__always)
private func rngReal(_ v: Value) throws(PyError) -> Double {
    if v.isFloat { return v.float }
    if v.isSmallInt { return Double(v.smallInt) }
    return try modDouble(v)
}

/// operator.index, else int() with CPython 3.11's deprecation path errors.
private func rngRandrangeArgument(_ v: Value, _ what: String) throws(PyError) -> BigInt {
    if let big = try modIndexBig(v) { return big }
    let converted = try intFromValue(v)
    if !(try valuesEqual(converted, v)) {
        throw raiseValueError("non-integer \(what) for randrange()")
    }
    return modBig(converted)
}

/// bisect.bisect_right(a, x, lo, hi) over a list.
private func rngBisectRight(_ list: ListRef, _ x: Value, _ low: Int, _ high: Int) throws(PyError) -> Int {
    var lo = low, hi = high
    while lo < hi {
        let mid = (lo + hi) / 2
        if try compareBool(x, list.items[mid], 0) { hi = mid } else { lo = mid + 1 }
    }
    return lo
}

/// list(accumulate(iterable)).
private func rngAccumulated(_ iterable: Value) throws(PyError) -> Value {
    let list = newList(capacity: 0)
    var total = Value.null
    try forEachItem(iterable) { item throws(PyError) in
        total = total.isNull ? item : try binaryOperation(BinaryOperator.add.rawValue, total, item)
        listAppend(list.object(as: ListObject.self), total)
    }
    return list
}

private func rngIsSequenceForSample(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .list, .tuple, .str, .bytes, .range: return true
    default:
        if let deque = rngDequeTypeCacheForRandom(), modIsInstance(v, deque) { return true }
        return false
    }
}

private func rngDequeTypeCacheForRandom() -> TypeRef? {
    guard let collections = try? dictLookup(importedModules.object(as: DictObject.self), newString("collections")),
          let deque = try? getAttributeOrNil(collections, internString("deque")),
          deque.isObject, deque.header.pointee.kind == .type else { return nil }
    return deque.object(as: TypeObject.self)
}

/// seq[i] with fast paths for lists and tuples.
@inline(__always)
private func rngItemAt(_ seq: Value, _ i: Int) throws(PyError) -> Value {
    if seq.isObject {
        let type = seq.header.pointee.type
        if type == rt.pointee.types.list {
            let list = seq.object(as: ListObject.self)
            if i < list.pointee.count { return list.items[i] }
        } else if type == rt.pointee.types.tuple, i < seq.tupleCount {
            return seq.tupleItems[i]
        }
    }
    return try getItem(seq, newInt(i))
}

// MARK: methods

private func rngRandomChoice(_ r: Value, _ seq: Value) throws(PyError) -> Value {
    let n = try length(seq)
    if n == 0 { throw raiseIndexError("Cannot choose from an empty sequence") }
    return try rngItemAt(seq, rngRandomBelow(r, n))
}

private func rngRandomShuffle(_ r: Value, _ x: Value) throws(PyError) {
    let n = try length(x)
    if x.isObject && x.header.pointee.type == rt.pointee.types.list {
        let list = x.object(as: ListObject.self)
        var i = n - 1
        while i >= 1 {
            let j = rngRandomBelow(r, i + 1)
            if i < list.pointee.count && j < list.pointee.count {
                let t = list.items[i]; list.items[i] = list.items[j]; list.items[j] = t
            }
            i -= 1
        }
        return
    }
    var i = n - 1
    while i >= 1 {
        let j = rngRandomBelow(r, i + 1)
        let a = try getItem(x, newInt(i)), b = try getItem(x, newInt(j))
        try setItem(x, newInt(i), b)
        try setItem(x, newInt(j), a)
        i -= 1
    }
}

private func rngRandomRandrange(_ r: Value, _ start: Value, _ stop: Value, _ step: Value) throws(PyError) -> Value {
    // The common case first: small ints.
    if start.isSmallInt && (stop.isNone || stop.isSmallInt) && step.isSmallInt {
        let istart = start.smallInt
        if stop.isNone {
            if step.bits != Value(smallInt: 1).bits { throw raiseTypeError("Missing a non-None stop argument") }
            if istart > 0 { return newInt(rngRandomBelow(r, istart)) }
            throw raiseValueError("empty range for randrange()")
        }
        let istop = stop.smallInt, istep = step.smallInt
        let width = istop - istart
        if istep == 1 {
            if width > 0 { return newInt(istart + rngRandomBelow(r, width)) }
            throw raiseValueError("empty range for randrange() (\(istart), \(istop), \(width))")
        }
        let n: Int
        if istep > 0 {
            n = floorDivMod(width + istep - 1, istep).0
        } else if istep < 0 {
            n = floorDivMod(width + istep + 1, istep).0
        } else {
            throw raiseValueError("zero step for randrange()")
        }
        if n <= 0 { throw raiseValueError("empty range for randrange()") }
        return newInt(istart + istep * rngRandomBelow(r, n))
    }
    let istart = try rngRandrangeArgument(start, "arg 1")
    if stop.isNone {
        if step.bits != Value(smallInt: 1).bits { throw raiseTypeError("Missing a non-None stop argument") }
        if istart > 0 { return newInt(rngRandomBelowBig(r, istart)) }
        throw raiseValueError("empty range for randrange()")
    }
    let istop = try rngRandrangeArgument(stop, "stop")
    let width = istop - istart
    let istep = try rngRandrangeArgument(step, "step")
    if istep == 1 {
        if width > 0 { return newInt(istart + rngRandomBelowBig(r, width)) }
        throw raiseValueError("empty range for randrange() (\(istart), \(istop), \(width))")
    }
    var n: BigInt
    if istep > 0 {
        n = bigFloorDivMod(width + istep - 1, istep).0
    } else if istep < 0 {
        n = bigFloorDivMod(width + istep + 1, istep).0
    } else {
        throw raiseValueError("zero step for randrange()")
    }
    if n <= 0 { throw raiseValueError("empty range for randrange()") }
    return newInt(istart + istep * rngRandomBelowBig(r, n))
}

private func rngRandomSample(_ r: Value, _ population: Value, _ kValue: Value, _ counts: Value) throws(PyError) -> Value {
    guard rngIsSequenceForSample(population) else {
        throw raiseTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    let n = try length(population)
    if !counts.isNone {
        let cumulative = try rngAccumulated(counts)
        let cum = cumulative.object(as: ListObject.self)
        if cum.pointee.count != n { throw raiseValueError("The number of counts does not match the population") }
        let total = cum.items[cum.pointee.count - 1]
        listSetCount(cum, cum.pointee.count - 1)
        guard modIsInt(total) else { throw raiseTypeError("Counts must be integers") }
        if try compareBool(total, Value(smallInt: 0), 1) { throw raiseValueError("Total of counts must be greater than zero") }
        let selections = try rngRandomSample(r, newRange(start: 0, stop: try modInt(total), step: 1), kValue, .none)
        let result = newList(capacity: 0)
        let chosen = selections.object(as: ListObject.self)
        for i in 0..<chosen.pointee.count {
            let index = try rngBisectRight(cum, chosen.items[i], 0, cum.pointee.count)
            listAppend(result.object(as: ListObject.self), try rngItemAt(population, index))
        }
        return result
    }
    let zero = Value(smallInt: 0)
    let lowOK = try compareBool(zero, kValue, 1)
    let highOK = lowOK ? try compareBool(kValue, newInt(n), 1) : false
    if !lowOK || !highOK {
        throw raiseValueError("Sample larger than population or is negative")
    }
    guard let k = try indexValue(kValue) else {
        throw raiseTypeError("can't multiply sequence by non-int of type '\(typeName(kValue))'")
    }
    let result = newList(capacity: k)
    let out = result.object(as: ListObject.self)
    listSetCount(out, k)
    for i in 0..<k { out.items[i] = .none }
    var setsize = 21
    if k > 5 {
        let exponent = Int(Glibc.ceil(Glibc.log(Double(k * 3)) / Glibc.log(4.0)))
        var power = 1
        for _ in 0..<exponent { power = power.multipliedReportingOverflow(by: 4).overflow ? Int.max : power * 4 }
        setsize = setsize.addingReportingOverflow(power).overflow ? Int.max : setsize + power
    }
    if n <= setsize {
        let pool = try listFromIterable(population).object(as: ListObject.self)
        for i in 0..<k {
            let j = rngRandomBelow(r, n - i)
            out.items[i] = pool.items[j]
            pool.items[j] = pool.items[n - i - 1]
        }
    } else {
        var selected = Set<Int>()
        for i in 0..<k {
            var j = rngRandomBelow(r, n)
            while selected.contains(j) { j = rngRandomBelow(r, n) }
            selected.insert(j)
            out.items[i] = try rngItemAt(population, j)
        }
    }
    return result
}

private func rngRandomChoices(_ r: Value, _ population: Value, _ weights: Value, _ cumWeights: Value, _ kValue: Value) throws(PyError) -> Value {
    let n = try length(population)
    var cumulative = cumWeights
    if cumWeights.isNone {
        if weights.isNone {
            let k = try modInt(kValue)
            let result = newList(capacity: max(k, 0))
            let size = Double(n)
            for _ in 0..<max(k, 0) {
                let index = Int(Glibc.floor(rngRandomDouble(r) * size))
                listAppend(result.object(as: ListObject.self), try rngItemAt(population, index))
            }
            return result
        }
        do throws(PyError) {
            cumulative = try rngAccumulated(weights)
        } catch {
            guard currentExceptionMatches(rt.pointee.types.TypeError), modIsInt(weights) else { throw error }
            _ = takeCurrentException()
            throw raiseTypeError("The number of choices must be a keyword argument: k=\(try reprOf(weights).stringValue)")
        }
    } else if !weights.isNone {
        throw raiseTypeError("Cannot specify both weights and cumulative weights")
    }
    if try length(cumulative) != n { throw raiseValueError("The number of weights does not match the population") }
    let last = try getItem(cumulative, Value(smallInt: -1))
    let totalValue = try binaryOperation(BinaryOperator.add.rawValue, last, Value(float: 0.0))
    if try compareBool(totalValue, Value(float: 0.0), 1) { throw raiseValueError("Total of weights must be greater than zero") }
    let total = try rngReal(totalValue)
    if !total.isFinite { throw raiseValueError("Total of weights must be finite") }
    let weightList = try listFromIterable(cumulative)
    let cum = weightList.object(as: ListObject.self)
    let k = try modInt(kValue)
    let result = newList(capacity: max(k, 0))
    for _ in 0..<max(k, 0) {
        let x = Value(float: rngRandomDouble(r) * total)
        let index = try rngBisectRight(cum, x, 0, n - 1)
        listAppend(result.object(as: ListObject.self), try rngItemAt(population, index))
    }
    return result
}

private let rngTwoPi = 2.0 * Double.pi
private let rngNvMagicConstant = 4 * Glibc.exp(-0.5) / (2.0).squareRoot()
private let rngSgMagicConstant = 1.0 + Glibc.log(4.5)
private let rngLog4 = Glibc.log(4.0)

private func rngNormalVariate(_ r: Value, _ mu: Double, _ sigma: Double) -> Double {
    var z = 0.0
    while true {
        let u1 = rngRandomDouble(r)
        let u2 = 1.0 - rngRandomDouble(r)
        z = rngNvMagicConstant * (u1 - 0.5) / u2
        let zz = z * z / 4.0
        if zz <= -Glibc.log(u2) { break }
    }
    return mu + z * sigma
}

/// Python's float division: ZeroDivisionError for a zero divisor.
@inline(__always)
private func rngDivide(_ a: Double, _ b: Double) throws(PyError) -> Double {
    if b == 0 { throw raiseZeroDivisionError("float division by zero") }
    return a / b
}

private func rngGammaVariate(_ r: Value, _ alpha: Double, _ beta: Double) throws(PyError) -> Double {
    if alpha <= 0.0 || beta <= 0.0 { throw raiseValueError("gammavariate: alpha and beta must be > 0.0") }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).squareRoot()
        let bbb = alpha - rngLog4
        let ccc = alpha + ainv
        while true {
            let u1 = rngRandomDouble(r)
            if !(1e-7 < u1 && u1 < 0.9999999) { continue }
            let u2 = 1.0 - rngRandomDouble(r)
            let v = Glibc.log(u1 / (1.0 - u1)) / ainv
            let x = alpha * Glibc.exp(v)
            let z = u1 * u1 * u2
            let rr = bbb + ccc * v - x
            if rr + rngSgMagicConstant - 4.5 * z >= 0.0 || rr >= Glibc.log(z) { return x * beta }
        }
    } else if alpha == 1.0 {
        return -Glibc.log(1.0 - rngRandomDouble(r)) * beta
    }
    var x = 0.0
    while true {
        let u = rngRandomDouble(r)
        let b = (M_E + alpha) / M_E
        let p = b * u
        if p <= 1.0 { x = Glibc.pow(p, 1.0 / alpha) } else { x = -Glibc.log((b - p) / alpha) }
        let u1 = rngRandomDouble(r)
        if p > 1.0 {
            if u1 <= Glibc.pow(x, alpha - 1.0) { break }
        } else if u1 <= Glibc.exp(-x) {
            break
        }
    }
    return x * beta
}

// MARK: the module

private func rngMakeRandomModule() throws(PyError) -> Value {
    let m = makeModule("random")
    let type = makeModuleType("Random", kind: .native, subclassable: true)
    type.pointee.module = internString("random")
    rngRandomTypeCache = type
    modSet(m, "Random", Value(type))
    defineTypeAttribute(type, "VERSION", Value(smallInt: 3))
    modSetNew(type) { args, count, keywordNames throws(PyError) in
        rngNewRandomObject(args[0].object(as: TypeObject.self))
    }

    // C-level methods (of _random.Random in CPython).
    defineMethod(type, "random") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("Random.random() takes no keyword arguments") }
        if count != 1 { throw raiseTypeError("Random.random() takes no arguments (\(count - 1) given)") }
        return Value(float: rngRandomDouble(try rngRandomReceiver(args[0])))
    }
    defineMethod(type, "getrandbits") { args, count, keywordNames throws(PyError) in
        try rngGetrandbitsMethod(try rngRandomReceiver(args[0]), args + 1, count - 1, keywordNames)
    }
    modFunction(m, "random") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("Random.random() takes no keyword arguments") }
        if count != 0 { throw raiseTypeError("Random.random() takes no arguments (\(count) given)") }
        return Value(float: rngRandomDouble(rngSharedRandom))
    }
    modFunction(m, "getrandbits") { args, count, keywordNames throws(PyError) in
        try rngGetrandbitsMethod(rngSharedRandom, args, count, keywordNames)
    }

    // Python-level methods (random.py in CPython): (name, parameters, defaults, keyword-only, impl).
    let none = Value.none
    func method(_ name: String, _ parameters: [String], _ defaults: [Value] = [], keywordOnly: [(String, Value)] = [],
                _ impl: BuiltinFunction) {
        var keywordDefaults = Value.null
        if !keywordOnly.isEmpty {
            keywordDefaults = newDict()
            for (key, value) in keywordOnly { dictSetString(keywordDefaults.object(as: DictObject.self), internString(key), value) }
        }
        let function = modPythonFunction(name, qualifiedName: "Random.\(name)", parameters: ["self"] + parameters,
                                         defaults: defaults.isEmpty ? .null : newTuple(defaults),
                                         keywordOnly: keywordOnly.map { $0.0 }, keywordDefaults: keywordDefaults,
                                         module: m, impl)
        defineTypeAttribute(type, name, function)
    }
    method("__init__", ["x"], [none]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        _ = try call(try getAttribute(r, internString("seed")), a[1])
        rngSetGaussNext(r, nil)
        return .none
    }
    method("seed", ["a", "version"], [none, Value(smallInt: 2)]) { a, n, k throws(PyError) in
        try rngRandomSeed(try rngRandomReceiver(a[0]), a[1], a[2])
        return .none
    }
    method("randrange", ["start", "stop", "step"], [none, Value(smallInt: 1)]) { a, n, k throws(PyError) in
        try rngRandomRandrange(try rngRandomReceiver(a[0]), a[1], a[2], a[3])
    }
    method("randint", ["a", "b"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        if a[1].isSmallInt && a[2].isSmallInt && a[2].smallInt < Value.smallIntMax {
            return try rngRandomRandrange(r, a[1], Value(smallInt: a[2].smallInt + 1), Value(smallInt: 1))
        }
        return try rngRandomRandrange(r, a[1], try binaryOperation(BinaryOperator.add.rawValue, a[2], Value(smallInt: 1)), Value(smallInt: 1))
    }
    method("choice", ["seq"]) { a, n, k throws(PyError) in try rngRandomChoice(try rngRandomReceiver(a[0]), a[1]) }
    method("shuffle", ["x"]) { a, n, k throws(PyError) in
        try rngRandomShuffle(try rngRandomReceiver(a[0]), a[1])
        return .none
    }
    method("sample", ["population", "k"], keywordOnly: [("counts", none)]) { a, n, k throws(PyError) in
        try rngRandomSample(try rngRandomReceiver(a[0]), a[1], a[2], a[3])
    }
    method("choices", ["population", "weights"], [none], keywordOnly: [("cum_weights", none), ("k", Value(smallInt: 1))]) { a, n, k throws(PyError) in
        try rngRandomChoices(try rngRandomReceiver(a[0]), a[1], a[2], a[3], a[4])
    }
    method("uniform", ["a", "b"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let lo = try rngReal(a[1]), hi = try rngReal(a[2])
        return Value(float: lo + (hi - lo) * rngRandomDouble(r))
    }
    method("triangular", ["low", "high", "mode"], [Value(float: 0.0), Value(float: 1.0), none]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        var u = rngRandomDouble(r)
        var low = try rngReal(a[1]), high = try rngReal(a[2])
        var c = 0.5
        if !a[3].isNone {
            let mode = try rngReal(a[3])
            if high - low == 0 { return a[1] }
            c = (mode - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return Value(float: low + (high - low) * (u * c).squareRoot())
    }
    method("normalvariate", ["mu", "sigma"], [Value(float: 0.0), Value(float: 1.0)]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let mu = try rngReal(a[1]), sigma = try rngReal(a[2])
        return Value(float: rngNormalVariate(r, mu, sigma))
    }
    method("gauss", ["mu", "sigma"], [Value(float: 0.0), Value(float: 1.0)]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let mu = try rngReal(a[1]), sigma = try rngReal(a[2])
        var z: Double
        if let next = rngGaussNext(r) {
            z = next
            rngSetGaussNext(r, nil)
        } else {
            let x2pi = rngRandomDouble(r) * rngTwoPi
            let g2rad = (-2.0 * Glibc.log(1.0 - rngRandomDouble(r))).squareRoot()
            z = Glibc.cos(x2pi) * g2rad
            rngSetGaussNext(r, Glibc.sin(x2pi) * g2rad)
        }
        return Value(float: mu + z * sigma)
    }
    method("lognormvariate", ["mu", "sigma"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let mu = try rngReal(a[1]), sigma = try rngReal(a[2])
        return Value(float: Glibc.exp(rngNormalVariate(r, mu, sigma)))
    }
    method("expovariate", ["lambd"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let lambd = try rngReal(a[1])
        return Value(float: try rngDivide(-Glibc.log(1.0 - rngRandomDouble(r)), lambd))
    }
    method("vonmisesvariate", ["mu", "kappa"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let mu = try rngReal(a[1]), kappa = try rngReal(a[2])
        if kappa <= 1e-6 { return Value(float: rngTwoPi * rngRandomDouble(r)) }
        let s = 0.5 / kappa
        let rr = s + (1.0 + s * s).squareRoot()
        var z = 0.0
        while true {
            let u1 = rngRandomDouble(r)
            z = Glibc.cos(Double.pi * u1)
            let d = z / (rr + z)
            let u2 = rngRandomDouble(r)
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * Glibc.exp(d) { break }
        }
        let q = 1.0 / rr
        let f = (q + z) / (1.0 + q * z)
        let u3 = rngRandomDouble(r)
        let theta = u3 > 0.5 ? floatDivMod(mu + Glibc.acos(f), rngTwoPi).1 : floatDivMod(mu - Glibc.acos(f), rngTwoPi).1
        return Value(float: theta)
    }
    method("gammavariate", ["alpha", "beta"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        return Value(float: try rngGammaVariate(r, try rngReal(a[1]), try rngReal(a[2])))
    }
    method("betavariate", ["alpha", "beta"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let alpha = try rngReal(a[1]), beta = try rngReal(a[2])
        let y = try rngGammaVariate(r, alpha, 1.0)
        if y != 0 { return Value(float: y / (y + (try rngGammaVariate(r, beta, 1.0)))) }
        return Value(float: 0.0)
    }
    method("paretovariate", ["alpha"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let alpha = try rngReal(a[1])
        let u = 1.0 - rngRandomDouble(r)
        return Value(float: Glibc.pow(u, try rngDivide(-1.0, alpha)))
    }
    method("weibullvariate", ["alpha", "beta"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let alpha = try rngReal(a[1]), beta = try rngReal(a[2])
        let u = 1.0 - rngRandomDouble(r)
        return Value(float: alpha * Glibc.pow(-Glibc.log(u), try rngDivide(1.0, beta)))
    }
    method("randbytes", ["n"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let count = try modInt(a[1])
        if count < 0 { throw raiseValueError("number of bits must be non-negative") }
        let bits = rngRandomBits(r, count * 8)
        var bytes = [UInt8](repeating: 0, count: count)
        let magnitude = bits.magnitude
        for i in 0..<count { bytes[i] = UInt8(truncatingIfNeeded: magnitude >> (8 * i)) }
        return newBytes(bytes)
    }
    method("getstate", []) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let state = allocateTuple(count: rngStateSize + 1)
        for i in 0..<rngStateSize { TupleObject.items(state)[i] = Value(smallInt: Int(mt(r)[i])) }
        TupleObject.items(state)[rngStateSize] = Value(smallInt: mtIndex(r).pointee)
        let gauss = rngGaussNext(r).map { Value(float: $0) } ?? .none
        return modTriple(Value(smallInt: 3), Value(state), gauss)
    }
    method("setstate", ["state"]) { a, n, k throws(PyError) in
        let r = try rngRandomReceiver(a[0])
        let state = a[1]
        let version = try getItem(state, Value(smallInt: 0))
        guard version.isSmallInt && (version.smallInt == 3 || version.smallInt == 2) else {
            throw raiseValueError("state with version \(try strOf(version).stringValue) passed to Random.setstate() of version 3")
        }
        let parts = try tupleFromIterable(state)
        guard parts.tupleCount == 3 else {
            throw raiseValueError("too many values to unpack (expected 3)")
        }
        let vector = parts.tupleItems[1]
        guard vector.isObject && vector.header.pointee.kind == .tuple else {
            throw raiseTypeError("state vector must be a tuple")
        }
        guard vector.tupleCount == rngStateSize + 1 else { throw raiseValueError("state vector is the wrong size") }
        var words = [UInt32](repeating: 0, count: rngStateSize)
        for i in 0..<rngStateSize {
            let big = try modIndexBig(vector.tupleItems[i]) ?? 0
            words[i] = UInt32(truncatingIfNeeded: Int(truncatingIfNeeded: big))
        }
        let index = try modInt(vector.tupleItems[rngStateSize])
        if index < 0 || index > rngStateSize { throw raiseValueError("invalid state") }
        for i in 0..<rngStateSize { mt(r)[i] = words[i] }
        mtIndex(r).pointee = index
        let gauss = parts.tupleItems[2]
        rngSetGaussNext(r, gauss.isNone ? nil : try rngReal(gauss))
        return .none
    }

    // The shared instance and the module-level functions bound to it.
    let instance = rngNewRandomObject(type)
    rngSeedFromEntropy(instance)
    rngSharedRandom = instance
    modSet(m, "_inst", instance)
    for name in ["seed", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
                 "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
                 "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "randbytes"] {
        let function = lookupInType(type, internString(name))!
        modSet(m, name, newBoundMethod(function, instance))
    }
    return m
}

private func rngRandomReceiver(_ v: Value) throws(PyError) -> Value {
    guard let type = rngRandomTypeCache, modIsInstance(v, type), v.header.pointee.kind == .native else {
        throw raiseTypeError("descriptor 'random' for '_random.Random' objects doesn't apply to a '\(typeName(v))' object")
    }
    return v
}

private func rngGetrandbitsMethod(_ r: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("Random.getrandbits() takes no keyword arguments") }
    if count != 1 { throw raiseTypeError("Random.getrandbits() takes exactly one argument (\(count) given)") }
    guard let big = try modIndexBig(args[0]) else {
        throw raiseTypeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
    }
    guard let k = Int(exactly: big), k <= Int(Int32.max), k >= Int(Int32.min) else {
        throw raiseOverflowError("Python int too large to convert to C int")
    }
    if k < 0 { throw raiseValueError("number of bits must be non-negative") }
    if k <= 64 {
        let bits = rngRandomBits64(r, k)
        return bits <= UInt64(Int.max) ? newInt(Int(bits)) : newInt(BigInt(bits))
    }
    return newInt(rngRandomBits(r, k))
}
