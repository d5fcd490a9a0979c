import Runtime

/// collections.defaultdict, Counter and OrderedDict: subclasses of dict whose instances are
/// ordinary dict objects (so every dict operation and specialization applies) with the
/// module's type in the header.
///
/// A defaultdict keeps its default_factory in one extra word after the dict's fields. The
/// collector does not trace that word, so the factory is also kept in `cdictFactoryRegistry` (a heap
/// dict from the defaultdict's address to its factory): the entry lives until another
/// defaultdict reuses the address, by which time the old one is dead.

nonisolated(unsafe) private var cdictDefaultDictTypeCache: TypeRef?
nonisolated(unsafe) private var cdictCounterTypeCache: TypeRef?
nonisolated(unsafe) private var cdictOrderedDictTypeCache: TypeRef?
nonisolated(unsafe) private var cdictFactoryRegistry = Value.null

func installDictSubclasses(_ module: Value) {
    if cdictDefaultDictTypeCache == nil {
        cdictFactoryRegistry = newDict()
        rt.pointee.permanentRoots.append(cdictFactoryRegistry)
        cdictDefaultDictTypeCache = cdictMakeDefaultDictType(module)
        cdictCounterTypeCache = cdictMakeCounterType(module)
        cdictOrderedDictTypeCache = cdictMakeOrderedDictType(module)
    }
    modSet(module, "defaultdict", Value(cdictDefaultDictTypeCache!))
    modSet(module, "Counter", Value(cdictCounterTypeCache!))
    modSet(module, "OrderedDict", Value(cdictOrderedDictTypeCache!))
}

/// A new empty dict of type `type`, with `extraWords` zeroed words after the dict fields.
private func cdictNewDictObject(_ type: TypeRef, extraWords: Int = 0) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<DictObject>.stride + extraWords * 8, kind: .dict, type: type)
    let d = raw.assumingMemoryBound(to: DictObject.self)
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    return Value(d)
}

/// dict(*args, **kwargs) into `d` (at most one positional argument).
private func cdictDictInitialize(_ d: Value, _ args: UnsafeMutablePointer<Value>, _ positional: Int,
                            _ keywordValues: UnsafeMutablePointer<Value>, _ keywordNames: Value, name: String = "dict") throws(PyError) {
    if positional > 1 { throw raiseTypeError("\(name) expected at most 1 argument, got \(positional)") }
    let dict = d.object(as: DictObject.self)
    if positional == 1 { try dictUpdateFrom(dict, args[0]) }
    for k in 0..<modKeywordCount(keywordNames) {
        try dictSetItem(dict, keywordNames.tupleItems[k], keywordValues[k])
    }
}

/// The short class name CPython's reprs use (`type(self).__name__`).
private func cdictShortTypeName(_ v: Value) -> String {
    let name = typeOf(v).pointee.name.stringValue
    return name.split(separator: ".").last.map(String.init) ?? name
}

/// repr of the dict part of a dict subclass ("{1: 2}").
private func cdictPlainDictRepr(_ v: Value) throws(PyError) -> String {
    try containerRepr(v)
}

// MARK: defaultdict

@inline(__always)
private func cdictFactorySlot(_ d: Value) -> UnsafeMutablePointer<Value> {
    (d.objectAddress + MemoryLayout<DictObject>.stride).assumingMemoryBound(to: Value.self)
}

private func cdictSetFactory(_ d: Value, _ factory: Value) throws(PyError) {
    cdictFactorySlot(d).pointee = factory
    let key = newInt(Int(bitPattern: UInt(bitPattern: d.objectAddress)))
    try dictSetItem(cdictFactoryRegistry.object(as: DictObject.self), key, factory)
}

private func cdictIsDefaultDict(_ v: Value) -> Bool { modIsInstance(v, cdictDefaultDictTypeCache!) }

private func cdictDefaultDictReceiver(_ v: Value, _ method: String) throws(PyError) -> Value {
    guard cdictIsDefaultDict(v) else {
        throw raiseTypeError("descriptor '\(method)' for 'collections.defaultdict' objects doesn't apply to a '\(typeName(v))' object")
    }
    return v
}

