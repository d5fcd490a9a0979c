import Runtime

func concatenateLists(_ a: Value, _ b: Value) -> Value {
    let x = a.object(as: ListObject.self), y = b.object(as: ListObject.self)
    let nx = x.pointee.count, ny = y.pointee.count
    let result = newList(capacity: nx + ny)
    let list = result.object(as: ListObject.self)
    if nx > 0 { list.items.update(from: x.items, count: nx) }
    if ny > 0 { (list.items + nx).update(from: y.items, count: ny) }
    list.pointee.count = nx + ny
    return result
}

func concatenateTuples(_ a: Value, _ b: Value) -> Value {
    let nx = a.tupleCount, ny = b.tupleCount
    if ny == 0 && a.header.pointee.type == rt.pointee.types.tuple { return a }
    if nx == 0 && b.header.pointee.type == rt.pointee.types.tuple { return b }
    let result = allocateTuple(count: nx + ny)
    TupleObject.items(result).update(from: a.tupleItems, count: nx)
    (TupleObject.items(result) + nx).update(from: b.tupleItems, count: ny)
    return Value(result)
}

/// Fills `base[unit ..< total]` with copies of `base[0 ..< unit]`, doubling what is copied each
/// time: a handful of large copies, not `total / unit` tiny ones (`[False] * 1000000`).
@inline(__always)
func repeatByDoubling<T>(_ base: UnsafeMutablePointer<T>, unit: Int, total: Int) {
    guard unit > 0 else { return }
    if unit == 1 {
        (base + 1).update(repeating: base.pointee, count: total - 1)
        return
    }
    var done = unit
    while done < total {
        let chunk = min(done, total - done)
        (base + done).update(from: base, count: chunk)
        done += chunk
    }
}

/// seq * n (and seq *= n for lists).
func repeatSequence(_ v: Value, _ times: Int, inPlace: Bool) throws(PyError) -> Value {
    let n = max(times, 0)
    switch v.header.pointee.kind {
    case .str:
        let s = v.object(as: StrObject.self)
        let count = s.pointee.count
        if n == 1 && v.header.pointee.type == rt.pointee.types.str { return v }
        guard count == 0 || n <= Int.max / count else { throw raise(rt.pointee.types.MemoryError, "") }
        let result = allocateString(count: count * n, width: Int(s.pointee.width), isASCII: s.pointee.isASCII)
        guard n > 0 && count > 0 else { return Value(result) }
        copyCharacters(from: s, 0, count, to: result, at: 0)
        if result.pointee.width == 1 {
            repeatByDoubling(StrObject.latin1(result), unit: count, total: count * n)
        } else {
            repeatByDoubling(StrObject.ucs4(result), unit: count, total: count * n)
        }
        return Value(result)
    case .list:
        let list = v.object(as: ListObject.self)
        let count = list.pointee.count
        guard count == 0 || n <= (1 << 40) / count else { throw raise(rt.pointee.types.MemoryError, "") }
        let target = inPlace ? v : newList(capacity: count * n)
        let out = target.object(as: ListObject.self)
        if inPlace {
            if n == 0 { listSetCount(out, 0); return target }
            listReserve(out, count * n)
        }
        if n > 0 && count > 0 {
            if !inPlace { out.items.update(from: list.items, count: count) }
            repeatByDoubling(out.items, unit: count, total: count * n)
        }
        out.pointee.count = count * n
        return target
    case .tuple:
        let count = v.tupleCount
        if n == 1 && v.header.pointee.type == rt.pointee.types.tuple { return v }
        guard count == 0 || n <= (1 << 40) / count else { throw raise(rt.pointee.types.MemoryError, "") }
        let result = allocateTuple(count: count * n)
        if n > 0 && count > 0 {
            TupleObject.items(result).update(from: v.tupleItems, count: count)
            repeatByDoubling(TupleObject.items(result), unit: count, total: count * n)
        }
        return Value(result)
    default:
        let b = v.object(as: BytesObject.self)
        let count = b.pointee.count
        let result = allocateBytes(count: count * n)
        if n > 0 && count > 0 {
            BytesObject.data(result).update(from: BytesObject.data(b), count: count)
            repeatByDoubling(BytesObject.data(result), unit: count, total: count * n)
        }
        return Value(result)
    }
}

// MARK: bytes

func allocateBytes(count: Int) -> UnsafeMutablePointer<BytesObject> {
    let raw = rt.pointee.heap.allocate(size: BytesObject.dataOffset + count, kind: .bytes, type: rt.pointee.types.bytes)
    let b = raw.assumingMemoryBound(to: BytesObject.self)
    b.pointee.count = count
    b.pointee.hash = -1
    return b
}

public func newBytes(_ bytes: [UInt8]) -> Value {
    let b = allocateBytes(count: bytes.count)
    for (i, byte) in bytes.enumerated() { BytesObject.data(b)[i] = byte }
    return Value(b)
}

func concatenateBytes(_ a: Value, _ b: Value) -> Value {
    let x = a.object(as: BytesObject.self), y = b.object(as: BytesObject.self)
    let result = allocateBytes(count: x.pointee.count + y.pointee.count)
    BytesObject.data(result).update(from: BytesObject.data(x), count: x.pointee.count)
    (BytesObject.data(result) + x.pointee.count).update(from: BytesObject.data(y), count: y.pointee.count)
    return Value(result)
}

func bytesSlice(_ v: Value, _ key: Value) throws(PyError) -> Value {
    let b = v.object(as: BytesObject.self)
    let bounds = try sliceBounds(key, length: b.pointee.count)
    let result = allocateBytes(count: bounds.count)
    for i in 0..<bounds.count { BytesObject.data(result)[i] = BytesObject.data(b)[bounds.start + i * bounds.step] }
    return Value(result)
}
