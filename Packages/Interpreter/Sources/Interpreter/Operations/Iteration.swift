import Runtime

/// iter(v).
public func getIterator(_ v: Value) throws(PyError) -> Value {
    guard v.isObject else { throw notIterable(v) }
    let type = v.header.pointee.type
    if type.pointee.flags.contains(.heapType) {
        if let method = lookupInType(type, names.dunderIter) {
            // `__iter__ = None` declares the type not iterable (even with __getitem__).
            if method.isNone { throw notIterable(v) }
            let iterator = try call(method, v)
            guard isIterator(iterator) else {
                throw raiseTypeError("iter() returned non-iterator of type '\(typeName(iterator))'")
            }
            return iterator
        }
        // The sequence protocol is only the fallback of objects without a native iteration
        // (a dict or list subclass iterates as its base, whatever __getitem__ it has).
        if v.header.pointee.kind == .instance || v.header.pointee.kind == .exception,
           lookupInType(type, names.dunderGetitem) != nil {
            return newSequenceIterator(rt.pointee.types.sequenceIterator, .sequenceIterator, v)
        }
    }
    switch v.header.pointee.kind {
    case .list: return newSequenceIterator(rt.pointee.types.listIterator, .listIterator, v)
    case .tuple: return newSequenceIterator(rt.pointee.types.tupleIterator, .tupleIterator, v)
    case .str: return newSequenceIterator(rt.pointee.types.strIterator, .strIterator, v)
    case .bytes: return newSequenceIterator(rt.pointee.types.bytesIterator, .bytesIterator, v)
    case .range where isBigRange(v):
        return newSequenceIterator(rt.pointee.types.rangeIterator, .sequenceIterator, v)
    case .range:
        let range = v.object(as: RangeObject.self)
        return newRangeIterator(start: range.pointee.start, step: range.pointee.step, count: range.pointee.count)
    case .dict: return newDictIterator(v, view: .keys)
    case .set, .frozenset: return newSetIterator(v)
    case .namespace where type == rt.pointee.types.dictKeys: return newDictIterator(viewDict(v), view: .keys)
    case .namespace where type == rt.pointee.types.dictValues: return newDictIterator(viewDict(v), view: .values)
    case .namespace where type == rt.pointee.types.dictItems: return newDictIterator(viewDict(v), view: .items)
    default:
        if isIterator(v) { return v }
        throw notIterable(v)
    }
}

func notIterable(_ v: Value) -> PyError {
    raiseTypeError("'\(typeName(v))' object is not iterable")
}

/// True for objects that are their own iterators.
func isIterator(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .listIterator, .tupleIterator, .rangeIterator, .strIterator, .dictIterator, .setIterator,
         .sequenceIterator, .enumerate, .zip, .map, .filter, .reversed, .generator, .callIterator, .bytesIterator:
        return true
    default:
        let type = v.header.pointee.type
        return type.pointee.flags.contains(.heapType) && lookupInType(type, names.dunderNext) != nil
    }
}