/// defaultdict.__init__(default_factory=None, /, *args, **kwargs).
private func cdictDefaultDictInit(_ d: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) {
    let keywordCount = modKeywordCount(keywordNames)
    let positional = count - keywordCount
    var factory = Value.none
    if positional > 0 {
        factory = args[0]
        if !factory.isNone && !isCallable(factory) {
            throw raiseTypeError("first argument must be callable or None")
        }
    }
    try cdictSetFactory(d, factory)
    try cdictDictInitialize(d, args + min(positional, 1), max(positional - 1, 0), args + positional, keywordNames)
}

private func cdictMakeDefaultDictType(_ module: Value) -> TypeRef {
    let type = makeModuleType("collections.defaultdict", base: rt.pointee.types.dict, kind: .dict, subclassable: true)
    modSetNew(type) { args, count, keywordNames throws(PyError) in
        let cls = args[0].object(as: TypeObject.self)
        let d = cdictNewDictObject(cls, extraWords: 1)
        try cdictSetFactory(d, .none)
        if !modHasPythonInit(cls) { try cdictDefaultDictInit(d, args + 1, count - 1, keywordNames) }
        return d
    }
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        try cdictDefaultDictInit(try cdictDefaultDictReceiver(args[0], "__init__"), args + 1, count - 1, keywordNames)
        return .none
    }
    defineMethod(type, "__missing__") { args, count, keywordNames throws(PyError) in
        try checkPositional("__missing__", count - 1, keywordNames, min: 1, max: 1)
        let d = try cdictDefaultDictReceiver(args[0], "__missing__")
        let factory = cdictFactorySlot(d).pointee
        if factory.isNone { throw raiseKeyError(args[1]) }
        let value = try call(factory)
        try setItem(d, args[1], value)
        return value
    }
    let getter = newBuiltinMethod({ args, count, _ throws(PyError) in
        cdictFactorySlot(try cdictDefaultDictReceiver(args[0], "default_factory")).pointee
    }, name: internString("default_factory"), receiver: .null, owner: Value(type))
    let property = modProperty(getter: getter)
    property.object(as: PropertyObject.self).pointee.setter = newBuiltinMethod({ args, count, _ throws(PyError) in
        try cdictSetFactory(try cdictDefaultDictReceiver(args[0], "default_factory"), args[1])
        return .none
    }, name: internString("default_factory"), receiver: .null, owner: Value(type))
    defineTypeAttribute(type, "default_factory", property)
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try checkPositional("copy", count - 1, keywordNames, min: 0, max: 0)
        return try cdictDefaultDictCopy(try cdictDefaultDictReceiver(args[0], "copy"))
    }
    defineMethod(type, "__copy__") { args, count, keywordNames throws(PyError) in
        try cdictDefaultDictCopy(try cdictDefaultDictReceiver(args[0], "__copy__"))
    }
    modDefineSlot(type, "__repr__", arity: 1, module: module) { args, count, _ throws(PyError) in
        let d = args[0]
        let factory = cdictFactorySlot(d).pointee
        let factoryText: String
        if factory.isNone {
            factoryText = "None"
        } else if reprInProgress.contains(d.bits) {
            factoryText = "..."
        } else {
            reprInProgress.append(d.bits)
            defer { reprInProgress.removeLast() }
            factoryText = try reprOf(factory).stringValue
        }
        return newString("\(cdictShortTypeName(d))(\(factoryText), \(try cdictPlainDictRepr(d)))")
    }
    return type
}

private func cdictDefaultDictCopy(_ d: Value) throws(PyError) -> Value {
    let type = typeOf(d)
    let copy = cdictNewDictObject(type, extraWords: 1)
    try cdictSetFactory(copy, cdictFactorySlot(d).pointee)
    try dictMerge(copy.object(as: DictObject.self), d, allowRepeats: true)
    return copy
}

// MARK: Counter

