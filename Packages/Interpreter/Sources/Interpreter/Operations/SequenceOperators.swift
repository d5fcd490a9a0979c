import Runtime

/// `+`, `*`, `%` and the set/dict operators on built-in containers and strings, or nil when the
/// operand types do not match any of them.
func builtinSequenceBinary(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value? {
    guard lhs.isObject || rhs.isObject else { return nil }
    let lk = lhs.objectKind, rk = rhs.objectKind
    if lhs.isObject && lhs.header.pointee.type.pointee.flags.contains(.heapType) { return nil }
    switch operation {
    case .add:
        switch (lk, rk) {
        case (.str?, .str?): return concatenateStrings(lhs, rhs)
        case (.list?, .list?):
            if inPlace {
                try listExtend(lhs.object(as: ListObject.self), rhs)
                return lhs
            }
            return concatenateLists(lhs, rhs)
        case (.list?, _) where inPlace:
            try listExtend(lhs.object(as: ListObject.self), rhs)
            return lhs
        case (.tuple?, .tuple?): return concatenateTuples(lhs, rhs)
        case (.bytes?, .bytes?): return concatenateBytes(lhs, rhs)
        default: return nil
        }
    case .multiply:
        if let count = repeatCount(rhs), let k = lk, [.str, .list, .tuple, .bytes].contains(k) {
            return try repeatSequence(lhs, try count(), inPlace: inPlace)
        }
        if let count = repeatCount(lhs), let k = rk, [.str, .list, .tuple, .bytes].contains(k) {
            return try repeatSequence(rhs, try count(), inPlace: false)
        }
        return nil
    case .remainder:
        if lk == .str {
            // str's % wins unless the right operand is a str subclass with its own __rmod__.
            if isStrValue(rhs), let method = userSpecialMethod(rhs, "__rmod__"), method.isObject,
               method.header.pointee.kind == .function {
                return nil
            }
            return try percentFormat(lhs, rhs)
        }
        return nil
    case .or, .and, .xor, .subtract:
        if let l = lk, let r = rk, (l == .set || l == .frozenset), (r == .set || r == .frozenset) {
            return try setOperator(operation, lhs, rhs, inPlace: inPlace)
        }
        if operation == .or, lk == .dict, rk == .dict {
            return try dictUnion(lhs, rhs, inPlace: inPlace)
        }
        if operation == .or, inPlace, lk == .dict {
            // d |= iterable of pairs (dict.__ior__ takes what update() takes).
            try dictUpdateFrom(lhs.object(as: DictObject.self), rhs)
            return lhs
        }
        if lk == .namespace || rk == .namespace {
            return try viewOperator(operation, lhs, rhs)
        }
        return nil
    default:
        return nil
    }
}

/// For `seq * n`: a function giving n as an Int when `v` is an int (or bool), else nil.
private func repeatCount(_ v: Value) -> (() throws(PyError) -> Int)? {
    // An object with __index__ (and no multiplication of its own, which CPython would try
    // first) repeats a sequence as its index.
    if v.isObject, v.header.pointee.kind == .instance, userSpecialMethod(v, "__index__") != nil,
       userSpecialMethod(v, "__mul__") == nil, userSpecialMethod(v, "__rmul__") == nil {
        return { () throws(PyError) in max(0, try indexValue(v) ?? 0) }
    }
    guard let n = NumericValue(v) else { return nil }
    switch n {
    case .int(let i): return { () throws(PyError) in i }
    case .big(let b):
        return { () throws(PyError) in
            if b.sign == .minus { return 0 }
            throw raiseOverflowError("cannot fit 'int' into an index-sized integer")
        }
    case .float: return nil
    }
}
