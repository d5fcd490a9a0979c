import Runtime

/// The `collections` module: deque (here), namedtuple (NamedTuple.swift), defaultdict, Counter
/// and OrderedDict (CollectionsDicts.swift).
func registerCollectionsModule() {
    registerModule("collections") { () throws(PyError) -> Value in dqMakeCollectionsModule() }
}

private func dqMakeCollectionsModule() -> Value {
    let m = makeModule("collections")
    modSet(m, "deque", Value(dequeType(module: m)))
    modFunction(m, "namedtuple") { a, n, k throws(PyError) in try namedTupleFunction(a, n, k) }
    installDictSubclasses(m)
    return m
}

// MARK: deque

/// A deque is a slot object: a ring buffer (a value storage whose capacity is a power of two),
/// the index of the first item, the item count, the buffer capacity, maxlen (None or an int)
/// and a mutation counter that invalidates iterators (CPython's `state`).
private enum DequeSlot {
    static let storage = 0, head = 1, count = 2, capacity = 3, maxlen = 4, state = 5
    static let total = 6
}

nonisolated(unsafe) private var dqDequeTypeCache: TypeRef?
nonisolated(unsafe) private var dqDequeIteratorType: TypeRef?
nonisolated(unsafe) private var dqDequeReverseIteratorType: TypeRef?

/// A view of a deque's slots.
private struct DequeView {
    let object: Value
    let slots: UnsafeMutablePointer<Value>

    init(_ d: Value) {
        object = d
        slots = modSlots(d)
    }

    var head: Int {
        get { slots[DequeSlot.head].smallInt }
        nonmutating set { slots[DequeSlot.head] = Value(smallInt: newValue) }
    }
    var count: Int {
        get { slots[DequeSlot.count].smallInt }
        nonmutating set { slots[DequeSlot.count] = Value(smallInt: newValue) }
    }
    var capacity: Int { slots[DequeSlot.capacity].smallInt }
    var state: Int { slots[DequeSlot.state].smallInt }
    /// nil when unbounded.
    var maxlen: Int? {
        let m = slots[DequeSlot.maxlen]
        return m.isNone ? nil : m.exactInt ?? Int.max
    }

    func bump() { slots[DequeSlot.state] = Value(smallInt: (state &+ 1) & 0xFFFF_FFFF) }

    /// The ring buffer (valid while capacity > 0; re-read after anything that may grow it).
    var buffer: UnsafeMutablePointer<Value> {
        StorageObject.payload(slots[DequeSlot.storage].object(as: StorageObject.self), as: Value.self)
    }

    @inline(__always) func slot(_ i: Int) -> Int { (head + i) & (capacity - 1) }

    subscript(i: Int) -> Value {
        get { buffer[slot(i)] }
        nonmutating set { buffer[slot(i)] = newValue }
    }

    /// Makes room for `minimum` items (may allocate).
    func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        var newCapacity = max(capacity, 8)
        while newCapacity < minimum { newCapacity *= 2 }
        let items = rt.pointee.allocateValueStorage(capacity: newCapacity)
        let n = count
        if capacity > 0 {
            for i in 0..<n { items[i] = self[i] }
        }
        slots[DequeSlot.storage] = Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: items)))
        slots[DequeSlot.capacity] = Value(smallInt: newCapacity)
        head = 0
    }

    func appendRight(_ v: Value) {
        reserve(count + 1)
        buffer[slot(count)] = v
        count += 1
    }

    func appendLeft(_ v: Value) {
        reserve(count + 1)
        head = (head - 1) & (capacity - 1)
        buffer[head] = v
        count += 1
    }

    func popRight() -> Value {
        let index = slot(count - 1)
        let v = buffer[index]
        buffer[index] = Value(bits: 0)
        count -= 1
        return v
    }

    func popLeft() -> Value {
        let v = buffer[head]
        buffer[head] = Value(bits: 0)
        head = (head + 1) & (capacity - 1)
        count -= 1
        return v
    }

    /// append with maxlen trimming (from the left).
    func append(_ v: Value) {
        if let m = maxlen {
            if m == 0 { return }
            appendRight(v)
            if count > m { _ = popLeft() }
        } else {
            appendRight(v)
        }
        bump()
    }

    /// appendleft with maxlen trimming (from the right).
    func appendLeftTrimmed(_ v: Value) {
        if let m = maxlen {
            if m == 0 { return }
            appendLeft(v)
            if count > m { _ = popRight() }
        } else {
            appendLeft(v)
        }
        bump()
    }

    func clear() {
        let n = count
        for i in 0..<n { self[i] = Value(bits: 0) }
        count = 0
        head = 0
        bump()
    }
}

