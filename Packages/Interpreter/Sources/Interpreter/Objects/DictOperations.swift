import BigInt
import Runtime

/// DICT_UPDATE ({**a} displays): any mapping with keys(), or TypeError as CPython words it.
func dictUpdateForDisplay(_ target: Value, _ update: Value) throws(PyError) {
    guard isMapping(update) else {
        throw raiseTypeError("'\(typeName(update))' object is not a mapping")
    }
    try dictMerge(target.object(as: DictObject.self), update, allowRepeats: true)
}

/// DICT_MERGE (f(**a)): a repeated keyword is an error.
func dictMergeForCall(_ target: Value, _ update: Value, function: Value) throws(PyError) {
    guard isMapping(update) else {
        throw raiseTypeError("\(functionDescription(function)) argument after ** must be a mapping, not \(typeName(update))")
    }
    do throws(PyError) {
        try dictMerge(target.object(as: DictObject.self), update, allowRepeats: false)
    } catch {
        if currentExceptionMatches(rt.pointee.types.KeyError) {
            let key = stopIterationValue(takeCurrentException())
            if isStrValue(key) {
                throw raiseTypeError("\(functionDescription(function)) got multiple values for keyword argument '\(key.stringValue)'")
            }
            throw raiseTypeError("\(functionDescription(function)) keywords must be strings")
        }
        throw error
    }
}

/// How CPython names a callable in call errors (_PyObject_FunctionStr): "__main__.f()",
/// "__main__.C.m()", "len()", "list.append()".
func functionDescription(_ function: Value) -> String {
    func withModule(_ module: Value, _ qualifiedName: String) -> String {
        if module.isStr && module.stringValue != "builtins" { return module.stringValue + "." + qualifiedName + "()" }
        return qualifiedName + "()"
    }
    if function.isObject {
        switch function.header.pointee.kind {
        case .function:
            let f = function.object(as: FunctionObject.self)
            return withModule(f.pointee.module, f.pointee.qualifiedName.stringValue)
        case .builtinFunction:
            let b = function.object(as: BuiltinFunctionObject.self)
            if b.pointee.ownerType.isObject {
                return b.pointee.ownerType.object(as: TypeObject.self).pointee.name.stringValue + "." + b.pointee.name.stringValue + "()"
            }
            return withModule(b.pointee.module, b.pointee.name.stringValue)
        case .methodDescriptor:
            let m = function.object(as: MethodDescriptorObject.self)
            return m.pointee.ownerType.object(as: TypeObject.self).pointee.name.stringValue + "." + m.pointee.name.stringValue + "()"
        case .type:
            let t = function.object(as: TypeObject.self)
            let name = t.pointee.qualifiedName.isStr ? t.pointee.qualifiedName.stringValue : t.pointee.name.stringValue
            return withModule(t.pointee.module, name)
        case .boundMethod: return functionDescription(function.object(as: BoundMethodObject.self).pointee.function)
        default: break
        }
    }
    return ((try? strOf(function))?.stringValue) ?? (typeName(function) + " object")
}

func isMapping(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    if v.header.pointee.kind == .dict { return true }
    return v.header.pointee.type.pointee.flags.contains(.heapType) && lookupInType(v.header.pointee.type, internString("keys")) != nil
}

/// Copies the items of a mapping into `target`. Without `allowRepeats`, an existing key raises
/// KeyError(key) (turned into the call's TypeError by the caller).
func dictMerge(_ target: DictRef, _ source: Value, allowRepeats: Bool) throws(PyError) {
    if source.isObject && source.header.pointee.kind == .dict
        && (!source.header.pointee.type.pointee.flags.contains(.heapType) || lookupInType(source.header.pointee.type, names.dunderIter) == nil) {
        // CPython's dict_merge: a dict (a subclass too, unless it overrides __iter__) is copied
        // from its entries, without calling its keys() or __getitem__; an empty target takes a
        // clean copy; otherwise each entry goes in with its stored hash.
        let other = source.object(as: DictObject.self)
        if target.pointee.count == 0 && target != other {
            dictFillEmpty(target, from: other)
            return
        }
        var i = 0
        while let entries = other.pointee.entries, i < other.pointee.entriesUsed {
            let entry = entries[i]
            i += 1
            if entry.key.isNull { continue }
            if !allowRepeats, try dictLookup(target, entry.key, entry.hash) != nil { throw raiseKeyError(entry.key) }
            try dictSetItem(target, entry.key, entry.hash, entry.value)
        }
        return
    }
    let keys = try call(try getAttribute(source, internString("keys")))
    try forEachItem(keys) { key throws(PyError) in
        if !allowRepeats, try dictLookup(target, key) != nil { throw raiseKeyError(key) }
        try dictSetItem(target, key, try getItem(source, key))
    }
}