private func cdictIsCounter(_ v: Value) -> Bool { modIsInstance(v, cdictCounterTypeCache!) }

private func cdictCounterReceiver(_ v: Value, _ method: String) throws(PyError) -> Value {
    guard cdictIsCounter(v) else {
        throw raiseTypeError("descriptor '\(method)' for 'Counter' objects doesn't apply to a '\(typeName(v))' object")
    }
    return v
}

/// c[key] with a missing key counting as 0.
private func cdictCounterGet(_ c: Value, _ key: Value) throws(PyError) -> Value {
    try dictLookup(c.object(as: DictObject.self), key) ?? Value(smallInt: 0)
}

private func cdictNewCounter() -> Value { cdictNewDictObject(cdictCounterTypeCache!) }

/// Counter.update(iterable=None, /, **kwds).
private func cdictCounterUpdate(_ c: Value, _ iterable: Value, _ keywordValues: UnsafeMutablePointer<Value>, _ keywordNames: Value,
                           subtract: Bool) throws(PyError) {
    let dict = c.object(as: DictObject.self)
    let add = BinaryOperator.add.rawValue, sub = BinaryOperator.subtract.rawValue
    if !iterable.isNull && !iterable.isNone {
        if iterable.isObject && iterable.header.pointee.kind == .dict {
            if subtract {
                let items = try cdictPairsOf(iterable)
                for i in 0..<items.tupleCount {
                    let pair = items.tupleItems[i]
                    try setItem(c, pair.tupleItems[0], try binaryOperation(sub, try cdictCounterGet(c, pair.tupleItems[0]), pair.tupleItems[1]))
                }
            } else if dict.pointee.count > 0 {
                let items = try cdictPairsOf(iterable)
                for i in 0..<items.tupleCount {
                    let pair = items.tupleItems[i]
                    try setItem(c, pair.tupleItems[0], try binaryOperation(add, pair.tupleItems[1], try cdictCounterGet(c, pair.tupleItems[0])))
                }
            } else {
                try dictMerge(dict, iterable, allowRepeats: true)
            }
        } else {
            let one = Value(smallInt: 1)
            let iterator = try getIterator(iterable)
            while let item = try iteratorNext(iterator) {
                let current = try cdictCounterGet(c, item)
                let updated: Value
                if current.isSmallInt && current.smallInt > Value.smallIntMin + 1 && current.smallInt < Value.smallIntMax - 1 {
                    updated = Value(smallInt: subtract ? current.smallInt - 1 : current.smallInt + 1)
                } else {
                    updated = try binaryOperation(subtract ? sub : add, current, one)
                }
                try setItem(c, item, updated)
            }
        }
    }
    let keywordCount = modKeywordCount(keywordNames)
    for k in 0..<keywordCount {
        let key = keywordNames.tupleItems[k]
        let value = keywordValues[k]
        if subtract || dict.pointee.count > 0 {
            let current = try cdictCounterGet(c, key)
            try setItem(c, key, subtract ? try binaryOperation(sub, current, value) : try binaryOperation(add, value, current))
        } else {
            try setItem(c, key, value)
        }
    }
}

/// The (key, value) pairs of a dict as a tuple of 2-tuples (a snapshot).
private func cdictPairsOf(_ d: Value) throws(PyError) -> Value {
    let dict = d.object(as: DictObject.self)
    let result = allocateTuple(count: dict.pointee.count)
    for i in 0..<dict.pointee.count { TupleObject.items(result)[i] = .none }
    var i = 0
    try dictForEach(dict) { key, value throws(PyError) in
        if i < dict.pointee.count { TupleObject.items(result)[i] = modPair(key, value) }
        i += 1
    }
    return Value(result)
}

/// The items sorted by count, largest first, ties in insertion order (most_common()).
private func cdictCounterSorted(_ c: Value) throws(PyError) -> Value {
    let pairs = try cdictPairsOf(c)
    let n = pairs.tupleCount
    let order = try modStableSort(n) { i, j throws(PyError) in
        // i before j when count(j) < count(i).
        try compareBool(pairs.tupleItems[j].tupleItems[1], pairs.tupleItems[i].tupleItems[1], 0)
    }
    let list = newList(capacity: n)
    for index in order { listAppend(list.object(as: ListObject.self), pairs.tupleItems[index]) }
    return list
}