func dequeType(module: Value) -> TypeRef {
    if let t = dqDequeTypeCache { return t }
    let type = makeModuleType("collections.deque", subclassable: true)
    dqDequeTypeCache = type
    dqDefineDequeMethods(type, module: module)
    dqDequeIteratorType = makeIteratorType("_collections._deque_iterator") { args, count, _ throws(PyError) in
        try dqDequeIteratorNext(args[0], reverse: false)
    }
    dqDequeReverseIteratorType = makeIteratorType("_collections._deque_reverse_iterator") { args, count, _ throws(PyError) in
        try dqDequeIteratorNext(args[0], reverse: true)
    }
    return type
}

/// A new empty deque of type `type`.
private func dqNewDeque(_ type: TypeRef, maxlen: Value = .none) -> Value {
    let d = modNewSlotObject(type, slots: DequeSlot.total)
    let slots = modSlots(d)
    slots[DequeSlot.head] = Value(smallInt: 0)
    slots[DequeSlot.count] = Value(smallInt: 0)
    slots[DequeSlot.capacity] = Value(smallInt: 0)
    slots[DequeSlot.maxlen] = maxlen
    slots[DequeSlot.state] = Value(smallInt: 0)
    return d
}

/// The deque receiving a method call (TypeError when it is not one).
@inline(__always)
private func dqDequeReceiver(_ v: Value, _ method: String) throws(PyError) -> DequeView {
    guard let type = dqDequeTypeCache, modIsInstance(v, type) else {
        throw raiseTypeError("descriptor '\(method)' for 'collections.deque' objects doesn't apply to a '\(typeName(v))' object")
    }
    return DequeView(v)
}

@inline(__always)
private func dqIsDeque(_ v: Value) -> Bool {
    guard let type = dqDequeTypeCache else { return false }
    return modIsInstance(v, type)
}

/// METH_O argument check: "deque.append() takes exactly one argument (0 given)".
@inline(__always)
private func dqDequeOneArgument(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("deque.\(name)() takes no keyword arguments") }
    if count != 2 { throw raiseTypeError("deque.\(name)() takes exactly one argument (\(count - 1) given)") }
}

@inline(__always)
private func dqDequeNoArguments(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("deque.\(name)() takes no keyword arguments") }
    if count != 1 { throw raiseTypeError("deque.\(name)() takes no arguments (\(count - 1) given)") }
}

/// Appends every item of `iterable` (which may be the deque itself).
private func dqDequeExtend(_ d: DequeView, _ iterable: Value, left: Bool) throws(PyError) {
    var source = iterable
    if source.bits == d.object.bits { source = try listFromIterable(source) }
    let iterator = try getIterator(source)
    while let item = try iteratorNext(iterator) {
        if left { d.appendLeftTrimmed(item) } else { d.append(item) }
    }
}

