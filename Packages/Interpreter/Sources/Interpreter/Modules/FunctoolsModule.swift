import Runtime

/// The `functools` module: reduce, partial, lru_cache/cache (a memoizing wrapper with CPython's
/// LRU order and cache_info), cmp_to_key, total_ordering, wraps/update_wrapper and
/// cached_property.
func registerFunctoolsModule() {
    registerModule("functools") { () throws(PyError) -> Value in try fntMakeFunctoolsModule() }
}

nonisolated(unsafe) private var fntPartialType: TypeRef?
nonisolated(unsafe) private var fntLruWrapperType: TypeRef?
nonisolated(unsafe) private var fntKeyWrapperType: TypeRef?
nonisolated(unsafe) private var fntCacheInfoType: TypeRef?
/// Separates positional from keyword arguments in lru_cache keys.
nonisolated(unsafe) private var fntKeywordMark = Value.null
nonisolated(unsafe) private var fntFunctoolsModule = Value.null

private func fntMakeFunctoolsModule() throws(PyError) -> Value {
    let m = makeModule("functools")
    fntFunctoolsModule = m
    fntKeywordMark = modNewSlotObject(rt.pointee.types.object, slots: 0)
    modSet(m, "_kwd_mark", fntKeywordMark)
    modSet(m, "WRAPPER_ASSIGNMENTS", newTuple(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"].map { internString($0) }))
    modSet(m, "WRAPPER_UPDATES", newTuple([internString("__dict__")]))

    modFunction(m, "reduce") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("reduce() takes no keyword arguments") }
        try modCheckCount("reduce", count, min: 2, max: 3)
        let function = args[0]
        let iterator: Value
        do throws(PyError) {
            iterator = try getIterator(args[1])
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) {
                _ = takeCurrentException()
                throw raiseTypeError("reduce() arg 2 must support iteration")
            }
            throw error
        }
        var result = count == 3 ? args[2] : Value.null
        while let item = try iteratorNext(iterator) {
            result = result.isNull ? item : try call(function, result, item)
        }
        if result.isNull { throw raiseTypeError("reduce() of empty iterable with no initial value") }
        return result
    }

    // partial(func, /, *args, **keywords): slots [func, args tuple, keywords dict].
    let partial = makeModuleType("functools.partial", subclassable: true)
    fntPartialType = partial
    modSet(m, "partial", Value(partial))
    modSetNew(partial) { args, count, keywordNames throws(PyError) in
        let keywordCount = modKeywordCount(keywordNames)
        let positional = count - 1 - keywordCount
        if positional < 1 { throw raiseTypeError("type 'partial' takes at least one argument") }
        var function = args[1]
        guard isCallable(function) || userSpecialMethod(function, "__call__") != nil else {
            throw raiseTypeError("the first argument must be callable")
        }
        let keywords = newDict()
        let positionals = newList(capacity: 0)
        if function.isObject && function.header.pointee.type == fntPartialType {
            let inner = modSlots(function)
            try listExtend(positionals.object(as: ListObject.self), inner[1])
            try dictMerge(keywords.object(as: DictObject.self), inner[2], allowRepeats: true)
            function = inner[0]
        }
        for i in 0..<(positional - 1) { listAppend(positionals.object(as: ListObject.self), args[2 + i]) }
        for k in 0..<keywordCount {
            try dictSetItem(keywords.object(as: DictObject.self), keywordNames.tupleItems[k], args[1 + positional + k])
        }
        let p = modNewSlotObject(args[0].object(as: TypeObject.self), slots: 3)
        modSlots(p)[0] = function
        modSlots(p)[1] = listToTuple(positionals)
        modSlots(p)[2] = keywords
        return p
    }
    defineMethod(partial, "__call__") { args, count, keywordNames throws(PyError) in
        let slots = modSlots(args[0])
        let keywordCount = modKeywordCount(keywordNames)
        let positional = count - 1 - keywordCount
        let stored = slots[1]
        let all = allocateTuple(count: stored.tupleCount + positional)
        for i in 0..<stored.tupleCount { TupleObject.items(all)[i] = stored.tupleItems[i] }
        for i in 0..<positional { TupleObject.items(all)[stored.tupleCount + i] = args[1 + i] }
        var keywords = slots[2]
        if keywordCount > 0 {
            keywords = try copyDict(slots[2])
            for k in 0..<keywordCount {
                try dictSetItem(keywords.object(as: DictObject.self), keywordNames.tupleItems[k], args[1 + positional + k])
            }
        }
        return try callWithUnpacked(slots[0], Value(all), keywords)
    }
    modDefineGetter(partial, "func") { args, _, _ throws(PyError) in modSlots(args[0])[0] }
    modDefineGetter(partial, "args") { args, _, _ throws(PyError) in modSlots(args[0])[1] }
    modDefineGetter(partial, "keywords") { args, _, _ throws(PyError) in modSlots(args[0])[2] }
    modDefineSlot(partial, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let v = args[0]
        let slots = modSlots(v)
        if reprInProgress.contains(v.bits) { return newString("...") }
        reprInProgress.append(v.bits)
        defer { reprInProgress.removeLast() }
        var parts = [try reprOf(slots[0]).stringValue]
        for i in 0..<slots[1].tupleCount { parts.append(try reprOf(slots[1].tupleItems[i]).stringValue) }
        try dictForEach(slots[2].object(as: DictObject.self)) { key, value throws(PyError) in
            parts.append("\(try strOf(key).stringValue)=\(try reprOf(value).stringValue)")
        }
        let type = typeOf(v)
        let name = type == fntPartialType ? "functools.partial" : type.pointee.qualifiedName.stringValue
        return newString("\(name)(\(parts.joined(separator: ", ")))")
    }

    // lru_cache(maxsize=128, typed=False) and cache(f).
    fntCacheInfoType = try makeNamedTupleType("CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"], defaults: .null,
                                           module: internString("functools"))
    let wrapper = makeModuleType("functools._lru_cache_wrapper")
    wrapper.pointee.qualifiedName = newString("functools._lru_cache_wrapper")
    fntLruWrapperType = wrapper
    modSet(m, "_lru_cache_wrapper", Value(wrapper))
    fntDefineLruWrapperMethods(wrapper)
    modFunction(m, "lru_cache") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("lru_cache", args, count, keywordNames, names: ["maxsize", "typed"], required: 0)
        var maxsize = bound.optional(0) ?? Value(smallInt: 128)
        let typed = try bound.optional(1).map { v throws(PyError) in try isTruthy(v) } ?? false
        if maxsize.isObject && !modIsInt(maxsize) && (isCallable(maxsize) || userSpecialMethod(maxsize, "__call__") != nil) {
            return fntNewLruWrapper(maxsize, maxsize: Value(smallInt: 128), typed: typed)
        }
        if modIsInt(maxsize) {
            if modBig(maxsize).sign == .minus { maxsize = Value(smallInt: 0) }
        } else if !maxsize.isNone {
            throw raiseTypeError("Expected first argument to be an integer, a callable, or None")
        }
        let parameters = newTuple([maxsize, Value(bool: typed)])
        return newBuiltinMethod({ args, count, keywordNames throws(PyError) in
            try checkPositional("decorating_function", count - 1, keywordNames, min: 1, max: 1)
            let parameters = args[0]
            return fntNewLruWrapper(args[1], maxsize: parameters.tupleItems[0], typed: parameters.tupleItems[1].bits == Value.true.bits)
        }, name: internString("decorating_function"), receiver: parameters, owner: .null)
    }
    modFunction(m, "cache") { args, count, keywordNames throws(PyError) in
        try checkPositional("cache", count, keywordNames, min: 1, max: 1)
        return fntNewLruWrapper(args[0], maxsize: .none, typed: false)
    }

    // cmp_to_key(mycmp): a callable making KeyWrapper objects; slots [cmp, obj].
    let keyWrapper = makeModuleType("functools.KeyWrapper")
    fntKeyWrapperType = keyWrapper
    defineMethod(keyWrapper, "__call__") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("K", args + 1, count - 1, keywordNames, names: ["obj"], required: 1)
        let key = modNewSlotObject(fntKeyWrapperType!, slots: 2)
        modSlots(key)[0] = modSlots(args[0])[0]
        modSlots(key)[1] = bound[0]
        return key
    }
    modDefineGetter(keyWrapper, "obj") { args, _, _ throws(PyError) in
        let obj = modSlots(args[0])[1]
        if obj.isNull { throw raiseAttributeError("obj") }
        return obj
    }
    defineMethod(keyWrapper, "__lt__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 0) }
    defineMethod(keyWrapper, "__le__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 1) }
    defineMethod(keyWrapper, "__eq__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 2) }
    defineMethod(keyWrapper, "__ne__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 3) }
    defineMethod(keyWrapper, "__gt__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 4) }
    defineMethod(keyWrapper, "__ge__") { args, _, _ throws(PyError) in try fntKeyCompare(args[0], args[1], 5) }
    modFunction(m, "cmp_to_key") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("cmp_to_key", args, count, keywordNames, names: ["mycmp"], required: 1)
        let key = modNewSlotObject(fntKeyWrapperType!, slots: 2)
        modSlots(key)[0] = bound[0]
        modSlots(key)[1] = .null
        return key
    }

    modFunction(m, "update_wrapper") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("update_wrapper", args, count, keywordNames,
                                             names: ["wrapper", "wrapped", "assigned", "updated"], required: 2)
        return try fntUpdateWrapper(bound[0], bound[1], assigned: bound.optional(2), updated: bound.optional(3))
    }
    modFunction(m, "wraps") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("wraps", args, count, keywordNames, names: ["wrapped", "assigned", "updated"], required: 1)
        let parameters = newTuple([bound[0], bound.optional(1) ?? .null, bound.optional(2) ?? .null])
        return newBuiltinMethod({ args, count, keywordNames throws(PyError) in
            try checkPositional("update_wrapper", count - 1, keywordNames, min: 1, max: 1)
            let p = args[0]
            let assigned = p.tupleItems[1], updated = p.tupleItems[2]
            return try fntUpdateWrapper(args[1], p.tupleItems[0], assigned: assigned.isNull ? nil : assigned,
                                     updated: updated.isNull ? nil : updated)
        }, name: internString("update_wrapper"), receiver: parameters, owner: .null)
    }

    modFunction(m, "total_ordering") { args, count, keywordNames throws(PyError) in
        try checkPositional("total_ordering", count, keywordNames, min: 1, max: 1)
        return try fntTotalOrdering(args[0], module: fntFunctoolsModule)
    }

    // cached_property(func): slots [func, attribute name or None].
    let cachedProperty = makeModuleType("functools.cached_property", subclassable: true)
    modSet(m, "cached_property", Value(cachedProperty))
    modSetNew(cachedProperty) { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("cached_property", args + 1, count - 1, keywordNames, names: ["func"], required: 1)
        let p = modNewSlotObject(args[0].object(as: TypeObject.self), slots: 2)
        modSlots(p)[0] = bound[0]
        modSlots(p)[1] = .none
        return p
    }
    defineMethod(cachedProperty, "__set_name__") { args, count, keywordNames throws(PyError) in
        try checkPositional("__set_name__", count - 1, keywordNames, min: 2, max: 2)
        let slots = modSlots(args[0])
        if slots[1].isNone {
            slots[1] = args[2]
        } else if !(try valuesEqual(slots[1], args[2])) {
            throw raiseTypeError("Cannot assign the same cached_property to two different names (\(try reprOf(slots[1]).stringValue) and \(try reprOf(args[2]).stringValue)).")
        }
        return .none
    }
    defineMethod(cachedProperty, "__get__") { args, count, keywordNames throws(PyError) in
        let slots = modSlots(args[0])
        let instance = count > 1 ? args[1] : Value.none
        if instance.isNone { return args[0] }
        guard isStrValue(slots[1]) else {
            throw raiseTypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        }
        let value = try call(slots[0], instance)
        guard let dict = ensureInstanceDict(instance) else {
            throw raiseTypeError("No '__dict__' attribute on \(stringReprOf(typeName(instance))) instance to cache \(try reprOf(slots[1]).stringValue) property.")
        }
        try dictSetItem(dict, slots[1], value)
        return value
    }
    return m
}

// MARK: lru_cache

/// The wrapper: slots [function, cache dict, maxsize (None or int), typed, hits, misses].
private func fntNewLruWrapper(_ function: Value, maxsize: Value, typed: Bool) -> Value {
    let w = modNewSlotObject(fntLruWrapperType!, slots: 6)
    let slots = modSlots(w)
    slots[0] = function
    slots[1] = newDict()
    slots[2] = maxsize
    slots[3] = Value(bool: typed)
    slots[4] = Value(smallInt: 0)
    slots[5] = Value(smallInt: 0)
    return w
}

/// CPython's cache key: the single argument itself for one int or str argument, else a tuple
/// of the positional arguments, then a marker and the keyword items, then types when typed.
private func fntLruKey(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value, typed: Bool) -> Value {
    let keywordCount = modKeywordCount(keywordNames)
    let positional = count - keywordCount
    if keywordCount == 0 && !typed && positional == 1 {
        let a = args[0]
        if a.isSmallInt || (a.isObject && (a.header.pointee.type == rt.pointee.types.int || a.header.pointee.type == rt.pointee.types.str)) {
            return a
        }
    }
    var size = positional
    if keywordCount > 0 { size += 1 + 2 * keywordCount }
    if typed { size += positional + keywordCount }
    let key = allocateTuple(count: size)
    let items = TupleObject.items(key)
    var n = 0
    for i in 0..<positional { items[n] = args[i]; n += 1 }
    if keywordCount > 0 {
        items[n] = fntKeywordMark; n += 1
        for k in 0..<keywordCount {
            items[n] = keywordNames.tupleItems[k]
            items[n + 1] = args[positional + k]
            n += 2
        }
    }
    if typed {
        for i in 0..<positional { items[n] = Value(typeOf(args[i])); n += 1 }
        for k in 0..<keywordCount { items[n] = Value(typeOf(args[positional + k])); n += 1 }
    }
    return Value(key)
}

private func fntDefineLruWrapperMethods(_ type: TypeRef) {
    defineMethod(type, "__call__") { args, count, keywordNames throws(PyError) in
        let slots = modSlots(args[0])
        let function = slots[0]
        let maxsize = slots[2]
        if maxsize.isSmallInt && maxsize.smallInt == 0 {
            slots[5] = Value(smallInt: slots[5].smallInt + 1)
            return try callObject(function, args + 1, count - 1, keywordNames)
        }
        let key = fntLruKey(args + 1, count - 1, keywordNames, typed: slots[3].bits == Value.true.bits)
        let cache = slots[1].object(as: DictObject.self)
        let hash = try hashValue(key)
        if let cached = try dictLookup(cache, key, hash) {
            slots[4] = Value(smallInt: slots[4].smallInt + 1)
            if !maxsize.isNone {
                // Most recently used goes last.
                _ = try dictDelete(cache, key, hash)
                try dictSetItem(cache, key, hash, cached)
            }
            return cached
        }
        slots[5] = Value(smallInt: slots[5].smallInt + 1)
        let result = try callObject(function, args + 1, count - 1, keywordNames)
        if !maxsize.isNone {
            if try dictLookup(cache, key, hash) != nil { return result }
            if let limit = maxsize.exactInt, cache.pointee.count >= limit, let first = dictNextEntry(cache, from: 0) {
                let entry = cache.pointee.entries.unsafelyUnwrapped[first]
                _ = try dictDelete(cache, entry.key, entry.hash)
            }
        }
        try dictSetItem(cache, key, hash, result)
        return result
    }
    defineMethod(type, "cache_info") { args, count, keywordNames throws(PyError) in
        try checkPositional("cache_info", count - 1, keywordNames, min: 0, max: 0)
        let slots = modSlots(args[0])
        return newStructSequence(fntCacheInfoType!, [slots[4], slots[5], slots[2], newInt(slots[1].object(as: DictObject.self).pointee.count)])
    }
    defineMethod(type, "cache_clear") { args, count, keywordNames throws(PyError) in
        try checkPositional("cache_clear", count - 1, keywordNames, min: 0, max: 0)
        let slots = modSlots(args[0])
        dictClear(slots[1].object(as: DictObject.self))
        slots[4] = Value(smallInt: 0)
        slots[5] = Value(smallInt: 0)
        return .none
    }
    defineMethod(type, "cache_parameters") { args, count, keywordNames throws(PyError) in
        try checkPositional("cache_parameters", count - 1, keywordNames, min: 0, max: 0)
        let slots = modSlots(args[0])
        let d = newDict()
        dictSetString(d.object(as: DictObject.self), internString("maxsize"), slots[2])
        dictSetString(d.object(as: DictObject.self), internString("typed"), slots[3])
        return d
    }
    defineMethod(type, "__get__") { args, count, keywordNames throws(PyError) in
        let instance = count > 1 ? args[1] : Value.none
        if instance.isNone { return args[0] }
        return newBoundMethod(args[0], instance)
    }
    modDefineGetter(type, "__wrapped__") { args, _, _ throws(PyError) in modSlots(args[0])[0] }
    modDefineGetter(type, "__name__") { args, _, _ throws(PyError) in try getAttribute(modSlots(args[0])[0], internString("__name__")) }
    modDefineGetter(type, "__qualname__") { args, _, _ throws(PyError) in try getAttribute(modSlots(args[0])[0], internString("__qualname__")) }
    modDefineGetter(type, "__doc__") { args, _, _ throws(PyError) in try getAttribute(modSlots(args[0])[0], internString("__doc__")) }
    modDefineGetter(type, "__module__") { args, _, _ throws(PyError) in try getAttribute(modSlots(args[0])[0], internString("__module__")) }
}

// MARK: cmp_to_key

private func fntKeyCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
    guard let type = fntKeyWrapperType, modIsInstance(b, type) else {
        throw raiseTypeError("other argument must be K instance")
    }
    let x = modSlots(a)[1], y = modSlots(b)[1]
    if x.isNull || y.isNull { throw raiseAttributeError("object") }
    let result = try call(modSlots(a)[0], x, y)
    return try richCompare(result, Value(smallInt: 0), op)
}

