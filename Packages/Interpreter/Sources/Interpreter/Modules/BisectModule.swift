import Runtime

/// The `bisBisect` module (CPython's _bisect): binary search and insertion in sorted sequences,
/// with lo/hi bounds and key functions, comparing with `<` as CPython does.
func registerBisectModule() {
    registerModule("bisect") { () throws(PyError) -> Value in bisMakeBisectModule() }
}

/// a[i] with a fast path for lists.
@inline(__always)
private func bisItem(_ a: Value, _ i: Int) throws(PyError) -> Value {
    if a.isObject && a.header.pointee.type == rt.pointee.types.list {
        let list = a.object(as: ListObject.self)
        if i < list.pointee.count { return list.items[i] }
    }
    return try getItem(a, newInt(i))
}

/// `a < b` as a Bool, with a fast path for small ints and floats.
@inline(__always)
private func bisLess(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if Value.bothSmallInts(a, b) { return a.smallInt < b.smallInt }
    if Value.bothFloats(a, b) { return a.float < b.float }
    return try compareBool(a, b, 0)
}

/// The (a, x, lo, hi, key) arguments of a bisBisect/insort function; hi = len(a) when None or -1.
private func bisBisectArguments(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value)
    throws(PyError) -> (a: Value, x: Value, lo: Int, hi: Int, key: Value) {
    let bound = try bindBuiltinArguments(name, args, count, keywordNames, names: ["a", "x", "lo", "hi", "key"], required: 2,
                                         keywordOnlyFrom: 4)
    let a = bound[0]
    var lo = 0
    if let l = bound.optional(2) { lo = try modInt(l) }
    if lo < 0 { throw raiseValueError("lo must be non-negative") }
    var hi = -1
    if let h = bound.optional(3), !h.isNone { hi = try modInt(h) }
    if hi == -1 { hi = try length(a) }
    return (a, bound[1], lo, hi, bound.optional(4) ?? .none)
}

/// bisect_left / bisect_right over a[lo:hi]; `x` is compared with key(a[mid]).
private func bisBisect(_ a: Value, _ x: Value, _ low: Int, _ high: Int, _ key: Value, right: Bool) throws(PyError) -> Int {
    var lo = low, hi = high
    while lo < hi {
        let mid = Int(UInt(bitPattern: lo &+ hi) >> 1)
        var element = try bisItem(a, mid)
        if !key.isNone { element = try call(key, element) }
        if right {
            if try bisLess(x, element) { hi = mid } else { lo = mid + 1 }
        } else {
            if try bisLess(element, x) { lo = mid + 1 } else { hi = mid }
        }
    }
    return lo
}

/// a.insert(index, x): in place for lists, else through the object's bisInsert method.
private func bisInsert(_ a: Value, _ index: Int, _ x: Value) throws(PyError) {
    if a.isObject && a.header.pointee.type == rt.pointee.types.list {
        let list = a.object(as: ListObject.self)
        let count = list.pointee.count
        let at = min(max(index, 0), count)
        listReserve(list, count + 1)
        let items = list.items
        var i = count
        while i > at { items[i] = items[i - 1]; i -= 1 }
        items[at] = x
        list.pointee.count = count + 1
        return
    }
    _ = try call(try getAttribute(a, internString("insert")), newInt(index), x)
}

private func bisMakeBisectModule() -> Value {
    let m = makeModule("bisect")
    let left = modFunction(m, "bisect_left") { args, count, keywordNames throws(PyError) in
        let (a, x, lo, hi, key) = try bisBisectArguments("bisect_left", args, count, keywordNames)
        return newInt(try bisBisect(a, x, lo, hi, key, right: false))
    }
    let right = modFunction(m, "bisect_right") { args, count, keywordNames throws(PyError) in
        let (a, x, lo, hi, key) = try bisBisectArguments("bisect_right", args, count, keywordNames)
        return newInt(try bisBisect(a, x, lo, hi, key, right: true))
    }
    let insortLeft = modFunction(m, "insort_left") { args, count, keywordNames throws(PyError) in
        let (a, x, lo, hi, key) = try bisBisectArguments("insort_left", args, count, keywordNames)
        let target = key.isNone ? x : try call(key, x)
        try bisInsert(a, try bisBisect(a, target, lo, hi, key, right: false), x)
        return .none
    }
    let insortRight = modFunction(m, "insort_right") { args, count, keywordNames throws(PyError) in
        let (a, x, lo, hi, key) = try bisBisectArguments("insort_right", args, count, keywordNames)
        let target = key.isNone ? x : try call(key, x)
        try bisInsert(a, try bisBisect(a, target, lo, hi, key, right: true), x)
        return .none
    }
    _ = left; _ = insortLeft
    modSet(m, "bisect", right)
    modSet(m, "insort", insortRight)
    return m
}
