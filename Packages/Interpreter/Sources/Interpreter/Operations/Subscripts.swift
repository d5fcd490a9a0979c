import BigInt
import Runtime

/// container[key].
public func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
    guard container.isObject else { throw notSubscriptable(container) }
    let type = container.header.pointee.type
    if type.pointee.flags.contains(.heapType) {
        if let method = lookupInType(type, names.dunderGetitem), method.isObject, method.header.pointee.kind == .function {
            return try call(method, container, key)
        }
        if container.header.pointee.kind == .dict, let missing = lookupInType(type, names.dunderMissing) {
            if let v = try dictLookup(container.object(as: DictObject.self), key) { return v }
            return try call(missing, container, key)
        }
    }
    switch container.header.pointee.kind {
    case .list:
        let list = container.object(as: ListObject.self)
        if isSlice(key) { return try listSlice(list, key) }
        let index = try sequenceIndex(key, count: list.pointee.count, typeName: "list")
        return list.items[index]
    case .tuple:
        if isSlice(key) { return try tupleSlice(container, key) }
        let index = try sequenceIndex(key, count: container.tupleCount, typeName: "tuple")
        return container.tupleItems[index]
    case .str:
        if isSlice(key) { return try stringSlice(container, key) }
        guard let i = try indexValue(key) else {
            throw raiseTypeError("string indices must be integers, not '\(typeName(key))'")
        }
        let count = container.strCount
        let index = i < 0 ? i + count : i
        guard index >= 0 && index < count else { throw raiseIndexError("string index out of range") }
        return characterString(StrObject.character(container.object(as: StrObject.self), index))
    case .dict:
        if let v = try dictLookup(container.object(as: DictObject.self), key) { return v }
        throw raiseKeyError(key)
    case .range:
        return try rangeItem(container, key)
    case .bytes:
        let b = container.object(as: BytesObject.self)
        if isSlice(key) { return try bytesSlice(container, key) }
        let index = try sequenceIndex(key, count: b.pointee.count, typeName: "index", message: "index out of range")
        return Value(smallInt: Int(BytesObject.data(b)[index]))
    case .type:
        if let classGetItem = lookupInType(container.object(as: TypeObject.self), internString("__class_getitem__")) {
            let function = classGetItem.isObject && classGetItem.header.pointee.kind == .classMethod
                ? classGetItem.object(as: MethodWrapperObject.self).pointee.function : classGetItem
            return try call(function, container, key)
        }
        if !type.pointee.flags.contains(.heapType) || isSubtype(container.object(as: TypeObject.self), of: rt.pointee.types.type) {
            // list[int] and friends: a generic alias is only used for annotations; keep the class.
            if !container.object(as: TypeObject.self).pointee.flags.contains(.heapType) { return container }
        }
        throw raiseTypeError("type '\(container.object(as: TypeObject.self).pointee.name.stringValue)' is not subscriptable")
    default:
        throw notSubscriptable(container)
    }
}

func notSubscriptable(_ v: Value) -> PyError {
    raiseTypeError("'\(typeName(v))' object is not subscriptable")
}

func isSlice(_ v: Value) -> Bool { v.isObject && v.header.pointee.kind == .slice }

/// An int usable as an index (ints, bools, objects with __index__), or nil.
public func indexValue(_ v: Value) throws(PyError) -> Int? {
    if v.isSmallInt { return v.smallInt }
    if v.isBool { return v.bits == Value.true.bits ? 1 : 0 }
    if v.isObject {
        if v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int {
            guard let n = Int(exactly: v.bigIntValue) else {
                throw raise(rt.pointee.types.IndexError, "cannot fit 'int' into an index-sized integer")
            }
            return n
        }
        if let method = userSpecialMethod(v, "__index__") {
            let result = try call(method, v)
            guard result.isInt else { throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))") }
            return try indexValue(result)
        }
    }
    return nil
}

/// A list/tuple index normalized into range, or IndexError / TypeError as CPython words them.
@inline(__always)
func sequenceIndex(_ key: Value, count: Int, typeName name: String, message: String? = nil) throws(PyError) -> Int {
    guard let i = try indexValue(key) else {
        throw raiseTypeError("\(name) indices must be integers or slices, not \(typeName(key))")
    }
    let index = i < 0 ? i + count : i
    guard index >= 0 && index < count else { throw raiseIndexError(message ?? "\(name) index out of range") }
    return index
}