/// deque(iterable=(), maxlen=None) arguments: (iterable or NULL, maxlen value).
private func dqDequeArguments(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> (Value, Value) {
    let keywordCount = modKeywordCount(keywordNames)
    let positional = count - keywordCount
    if positional > 2 { throw raiseTypeError("deque() takes at most 2 arguments (\(count) given)") }
    var iterable = positional > 0 ? args[0] : Value.null
    var maxlen = positional > 1 ? args[1] : Value.none
    for i in 0..<keywordCount {
        let name = keywordNames.tupleItems[i].stringValue
        switch name {
        case "iterable":
            if positional > 0 { throw raiseTypeError("argument for deque() given by name ('iterable') and position (1)") }
            iterable = args[positional + i]
        case "maxlen":
            if positional > 1 { throw raiseTypeError("argument for deque() given by name ('maxlen') and position (2)") }
            maxlen = args[positional + i]
        default:
            throw raiseTypeError("'\(name)' is an invalid keyword argument for deque()")
        }
    }
    if !maxlen.isNone {
        guard modIsInt(maxlen) else { throw raiseTypeError("an integer is required") }
        let m = modBig(maxlen)
        if m.sign == .minus && !m.isZero { throw raiseValueError("maxlen must be non-negative") }
        guard Int(exactly: m) != nil else { throw raiseOverflowError("Python int too large to convert to C ssize_t") }
        maxlen = newInt(m)
    }
    return (iterable, maxlen)
}

/// deque.__init__: clears the deque, sets maxlen, extends.
private func dqDequeInit(_ d: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) {
    let (iterable, maxlen) = try dqDequeArguments(args, count, keywordNames)
    let view = DequeView(d)
    view.slots[DequeSlot.maxlen] = maxlen
    if view.count > 0 { view.clear() }
    if !iterable.isNull { try dqDequeExtend(view, iterable, left: false) }
}

private func dqDequeTypeName(_ v: Value) -> String {
    let name = typeOf(v).pointee.name.stringValue
    return name.split(separator: ".").last.map(String.init) ?? name
}

private func dqDequeRepr(_ v: Value) throws(PyError) -> Value {
    let d = DequeView(v)
    if reprInProgress.contains(v.bits) { return newString("[...]") }
    reprInProgress.append(v.bits)
    defer { reprInProgress.removeLast() }
    var parts: [String] = []
    var i = 0
    while i < d.count {
        parts.append(try reprOf(d[i]).stringValue)
        i += 1
    }
    let name = dqDequeTypeName(v)
    let body = "[" + parts.joined(separator: ", ") + "]"
    if let m = d.maxlen { return newString("\(name)(\(body), maxlen=\(m))") }
    return newString("\(name)(\(body))")
}

/// A deque index argument normalized into range (CPython's messages).
private func dqDequeIndex(_ d: DequeView, _ key: Value) throws(PyError) -> Int {
    guard let i = try indexValue(key) else {
        throw raiseTypeError("sequence index must be integer, not '\(typeName(key))'")
    }
    let index = i < 0 ? i + d.count : i
    guard index >= 0 && index < d.count else { throw raiseIndexError("deque index out of range") }
    return index
}

/// Removes the item at `index`, shifting the shorter side.
private func dqDequeDelete(_ d: DequeView, _ index: Int) {
    let n = d.count
    if index < n / 2 {
        var i = index
        while i > 0 { d[i] = d[i - 1]; i -= 1 }
        _ = d.popLeft()
    } else {
        var i = index
        while i < n - 1 { d[i] = d[i + 1]; i += 1 }
        _ = d.popRight()
    }
    d.bump()
}

private func dqDequeCompare(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Value {
    guard dqIsDeque(lhs) && dqIsDeque(rhs) else { return .notImplemented }
    let a = DequeView(lhs), b = DequeView(rhs)
    if (op == 2 || op == 3) && a.count != b.count { return Value(bool: op == 3) }
    var i = 0
    while i < a.count && i < b.count {
        let x = a[i], y = b[i]
        if !(try valuesEqual(x, y)) { break }
        i += 1
    }
    if i >= a.count || i >= b.count {
        return Value(bool: compareInts(a.count, b.count, op))
    }
    switch op {
    case 2: return .false
    case 3: return .true
    default: return try richCompare(a[i], b[i], op)
    }
}

private func dqDequeCopy(_ v: Value) throws(PyError) -> Value {
    let source = DequeView(v)
    let type = typeOf(v)
    if type != dqDequeTypeCache {
        // A subclass: call it as CPython's deque.__copy__ does.
        var args: (Value, Value) = (v, source.slots[DequeSlot.maxlen])
        return try withUnsafeMutablePointer(to: &args) { p throws(PyError) in
            let pointer = UnsafeMutableRawPointer(p).assumingMemoryBound(to: Value.self)
            if source.maxlen == nil { return try callObject(Value(type), pointer, 1) }
            return try callObject(Value(type), pointer, 2)
        }
    }
    let copy = dqNewDeque(type, maxlen: source.slots[DequeSlot.maxlen])
    let target = DequeView(copy)
    target.reserve(source.count)
    for i in 0..<source.count { target.appendRight(source[i]) }
    return copy
}

private func dqNewDequeIterator(_ d: Value, reverse: Bool) -> Value {
    let it = modNewSlotObject(reverse ? dqDequeReverseIteratorType! : dqDequeIteratorType!, slots: 4)
    let view = DequeView(d)
    let slots = modSlots(it)
    slots[0] = d
    slots[1] = Value(smallInt: reverse ? view.count - 1 : 0)
    slots[2] = Value(smallInt: view.state)
    slots[3] = Value(smallInt: view.count)
    return it
}

private func dqDequeIteratorNext(_ it: Value, reverse: Bool) throws(PyError) -> Value {
    let slots = modSlots(it)
    let d = DequeView(slots[0])
    if d.state != slots[2].smallInt {
        throw raiseRuntimeError("deque mutated during iteration")
    }
    let remaining = slots[3].smallInt
    if remaining == 0 { throw raiseStopIteration() }
    let index = slots[1].smallInt
    slots[1] = Value(smallInt: reverse ? index - 1 : index + 1)
    slots[3] = Value(smallInt: remaining - 1)
    return d[index]
}

private func dqDefineDequeMethods(_ type: TypeRef, module: Value) {
    modSetNew(type) { args, count, keywordNames throws(PyError) in
        let cls = args[0].object(as: TypeObject.self)
        let d = dqNewDeque(cls)
        if !modHasPythonInit(cls) { try dqDequeInit(d, args + 1, count - 1, keywordNames) }
        return d
    }
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        let d = try dqDequeReceiver(args[0], "__init__")
        try dqDequeInit(d.object, args + 1, count - 1, keywordNames)
        return .none
    }
    modDefineGetter(type, "maxlen") { args, count, _ throws(PyError) in
        let d = try dqDequeReceiver(args[0], "maxlen")
        return d.slots[DequeSlot.maxlen]
    }
    defineMethod(type, "append") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("append", count, keywordNames)
        try dqDequeReceiver(args[0], "append").append(args[1])
        return .none
    }
    defineMethod(type, "appendleft") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("appendleft", count, keywordNames)
        try dqDequeReceiver(args[0], "appendleft").appendLeftTrimmed(args[1])
        return .none
    }
    defineMethod(type, "pop") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("pop", count, keywordNames)
        let d = try dqDequeReceiver(args[0], "pop")
        if d.count == 0 { throw raiseIndexError("pop from an empty deque") }
        let v = d.popRight()
        d.bump()
        return v
    }
    defineMethod(type, "popleft") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("popleft", count, keywordNames)
        let d = try dqDequeReceiver(args[0], "popleft")
        if d.count == 0 { throw raiseIndexError("pop from an empty deque") }
        let v = d.popLeft()
        d.bump()
        return v
    }
    defineMethod(type, "extend") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("extend", count, keywordNames)
        try dqDequeExtend(try dqDequeReceiver(args[0], "extend"), args[1], left: false)
        return .none
    }
    defineMethod(type, "extendleft") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("extendleft", count, keywordNames)
        try dqDequeExtend(try dqDequeReceiver(args[0], "extendleft"), args[1], left: true)
        return .none
    }
    defineMethod(type, "clear") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("clear", count, keywordNames)
        try dqDequeReceiver(args[0], "clear").clear()
        return .none
    }
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("copy", count, keywordNames)
        _ = try dqDequeReceiver(args[0], "copy")
        return try dqDequeCopy(args[0])
    }
    defineMethod(type, "__copy__") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("__copy__", count, keywordNames)
        _ = try dqDequeReceiver(args[0], "__copy__")
        return try dqDequeCopy(args[0])
    }
    defineMethod(type, "rotate") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("deque.rotate() takes no keyword arguments") }
        try modCheckCount("rotate", count - 1, min: 0, max: 1)
        let d = try dqDequeReceiver(args[0], "rotate")
        var n = count > 1 ? try modInt(args[1]) : 1
        let length = d.count
        if length <= 1 { return .none }
        n %= length
        if n < 0 { n += length }
        // Rotate right by n, or left by length - n, whichever moves fewer items.
        if n <= length / 2 {
            for _ in 0..<n { d.appendLeft(d.popRight()) }
        } else {
            for _ in 0..<(length - n) { d.appendRight(d.popLeft()) }
        }
        d.bump()
        return .none
    }
    defineMethod(type, "reverse") { args, count, keywordNames throws(PyError) in
        try dqDequeNoArguments("reverse", count, keywordNames)
        let d = try dqDequeReceiver(args[0], "reverse")
        var i = 0, j = d.count - 1
        while i < j {
            let t = d[i]; d[i] = d[j]; d[j] = t
            i += 1; j -= 1
        }
        d.bump()
        return .none
    }
    defineMethod(type, "count") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("count", count, keywordNames)
        let d = try dqDequeReceiver(args[0], "count")
        let state = d.state
        var found = 0
        var i = 0
        while i < d.count {
            let item = d[i]
            if try valuesEqual(item, args[1]) { found += 1 }
            if d.state != state { throw raiseRuntimeError("deque mutated during iteration") }
            i += 1
        }
        return newInt(found)
    }
    defineMethod(type, "index") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("deque.index() takes no keyword arguments") }
        try modCheckCount("index", count - 1, min: 1, max: 3)
        let d = try dqDequeReceiver(args[0], "index")
        let length = d.count
        var start = count > 2 ? try sliceIndexArgument(args[2], default: 0) : 0
        var stop = count > 3 ? try sliceIndexArgument(args[3], default: length) : length
        if start < 0 { start = max(0, start + length) }
        if stop < 0 { stop = max(0, stop + length) }
        stop = min(stop, length)
        let state = d.state
        var i = start
        while i < stop {
            let item = d[i]
            if try valuesEqual(item, args[1]) { return newInt(i) }
            if d.state != state { throw raiseRuntimeError("deque mutated during iteration") }
            i += 1
        }
        throw raiseValueError("\(try reprOf(args[1]).stringValue) is not in deque")
    }
    defineMethod(type, "insert") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("deque.insert() takes no keyword arguments") }
        try modCheckCount("insert", count - 1, min: 2, max: 2)
        let d = try dqDequeReceiver(args[0], "insert")
        var index = try modInt(args[1])
        if let m = d.maxlen, d.count >= m { throw raiseIndexError("deque already at its maximum size") }
        let length = d.count
        if index < 0 { index = max(0, index + length) }
        index = min(index, length)
        d.appendRight(args[2])
        var i = length
        while i > index { d[i] = d[i - 1]; i -= 1 }
        d[index] = args[2]
        d.bump()
        return .none
    }
    defineMethod(type, "remove") { args, count, keywordNames throws(PyError) in
        try dqDequeOneArgument("remove", count, keywordNames)
        let d = try dqDequeReceiver(args[0], "remove")
        let state = d.state
        var i = 0
        while i < d.count {
            let item = d[i]
            let equal = try valuesEqual(item, args[1])
            if d.state != state { throw raiseIndexError("deque mutated during remove().") }
            if equal {
                dqDequeDelete(d, i)
                return .none
            }
            i += 1
        }
        throw raiseValueError("\(try reprOf(args[1]).stringValue) is not in deque")
    }
    defineMethod(type, "__len__") { args, count, _ throws(PyError) in
        newInt(try dqDequeReceiver(args[0], "__len__").count)
    }
    defineMethod(type, "__bool__") { args, count, _ throws(PyError) in
        Value(bool: try dqDequeReceiver(args[0], "__bool__").count > 0)
    }
    defineMethod(type, "__contains__") { args, count, _ throws(PyError) in
        let d = try dqDequeReceiver(args[0], "__contains__")
        let state = d.state
        var i = 0
        while i < d.count {
            let item = d[i]
            if try valuesEqual(item, args[1]) { return .true }
            if d.state != state { throw raiseRuntimeError("deque mutated during iteration") }
            i += 1
        }
        return .false
    }
    defineMethod(type, "__iter__") { args, count, _ throws(PyError) in
        _ = try dqDequeReceiver(args[0], "__iter__")
        return dqNewDequeIterator(args[0], reverse: false)
    }
    defineMethod(type, "__reversed__") { args, count, _ throws(PyError) in
        _ = try dqDequeReceiver(args[0], "__reversed__")
        return dqNewDequeIterator(args[0], reverse: true)
    }
    modDefineSlot(type, "__getitem__", arity: 2, module: module) { args, count, _ throws(PyError) in
        let d = DequeView(args[0])
        return d[try dqDequeIndex(d, args[1])]
    }
    modDefineSlot(type, "__setitem__", arity: 3, module: module) { args, count, _ throws(PyError) in
        let d = DequeView(args[0])
        d[try dqDequeIndex(d, args[1])] = args[2]
        return .none
    }
    modDefineSlot(type, "__delitem__", arity: 2, module: module) { args, count, _ throws(PyError) in
        let d = DequeView(args[0])
        dqDequeDelete(d, try dqDequeIndex(d, args[1]))
        return .none
    }
    modDefineSlot(type, "__repr__", arity: 1, module: module) { args, count, _ throws(PyError) in
        try dqDequeRepr(args[0])
    }
    defineMethod(type, "__eq__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 2) }
    defineMethod(type, "__ne__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 3) }
    defineMethod(type, "__lt__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 0) }
    defineMethod(type, "__le__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 1) }
    defineMethod(type, "__gt__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 4) }
    defineMethod(type, "__ge__") { args, _, _ throws(PyError) in try dqDequeCompare(args[0], args[1], 5) }
    defineMethod(type, "__add__") { args, _, _ throws(PyError) in
        guard dqIsDeque(args[1]) else {
            throw raiseTypeError("can only concatenate deque (not \"\(typeName(args[1]))\") to deque")
        }
        let result = try dqDequeCopy(args[0])
        try dqDequeExtend(DequeView(result), args[1], left: false)
        return result
    }
    defineMethod(type, "__iadd__") { args, _, _ throws(PyError) in
        try dqDequeExtend(DequeView(args[0]), args[1], left: false)
        return args[0]
    }
    defineMethod(type, "__mul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        let result = try dqDequeCopy(args[0])
        try dqDequeRepeat(DequeView(result), n)
        return result
    }
    defineMethod(type, "__rmul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        let result = try dqDequeCopy(args[0])
        try dqDequeRepeat(DequeView(result), n)
        return result
    }
    defineMethod(type, "__imul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        try dqDequeRepeat(DequeView(args[0]), n)
        return args[0]
    }
}

/// d *= n: the last maxlen items of n copies.
private func dqDequeRepeat(_ d: DequeView, _ n: Int) throws(PyError) {
    let length = d.count
    if n <= 0 || length == 0 {
        if length > 0 { d.clear() }
        return
    }
    if n == 1 { return }
    let (total, overflow) = length.multipliedReportingOverflow(by: n)
    if overflow && d.maxlen == nil { throw raise(rt.pointee.types.MemoryError, "") }
    let keep = overflow ? d.maxlen! : min(d.maxlen ?? total, total)
    let snapshot = newList(capacity: length)
    let list = snapshot.object(as: ListObject.self)
    for i in 0..<length { listAppend(list, d[i]) }
    d.clear()
    d.reserve(keep)
    let first = overflow ? (length - keep % length) % length : total - keep
    for j in 0..<keep { d.appendRight(list.items[(first + j) % length]) }
    d.bump()
}
