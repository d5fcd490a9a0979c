/// A tuple of `count` items, all zero bits (the caller must store every item before use).
@inline(__always)
public func allocateTuple(count: Int) -> TupleRef {
    if count == 0, let empty = emptyTupleCache { return empty }
    let raw = rt.pointee.heap.allocate(size: TupleObject.itemsOffset + count * 8, kind: .tuple, type: rt.pointee.types.tuple)
    let t = raw.assumingMemoryBound(to: TupleObject.self)
    t.pointee.count = count
    return t
}

/// The shared empty tuple (kept alive as a permanent root).
nonisolated(unsafe) var emptyTupleCache: TupleRef?

public func newTuple(_ items: [Value]) -> Value {
    let t = allocateTuple(count: items.count)
    let dest = TupleObject.items(t)
    for (i, item) in items.enumerated() { dest[i] = item }
    return Value(t)
}

public func newTuple(_ items: UnsafePointer<Value>, count: Int) -> Value {
    let t = allocateTuple(count: count)
    if count > 0 { TupleObject.items(t).update(from: items, count: count) }
    return Value(t)
}