/// Counter.__init__(iterable=None, /, **kwds).
private func cdictCounterInit(_ c: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) {
    let keywordCount = modKeywordCount(keywordNames)
    let positional = count - keywordCount
    if positional > 1 {
        throw raiseTypeError("Counter.__init__() takes from 1 to 2 positional arguments but \(positional + 1) were given")
    }
    try cdictCounterUpdate(c, positional == 1 ? args[0] : .null, args + positional, keywordNames, subtract: false)
}

/// Counter arithmetic: `combine(count, otherCount)` gives the new count, kept when positive.
private func cdictCounterBinary(_ a: Value, _ b: Value, _ op: String) throws(PyError) -> Value {
    guard cdictIsCounter(a) && cdictIsCounter(b) else { return .notImplemented }
    let result = cdictNewCounter()
    let zero = Value(smallInt: 0)
    let aPairs = try cdictPairsOf(a)
    for i in 0..<aPairs.tupleCount {
        let elem = aPairs.tupleItems[i].tupleItems[0], count = aPairs.tupleItems[i].tupleItems[1]
        let other = try cdictCounterGet(b, elem)
        let newCount: Value
        switch op {
        case "+": newCount = try binaryOperation(BinaryOperator.add.rawValue, count, other)
        case "-": newCount = try binaryOperation(BinaryOperator.subtract.rawValue, count, other)
        case "|": newCount = try compareBool(count, other, 0) ? other : count
        default: newCount = try compareBool(count, other, 0) ? count : other
        }
        if try compareBool(newCount, zero, 4) { try dictSetItem(result.object(as: DictObject.self), elem, newCount) }
    }
    if op != "&" {
        let bPairs = try cdictPairsOf(b)
        for i in 0..<bPairs.tupleCount {
            let elem = bPairs.tupleItems[i].tupleItems[0], count = bPairs.tupleItems[i].tupleItems[1]
            if try dictLookup(a.object(as: DictObject.self), elem) != nil { continue }
            if op == "-" {
                if try compareBool(count, zero, 0) {
                    try dictSetItem(result.object(as: DictObject.self), elem, try binaryOperation(BinaryOperator.subtract.rawValue, zero, count))
                }
            } else if try compareBool(count, zero, 4) {
                try dictSetItem(result.object(as: DictObject.self), elem, count)
            }
        }
    }
    return result
}

/// In-place Counter arithmetic, then dropping the counts that are not positive.
private func cdictCounterInPlace(_ a: Value, _ b: Value, _ op: String) throws(PyError) -> Value {
    guard cdictIsCounter(b) else { return .notImplemented }
    let bPairs = try cdictPairsOf(op == "&" ? a : b)
    for i in 0..<bPairs.tupleCount {
        let elem = bPairs.tupleItems[i].tupleItems[0], count = bPairs.tupleItems[i].tupleItems[1]
        switch op {
        case "+": try setItem(a, elem, try binaryOperation(BinaryOperator.add.rawValue + 13, try cdictCounterGet(a, elem), count))
        case "-": try setItem(a, elem, try binaryOperation(BinaryOperator.subtract.rawValue + 13, try cdictCounterGet(a, elem), count))
        case "|":
            let current = try cdictCounterGet(a, elem)
            if try compareBool(count, current, 4) { try setItem(a, elem, count) }
        default:
            let other = try cdictCounterGet(b, elem)
            if try compareBool(other, count, 0) { try setItem(a, elem, other) }
        }
    }
    try cdictCounterKeepPositive(a)
    return a
}