/// container[key] = value.
public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
    guard container.isObject else {
        throw raiseTypeError("'\(typeName(container))' object does not support item assignment")
    }
    let type = container.header.pointee.type
    if type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderSetitem),
       method.isObject, method.header.pointee.kind == .function {
        _ = try call(method, container, key, value)
        return
    }
    switch container.header.pointee.kind {
    case .list:
        let list = container.object(as: ListObject.self)
        if isSlice(key) { try listAssignSlice(list, key, value); return }
        guard let i = try indexValue(key) else {
            throw raiseTypeError("list indices must be integers or slices, not \(typeName(key))")
        }
        let index = i < 0 ? i + list.pointee.count : i
        guard index >= 0 && index < list.pointee.count else { throw raiseIndexError("list assignment index out of range") }
        list.items[index] = value
    case .dict:
        try dictSetItem(container.object(as: DictObject.self), key, value)
    default:
        throw raiseTypeError("'\(typeName(container))' object does not support item assignment")
    }
}

/// del container[key].
public func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
    guard container.isObject else {
        throw raiseTypeError("'\(typeName(container))' object doesn't support item deletion")
    }
    let type = container.header.pointee.type
    if type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderDelitem),
       method.isObject, method.header.pointee.kind == .function {
        _ = try call(method, container, key)
        return
    }
    switch container.header.pointee.kind {
    case .list:
        let list = container.object(as: ListObject.self)
        if isSlice(key) { try listDeleteSlice(list, key); return }
        guard let i = try indexValue(key) else {
            throw raiseTypeError("list indices must be integers or slices, not \(typeName(key))")
        }
        let index = i < 0 ? i + list.pointee.count : i
        guard index >= 0 && index < list.pointee.count else { throw raiseIndexError("list assignment index out of range") }
        listRemove(list, at: index)
    case .dict:
        if try dictDelete(container.object(as: DictObject.self), key) == nil { throw raiseKeyError(key) }
    default:
        throw raiseTypeError("'\(typeName(container))' object doesn't support item deletion")
    }
}

/// Removes the item at `index`, shifting the rest down.
public func listRemove(_ list: ListRef, at index: Int) {
    let count = list.pointee.count
    let items = list.items
    (items + index).update(from: items + index + 1, count: count - index - 1)
    listSetCount(list, count - 1)
}

// MARK: slices

public func newSlice(_ start: Value, _ stop: Value, _ step: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<SliceObject>.stride, kind: .slice, type: rt.pointee.types.slice)
    let slice = raw.assumingMemoryBound(to: SliceObject.self)
    slice.pointee.start = start
    slice.pointee.stop = stop
    slice.pointee.step = step
    return Value(slice)
}

/// A slice's start, stop, step and item count for a sequence of `length` (PySlice_GetIndicesEx).
public struct SliceBounds {
    public var start: Int
    public var stop: Int
    public var step: Int
    public var count: Int
}

public func sliceBounds(_ sliceValue: Value, length: Int) throws(PyError) -> SliceBounds {
    let slice = sliceValue.object(as: SliceObject.self)
    func component(_ v: Value) throws(PyError) -> Int? {
        if v.isNone { return nil }
        if let i = try indexValue(v) { return i }
        if v.isObject && v.header.pointee.kind == .bigInt {
            return v.bigIntValue.sign == .minus ? Int.min / 2 : Int.max / 2
        }
        throw raiseTypeError("slice indices must be integers or None or have an __index__ method")
    }
    var step = 1
    if let s = try component(slice.pointee.step) {
        if s == 0 { throw raiseValueError("slice step cannot be zero") }
        step = s
    }
    let defaultStart = step < 0 ? length - 1 : 0
    let defaultStop = step < 0 ? -1 : length
    var start = try component(slice.pointee.start) ?? defaultStart
    var stop = try component(slice.pointee.stop) ?? defaultStop
    if !slice.pointee.start.isNone {
        if start < 0 { start += length; if start < 0 { start = step < 0 ? -1 : 0 } }
        else if start >= length { start = step < 0 ? length - 1 : length }
    }
    if !slice.pointee.stop.isNone {
        if stop < 0 { stop += length; if stop < 0 { stop = step < 0 ? -1 : 0 } }
        else if stop >= length { stop = step < 0 ? length - 1 : length }
    }
    var count = 0
    if step < 0 {
        if stop < start { count = (start - stop - 1) / -step + 1 }
    } else if start < stop {
        count = (stop - start - 1) / step + 1
    }
    return SliceBounds(start: start, stop: stop, step: step, count: count)
}

