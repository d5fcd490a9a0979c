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

/// Runs `body` (which allocates) with collections held off: for values whose only reference is
/// in memory the collector cannot see, such as a Swift array's buffer.
@inline(__always)
func withCollectionHeld<R>(_ body: () -> R) -> R {
    let held = rt.pointee.heap.collecting
    rt.pointee.heap.collecting = true
    defer { rt.pointee.heap.collecting = held }
    return body()
}

/// A tuple of the items of a Swift array. The array's buffer is invisible to the collector
/// (`newTuple([newString(s)])` holds the only reference to the str there), so the tuple is
/// allocated with collection held off.
public func newTuple(_ items: [Value]) -> Value {
    let t = withCollectionHeld { allocateTuple(count: items.count) }
    let dest = TupleObject.items(t)
    for (i, item) in items.enumerated() { dest[i] = item }
    return Value(t)
}

public func newTuple(_ items: UnsafePointer<Value>, count: Int) -> Value {
    let t = allocateTuple(count: count)
    if count > 0 { TupleObject.items(t).update(from: items, count: count) }
    return Value(t)
}

/// The tuple (a, b) (dict items, enumerate): no Swift array on the way.
@inline(__always)
public func newPair(_ a: Value, _ b: Value) -> Value {
    let t = allocateTuple(count: 2)
    let items = TupleObject.items(t)
    items[0] = a
    items[1] = b
    return Value(t)
}