/// next(it), or nil when the iterator is exhausted. A StopIteration raised by a user __next__
/// is consumed; its value is kept for `yield from` (see takeStopIterationValue).
public func iteratorNext(_ it: Value) throws(PyError) -> Value? {
    guard it.isObject else { throw raiseTypeError("'\(typeName(it))' object is not an iterator") }
    switch it.header.pointee.kind {
    case .listIterator:
        let iterator = it.object(as: SequenceIteratorObject.self)
        guard iterator.pointee.sequence.isObject else { return nil }
        let list = iterator.pointee.sequence.object(as: ListObject.self)
        if it.header.pointee.type == rt.pointee.types.listReverseIterator {
            let index = iterator.pointee.index
            if index >= 0 && index < list.pointee.count {
                iterator.pointee.index = index - 1
                return list.items[index]
            }
            iterator.pointee.sequence = .null
            return nil
        }
        let index = iterator.pointee.index
        if index < list.pointee.count {
            iterator.pointee.index = index + 1
            return list.items[index]
        }
        iterator.pointee.sequence = .null
        return nil
    case .tupleIterator:
        let iterator = it.object(as: SequenceIteratorObject.self)
        guard iterator.pointee.sequence.isObject else { return nil }
        let tuple = iterator.pointee.sequence
        let index = iterator.pointee.index
        if index < tuple.tupleCount {
            iterator.pointee.index = index + 1
            return tuple.tupleItems[index]
        }
        iterator.pointee.sequence = .null
        return nil
    case .rangeIterator:
        let range = it.object(as: RangeIteratorObject.self)
        guard range.pointee.remaining > 0 else { return nil }
        let value = range.pointee.next
        range.pointee.next = value &+ range.pointee.step
        range.pointee.remaining -= 1
        return newInt(value)
    case .strIterator:
        let iterator = it.object(as: SequenceIteratorObject.self)
        guard iterator.pointee.sequence.isObject else { return nil }
        let s = iterator.pointee.sequence.object(as: StrObject.self)
        let index = iterator.pointee.index
        if index < s.pointee.count {
            iterator.pointee.index = index + 1
            return characterString(StrObject.character(s, index))
        }
        iterator.pointee.sequence = .null
        return nil
    case .bytesIterator:
        let iterator = it.object(as: SequenceIteratorObject.self)
        guard iterator.pointee.sequence.isObject else { return nil }
        let b = iterator.pointee.sequence.object(as: BytesObject.self)
        let index = iterator.pointee.index
        if index < b.pointee.count {
            iterator.pointee.index = index + 1
            return Value(smallInt: Int(BytesObject.data(b)[index]))
        }
        iterator.pointee.sequence = .null
        return nil
    case .dictIterator:
        return try dictIteratorNext(it)
    case .setIterator:
        return try setIteratorNext(it)
    case .generator:
        switch try resumeGenerator(it, .none) {
        case .yielded(let v): return v
        case .returned(let v):
            rt.pointee.lastStopIterationValue = v
            return nil
        }
    case .sequenceIterator:
        let iterator = it.object(as: SequenceIteratorObject.self)
        guard iterator.pointee.sequence.isObject else { return nil }
        do throws(PyError) {
            let v = try getItem(iterator.pointee.sequence, Value(smallInt: iterator.pointee.index))
            iterator.pointee.index += 1
            return v
        } catch {
            if currentExceptionMatches(rt.pointee.types.IndexError) || currentExceptionMatches(rt.pointee.types.StopIteration) {
                _ = takeCurrentException()
                iterator.pointee.sequence = .null
                return nil
            }
            throw error
        }
    case .enumerate, .zip, .map, .filter, .reversed, .callIterator:
        return try combinatorNext(it)
    default:
        let type = it.header.pointee.type
        guard type.pointee.flags.contains(.heapType), let next = lookupInType(type, names.dunderNext) else {
            throw raiseTypeError("'\(typeName(it))' object is not an iterator")
        }
        do throws(PyError) {
            return try call(next, it)
        } catch {
            if currentExceptionMatches(rt.pointee.types.StopIteration) {
                rt.pointee.lastStopIterationValue = stopIterationValue(takeCurrentException())
                return nil
            }
            throw error
        }
    }
}

func newSequenceIterator(_ type: TypeRef, _ kind: ObjectKind, _ sequence: Value, start: Int = 0) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<SequenceIteratorObject>.stride, kind: kind, type: type)
    let iterator = raw.assumingMemoryBound(to: SequenceIteratorObject.self)
    iterator.pointee.sequence = sequence
    iterator.pointee.index = start
    return Value(iterator)
}

public func newRangeIterator(start: Int, step: Int, count: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<RangeIteratorObject>.stride, kind: .rangeIterator, type: rt.pointee.types.rangeIterator)
    let iterator = raw.assumingMemoryBound(to: RangeIteratorObject.self)
    iterator.pointee.next = start
    iterator.pointee.step = step
    iterator.pointee.remaining = count
    return Value(iterator)
}

