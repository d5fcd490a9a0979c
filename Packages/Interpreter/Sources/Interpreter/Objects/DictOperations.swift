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
    if source.isObject && source.header.pointee.kind == .dict && !source.header.pointee.type.pointee.flags.contains(.heapType) {
        try dictForEach(source.object(as: DictObject.self)) { key, value throws(PyError) in
            if !allowRepeats, try dictLookup(target, key) != nil { throw raiseKeyError(key) }
            try dictSetItem(target, key, value)
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

public func copyDict(_ v: Value) throws(PyError) -> Value {
    let source = v.object(as: DictObject.self)
    let copy = newDict(capacity: source.pointee.count)
    try dictForEach(source) { key, value throws(PyError) in
        try dictSetItem(copy.object(as: DictObject.self), key, value)
    }
    return copy
}

func dictsEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    let x = a.object(as: DictObject.self), y = b.object(as: DictObject.self)
    guard x.pointee.count == y.pointee.count else { return false }
    var equal = true
    try dictForEach(x) { key, value throws(PyError) in
        guard equal else { return }
        guard let other = try dictLookup(y, key) else { equal = false; return }
        if !(try valuesEqual(value, other)) { equal = false }
    }
    return equal
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
    iterator.pointee.position = position + 1
    iterator.pointee.remaining -= 1
    let entry = dict.pointee.entries.unsafelyUnwrapped[position]
    switch DictIteratorView(rawValue: iterator.pointee.header.extra)! {
    case .keys: return entry.key
    case .values: return entry.value
    case .items: return newTuple([entry.key, entry.value])
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

/// keys and items views compare like sets; values views only by identity.
func viewsEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool? {
    guard isDictView(a), isDictView(b) else { return nil }
    if isDictView(a, rt.pointee.types.dictValues) || isDictView(b, rt.pointee.types.dictValues) { return a.bits == b.bits }
    return try compareSets(try copySet(a, frozen: false), try copySet(b, frozen: false), 2)
}

/// Set operators on keys/items views (and a set on the other side) produce sets.
func viewOperator(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    guard isDictView(lhs) || isDictView(rhs) else { return nil }
    let left = try copySet(lhs, frozen: false)
    let right = try copySet(rhs, frozen: false)
    return try setOperator(operation, left, right, inPlace: false)
}

// MARK: ranges

public func newRange(start: Int, stop: Int, step: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<RangeObject>.stride, kind: .range, type: rt.pointee.types.range)
    let range = raw.assumingMemoryBound(to: RangeObject.self)
    range.pointee.start = start
    range.pointee.stop = stop
    range.pointee.step = step
    var count = 0
    if step > 0 && start < stop { count = (stop - start - 1) / step + 1 }
    if step < 0 && start > stop { count = (start - stop - 1) / -step + 1 }
    range.pointee.count = count
    return Value(range)
}

func rangeItem(_ v: Value, _ key: Value) throws(PyError) -> Value {
    let range = v.object(as: RangeObject.self)
    if isSlice(key) {
        let bounds = try sliceBounds(key, length: range.pointee.count)
        let start = range.pointee.start + bounds.start * range.pointee.step
        let step = range.pointee.step * bounds.step
        return newRange(start: start, stop: start + bounds.count * step, step: step)
    }
    guard let i = try indexValue(key) else {
        throw raiseTypeError("range indices must be integers or slices, not \(typeName(key))")
    }
    let index = i < 0 ? i + range.pointee.count : i
    guard index >= 0 && index < range.pointee.count else { throw raiseIndexError("range object index out of range") }
    return newInt(range.pointee.start + index * range.pointee.step)
}

func rangeContains(_ v: Value, _ item: Value) throws(PyError) -> Bool {
    let range = v.object(as: RangeObject.self)
    if item.isSmallInt || item.isBool {
        let n = item.isSmallInt ? item.smallInt : (item.bits == Value.true.bits ? 1 : 0)
        let step = range.pointee.step
        let offset = n - range.pointee.start
        if step > 0 ? (n < range.pointee.start || n >= range.pointee.stop) : (n > range.pointee.start || n <= range.pointee.stop) {
            return false
        }
        return offset % step == 0
    }
    for i in 0..<range.pointee.count {
        if try valuesEqual(newInt(range.pointee.start + i * range.pointee.step), item) { return true }
    }
    return false
}

func rangesEqual(_ a: Value, _ b: Value) -> Bool {
    let x = a.object(as: RangeObject.self), y = b.object(as: RangeObject.self)
    if x.pointee.count != y.pointee.count { return false }
    if x.pointee.count == 0 { return true }
    if x.pointee.start != y.pointee.start { return false }
    return x.pointee.count == 1 || x.pointee.step == y.pointee.step
}