/// a | b and a |= b for dicts.
func dictUnion(_ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value {
    let target = inPlace ? lhs : try copyDict(lhs)
    try dictMerge(target.object(as: DictObject.self), rhs, allowRepeats: true)
    return target
}

/// A plain dict with the same items (no hashing or comparing: the keys are known distinct).
public func copyDict(_ v: Value) throws(PyError) -> Value {
    dictCopy(v.object(as: DictObject.self))
}

/// dict == dict (CPython's dict_equal: each key of `a`, with its stored hash, looked up in `b`;
/// the entries are re-read at every step since __eq__ may change either dict).
func dictsEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    let x = a.object(as: DictObject.self), y = b.object(as: DictObject.self)
    guard x.pointee.count == y.pointee.count else { return false }
    var i = 0
    while let entries = x.pointee.entries, i < x.pointee.entriesUsed {
        let entry = entries[i]
        i += 1
        if entry.key.isNull { continue }
        guard let other = try dictLookup(y, entry.key, entry.hash) else { return false }
        if !(try valuesEqual(entry.value, other)) { return false }
    }
    return true
}

// MARK: iterators and views

func newDictIterator(_ dict: Value, view: DictIteratorView) -> Value {
    let type: TypeRef
    switch view {
    case .keys: type = rt.pointee.types.dictKeyIterator
    case .values: type = rt.pointee.types.dictValueIterator
    case .items: type = rt.pointee.types.dictItemIterator
    }
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<HashIteratorObject>.stride, kind: .dictIterator, type: type)
    let iterator = raw.assumingMemoryBound(to: HashIteratorObject.self)
    iterator.pointee.header.extra = view.rawValue
    iterator.pointee.container = dict
    iterator.pointee.position = 0
    iterator.pointee.initialCount = dict.object(as: DictObject.self).pointee.count
    iterator.pointee.remaining = iterator.pointee.initialCount
    return Value(iterator)
}

func dictIteratorNext(_ it: Value) throws(PyError) -> Value? {
    let iterator = it.object(as: HashIteratorObject.self)
    guard iterator.pointee.container.isObject else { return nil }
    let dict = iterator.pointee.container.object(as: DictObject.self)
    if dict.pointee.count != iterator.pointee.initialCount {
        iterator.pointee.initialCount = -1
        throw raiseRuntimeError("dictionary changed size during iteration")
    }
    guard let position = dictNextEntry(dict, from: iterator.pointee.position) else {
        iterator.pointee.container = .null
        return nil
    }
    if iterator.pointee.remaining <= 0 {
        // Same size, but more entries than there were: keys were replaced meanwhile.
        iterator.pointee.container = .null
        throw raiseRuntimeError("dictionary keys changed during iteration")
    }
    iterator.pointee.position = position + 1
    iterator.pointee.remaining -= 1
    let entry = dict.pointee.entries.unsafelyUnwrapped[position]
    switch DictIteratorView(rawValue: iterator.pointee.header.extra)! {
    case .keys: return entry.key
    case .values: return entry.value
    case .items: return newPair(entry.key, entry.value)
    }
}

/// d.keys(), d.values(), d.items(): a view holding the dict.
func newDictView(_ dict: Value, _ type: TypeRef) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<NamespaceObject>.stride, kind: .namespace, type: type)
    raw.assumingMemoryBound(to: NamespaceObject.self).pointee.dict = dict
    return Value(object: raw)
}

func viewDict(_ view: Value) -> Value {
    view.object(as: NamespaceObject.self).pointee.dict
}

func isDictView(_ v: Value, _ type: TypeRef? = nil) -> Bool {
    guard v.isObject, v.header.pointee.kind == .namespace else { return false }
    let t = v.header.pointee.type
    if let type { return t == type }
    return t == rt.pointee.types.dictKeys || t == rt.pointee.types.dictValues || t == rt.pointee.types.dictItems
}

