import Runtime

/// bool(v).
@inline(__always)
public func isTruthy(_ v: Value) throws(PyError) -> Bool {
    switch v.bits {
    case Value.true.bits: return true
    case Value.false.bits, Value.none.bits: return false
    default: break
    }
    if v.isSmallInt { return v.smallInt != 0 }
    if v.isFloat { return v.float != 0 }
    return try isTruthySlow(v)
}

@inline(never)
func isTruthySlow(_ v: Value) throws(PyError) -> Bool {
    guard v.isObject else { return true }
    let type = v.header.pointee.type
    if type.pointee.flags.contains(.heapType) { return try userTruthiness(v) }
    switch v.header.pointee.kind {
    case .str: return v.object(as: StrObject.self).pointee.count != 0
    case .list: return v.object(as: ListObject.self).pointee.count != 0
    case .tuple: return v.tupleCount != 0
    case .dict: return v.object(as: DictObject.self).pointee.count != 0
    case .set, .frozenset: return v.object(as: SetObject.self).pointee.used != 0
    case .bytes: return v.object(as: BytesObject.self).pointee.count != 0
    case .range: return v.object(as: RangeObject.self).pointee.count != 0
    case .bigInt: return true
    case .namespace where type == rt.pointee.types.dictKeys || type == rt.pointee.types.dictValues || type == rt.pointee.types.dictItems:
        return try length(v) != 0
    default: return true
    }
}