/// Calls `body` with each item of an iterable (fast paths for lists and tuples; the list may
/// not change size meanwhile... if it does, iteration follows the list as CPython's does).
public func forEachItem(_ iterable: Value, _ body: (Value) throws(PyError) -> Void) throws(PyError) {
    if iterable.isObject {
        let type = iterable.header.pointee.type
        if type == rt.pointee.types.list {
            let list = iterable.object(as: ListObject.self)
            var i = 0
            while i < list.pointee.count {
                try body(list.items[i])
                i += 1
            }
            return
        }
        if type == rt.pointee.types.tuple {
            for i in 0..<iterable.tupleCount { try body(iterable.tupleItems[i]) }
            return
        }
    }
    let iterator = try getIterator(iterable)
    while let item = try iteratorNext(iterator) { try body(item) }
}

/// A new list of the items of `iterable`.
public func listFromIterable(_ iterable: Value) throws(PyError) -> Value {
    let list = newList(capacity: 0)
    try listExtend(list.object(as: ListObject.self), iterable)
    return list
}

/// A tuple of the items of `iterable` (the same tuple when it already is one).
public func tupleFromIterable(_ iterable: Value) throws(PyError) -> Value {
    if iterable.isObject && iterable.header.pointee.type == rt.pointee.types.tuple { return iterable }
    let list = try listFromIterable(iterable)
    return listToTuple(list)
}

func listToTuple(_ listValue: Value) -> Value {
    let list = listValue.object(as: ListObject.self)
    let tuple = allocateTuple(count: list.pointee.count)
    if list.pointee.count > 0 { TupleObject.items(tuple).update(from: list.items, count: list.pointee.count) }
    return Value(tuple)
}

/// list.extend / LIST_EXTEND.
public func listExtend(_ list: ListRef, _ iterable: Value) throws(PyError) {
    if iterable.isObject {
        let kind = iterable.header.pointee.kind
        if kind == .list || kind == .tuple, !iterable.header.pointee.type.pointee.flags.contains(.heapType) {
            let count = kind == .list ? iterable.object(as: ListObject.self).pointee.count : iterable.tupleCount
            let start = list.pointee.count
            listReserve(list, start + count)
            // Re-read the source after reserving: `l.extend(l)` reads the grown list.
            let items = kind == .list ? iterable.object(as: ListObject.self).pointee.items : iterable.tupleItems
            if count > 0 { (list.items + start).update(from: items!, count: count) }
            list.pointee.count = start + count
            return
        }
    }
    let iterator: Value
    do throws(PyError) {
        iterator = try getIterator(iterable)
    } catch {
        if currentExceptionMatches(rt.pointee.types.TypeError) && !isIterableType(iterable) {
            _ = takeCurrentException()
            throw raiseTypeError("'\(typeName(iterable))' object is not iterable")
        }
        throw error
    }
    while let item = try iteratorNext(iterator) { listAppend(list, item) }
}

private func isIterableType(_ v: Value) -> Bool { false }

/// Unpacks an iterable onto the value stack at `destination` in CPython's order (the first item
/// ends on top). `after` < 0 means exactly `before` items; otherwise `before` items, a list of
/// the rest, then `after` items (a starred target).
func unpackIterable(_ iterable: Value, into destination: UnsafeMutablePointer<Value>, before: Int, after: Int) throws(PyError) {
    let iterator: Value
    do throws(PyError) {
        iterator = try getIterator(iterable)
    } catch {
        if currentExceptionMatches(rt.pointee.types.TypeError) {
            _ = takeCurrentException()
            throw raiseTypeError("cannot unpack non-iterable \(typeName(iterable)) object")
        }
        throw error
    }
    let items = newList(capacity: 0).object(as: ListObject.self)
    while let item = try iteratorNext(iterator) {
        listAppend(items, item)
        if after < 0 && items.pointee.count > before {
            throw raiseValueError("too many values to unpack (expected \(before))")
        }
    }
    let count = items.pointee.count
    if after < 0 {
        guard count == before else {
            throw raiseValueError("not enough values to unpack (expected \(before), got \(count))")
        }
        for i in 0..<count { destination[count - 1 - i] = items.items[i] }
        return
    }
    guard count >= before + after else {
        throw raiseValueError("not enough values to unpack (expected at least \(before + after), got \(count))")
    }
    let total = before + 1 + after
    for i in 0..<before { destination[total - 1 - i] = items.items[i] }
    let middleCount = count - before - after
    destination[total - 1 - before] = newList(items.items + before, count: middleCount)
    for i in 0..<after { destination[after - 1 - i] = items.items[before + middleCount + i] }
}