/// keys and items views: the set-like ones.
func isSetLikeView(_ v: Value) -> Bool {
    isDictView(v, rt.pointee.types.dictKeys) || isDictView(v, rt.pointee.types.dictItems)
}

/// `item in view` for keys, values and items views.
func dictViewContains(_ view: Value, _ item: Value) throws(PyError) -> Bool {
    let dict = viewDict(view).object(as: DictObject.self)
    let type = view.header.pointee.type
    if type == rt.pointee.types.dictKeys { return try dictLookup(dict, item) != nil }
    if type == rt.pointee.types.dictItems {
        guard item.isObject, item.header.pointee.kind == .tuple, item.tupleCount == 2 else { return false }
        guard let value = try dictLookup(dict, item.tupleItems[0]) else { return false }
        return try valuesEqual(value, item.tupleItems[1])
    }
    var found = false
    try dictForEachLive(dict) { _, value throws(PyError) in
        if !found, try valuesEqual(value, item) { found = true }
    }
    return found
}

/// Like dictForEach, but re-reading the entries at every step (the body may run Python code).
func dictForEachLive(_ d: DictRef, _ body: (Value, Value) throws(PyError) -> Void) throws(PyError) {
    var i = 0
    while let entries = d.pointee.entries, i < d.pointee.entriesUsed {
        let entry = entries[i]
        i += 1
        if !entry.key.isNull { try body(entry.key, entry.value) }
    }
}

/// Comparison of a keys/items view with a set or another such view (dictview_richcompare),
/// or nil when CPython's would return NotImplemented.
func dictViewCompare(_ view: Value, _ other: Value, _ op: Int) throws(PyError) -> Bool? {
    guard isAnySet(other) || isSetLikeView(other) else { return nil }
    let lenSelf = try length(view), lenOther = try length(other)
    func allContained(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        let iterator = try getIterator(a)
        while let item = try iteratorNext(iterator) {
            if !(try containsItem(b, item)) { return false }
        }
        return true
    }
    switch op {
    case 2: return lenSelf == lenOther ? try allContained(view, other) : false
    case 3: return lenSelf == lenOther ? !(try allContained(view, other)) : true
    case 0: return lenSelf < lenOther ? try allContained(view, other) : false
    case 1: return lenSelf <= lenOther ? try allContained(view, other) : false
    case 4: return lenSelf > lenOther ? try allContained(other, view) : false
    default: return lenSelf >= lenOther ? try allContained(other, view) : false
    }
}

/// set(x) as the view operators make it: a keys view of a plain dict copies the dict's keys.
private func viewToSet(_ v: Value) throws(PyError) -> Value {
    var source = v
    if isDictView(v, rt.pointee.types.dictKeys) {
        let dict = viewDict(v)
        if dict.header.pointee.type == rt.pointee.types.dict { source = dict }
    }
    return try copySet(source, frozen: false)
}

/// |, &, -, ^ with a keys or items view on either side (dictviews_or/and/sub/xor), or nil when
/// no set-like view is involved.
func viewOperator(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    guard isSetLikeView(lhs) || isSetLikeView(rhs) else { return nil }
    switch operation {
    case .or:
        let result = try viewToSet(lhs)
        try setUpdate(result.object(as: SetObject.self), rhs)
        return result
    case .subtract:
        let result = try viewToSet(lhs)
        try setDifferenceUpdate(result, rhs)
        return result
    case .xor:
        if isDictView(lhs, rt.pointee.types.dictItems) && isDictView(rhs, rt.pointee.types.dictItems) {
            return try dictItemsXor(lhs, rhs)
        }
        let result = try viewToSet(lhs)
        try setSymmetricDifferenceUpdate(result, rhs)
        return result
    case .and:
        return try dictViewIntersect(lhs, rhs)
    default:
        return nil
    }
}

/// _PyDictView_Intersect.
private func dictViewIntersect(_ a: Value, _ b: Value) throws(PyError) -> Value {
    var view = a, other = b
    if !isSetLikeView(view) { swap(&view, &other) }
    let lenSelf = try length(view)
    if other.isObject && other.header.pointee.type == rt.pointee.types.set, lenSelf <= (try length(other)) {
        return try setIntersection(other, view)
    }
    if isSetLikeView(other), try length(other) > lenSelf { swap(&view, &other) }
    let result = newSet()
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
        if try dictViewContains(view, key) { try setAdd(result.object(as: SetObject.self), key) }
    }
    return result
}

