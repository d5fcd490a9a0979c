import Runtime

private let comparisonSymbols = ["<", "<=", "==", "!=", ">", ">="]
private let comparisonDunders = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
/// The reflected operator: a < b is b > a.
private let reflectedComparison = [4, 5, 2, 3, 0, 1]

/// COMPARE_OP: `lhs op rhs` for op 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=.
public func richCompare(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Value {
    if let result = immediateNumberCompare(lhs, rhs, op) { return Value(bool: result) }
    // Comparing containers compares their items: one recursion level each (PyObject_RichCompare).
    if lhs.isObject && rhs.isObject, isComparedItemwise(lhs), isComparedItemwise(rhs) {
        return try withRecursionCheck(" in comparison") { () throws(PyError) -> Value in
            try richCompareUnchecked(lhs, rhs, op)
        }
    }
    return try richCompareUnchecked(lhs, rhs, op)
}

@inline(__always)
private func isComparedItemwise(_ v: Value) -> Bool {
    switch v.header.pointee.kind {
    case .list, .tuple, .dict, .set, .frozenset: return true
    default: return false
    }
}

/// `lhs op rhs` when both are small ints or floats (a small int is exact as a double, so the
/// mixed comparison is the float one), or nil for other operands.
@inline(__always)
func immediateNumberCompare(_ lhs: Value, _ rhs: Value, _ op: Int) -> Bool? {
    if Value.bothSmallInts(lhs, rhs) { return compareInts(lhs.smallInt, rhs.smallInt, op) }
    let a: Double, b: Double
    if lhs.isFloat {
        a = lhs.float
        if rhs.isFloat { b = rhs.float } else if rhs.isSmallInt { b = Double(rhs.smallInt) } else { return nil }
    } else if lhs.isSmallInt && rhs.isFloat {
        a = Double(lhs.smallInt)
        b = rhs.float
    } else {
        return nil
    }
    return compareDoubles(a, b, op)
}

private func richCompareUnchecked(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Value {
    // Built-in comparisons never take a plain user-class instance: straight to its methods.
    if !(isUserInstance(lhs) || isUserInstance(rhs)), let result = try builtinCompare(lhs, rhs, op) {
        return Value(bool: result)
    }
    let user = try withRecursionCheck(" in comparison") { () throws(PyError) -> Value? in try userRichCompare(lhs, rhs, op) }
    if let user { return user }
    switch op {
    case 2: return Value(bool: lhs.bits == rhs.bits)
    case 3: return Value(bool: lhs.bits != rhs.bits)
    default:
        throw raiseTypeError("'\(comparisonSymbols[op])' not supported between instances of '\(typeName(lhs))' and '\(typeName(rhs))'")
    }
}

/// The truth of `lhs op rhs`.
public func compareBool(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Bool {
    if op == 2 && lhs.bits == rhs.bits && !lhs.isFloat { return true }
    if let result = immediateNumberCompare(lhs, rhs, op) { return result }
    let result = try richCompare(lhs, rhs, op)
    if result.bits == Value.true.bits { return true }
    if result.bits == Value.false.bits { return false }
    return try isTruthy(result)
}

/// `a == b` with the identity shortcut containers use (PyObject_RichCompareBool). Floats are not
/// objects here, so two NaNs cannot be told apart from one NaN object: they compare unequal, as
/// two separately made NaNs do in CPython (`[float("nan")] == [float("nan")]` is False).
@inline(__always)
public func valuesEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if a.bits == b.bits { return !(a.isFloat && a.float.isNaN) }
    // Inline answers for the common item types (`x in list`, list.index, ==).
    if Value.bothSmallInts(a, b) { return false }
    if Value.bothFloats(a, b) { return a.float == b.float }
    if a.isObject && b.isObject {
        let str = rt.pointee.types.str
        if a.header.pointee.type == str && b.header.pointee.type == str {
            return stringsEqual(a.object(as: StrObject.self), b.object(as: StrObject.self))
        }
    }
    return try compareBool(a, b, 2)
}

/// Comparison between built-in values, or nil when the built-ins do not define it (user types,
/// or mismatched types for ordering, which fall back to identity for == and != or raise).
func builtinCompare(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Bool? {
    if (lhs.isObject || rhs.isObject) && lhs.isInt && rhs.isInt { return compareInts(intCompare(lhs, rhs), 0, op) }
    if let x = NumericValue(lhs), let y = NumericValue(rhs) { return compareNumbers(x, y, op) }
    guard lhs.isObject && rhs.isObject else {
        if lhs.isObject && lhs.header.pointee.type.isHeapType { return nil }
        if rhs.isObject && rhs.header.pointee.type.isHeapType { return nil }
        return op == 2 || op == 3 ? (lhs.bits == rhs.bits) == (op == 2) : nil
    }
    let lt = lhs.header.pointee.type, rt_ = rhs.header.pointee.type
    if lt.isHeapType || rt_.isHeapType { return nil }
    let lk = lhs.header.pointee.kind, rk = rhs.header.pointee.kind
    switch (lk, rk) {
    case (.str, .str):
        return compareInts(compareStrings(lhs.object(as: StrObject.self), rhs.object(as: StrObject.self)), 0, op)
    case (.list, .list):
        let a = lhs.object(as: ListObject.self), b = rhs.object(as: ListObject.self)
        return try compareSequences(a.pointee.items, a.pointee.count, b.pointee.items, b.pointee.count, op)
    case (.tuple, .tuple):
        return try compareSequences(lhs.tupleItems, lhs.tupleCount, rhs.tupleItems, rhs.tupleCount, op)
    case (.bytes, .bytes):
        let a = lhs.object(as: BytesObject.self), b = rhs.object(as: BytesObject.self)
        let n = min(a.pointee.count, b.pointee.count)
        var order = n == 0 ? 0 : Int(memcmp(BytesObject.data(a), BytesObject.data(b), n))
        if order == 0 { order = a.pointee.count - b.pointee.count }
        return compareInts(order.signum(), 0, op)
    case (.dict, .dict):
        guard op == 2 || op == 3 else { return nil }
        return try dictsEqual(lhs, rhs) == (op == 2)
    case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
        return try compareSets(lhs, rhs, op)
    case (.range, .range):
        guard op == 2 || op == 3 else { return nil }
        return rangesEqual(lhs, rhs) == (op == 2)
    case (.slice, .slice):
        // Compared as (start, stop, step) tuples.
        let a = lhs.object(as: SliceObject.self), b = rhs.object(as: SliceObject.self)
        var left = [a.pointee.start, a.pointee.stop, a.pointee.step]
        var right = [b.pointee.start, b.pointee.stop, b.pointee.step]
        return try left.withUnsafeMutableBufferPointer { l throws(PyError) -> Bool in
            try right.withUnsafeMutableBufferPointer { r throws(PyError) -> Bool in
                try compareSequences(l.baseAddress, 3, r.baseAddress, 3, op)
            }
        }
    case (.boundMethod, .boundMethod):
        // Same function bound to the same object (the receiver by identity, as CPython 3.8+).
        guard op == 2 || op == 3 else { return nil }
        let a = lhs.object(as: BoundMethodObject.self), b = rhs.object(as: BoundMethodObject.self)
        guard a.pointee.receiver.bits == b.pointee.receiver.bits else { return op == 3 }
        let same = try valuesEqual(a.pointee.function, b.pointee.function)
        return same == (op == 2)
    case (.namespace, _) where isSetLikeView(lhs):
        if let result = try dictViewCompare(lhs, rhs, op) { return result }
        if isSetLikeView(rhs), let result = try dictViewCompare(rhs, lhs, reflected(op)) { return result }
        if op == 2 || op == 3 { return (lhs.bits == rhs.bits) == (op == 2) }
        return nil
    case (_, .namespace) where isSetLikeView(rhs):
        if let result = try dictViewCompare(rhs, lhs, reflected(op)) { return result }
        if op == 2 || op == 3 { return (lhs.bits == rhs.bits) == (op == 2) }
        return nil
    default:
        if op == 2 || op == 3 { return (lhs.bits == rhs.bits) == (op == 2) }
        return nil
    }
}

/// Lexicographic comparison, as list and tuple do it: the first unequal pair decides.
func compareSequences(_ a: UnsafeMutablePointer<Value>?, _ na: Int, _ b: UnsafeMutablePointer<Value>?, _ nb: Int, _ op: Int) throws(PyError) -> Bool {
    if (op == 2 || op == 3) && na != nb { return op == 3 }
    let n = min(na, nb)
    var i = 0
    while i < n {
        let x = a.unsafelyUnwrapped[i], y = b.unsafelyUnwrapped[i]
        if !(try valuesEqual(x, y)) { break }
        i += 1
    }
    if i >= n { return compareInts(na, nb, op) }
    switch op {
    case 2: return false
    case 3: return true
    default: return try compareBool(a.unsafelyUnwrapped[i], b.unsafelyUnwrapped[i], op)
    }
}

func reflected(_ op: Int) -> Int { reflectedComparison[op] }
func comparisonDunder(_ op: Int) -> String { comparisonDunders[op] }

#if canImport(Glibc)
import Glibc
#endif