private func cdictCounterKeepPositive(_ c: Value) throws(PyError) {
    let pairs = try cdictPairsOf(c)
    let zero = Value(smallInt: 0)
    for i in 0..<pairs.tupleCount where !(try compareBool(pairs.tupleItems[i].tupleItems[1], zero, 4)) {
        _ = try dictDelete(c.object(as: DictObject.self), pairs.tupleItems[i].tupleItems[0])
    }
}

/// Counter comparisons (3.10+): missing elements count as zero.
private func cdictCounterCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
    guard cdictIsCounter(a) && cdictIsCounter(b) else { return .notImplemented }
    func all(_ op: Int) throws(PyError) -> Bool {
        for c in [a, b] {
            let pairs = try cdictPairsOf(c)
            for i in 0..<pairs.tupleCount {
                let elem = pairs.tupleItems[i].tupleItems[0]
                if !(try compareBool(try cdictCounterGet(a, elem), try cdictCounterGet(b, elem), op)) { return false }
            }
        }
        return true
    }
    switch op {
    case 2: return Value(bool: try all(2))
    case 3: return Value(bool: !(try all(2)))
    case 1: return Value(bool: try all(1))
    case 5: return Value(bool: try all(5))
    case 0:
        let le = try all(1), eq = try all(2)
        return Value(bool: le && !eq)
    default:
        let ge = try all(5), eq = try all(2)
        return Value(bool: ge && !eq)
    }
}