/// d1.items() ^ d2.items().
private func dictItemsXor(_ lhs: Value, _ rhs: Value) throws(PyError) -> Value {
    let temp = try copyDict(viewDict(lhs))
    let tempDict = temp.object(as: DictObject.self)
    let result = newSet()
    let resultSet = result.object(as: SetObject.self)
    let d2 = viewDict(rhs).object(as: DictObject.self)
    var i = 0
    while let entries = d2.pointee.entries, i < d2.pointee.entriesUsed {
        let entry = entries[i]
        i += 1
        if entry.key.isNull { continue }
        var toDelete = false
        if let value1 = try dictLookup(tempDict, entry.key, entry.hash) {
            toDelete = try valuesEqual(value1, entry.value)
        }
        if toDelete {
            try dictDelete(tempDict, entry.key, entry.hash)
        } else {
            try setAdd(resultSet, newPair(entry.key, entry.value))
        }
    }
    try setUpdate(resultSet, newDictView(temp, rt.pointee.types.dictItems))
    return result
}

// MARK: ranges

/// A range; its bounds must give a length that fits in an Int.
public func newRange(start: Int, stop: Int, step: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<RangeObject>.stride, kind: .range, type: rt.pointee.types.range)
    let range = raw.assumingMemoryBound(to: RangeObject.self)
    range.pointee.start = start
    range.pointee.stop = stop
    range.pointee.step = step
    range.pointee.count = Int(rangeLength(start, stop, step))
    range.pointee.big = .null
    return Value(range)
}

/// The number of items of range(start, stop, step), exactly.
func rangeLength(_ start: Int, _ stop: Int, _ step: Int) -> Int128 {
    let lo = Int128(start), hi = Int128(stop), st = Int128(step)
    if st > 0 && lo < hi { return (hi - lo - 1) / st + 1 }
    if st < 0 && lo > hi { return (lo - hi - 1) / -st + 1 }
    return 0
}

func bigRangeLength(_ lo: BigInt, _ hi: BigInt, _ step: BigInt) -> BigInt {
    if step > 0 && lo < hi { return (hi - lo - 1) / step + 1 }
    if step < 0 && lo > hi { return (lo - hi - 1) / -step + 1 }
    return 0
}

/// A range from arbitrary int bounds (step not zero): a machine range when everything fits,
/// else a big one (CPython's ranges have no size limit; len() of one longer than
/// sys.maxsize raises OverflowError).
func makeRange(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let s = Int(exactly: start), let e = Int(exactly: stop), let st = Int(exactly: step),
       rangeLength(s, e, st) <= Int128(Int.max) {
        return newRange(start: s, stop: e, step: st)
    }
    let length = bigRangeLength(start, stop, step)
    let bounds = allocateTuple(count: 4)
    let items = TupleObject.items(bounds)
    for i in 0..<4 { items[i] = .none }
    items[0] = newInt(start)
    items[1] = newInt(stop)
    items[2] = newInt(step)
    items[3] = newInt(length)
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<RangeObject>.stride, kind: .range, type: rt.pointee.types.range)
    let range = raw.assumingMemoryBound(to: RangeObject.self)
    range.pointee.count = Int(exactly: length) ?? Int.max
    range.pointee.big = Value(bounds)
    return Value(range)
}

