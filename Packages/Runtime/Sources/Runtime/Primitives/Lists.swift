/// A new empty list with room for `capacity` items.
public func newList(capacity: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<ListObject>.stride, kind: .list, type: rt.pointee.types.list)
    let list = raw.assumingMemoryBound(to: ListObject.self)
    if capacity > 0 {
        // The list is only reachable from this frame's registers/stack while storage is made:
        // the conservative stack scan keeps it alive.
        let items = rt.pointee.allocateValueStorage(capacity: capacity)
        list.pointee.items = items
        list.pointee.capacity = capacity
    }
    return Value(list)
}

/// A list of the items of a Swift array (allocated with collection held off: see newTuple).
public func newList(_ items: [Value]) -> Value {
    let v = withCollectionHeld { newList(capacity: items.count) }
    let list = v.object(as: ListObject.self)
    for (i, item) in items.enumerated() { list.pointee.items.unsafelyUnwrapped[i] = item }
    list.pointee.count = items.count
    return v
}

public func newList(_ items: UnsafePointer<Value>, count: Int) -> Value {
    let v = newList(capacity: count)
    let list = v.object(as: ListObject.self)
    if count > 0 { list.pointee.items.unsafelyUnwrapped.update(from: items, count: count) }
    list.pointee.count = count
    return v
}

/// Grows the list's storage to hold at least `minimum` items (CPython's over-allocation).
public func listReserve(_ list: ListRef, _ minimum: Int) {
    guard minimum > list.pointee.capacity else { return }
    var newCapacity = minimum + (minimum >> 3) + (minimum < 9 ? 3 : 6)
    newCapacity = max(newCapacity, 4)
    let items = rt.pointee.allocateValueStorage(capacity: newCapacity)
    if list.pointee.count > 0 { items.update(from: list.items, count: list.pointee.count) }
    list.pointee.items = items
    list.pointee.capacity = newCapacity
}

@inline(__always)
public func listAppend(_ list: ListRef, _ value: Value) {
    let count = list.pointee.count
    // `>=`: a list being sorted has capacity -1 (see listSort).
    if count >= list.pointee.capacity { listReserve(list, count + 1) }
    list.items[count] = value
    list.pointee.count = count + 1
}

/// Sets the count, zeroing slots that fall out of use so they retain nothing.
public func listSetCount(_ list: ListRef, _ newCount: Int) {
    let old = list.pointee.count
    if newCount > old { listReserve(list, newCount) }
    if newCount < old { (list.items + newCount).update(repeating: Value(bits: 0), count: old - newCount) }
    list.pointee.count = newCount
}
