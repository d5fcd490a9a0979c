import Runtime

/// The `heapq` module (CPython's _heapq and heapq.nlargest/nsmallest): the same sift
/// algorithms, so heaps hold their items in exactly CPython's order.
func registerHeapqModule() {
    registerModule("heapq") { () throws(PyError) -> Value in hqMakeHeapqModule() }
}

@inline(__always)
private func hqLess(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if Value.bothSmallInts(a, b) { return a.smallInt < b.smallInt }
    if Value.bothFloats(a, b) { return a.float < b.float }
    return try compareBool(a, b, 0)
}

private func hqHeapList(_ v: Value, _ message: String) throws(PyError) -> ListRef {
    guard v.isObject && v.header.pointee.kind == .list else {
        throw raiseTypeError("\(message), not \(typeName(v))")
    }
    return v.object(as: ListObject.self)
}

private func hqSizeChanged() -> PyError { raiseRuntimeError("list changed size during iteration") }

/// Moves heap[pos] up towards startpos.
private func hqSiftDown(_ heap: ListRef, _ startpos: Int, _ position: Int) throws(PyError) {
    var pos = position
    let size = heap.pointee.count
    let newitem = heap.items[pos]
    while pos > startpos {
        let parentpos = (pos - 1) >> 1
        let parent = heap.items[parentpos]
        let smaller = try hqLess(newitem, parent)
        if size != heap.pointee.count { throw hqSizeChanged() }
        if !smaller { break }
        let p = heap.items[parentpos], n = heap.items[pos]
        heap.items[parentpos] = n
        heap.items[pos] = p
        pos = parentpos
    }
}

/// Moves the smaller child up until a leaf, then sifts the item down (CPython's _siftup).
private func hqSiftUp(_ heap: ListRef, _ position: Int) throws(PyError) {
    var pos = position
    let endpos = heap.pointee.count
    let startpos = pos
    let limit = endpos >> 1
    while pos < limit {
        var childpos = 2 * pos + 1
        if childpos + 1 < endpos {
            let leftSmaller = try hqLess(heap.items[childpos], heap.items[childpos + 1])
            if !leftSmaller { childpos += 1 }
            if endpos != heap.pointee.count { throw hqSizeChanged() }
        }
        let child = heap.items[childpos], current = heap.items[pos]
        heap.items[childpos] = current
        heap.items[pos] = child
        pos = childpos
    }
    try hqSiftDown(heap, startpos, pos)
}

private func hqPopLast(_ heap: ListRef) -> Value {
    let last = heap.items[heap.pointee.count - 1]
    listSetCount(heap, heap.pointee.count - 1)
    return last
}

private func hqMakeHeapqModule() -> Value {
    let m = makeModule("heapq")
    modFunction(m, "heappush") { args, count, keywordNames throws(PyError) in
        try hqCheckPositionalHeap("heappush", count, keywordNames, 2)
        let heap = try hqHeapList(args[0], "heappush() argument 1 must be list")
        listAppend(heap, args[1])
        try hqSiftDown(heap, 0, heap.pointee.count - 1)
        return .none
    }
    modFunction(m, "heappop") { args, count, keywordNames throws(PyError) in
        try hqCheckPositionalHeap("heappop", count, keywordNames, 1)
        let heap = try hqHeapList(args[0], "heappop() argument must be list")
        if heap.pointee.count == 0 { throw raiseIndexError("index out of range") }
        let last = hqPopLast(heap)
        if heap.pointee.count == 0 { return last }
        let result = heap.items[0]
        heap.items[0] = last
        try hqSiftUp(heap, 0)
        return result
    }
    modFunction(m, "heapreplace") { args, count, keywordNames throws(PyError) in
        try hqCheckPositionalHeap("heapreplace", count, keywordNames, 2)
        let heap = try hqHeapList(args[0], "heapreplace() argument 1 must be list")
        if heap.pointee.count == 0 { throw raiseIndexError("index out of range") }
        let result = heap.items[0]
        heap.items[0] = args[1]
        try hqSiftUp(heap, 0)
        return result
    }
    modFunction(m, "heappushpop") { args, count, keywordNames throws(PyError) in
        try hqCheckPositionalHeap("heappushpop", count, keywordNames, 2)
        let heap = try hqHeapList(args[0], "heappushpop() argument 1 must be list")
        if heap.pointee.count == 0 { return args[1] }
        let top = heap.items[0]
        if !(try hqLess(top, args[1])) { return args[1] }
        if heap.pointee.count == 0 { throw raiseIndexError("index out of range") }
        let result = heap.items[0]
        heap.items[0] = args[1]
        try hqSiftUp(heap, 0)
        return result
    }
    modFunction(m, "heapify") { args, count, keywordNames throws(PyError) in
        try hqCheckPositionalHeap("heapify", count, keywordNames, 1)
        let heap = try hqHeapList(args[0], "heapify() argument must be list")
        var i = (heap.pointee.count >> 1) - 1
        while i >= 0 {
            try hqSiftUp(heap, i)
            i -= 1
        }
        return .none
    }
    modFunction(m, "nsmallest") { args, count, keywordNames throws(PyError) in
        try hqSelectLargest(args, count, keywordNames, largest: false)
    }
    modFunction(m, "nlargest") { args, count, keywordNames throws(PyError) in
        try hqSelectLargest(args, count, keywordNames, largest: true)
    }
    return m
}

private func hqCheckPositionalHeap(_ name: String, _ count: Int, _ keywordNames: Value, _ n: Int) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
    if count != n {
        if n == 1 { throw raiseTypeError("\(name)() takes exactly one argument (\(count) given)") }
        throw raiseTypeError("\(name) expected \(n) arguments, got \(count)")
    }
}

/// nsmallest/nlargest(n, iterable, key=None): what sorted(iterable, key=key[, reverse])[:n]
/// gives, which is what heapq's algorithms return (ties keep their order).
private func hqSelectLargest(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value, largest: Bool) throws(PyError) -> Value {
    let name = largest ? "nlargest" : "nsmallest"
    let bound = try bindBuiltinArguments(name, args, count, keywordNames, names: ["n", "iterable", "key"], required: 2)
    let n = try modInt(bound[0])
    let items = try listFromIterable(bound[1])
    let list = items.object(as: ListObject.self)
    if n <= 0 { return newList(capacity: 0) }
    let key = bound.optional(2) ?? .none
    let keys = newList(capacity: list.pointee.count)
    for i in 0..<list.pointee.count {
        listAppend(keys.object(as: ListObject.self), key.isNone ? list.items[i] : try call(key, list.items[i]))
    }
    let keyList = keys.object(as: ListObject.self)
    let order = try modStableSort(list.pointee.count) { i, j throws(PyError) in
        largest ? try hqLess(keyList.items[j], keyList.items[i]) : try hqLess(keyList.items[i], keyList.items[j])
    }
    let result = newList(capacity: min(n, order.count))
    for index in order.prefix(n) { listAppend(result.object(as: ListObject.self), list.items[index]) }
    return result
}