/// A bound of range(): an int, or an object with __index__.
func rangeArgument(_ v: Value) throws(PyError) -> BigInt {
    if v.isSmallInt { return BigInt(v.smallInt) }
    if v.isBool { return v.bits == Value.true.bits ? 1 : 0 }
    if v.isObject && v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int {
        return v.bigIntValue
    }
    guard let n = try indexValue(v) else {
        throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
    return BigInt(n)
}

/// range(...) with CPython's checks.
func makeRange(_ args: UnsafeMutablePointer<Value>, _ count: Int) throws(PyError) -> Value {
    // Small-int bounds (nearly every range) never need a BigInt: small ints are below 2**62,
    // so the length always fits in an Int.
    if count == 1, args[0].isSmallInt {
        return newRange(start: 0, stop: args[0].smallInt, step: 1)
    }
    if count >= 2, args[0].isSmallInt, args[1].isSmallInt {
        let step = count == 3 ? args[2] : Value(smallInt: 1)
        if step.isSmallInt && step.smallInt != 0 {
            return newRange(start: args[0].smallInt, stop: args[1].smallInt, step: step.smallInt)
        }
    }
    var start: BigInt = 0, stop: BigInt, step: BigInt = 1
    if count == 1 {
        stop = try rangeArgument(args[0])
    } else {
        start = try rangeArgument(args[0])
        stop = try rangeArgument(args[1])
        if count == 3 { step = try rangeArgument(args[2]) }
    }
    if step == 0 { throw raiseValueError("range() arg 3 must not be zero") }
    return makeRange(start: start, stop: stop, step: step)
}

@inline(__always) func isBigRange(_ v: Value) -> Bool { !v.object(as: RangeObject.self).pointee.big.isNull }

/// start, stop, step as int values.
func rangeBounds(_ v: Value) -> (Value, Value, Value) {
    let range = v.object(as: RangeObject.self)
    let big = range.pointee.big
    if big.isObject { return (big.tupleItems[0], big.tupleItems[1], big.tupleItems[2]) }
    return (newInt(range.pointee.start), newInt(range.pointee.stop), newInt(range.pointee.step))
}

/// start, stop, step and length as BigInts.
func rangeBigBounds(_ v: Value) -> (start: BigInt, stop: BigInt, step: BigInt, length: BigInt) {
    let range = v.object(as: RangeObject.self)
    let big = range.pointee.big
    if big.isObject {
        return (big.tupleItems[0].bigIntValue, big.tupleItems[1].bigIntValue, big.tupleItems[2].bigIntValue, big.tupleItems[3].bigIntValue)
    }
    return (BigInt(range.pointee.start), BigInt(range.pointee.stop), BigInt(range.pointee.step), BigInt(range.pointee.count))
}

/// len(range): OverflowError beyond sys.maxsize.
func rangeCount(_ v: Value) throws(PyError) -> Int {
    let range = v.object(as: RangeObject.self)
    if range.pointee.big.isObject, Int(exactly: range.pointee.big.tupleItems[3].bigIntValue) == nil {
        throw raiseOverflowError("Python int too large to convert to C ssize_t")
    }
    return range.pointee.count
}

@inline(__always) func rangeElement(_ range: UnsafeMutablePointer<RangeObject>, _ index: Int) -> Int {
    Int(truncatingIfNeeded: Int128(range.pointee.start) + Int128(index) * Int128(range.pointee.step))
}

/// The item at `index` (0 <= index < length) as an int value.
func rangeElementValue(_ v: Value, _ index: Int) -> Value {
    let range = v.object(as: RangeObject.self)
    if range.pointee.big.isNull { return newInt(rangeElement(range, index)) }
    let b = rangeBigBounds(v)
    return newInt(b.start + BigInt(index) * b.step)
}

func rangeRepr(_ v: Value) throws(PyError) -> String {
    let (start, stop, step) = rangeBounds(v)
    let stepIsOne = step.isSmallInt && step.smallInt == 1
    let text = "range(\(try reprText(start)), \(try reprText(stop))"
    return stepIsOne ? text + ")" : text + ", \(try reprText(step)))"
}

func rangeItem(_ v: Value, _ key: Value) throws(PyError) -> Value {
    let range = v.object(as: RangeObject.self)
    if isSlice(key) {
        if range.pointee.big.isNull, case let length = range.pointee.count,
           let bounds = try? sliceBounds(key, length: length) {
            let start = Int128(range.pointee.start) + Int128(bounds.start) * Int128(range.pointee.step)
            let stop = Int128(range.pointee.start) + Int128(bounds.stop) * Int128(range.pointee.step)
            let step = Int128(range.pointee.step) * Int128(bounds.step)
            if let s = Int(exactly: start), let e = Int(exactly: stop), let st = Int(exactly: step) {
                return makeRange(start: BigInt(s), stop: BigInt(e), step: BigInt(st))
            }
        }
        if !rt.pointee.currentException.isNull && currentExceptionMatches(rt.pointee.types.IndexError) {
            _ = takeCurrentException()
        }
        return try bigRangeSlice(v, key)
    }
    if range.pointee.big.isNull, key.isSmallInt {
        let count = range.pointee.count
        let i = key.smallInt
        let index = i < 0 ? i + count : i
        guard index >= 0 && index < count else { throw raiseIndexError("range object index out of range") }
        return newInt(rangeElement(range, index))
    }
    var index: BigInt
    if let n = rangeIntOperand(key) {
        index = n
    } else if let n = try indexValue(key) {
        index = BigInt(n)
    } else {
        throw raiseTypeError("range indices must be integers or slices, not \(typeName(key))")
    }
    let b = rangeBigBounds(v)
    if index < 0 { index += b.length }
    guard index >= 0 && index < b.length else { throw raiseIndexError("range object index out of range") }
    return newInt(b.start + index * b.step)
}

/// range[slice] with unbounded arithmetic (CPython's compute_slice over _PySlice_GetLongIndices).
private func bigRangeSlice(_ v: Value, _ key: Value) throws(PyError) -> Value {
    let slice = key.object(as: SliceObject.self)
    func component(_ c: Value) throws(PyError) -> BigInt? {
        if c.isNone { return nil }
        if let n = rangeIntOperand(c) { return n }
        if c.isObject && c.header.pointee.kind == .bigInt { return c.bigIntValue }
        if let n = try indexValue(c) { return BigInt(n) }
        throw raiseTypeError("slice indices must be integers or None or have an __index__ method")
    }
    let b = rangeBigBounds(v)
    let step = try component(slice.pointee.step) ?? 1
    if step == 0 { throw raiseValueError("slice step cannot be zero") }
    let lower: BigInt = step < 0 ? -1 : 0
    let upper: BigInt = step < 0 ? b.length - 1 : b.length
    func clamp(_ x: BigInt?, _ absent: BigInt) -> BigInt {
        guard var x else { return absent }
        if x < 0 {
            x += b.length
            if x < lower { x = lower }
        } else if x > upper {
            x = upper
        }
        return x
    }
    let start = clamp(try component(slice.pointee.start), step < 0 ? upper : lower)
    let stop = clamp(try component(slice.pointee.stop), step < 0 ? lower : upper)
    return makeRange(start: b.start + start * b.step, stop: b.start + stop * b.step, step: b.step * step)
}

/// The position of the int `n` in the range, or nil.
func rangeIndex(_ v: Value, _ n: BigInt) -> BigInt? {
    let range = v.object(as: RangeObject.self)
    if range.pointee.big.isNull, let small = Int(exactly: n) {
        let start = Int128(range.pointee.start), stop = Int128(range.pointee.stop), step = Int128(range.pointee.step)
        let x = Int128(small)
        if step > 0 ? (x < start || x >= stop) : (x > start || x <= stop) { return nil }
        let offset = x - start
        guard offset % step == 0 else { return nil }
        return BigInt(Int(offset / step))
    }
    let b = rangeBigBounds(v)
    if b.step > 0 ? (n < b.start || n >= b.stop) : (n > b.start || n <= b.stop) { return nil }
    let offset = n - b.start
    guard offset % b.step == 0 else { return nil }
    return offset / b.step
}

/// An exact int (or bool) as a BigInt, nil for other values.
func rangeIntOperand(_ item: Value) -> BigInt? {
    if item.isSmallInt { return BigInt(item.smallInt) }
    if item.isBool { return item.bits == Value.true.bits ? 1 : 0 }
    if item.isObject && item.header.pointee.kind == .bigInt && item.header.pointee.type == rt.pointee.types.int {
        return item.bigIntValue
    }
    return nil
}

func rangeContains(_ v: Value, _ item: Value) throws(PyError) -> Bool {
    if let n = rangeIntOperand(item) { return rangeIndex(v, n) != nil }
    let count = v.object(as: RangeObject.self).pointee.count
    var i = 0
    while i < count {
        if try valuesEqual(rangeElementValue(v, i), item) { return true }
        i += 1
    }
    return false
}

func rangesEqual(_ a: Value, _ b: Value) -> Bool {
    let x = a.object(as: RangeObject.self), y = b.object(as: RangeObject.self)
    if x.pointee.big.isNull && y.pointee.big.isNull {
        if x.pointee.count != y.pointee.count { return false }
        if x.pointee.count == 0 { return true }
        if x.pointee.start != y.pointee.start { return false }
        return x.pointee.count == 1 || x.pointee.step == y.pointee.step
    }
    let p = rangeBigBounds(a), q = rangeBigBounds(b)
    if p.length != q.length { return false }
    if p.length == 0 { return true }
    if p.start != q.start { return false }
    return p.length == 1 || p.step == q.step
}