// MARK: update_wrapper

private func fntUpdateWrapper(_ wrapper: Value, _ wrapped: Value, assigned: Value?, updated: Value?) throws(PyError) -> Value {
    let assignedNames = assigned ?? newTuple(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"].map { internString($0) })
    let updatedNames = updated ?? newTuple([internString("__dict__")])
    try forEachItem(assignedNames) { name throws(PyError) in
        let attribute = internString(try strOf(name).stringValue)
        let value: Value?
        do throws(PyError) {
            value = try getAttributeOrNil(wrapped, attribute)
        } catch {
            guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
            _ = takeCurrentException()
            value = nil
        }
        if let value { try setAttribute(wrapper, attribute, value) }
    }
    try forEachItem(updatedNames) { name throws(PyError) in
        let attribute = internString(try strOf(name).stringValue)
        let target = try getAttribute(wrapper, attribute)
        guard let source = try getAttributeOrNil(wrapped, attribute) else { return }
        guard target.isObject && target.header.pointee.kind == .dict else { return }
        try dictMerge(target.object(as: DictObject.self), source, allowRepeats: true)
    }
    try setAttribute(wrapper, internString("__wrapped__"), wrapped)
    return wrapper
}

// MARK: total_ordering

/// The ordering methods derived from one root, as functools.total_ordering defines them:
/// (root, derived name, kind). Kinds: 0 `not r and self != other`, 1 `r or self == other`,
/// 2 `not r`, 3 `not r or self == other`, 4 `r and self != other`.
private let fntOrderingConversions: [(String, [(String, Int)])] = [
    ("__lt__", [("__gt__", 0), ("__le__", 1), ("__ge__", 2)]),
    ("__le__", [("__ge__", 3), ("__lt__", 4), ("__gt__", 2)]),
    ("__gt__", [("__lt__", 0), ("__ge__", 1), ("__le__", 2)]),
    ("__ge__", [("__le__", 3), ("__gt__", 4), ("__lt__", 2)]),
]

private func fntTotalOrdering(_ cls: Value, module: Value) throws(PyError) -> Value {
    guard cls.isObject && cls.header.pointee.kind == .type else {
        throw raiseAttributeError("'\(typeName(cls))' object has no attribute '__lt__'")
    }
    let type = cls.object(as: TypeObject.self)
    let objectType = rt.pointee.types.object
    var roots: [String] = []
    for (name, _) in fntOrderingConversions {
        let defined = lookupInType(type, internString(name))
        let inherited = lookupInType(objectType, internString(name))
        if let defined, defined.bits != inherited?.bits { roots.append(name) }
    }
    guard let root = roots.max() else {
        throw raiseValueError("must define at least one ordering operation: < > <= >=")
    }
    let conversions = fntOrderingConversions.first { $0.0 == root }!.1
    for (name, kind) in conversions where !roots.contains(name) {
        let function = modPythonFunction(name, qualifiedName: "total_ordering.<locals>.\(name)", parameters: ["self", "other"],
                                         defaults: .null, module: module, fntOrderingImplementation(root, kind))
        try setAttribute(cls, internString(name), function)
    }
    return cls
}

/// The Swift implementation of a derived ordering method.
private func fntOrderingImplementation(_ root: String, _ kind: Int) -> BuiltinFunction {
    switch (root, kind) {
    case ("__lt__", 0), ("__le__", 0), ("__gt__", 0), ("__ge__", 0):
        switch root {
        case "__lt__": return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__lt__", 0) }
        case "__le__": return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__le__", 0) }
        case "__gt__": return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__gt__", 0) }
        default: return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__ge__", 0) }
        }
    default:
        break
    }
    switch (root, kind) {
    case ("__lt__", 1): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__lt__", 1) }
    case ("__lt__", 2): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__lt__", 2) }
    case ("__le__", 2): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__le__", 2) }
    case ("__le__", 3): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__le__", 3) }
    case ("__le__", 4): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__le__", 4) }
    case ("__gt__", 1): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__gt__", 1) }
    case ("__gt__", 2): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__gt__", 2) }
    case ("__ge__", 2): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__ge__", 2) }
    case ("__ge__", 3): return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__ge__", 3) }
    default: return { a, _, _ throws(PyError) in try fntDerivedOrdering(a[0], a[1], "__ge__", 4) }
    }
}

/// `op_result = type(self).<root>(self, other)`, then the derived formula.
private func fntDerivedOrdering(_ a: Value, _ b: Value, _ root: String, _ kind: Int) throws(PyError) -> Value {
    guard let method = lookupInType(typeOf(a), internString(root)) else {
        throw raiseAttributeError("type object '\(typeName(a))' has no attribute '\(root)'")
    }
    let result = try call(method, a, b)
    if result.bits == Value.notImplemented.bits { return result }
    let truth = try isTruthy(result)
    switch kind {
    case 0:
        if truth { return .false }
        return try richCompare(a, b, 3)
    case 1:
        if truth { return result }
        return try richCompare(a, b, 2)
    case 2:
        return Value(bool: !truth)
    case 3:
        if !truth { return .true }
        return try richCompare(a, b, 2)
    default:
        if !truth { return result }
        return try richCompare(a, b, 3)
    }
}