private func cdictMakeCounterType(_ module: Value) -> TypeRef {
    let type = makeModuleType("Counter", base: rt.pointee.types.dict, kind: .dict, subclassable: true)
    type.pointee.module = internString("collections")
    modSetNew(type) { args, count, keywordNames throws(PyError) in
        let cls = args[0].object(as: TypeObject.self)
        let c = cdictNewDictObject(cls)
        if !modHasPythonInit(cls) { try cdictCounterInit(c, args + 1, count - 1, keywordNames) }
        return c
    }
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        try cdictCounterInit(try cdictCounterReceiver(args[0], "__init__"), args + 1, count - 1, keywordNames)
        return .none
    }
    defineMethod(type, "__missing__") { args, count, keywordNames throws(PyError) in
        try checkPositional("__missing__", count - 1, keywordNames, min: 1, max: 1)
        return Value(smallInt: 0)
    }
    defineMethod(type, "update") { args, count, keywordNames throws(PyError) in
        let c = try cdictCounterReceiver(args[0], "update")
        let positional = count - modKeywordCount(keywordNames) - 1
        if positional > 1 { throw raiseTypeError("Counter.update() takes from 1 to 2 positional arguments but \(positional + 1) were given") }
        try cdictCounterUpdate(c, positional == 1 ? args[1] : .null, args + 1 + positional, keywordNames, subtract: false)
        return .none
    }
    defineMethod(type, "subtract") { args, count, keywordNames throws(PyError) in
        let c = try cdictCounterReceiver(args[0], "subtract")
        let positional = count - modKeywordCount(keywordNames) - 1
        if positional > 1 { throw raiseTypeError("Counter.subtract() takes from 1 to 2 positional arguments but \(positional + 1) were given") }
        try cdictCounterUpdate(c, positional == 1 ? args[1] : .null, args + 1 + positional, keywordNames, subtract: true)
        return .none
    }
    defineMethod(type, "most_common") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("most_common", args + 1, count - 1, keywordNames, names: ["n"], required: 0)
        let c = try cdictCounterReceiver(args[0], "most_common")
        let sorted = try cdictCounterSorted(c)
        guard let nValue = bound.optional(0), !nValue.isNone else { return sorted }
        let n = try modInt(nValue)
        let list = sorted.object(as: ListObject.self)
        if n < list.pointee.count { listSetCount(list, max(n, 0)) }
        return sorted
    }
    defineMethod(type, "elements") { args, count, keywordNames throws(PyError) in
        try checkPositional("elements", count - 1, keywordNames, min: 0, max: 0)
        let c = try cdictCounterReceiver(args[0], "elements")
        let result = newList(capacity: 0)
        let pairs = try cdictPairsOf(c)
        for i in 0..<pairs.tupleCount {
            let elem = pairs.tupleItems[i].tupleItems[0], n = pairs.tupleItems[i].tupleItems[1]
            guard let times = try indexValue(n) else {
                throw raiseTypeError("'\(typeName(n))' object cannot be interpreted as an integer")
            }
            for _ in 0..<max(times, 0) { listAppend(result.object(as: ListObject.self), elem) }
        }
        return try getIterator(result)
    }
    defineMethod(type, "total") { args, count, keywordNames throws(PyError) in
        try checkPositional("total", count - 1, keywordNames, min: 0, max: 0)
        var sum = Value(smallInt: 0)
        try dictForEach(try cdictCounterReceiver(args[0], "total").object(as: DictObject.self)) { _, value throws(PyError) in
            sum = try binaryOperation(BinaryOperator.add.rawValue, sum, value)
        }
        return sum
    }
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try checkPositional("copy", count - 1, keywordNames, min: 0, max: 0)
        let c = try cdictCounterReceiver(args[0], "copy")
        return try call(Value(typeOf(c)), c)
    }
    defineMethod(type, "__copy__") { args, count, keywordNames throws(PyError) in
        try call(Value(typeOf(args[0])), args[0])
    }
    let fromkeys = newBuiltinMethod({ args, count, _ throws(PyError) in
        throw raise(rt.pointee.types.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
    }, name: internString("fromkeys"), receiver: .null, owner: .null)
    defineTypeAttribute(type, "fromkeys", newMethodWrapper(fromkeys, kind: .classMethod))
    modDefineSlot(type, "__delitem__", arity: 2, module: module) { args, count, _ throws(PyError) in
        _ = try dictDelete(args[0].object(as: DictObject.self), args[1])
        return .none
    }
    modDefineSlot(type, "__repr__", arity: 1, module: module) { args, count, _ throws(PyError) in
        let c = args[0]
        let name = cdictShortTypeName(c)
        if c.object(as: DictObject.self).pointee.count == 0 { return newString("\(name)()") }
        let plain = newDict()
        do throws(PyError) {
            let sorted = try cdictCounterSorted(c)
            let list = sorted.object(as: ListObject.self)
            for i in 0..<list.pointee.count {
                try dictSetItem(plain.object(as: DictObject.self), list.items[i].tupleItems[0], list.items[i].tupleItems[1])
            }
        } catch {
            guard currentExceptionMatches(rt.pointee.types.TypeError) else { throw error }
            _ = takeCurrentException()
            dictClear(plain.object(as: DictObject.self))
            try dictMerge(plain.object(as: DictObject.self), c, allowRepeats: true)
        }
        return newString("\(name)(\(try reprOf(plain).stringValue))")
    }
    defineMethod(type, "__add__") { args, _, _ throws(PyError) in try cdictCounterBinary(args[0], args[1], "+") }
    defineMethod(type, "__sub__") { args, _, _ throws(PyError) in try cdictCounterBinary(args[0], args[1], "-") }
    defineMethod(type, "__or__") { args, _, _ throws(PyError) in try cdictCounterBinary(args[0], args[1], "|") }
    defineMethod(type, "__and__") { args, _, _ throws(PyError) in try cdictCounterBinary(args[0], args[1], "&") }
    defineMethod(type, "__iadd__") { args, _, _ throws(PyError) in try cdictCounterInPlace(args[0], args[1], "+") }
    defineMethod(type, "__isub__") { args, _, _ throws(PyError) in try cdictCounterInPlace(args[0], args[1], "-") }
    defineMethod(type, "__ior__") { args, _, _ throws(PyError) in try cdictCounterInPlace(args[0], args[1], "|") }
    defineMethod(type, "__iand__") { args, _, _ throws(PyError) in try cdictCounterInPlace(args[0], args[1], "&") }
    defineMethod(type, "__pos__") { args, _, _ throws(PyError) in
        let result = cdictNewCounter()
        let pairs = try cdictPairsOf(args[0])
        for i in 0..<pairs.tupleCount where try compareBool(pairs.tupleItems[i].tupleItems[1], Value(smallInt: 0), 4) {
            try dictSetItem(result.object(as: DictObject.self), pairs.tupleItems[i].tupleItems[0], pairs.tupleItems[i].tupleItems[1])
        }
        return result
    }
    defineMethod(type, "__neg__") { args, _, _ throws(PyError) in
        let result = cdictNewCounter()
        let pairs = try cdictPairsOf(args[0])
        let zero = Value(smallInt: 0)
        for i in 0..<pairs.tupleCount where try compareBool(pairs.tupleItems[i].tupleItems[1], zero, 0) {
            try dictSetItem(result.object(as: DictObject.self), pairs.tupleItems[i].tupleItems[0],
                            try binaryOperation(BinaryOperator.subtract.rawValue, zero, pairs.tupleItems[i].tupleItems[1]))
        }
        return result
    }
    defineMethod(type, "__eq__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 2) }
    defineMethod(type, "__ne__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 3) }
    defineMethod(type, "__lt__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 0) }
    defineMethod(type, "__le__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 1) }
    defineMethod(type, "__gt__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 4) }
    defineMethod(type, "__ge__") { args, _, _ throws(PyError) in try cdictCounterCompare(args[0], args[1], 5) }
    return type
}

// MARK: OrderedDict

private func cdictIsOrderedDict(_ v: Value) -> Bool { modIsInstance(v, cdictOrderedDictTypeCache!) }

private func cdictOrderedDictReceiver(_ v: Value, _ method: String) throws(PyError) -> Value {
    guard cdictIsOrderedDict(v) else {
        throw raiseTypeError("descriptor '\(method)' for 'collections.OrderedDict' objects doesn't apply to a '\(typeName(v))' object")
    }
    return v
}

private func cdictOrderedDictInit(_ d: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) {
    let positional = count - modKeywordCount(keywordNames)
    if positional > 1 { throw raiseTypeError("OrderedDict expected at most 1 arguments, got \(positional)") }
    try cdictDictInitialize(d, args, positional, args + positional, keywordNames)
}

/// The position of the last live entry, or nil.
private func cdictLastEntry(_ d: DictRef) -> Int? {
    guard let entries = d.pointee.entries else { return nil }
    var i = d.pointee.entriesUsed - 1
    while i >= 0 {
        if !entries[i].key.isNull { return i }
        i -= 1
    }
    return nil
}

private func cdictMakeOrderedDictType(_ module: Value) -> TypeRef {
    let type = makeModuleType("collections.OrderedDict", base: rt.pointee.types.dict, kind: .dict, subclassable: true)
    modSetNew(type) { args, count, keywordNames throws(PyError) in
        let cls = args[0].object(as: TypeObject.self)
        let d = cdictNewDictObject(cls)
        if !modHasPythonInit(cls) { try cdictOrderedDictInit(d, args + 1, count - 1, keywordNames) }
        return d
    }
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        try cdictOrderedDictInit(try cdictOrderedDictReceiver(args[0], "__init__"), args + 1, count - 1, keywordNames)
        return .none
    }
    defineMethod(type, "move_to_end") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("move_to_end", args + 1, count - 1, keywordNames, names: ["key", "last"], required: 1)
        let d = try cdictOrderedDictReceiver(args[0], "move_to_end")
        let dict = d.object(as: DictObject.self)
        let key = bound[0]
        let last = try bound.optional(1).map { v throws(PyError) in try isTruthy(v) } ?? true
        let hash = try hashValue(key)
        let probe = try dictProbe(dict, key, hash)
        guard probe.found else { throw raiseKeyError(key) }
        let entry = dict.pointee.entries.unsafelyUnwrapped[probe.entryIndex]
        if last {
            if cdictLastEntry(dict) == probe.entryIndex { return .none }
            _ = try dictDelete(dict, entry.key, hash)
            try dictSetItem(dict, entry.key, hash, entry.value)
        } else {
            if dictNextEntry(dict, from: 0) == probe.entryIndex { return .none }
            let pairs = try cdictPairsOf(d)
            dictClear(dict)
            try dictSetItem(dict, entry.key, hash, entry.value)
            for i in 0..<pairs.tupleCount where pairs.tupleItems[i].tupleItems[0].bits != entry.key.bits {
                try dictSetItem(dict, pairs.tupleItems[i].tupleItems[0], pairs.tupleItems[i].tupleItems[1])
            }
        }
        return .none
    }
    defineMethod(type, "popitem") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("popitem", args + 1, count - 1, keywordNames, names: ["last"], required: 0)
        let d = try cdictOrderedDictReceiver(args[0], "popitem")
        let dict = d.object(as: DictObject.self)
        let last = try bound.optional(0).map { v throws(PyError) in try isTruthy(v) } ?? true
        guard let index = last ? cdictLastEntry(dict) : dictNextEntry(dict, from: 0) else {
            throw raiseKeyError(newString("dictionary is empty"))
        }
        let entry = dict.pointee.entries.unsafelyUnwrapped[index]
        let pair = modPair(entry.key, entry.value)
        _ = try dictDelete(dict, entry.key, entry.hash)
        return pair
    }
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try checkPositional("copy", count - 1, keywordNames, min: 0, max: 0)
        let d = try cdictOrderedDictReceiver(args[0], "copy")
        return try call(Value(typeOf(d)), d)
    }
    defineMethod(type, "__copy__") { args, count, keywordNames throws(PyError) in
        try call(Value(typeOf(args[0])), args[0])
    }
    defineMethod(type, "__reversed__") { args, count, keywordNames throws(PyError) in
        let d = try cdictOrderedDictReceiver(args[0], "__reversed__")
        let keys = newList(capacity: 0)
        try dictForEach(d.object(as: DictObject.self)) { key, _ throws(PyError) in listAppend(keys.object(as: ListObject.self), key) }
        let list = keys.object(as: ListObject.self)
        var i = 0, j = list.pointee.count - 1
        while i < j {
            let t = list.items[i]; list.items[i] = list.items[j]; list.items[j] = t
            i += 1; j -= 1
        }
        return try getIterator(keys)
    }
    modDefineSlot(type, "__repr__", arity: 1, module: module) { args, count, _ throws(PyError) in
        let d = args[0]
        let name = cdictShortTypeName(d)
        if d.object(as: DictObject.self).pointee.count == 0 { return newString("\(name)()") }
        if reprInProgress.contains(d.bits) { return newString("...") }
        reprInProgress.append(d.bits)
        defer { reprInProgress.removeLast() }
        let pairs = try cdictPairsOf(d)
        let list = newList(pairs.tupleItems, count: pairs.tupleCount)
        return newString("\(name)(\(try reprOf(list).stringValue))")
    }
    defineMethod(type, "__eq__") { args, _, _ throws(PyError) in
        let a = args[0], b = args[1]
        guard b.isObject && b.header.pointee.kind == .dict else { return .notImplemented }
        let equal = try dictsEqual(a, b)
        if !equal || !cdictIsOrderedDict(b) { return Value(bool: equal) }
        let x = try cdictPairsOf(a), y = try cdictPairsOf(b)
        for i in 0..<x.tupleCount where !(try valuesEqual(x.tupleItems[i].tupleItems[0], y.tupleItems[i].tupleItems[0])) {
            return .false
        }
        return .true
    }
    defineMethod(type, "__ne__") { args, _, _ throws(PyError) in
        let a = args[0], b = args[1]
        guard b.isObject && b.header.pointee.kind == .dict else { return .notImplemented }
        let equal = try dictsEqual(a, b)
        if !equal || !cdictIsOrderedDict(b) { return Value(bool: !equal) }
        let x = try cdictPairsOf(a), y = try cdictPairsOf(b)
        for i in 0..<x.tupleCount where !(try valuesEqual(x.tupleItems[i].tupleItems[0], y.tupleItems[i].tupleItems[0])) {
            return .true
        }
        return .false
    }
    return type
}