func listSlice(_ list: ListRef, _ key: Value) throws(PyError) -> Value {
    let bounds = try sliceBounds(key, length: list.pointee.count)
    let result = newList(capacity: bounds.count)
    let out = result.object(as: ListObject.self)
    for i in 0..<bounds.count { out.items[i] = list.items[bounds.start + i * bounds.step] }
    out.pointee.count = bounds.count
    return result
}

func tupleSlice(_ tuple: Value, _ key: Value) throws(PyError) -> Value {
    let bounds = try sliceBounds(key, length: tuple.tupleCount)
    if bounds.step == 1 && bounds.count == tuple.tupleCount && tuple.header.pointee.type == rt.pointee.types.tuple { return tuple }
    let result = allocateTuple(count: bounds.count)
    for i in 0..<bounds.count { TupleObject.items(result)[i] = tuple.tupleItems[bounds.start + i * bounds.step] }
    return Value(result)
}

/// a[i:j] = iterable (and extended slices, which need the same length).
func listAssignSlice(_ list: ListRef, _ key: Value, _ value: Value) throws(PyError) {
    // Materialize the new items first (they may come from the list itself).
    let replacement: Value
    if value.isObject && value.header.pointee.kind == .list {
        replacement = newList(value.object(as: ListObject.self).pointee.items ?? UnsafeMutablePointer(bitPattern: 8)!,
                              count: value.object(as: ListObject.self).pointee.count)
    } else {
        do throws(PyError) {
            replacement = try listFromIterable(value)
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) {
                _ = takeCurrentException()
                throw raiseTypeError("can only assign an iterable")
            }
            throw error
        }
    }
    let new = replacement.object(as: ListObject.self)
    let bounds = try sliceBounds(key, length: list.pointee.count)
    if bounds.step != 1 {
        guard new.pointee.count == bounds.count else {
            throw raiseValueError("attempt to assign sequence of size \(new.pointee.count) to extended slice of size \(bounds.count)")
        }
        for i in 0..<bounds.count { list.items[bounds.start + i * bounds.step] = new.items[i] }
        return
    }
    let start = bounds.start
    let stop = max(start, bounds.stop)
    let oldCount = list.pointee.count
    let removed = stop - start
    let added = new.pointee.count
    let newCount = oldCount - removed + added
    if added > removed { listReserve(list, newCount) }
    let items = list.pointee.items
    if let items, oldCount - stop > 0 {
        (items + start + added).update(from: items + stop, count: oldCount - stop)
    }
    if added > 0 { (list.items + start).update(from: new.items, count: added) }
    if newCount < oldCount {
        listSetCount(list, newCount)
    } else {
        list.pointee.count = newCount
    }
}

func listDeleteSlice(_ list: ListRef, _ key: Value) throws(PyError) {
    let bounds = try sliceBounds(key, length: list.pointee.count)
    if bounds.count == 0 { return }
    if bounds.step == 1 {
        try listAssignSlice(list, key, newList(capacity: 0))
        return
    }
    // Extended slice: keep the items not selected, in order. The selected positions are
    // first, first + step, ... (a negative step selects the same positions from the other end).
    var first = bounds.start, step = bounds.step
    if step < 0 {
        first = bounds.start + (bounds.count - 1) * step
        step = -step
    }
    let last = first + (bounds.count - 1) * step
    let items = list.items
    var write = first
    var read = first
    while read < list.pointee.count {
        if read > last || (read - first) % step != 0 {
            items[write] = items[read]
            write += 1
        }
        read += 1
    }
    listSetCount(list, write)
}