/// `item in container`.
/// list.__contains__ / tuple.__contains__ itself (`super().__contains__(x)` in a subclass that
/// overrides it must not find the override again).
func sequenceContains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
    if container.header.pointee.kind == .list {
        let list = container.object(as: ListObject.self)
        var i = 0
        while i < list.pointee.count {
            if try valuesEqual(list.items[i], item) { return true }
            i += 1
        }
        return false
    }
    for i in 0..<container.tupleCount where try valuesEqual(container.tupleItems[i], item) { return true }
    return false
}

public func containsItem(_ container: Value, _ item: Value) throws(PyError) -> Bool {
    if container.isObject {
        let type = container.header.pointee.type
        if type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderContains) {
            return try isTruthy(try call(method, container, item))
        }
        switch container.header.pointee.kind {
        case .dict: return try dictLookup(container.object(as: DictObject.self), item) != nil
        case .set, .frozenset: return try setContainsKey(container.object(as: SetObject.self), item)
        case .str:
            guard isStrValue(item) else {
                throw raiseTypeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return stringFind(container, item, start: 0, end: container.strCount) >= 0
        case .list:
            let list = container.object(as: ListObject.self)
            var i = 0
            while i < list.pointee.count {
                if try valuesEqual(list.items[i], item) { return true }
                i += 1
            }
            return false
        case .tuple:
            for i in 0..<container.tupleCount where try valuesEqual(container.tupleItems[i], item) { return true }
            return false
        case .range:
            return try rangeContains(container, item)
        case .namespace where isDictView(container):
            return try dictViewContains(container, item)
        default:
            break
        }
    }
    // The iteration protocol.
    let iterator: Value
    do throws(PyError) {
        iterator = try getIterator(container)
    } catch {
        if currentExceptionMatches(rt.pointee.types.TypeError) {
            _ = takeCurrentException()
            throw raiseTypeError("argument of type '\(typeName(container))' is not iterable")
        }
        throw error
    }
    while let v = try iteratorNext(iterator) {
        if try valuesEqual(v, item) { return true }
    }
    return false
}

/// What a user __len__ returned, checked as CPython's slot_sq_length does: an int, not
/// negative, that fits a Py_ssize_t.
func lengthResult(_ result: Value) throws(PyError) -> Int {
    if let n = result.exactInt {
        if n < 0 { throw raiseValueError("__len__() should return >= 0") }
        return n
    }
    if result.isObject && result.header.pointee.kind == .bigInt {
        if result.bigIntValue.signum() < 0 { throw raiseValueError("__len__() should return >= 0") }
        throw raise(rt.pointee.types.OverflowError, "cannot fit 'int' into an index-sized integer")
    }
    throw raiseTypeError("'\(typeName(result))' object cannot be interpreted as an integer")
}

/// len(v).
public func length(_ v: Value) throws(PyError) -> Int {
    if v.isObject {
        let type = v.header.pointee.type
        if type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderLen) {
            return try lengthResult(try call(method, v))
        }
        switch v.header.pointee.kind {
        case .str: return v.object(as: StrObject.self).pointee.count
        case .list: return v.object(as: ListObject.self).pointee.count
        case .tuple: return v.tupleCount
        case .dict: return v.object(as: DictObject.self).pointee.count
        case .set, .frozenset: return v.object(as: SetObject.self).pointee.used
        case .bytes: return v.object(as: BytesObject.self).pointee.count
        case .range: return try rangeCount(v)
        case .namespace where type == rt.pointee.types.dictKeys || type == rt.pointee.types.dictValues || type == rt.pointee.types.dictItems:
            return viewDict(v).object(as: DictObject.self).pointee.count
        default: break
        }
    }
    throw raiseTypeError("object of type '\(typeName(v))' has no len()")
}
