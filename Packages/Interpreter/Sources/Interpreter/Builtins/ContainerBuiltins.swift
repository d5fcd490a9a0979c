import BigInt
import Runtime

/// list, tuple, dict, set, frozenset, range and dict views: their methods, sorting, sorted().
func registerContainerBuiltins(_ builtins: Value) {
    registerListMethods()
    registerTupleMethods()
    registerDictMethods()
    registerDictViewMethods()
    registerSetMethods()
    registerRangeMethods()
    registerImmutableNew()
    // object's generic attribute access, for classes that override it and call the base.
    defineMethod(rt.pointee.types.object, "__setattr__") { args, count, _ throws(PyError) in
        guard count == 3, isStrValue(args[1]) else { throw raiseTypeError("expected 2 arguments: name and value") }
        try genericSetAttribute(args[0], args[1], args[2])
        return .none
    }
    defineMethod(rt.pointee.types.object, "__getattribute__") { args, count, _ throws(PyError) in
        guard count == 2, isStrValue(args[1]) else { throw raiseTypeError("expected 1 argument: name") }
        return try genericGetAttribute(args[0], args[1])
    }
    defineMethod(rt.pointee.types.object, "__delattr__") { args, count, _ throws(PyError) in
        guard count == 2, isStrValue(args[1]) else { throw raiseTypeError("expected 1 argument: name") }
        try genericDeleteAttribute(args[0], args[1])
        return .none
    }
    // object.__new__(cls, ...): reached through super().__new__ and object.__new__ (kept out of
    // object's dict, where its presence would hide which classes have a __new__ of their own).
    let objectNew = defineFunction(newDict(), "__new__") { args, count, keywordNames throws(PyError) in
        guard count >= 1, args[0].isObject, args[0].header.pointee.kind == .type else {
            throw raiseTypeError("object.__new__(X): X is not a type object")
        }
        let type = args[0].object(as: TypeObject.self)
        return try allocateInstance(type, args + 1, count - 1, keywordNames)
    }
    rt.pointee.permanentRoots.append(objectNew)
    objectNewFunction = objectNew
    let objectInit = defineFunction(newDict(), "__init__") { args, count, keywordNames throws(PyError) in
        guard count >= 1 else { throw raiseTypeError("descriptor '__init__' of 'object' object needs an argument") }
        if count > 1 { throw raiseTypeError("object.__init__() takes exactly one argument (the instance to initialize)") }
        return .none
    }
    rt.pointee.permanentRoots.append(objectInit)
    objectInitFunction = objectInit
    // object.__init_subclass__(): does nothing, and takes no class keywords.
    defineMethod(rt.pointee.types.object, "__init_subclass__", classMethod: true) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let cls = args[0].isObject && args[0].header.pointee.kind == .type ? args[0].object(as: TypeObject.self).pointee.qualifiedName.stringValue : "object"
        if keywordCount > 0 { throw raiseTypeError("\(cls).__init_subclass__() takes no keyword arguments") }
        if count - keywordCount > 1 { throw raiseTypeError("\(cls).__init_subclass__() takes no arguments (\(count - 1) given)") }
        return .none
    }
    // type.mro(): the method resolution order as a list (what __mro__ holds).
    defineMethod(rt.pointee.types.type, "mro") { args, count, _ throws(PyError) in
        guard count == 1, args[0].isObject, args[0].header.pointee.kind == .type else {
            throw raiseTypeError("mro() takes no arguments (\(count - 1) given)")
        }
        let mro = args[0].object(as: TypeObject.self).pointee.mro
        return newList(mro.tupleItems, count: mro.tupleCount)
    }
    // type.__subclasses__(): the direct subclasses, in the order they were made.
    defineMethod(rt.pointee.types.type, "__subclasses__") { args, count, _ throws(PyError) in
        guard count == 1, args[0].isObject, args[0].header.pointee.kind == .type else {
            throw raiseTypeError("__subclasses__() takes no arguments (\(count - 1) given)")
        }
        let subclasses = args[0].object(as: TypeObject.self).pointee.subclasses
        guard subclasses.isObject, let items = subclasses.object(as: ListObject.self).pointee.items else {
            return newList(capacity: 0)
        }
        return newList(items, count: subclasses.object(as: ListObject.self).pointee.count)
    }
    // slice.indices(length): (start, stop, step) for a sequence of that length.
    defineMethod(rt.pointee.types.slice, "indices") { args, count, _ throws(PyError) in
        guard count == 2 else { throw raiseTypeError("slice.indices() takes exactly one argument (\(count - 1) given)") }
        guard let length = try indexValue(args[1]) else {
            throw raiseTypeError("'\(typeName(args[1]))' object cannot be interpreted as an integer")
        }
        if length < 0 { throw raiseValueError("length should not be negative") }
        let bounds = try sliceBounds(args[0], length: length)
        return newTuple([newInt(bounds.start), newInt(bounds.stop), newInt(bounds.step)])
    }
    defineFunction(builtins, "sorted") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - keywordCount
        guard positional == 1 else { throw raiseTypeError("sorted expected 1 argument, got \(positional)") }
        let (key, reverse) = try sortArguments(args + 1, keywordCount, keywordNames)
        return try sortedList(args[0], key: key, reverse: reverse)
    }
}

// MARK: argument helpers

/// Checks a method call's shape (count excludes self) with CPython's messages:
/// "list.append() takes exactly one argument (2 given)", "pop expected at most 1 argument, got 2".
@inline(__always)
func checkMethodArguments(_ qualified: String, _ count: Int, _ keywordNames: Value, min: Int, max: Int) throws(PyError) {
    if !keywordNames.isNull && keywordNames.tupleCount > 0 {
        throw raiseTypeError("\(qualified)() takes no keyword arguments")
    }
    guard count < min || count > max else { return }
    let short = String(qualified.split(separator: ".").last ?? Substring(qualified))
    if min == max {
        if min == 0 { throw raiseTypeError("\(qualified)() takes no arguments (\(count) given)") }
        if min == 1 { throw raiseTypeError("\(qualified)() takes exactly one argument (\(count) given)") }
        throw raiseTypeError("\(short) expected \(min) arguments, got \(count)")
    }
    if count < min {
        throw raiseTypeError("\(short) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)")
    }
    throw raiseTypeError("\(short) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
}

// integerArgument (an index argument: ints and __index__ objects) is in StringBuiltins.swift.

/// A start/stop argument of index(): huge ints are clamped, as slice indices are.
func sliceIndexArgument(_ v: Value) throws(PyError) -> Int {
    if v.isObject && v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int {
        let b = v.bigIntValue
        return Int(exactly: b) ?? (b.sign == .minus ? Int.min : Int.max)
    }
    guard let n = try indexValue(v) else {
        throw raiseTypeError("slice indices must be integers or have an __index__ method")
    }
    return n
}

/// The [start, stop) window index() searches, clamped to `count`.
func searchWindow(_ args: UnsafeMutablePointer<Value>, _ count: Int, length: Int) throws(PyError) -> (Int, Int) {
    var start = 0, stop = Int.max
    if count >= 1 { start = try sliceIndexArgument(args[0]) }
    if count >= 2 { stop = try sliceIndexArgument(args[1]) }
    if start < 0 { start = max(0, start &+ length) }
    if stop < 0 { stop = max(0, stop &+ length) }
    return (start, stop)
}

/// key= and reverse= of list.sort and sorted (keyword-only).
private func sortArguments(_ keywordValues: UnsafeMutablePointer<Value>, _ keywordCount: Int, _ keywordNames: Value) throws(PyError) -> (Value, Bool) {
    var key = Value.none, reverse = false
    for k in 0..<keywordCount {
        let value = keywordValues[k]
        switch keywordNames.tupleItems[k].stringValue {
        case "key": key = value
        case "reverse": reverse = try integerArgument(value) != 0
        case let other: throw raiseTypeError("'\(other)' is an invalid keyword argument for sort()")
        }
    }
    return (key, reverse)
}

/// The shape check of a slot wrapper (`list.__len__`, `range.__getitem__`): "expected 1 argument, got 2".
@inline(__always)
func checkWrapperArguments(_ count: Int, _ keywordNames: Value, _ expected: Int) throws(PyError) {
    if !keywordNames.isNull && keywordNames.tupleCount > 0 {
        throw raiseTypeError("wrapper takes no keyword arguments")
    }
    if count != expected {
        throw raiseTypeError("expected \(expected) argument\(expected == 1 ? "" : "s"), got \(count)")
    }
}

private func list(_ v: Value) -> ListRef { v.object(as: ListObject.self) }
private func dict(_ v: Value) -> DictRef { v.object(as: DictObject.self) }
private func set(_ v: Value) -> SetRef { v.object(as: SetObject.self) }

// MARK: list

private func registerListMethods() {
    let type = rt.pointee.types.list
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        try checkPositional("list", count - 1, keywordNames, min: 0, max: 1)
        let l = list(args[0])
        l.pointee.items = nil
        l.pointee.count = 0
        l.pointee.capacity = 0
        if count == 2 { try listExtend(l, args[1]) }
        return .none
    }
    defineMethod(type, "append") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.append", count - 1, keywordNames, min: 1, max: 1)
        listAppend(list(args[0]), args[1])
        return .none
    }
    defineMethod(type, "extend") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.extend", count - 1, keywordNames, min: 1, max: 1)
        try listExtend(list(args[0]), args[1])
        return .none
    }
    defineMethod(type, "insert") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.insert", count - 1, keywordNames, min: 2, max: 2)
        let l = list(args[0])
        var index = try integerArgument(args[1])
        let n = l.pointee.count
        if index < 0 { index = max(0, index + n) }
        if index > n { index = n }
        listReserve(l, n + 1)
        let items = l.items
        (items + index + 1).update(from: items + index, count: n - index)
        items[index] = args[2]
        l.pointee.count = n + 1
        return .none
    }
    defineMethod(type, "pop") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.pop", count - 1, keywordNames, min: 0, max: 1)
        let l = list(args[0])
        var index = count == 2 ? try integerArgument(args[1]) : -1
        let n = l.pointee.count
        if n == 0 { throw raiseIndexError("pop from empty list") }
        if index < 0 { index += n }
        guard index >= 0 && index < n else { throw raiseIndexError("pop index out of range") }
        let item = l.items[index]
        listRemove(l, at: index)
        return item
    }
    defineMethod(type, "remove") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.remove", count - 1, keywordNames, min: 1, max: 1)
        let l = list(args[0])
        var i = 0
        while i < l.pointee.count {
            if try valuesEqual(l.items[i], args[1]) {
                if i < l.pointee.count { listRemove(l, at: i) }
                return .none
            }
            i += 1
        }
        throw raiseValueError("list.remove(x): x not in list")
    }
    defineMethod(type, "index") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.index", count - 1, keywordNames, min: 1, max: 3)
        let l = list(args[0])
        var (i, stop) = try searchWindow(args + 2, count - 2, length: l.pointee.count)
        while i < stop && i < l.pointee.count {
            if try valuesEqual(l.items[i], args[1]) { return newInt(i) }
            i += 1
        }
        throw raiseValueError("\(try reprOf(args[1]).stringValue) is not in list")
    }
    defineMethod(type, "count") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.count", count - 1, keywordNames, min: 1, max: 1)
        let l = list(args[0])
        var i = 0, found = 0
        while i < l.pointee.count {
            if try valuesEqual(l.items[i], args[1]) { found += 1 }
            i += 1
        }
        return newInt(found)
    }
    defineMethod(type, "sort") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        guard count - 1 - keywordCount == 0 else { throw raiseTypeError("sort() takes no positional arguments") }
        let (key, reverse) = try sortArguments(args + 1, keywordCount, keywordNames)
        try listSort(list(args[0]), key: key, reverse: reverse)
        return .none
    }
    defineMethod(type, "reverse") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.reverse", count - 1, keywordNames, min: 0, max: 0)
        let l = list(args[0])
        if l.pointee.count > 1 { reverseValues(l.items, l.pointee.count) }
        return .none
    }
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.copy", count - 1, keywordNames, min: 0, max: 0)
        let l = list(args[0])
        return l.pointee.count == 0 ? newList(capacity: 0) : newList(l.items, count: l.pointee.count)
    }
    defineMethod(type, "clear") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.clear", count - 1, keywordNames, min: 0, max: 0)
        let l = list(args[0])
        guard l.pointee.items != nil else { return .none }
        l.pointee.items = nil
        l.pointee.count = 0
        l.pointee.capacity = 0
        return .none
    }
    defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        return Value(bool: try sequenceContains(args[0], args[1]))
    }
    defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 0)
        return newInt(list(args[0]).pointee.count)
    }
    defineMethod(type, "__getitem__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("list.__getitem__", count - 1, keywordNames, min: 1, max: 1)
        return try builtinGetItem(args[0], args[1])
    }
    defineMethod(type, "__setitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 2)
        try builtinSetItem(args[0], args[1], args[2])
        return .none
    }
    defineMethod(type, "__delitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        try builtinDeleteItem(args[0], args[1])
        return .none
    }
    defineMethod(type, "__iadd__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        try listExtend(list(args[0]), args[1])
        return args[0]
    }
    defineMethod(type, "__reversed__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 0)
        return newSequenceIterator(rt.pointee.types.listReverseIterator, .listIterator, args[0],
                                   start: list(args[0]).pointee.count - 1)
    }
}

/// container[key] with the built-in behavior, for subclasses calling the base method.
private func builtinGetItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
    try withBuiltinType(container) { () throws(PyError) in try getItem(container, key) }
}

private func builtinSetItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
    try withBuiltinType(container) { () throws(PyError) in try setItem(container, key, value) }
}

private func builtinDeleteItem(_ container: Value, _ key: Value) throws(PyError) {
    try withBuiltinType(container) { () throws(PyError) in try deleteItem(container, key) }
}

/// Runs `body` with the object's type temporarily its built-in base (so that user overrides
/// of the operation are not called back: `list.__getitem__(self, i)` inside `__getitem__`).
private func withBuiltinType<R>(_ v: Value, _ body: () throws(PyError) -> R) throws(PyError) -> R {
    let type = v.header.pointee.type
    guard type.pointee.flags.contains(.heapType), let base = type.pointee.builtinBase else { return try body() }
    v.header.pointee.type = base
    defer { v.header.pointee.type = type }
    return try body()
}

// MARK: tuple

private func registerTupleMethods() {
    let type = rt.pointee.types.tuple
    defineMethod(type, "count") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("tuple.count", count - 1, keywordNames, min: 1, max: 1)
        let t = args[0]
        var found = 0
        for i in 0..<t.tupleCount where try valuesEqual(t.tupleItems[i], args[1]) { found += 1 }
        return newInt(found)
    }
    defineMethod(type, "index") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("tuple.index", count - 1, keywordNames, min: 1, max: 3)
        let t = args[0]
        var (i, stop) = try searchWindow(args + 2, count - 2, length: t.tupleCount)
        while i < stop && i < t.tupleCount {
            if try valuesEqual(t.tupleItems[i], args[1]) { return newInt(i) }
            i += 1
        }
        throw raiseValueError("tuple.index(x): x not in tuple")
    }
    defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        return Value(bool: try sequenceContains(args[0], args[1]))
    }
    defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 0)
        return newInt(args[0].tupleCount)
    }
    defineMethod(type, "__getitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        return try builtinGetItem(args[0], args[1])
    }
}

// MARK: dict

private func registerDictMethods() {
    let type = rt.pointee.types.dict
    defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - 1 - keywordCount
        guard positional <= 1 else { throw raiseTypeError("dict expected at most 1 argument, got \(positional)") }
        let d = dict(args[0])
        if positional == 1 { try dictUpdateFrom(d, args[1]) }
        for k in 0..<keywordCount {
            try dictSetItem(d, keywordNames.tupleItems[k], args[1 + positional + k])
        }
        return .none
    }
    defineMethod(type, "get") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.get", count - 1, keywordNames, min: 1, max: 2)
        if let v = try dictLookup(dict(args[0]), args[1]) { return v }
        return count == 3 ? args[2] : .none
    }
    defineMethod(type, "keys") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.keys", count - 1, keywordNames, min: 0, max: 0)
        return newDictView(args[0], rt.pointee.types.dictKeys)
    }
    defineMethod(type, "values") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.values", count - 1, keywordNames, min: 0, max: 0)
        return newDictView(args[0], rt.pointee.types.dictValues)
    }
    defineMethod(type, "items") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.items", count - 1, keywordNames, min: 0, max: 0)
        return newDictView(args[0], rt.pointee.types.dictItems)
    }
    defineMethod(type, "pop") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.pop", count - 1, keywordNames, min: 1, max: 2)
        let d = dict(args[0])
        if d.pointee.count == 0 {
            if count == 3 { return args[2] }
            throw raiseKeyError(args[1])
        }
        if let v = try dictDelete(d, args[1]) { return v }
        if count == 3 { return args[2] }
        throw raiseKeyError(args[1])
    }
    defineMethod(type, "popitem") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.popitem", count - 1, keywordNames, min: 0, max: 0)
        guard let (key, value) = dictPopLast(dict(args[0])) else {
            throw raise(rt.pointee.types.KeyError, "popitem(): dictionary is empty")
        }
        return newPair(key, value)
    }
    defineMethod(type, "setdefault") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.setdefault", count - 1, keywordNames, min: 1, max: 2)
        let d = dict(args[0])
        let hash = try hashValue(args[1])
        if let v = try dictLookup(d, args[1], hash) { return v }
        let value = count == 3 ? args[2] : Value.none
        try dictSetItem(d, args[1], hash, value)
        return value
    }
    defineMethod(type, "update") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - 1 - keywordCount
        guard positional <= 1 else { throw raiseTypeError("update expected at most 1 argument, got \(positional)") }
        let d = dict(args[0])
        if positional == 1 { try dictUpdateFrom(d, args[1]) }
        for k in 0..<keywordCount {
            try dictSetItem(d, keywordNames.tupleItems[k], args[1 + positional + k])
        }
        return .none
    }
    defineMethod(type, "copy") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.copy", count - 1, keywordNames, min: 0, max: 0)
        return try copyDict(args[0])
    }
    defineMethod(type, "clear") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.clear", count - 1, keywordNames, min: 0, max: 0)
        dictClear(dict(args[0]))
        return .none
    }
    defineMethod(type, "fromkeys", classMethod: true) { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.fromkeys", count - 1, keywordNames, min: 1, max: 2)
        let cls = args[0]
        let value = count == 3 ? args[2] : Value.none
        let result = cls.bits == Value(rt.pointee.types.dict).bits ? newDict() : try call(cls)
        if result.isObject && result.header.pointee.type == rt.pointee.types.dict {
            let d = dict(result)
            if isAnySet(args[1]) {
                try setForEachEntry(set(args[1])) { key, hash throws(PyError) in try dictSetItem(d, key, hash, value) }
                return result
            }
            if args[1].isObject && args[1].header.pointee.type == rt.pointee.types.dict {
                // Keys with their stored hashes, as CPython's fast path does.
                let source = dict(args[1])
                var i = 0
                while let entries = source.pointee.entries, i < source.pointee.entriesUsed {
                    let entry = entries[i]
                    i += 1
                    if !entry.key.isNull { try dictSetItem(d, entry.key, entry.hash, value) }
                }
                return result
            }
            try forEachItem(args[1]) { key throws(PyError) in try dictSetItem(d, key, value) }
            return result
        }
        try forEachItem(args[1]) { key throws(PyError) in try setItem(result, key, value) }
        return result
    }
    defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.__contains__", count - 1, keywordNames, min: 1, max: 1)
        return Value(bool: try dictLookup(dict(args[0]), args[1]) != nil)
    }
    defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 0)
        return newInt(dict(args[0]).pointee.count)
    }
    defineMethod(type, "__getitem__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.__getitem__", count - 1, keywordNames, min: 1, max: 1)
        if let v = try dictLookup(dict(args[0]), args[1]) { return v }
        let type = args[0].header.pointee.type
        if type.pointee.flags.contains(.heapType), let missing = lookupInType(type, internString("__missing__")) {
            return try call(missing, args[0], args[1])
        }
        throw raiseKeyError(args[1])
    }
    defineMethod(type, "__setitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 2)
        try dictSetItem(dict(args[0]), args[1], args[2])
        return .none
    }
    defineMethod(type, "__delitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        if try dictDelete(dict(args[0]), args[1]) == nil { throw raiseKeyError(args[1]) }
        return .none
    }
    defineMethod(type, "__reversed__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("dict.__reversed__", count - 1, keywordNames, min: 0, max: 0)
        return try reversedDictIterator(args[0], view: .keys)
    }
}

/// reversed(d), reversed(d.keys()/values()/items()): a snapshot of the view, last item first.
func reversedDictIterator(_ dictValue: Value, view: DictIteratorView) throws(PyError) -> Value {
    let d = dict(dictValue)
    let items = newList(capacity: d.pointee.count)
    let l = list(items)
    var i = d.pointee.entriesUsed - 1
    while i >= 0, let entries = d.pointee.entries {
        let entry = entries[i]
        i -= 1
        if entry.key.isNull { continue }
        switch view {
        case .keys: listAppend(l, entry.key)
        case .values: listAppend(l, entry.value)
        case .items: listAppend(l, newPair(entry.key, entry.value))
        }
    }
    return newSequenceIterator(rt.pointee.types.listIterator, .listIterator, items)
}

private func registerDictViewMethods() {
    for type in [rt.pointee.types.dictKeys, rt.pointee.types.dictItems] {
        defineMethod(type, "isdisjoint") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(typeName(args[0])).isdisjoint", count - 1, keywordNames, min: 1, max: 1)
            let iterator = try getIterator(args[1])
            while let item = try iteratorNext(iterator) {
                if try dictViewContains(args[0], item) { return .false }
            }
            return .true
        }
    }
    for type in [rt.pointee.types.dictKeys, rt.pointee.types.dictValues, rt.pointee.types.dictItems] {
        defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
            try checkWrapperArguments(count - 1, keywordNames, 0)
            return newInt(dict(viewDict(args[0])).pointee.count)
        }
        defineMethod(type, "__reversed__") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(typeName(args[0])).__reversed__", count - 1, keywordNames, min: 0, max: 0)
            return try reversedDictView(args[0])
        }
    }
}

/// reversed() of a dict view.
func reversedDictView(_ view: Value) throws(PyError) -> Value {
    let type = view.header.pointee.type
    let kind: DictIteratorView = type == rt.pointee.types.dictKeys ? .keys : type == rt.pointee.types.dictValues ? .values : .items
    return try reversedDictIterator(viewDict(view), view: kind)
}

// MARK: set and frozenset

private func registerSetMethods() {
    let setType = rt.pointee.types.set, frozenType = rt.pointee.types.frozenset
    defineMethod(setType, "__init__") { args, count, keywordNames throws(PyError) in
        try checkPositional("set", count - 1, keywordNames, min: 0, max: 1)
        let s = set(args[0])
        if s.pointee.fill > 0 { setClear(s) }
        if count == 2 { try setUpdate(s, args[1]) }
        return .none
    }
    defineMethod(setType, "add") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.add", count - 1, keywordNames, min: 1, max: 1)
        try setAdd(set(args[0]), args[1])
        return .none
    }
    defineMethod(setType, "discard") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.discard", count - 1, keywordNames, min: 1, max: 1)
        _ = try setDiscardKey(set(args[0]), args[1])
        return .none
    }
    defineMethod(setType, "remove") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.remove", count - 1, keywordNames, min: 1, max: 1)
        if !(try setDiscardKey(set(args[0]), args[1])) { throw raiseKeyError(args[1]) }
        return .none
    }
    defineMethod(setType, "pop") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.pop", count - 1, keywordNames, min: 0, max: 0)
        return try setPop(set(args[0]))
    }
    defineMethod(setType, "clear") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.clear", count - 1, keywordNames, min: 0, max: 0)
        setClear(set(args[0]))
        return .none
    }
    defineMethod(setType, "update") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.update", count - 1, keywordNames, min: 0, max: Int.max)
        for i in 1..<max(count, 1) { try setUpdate(set(args[0]), args[i]) }
        return .none
    }
    defineMethod(setType, "intersection_update") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.intersection_update", count - 1, keywordNames, min: 0, max: Int.max)
        let result = try setIntersectionMulti(args[0], args + 1, count - 1)
        setTakeBody(set(args[0]), result)
        return .none
    }
    defineMethod(setType, "difference_update") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.difference_update", count - 1, keywordNames, min: 0, max: Int.max)
        for i in 1..<max(count, 1) { try setDifferenceUpdate(args[0], args[i]) }
        return .none
    }
    defineMethod(setType, "symmetric_difference_update") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.symmetric_difference_update", count - 1, keywordNames, min: 1, max: 1)
        try setSymmetricDifferenceUpdate(args[0], args[1])
        return .none
    }
    defineMethod(setType, "copy") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("set.copy", count - 1, keywordNames, min: 0, max: 0)
        return try setCopy(args[0])
    }
    defineMethod(frozenType, "copy") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("frozenset.copy", count - 1, keywordNames, min: 0, max: 0)
        if args[0].header.pointee.type == rt.pointee.types.frozenset { return args[0] }
        return try setCopy(args[0])
    }
    for type in [setType, frozenType] {
        defineMethod(type, "union") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).union", count - 1, keywordNames, min: 0, max: Int.max)
            return try setUnion(args[0], args + 1, count - 1)
        }
        defineMethod(type, "intersection") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).intersection", count - 1, keywordNames, min: 0, max: Int.max)
            return try setIntersectionMulti(args[0], args + 1, count - 1)
        }
        defineMethod(type, "difference") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).difference", count - 1, keywordNames, min: 0, max: Int.max)
            return try setDifferenceMulti(args[0], args + 1, count - 1)
        }
        defineMethod(type, "symmetric_difference") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).symmetric_difference", count - 1, keywordNames, min: 1, max: 1)
            return try setSymmetricDifference(args[0], args[1])
        }
        defineMethod(type, "issubset") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).issubset", count - 1, keywordNames, min: 1, max: 1)
            return Value(bool: try setIsSubsetOf(args[0], args[1]))
        }
        defineMethod(type, "issuperset") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).issuperset", count - 1, keywordNames, min: 1, max: 1)
            return Value(bool: try setIsSupersetOf(args[0], args[1]))
        }
        defineMethod(type, "isdisjoint") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).isdisjoint", count - 1, keywordNames, min: 1, max: 1)
            return Value(bool: try setIsDisjoint(args[0], args[1]))
        }
        defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
            try checkMethodArguments("\(setTypeName(args[0])).__contains__", count - 1, keywordNames, min: 1, max: 1)
            return Value(bool: try setContainsKey(set(args[0]), args[1]))
        }
        defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
            try checkWrapperArguments(count - 1, keywordNames, 0)
            return newInt(set(args[0]).pointee.used)
        }
    }
}

/// "set" or "frozenset", for messages of methods both types share.
private func setTypeName(_ v: Value) -> String {
    v.isObject && v.header.pointee.kind == .frozenset ? "frozenset" : "set"
}

// MARK: range

private func registerRangeMethods() {
    let type = rt.pointee.types.range
    defineMethod(type, "count") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("range.count", count - 1, keywordNames, min: 1, max: 1)
        if let n = rangeIntOperand(args[1]) { return newInt(rangeIndex(args[0], n) != nil ? 1 : 0) }
        let length = args[0].object(as: RangeObject.self).pointee.count
        var found = 0, i = 0
        while i < length {
            if try valuesEqual(rangeElementValue(args[0], i), args[1]) { found += 1 }
            i += 1
        }
        return newInt(found)
    }
    defineMethod(type, "index") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("range.index", count - 1, keywordNames, min: 1, max: 1)
        if let n = rangeIntOperand(args[1]) {
            if let index = rangeIndex(args[0], n) { return newInt(index) }
            throw raiseValueError("\(try reprOf(args[1]).stringValue) is not in range")
        }
        let length = args[0].object(as: RangeObject.self).pointee.count
        var i = 0
        while i < length {
            if try valuesEqual(rangeElementValue(args[0], i), args[1]) { return newInt(i) }
            i += 1
        }
        throw raiseValueError("sequence.index(x): x not in sequence")
    }
    defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        return Value(bool: try rangeContains(args[0], args[1]))
    }
    defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 0)
        return newInt(try rangeCount(args[0]))
    }
    defineMethod(type, "__getitem__") { args, count, keywordNames throws(PyError) in
        try checkWrapperArguments(count - 1, keywordNames, 1)
        return try rangeItem(args[0], args[1])
    }
}

// MARK: __new__ of the immutable containers

/// tuple.__new__ and frozenset.__new__ (static methods), for subclasses that build their value
/// in `__new__` through `super().__new__(cls, iterable)`. (list, dict and set are filled by
/// __init__, so their construction needs no __new__.)
private func registerImmutableNew() {
    let scratch = newDict()
    let tupleNew = defineFunction(scratch, "__new__") { args, count, keywordNames throws(PyError) in
        guard count >= 1 else { throw raiseTypeError("tuple.__new__(): not enough arguments") }
        let cls = try subtypeArgument(args[0], of: rt.pointee.types.tuple, "tuple")
        try checkPositional("tuple", count - 1, keywordNames, min: 0, max: 1)
        let source = count == 2 ? try tupleFromIterable(args[1]) : newTuple([])
        if cls == rt.pointee.types.tuple { return source }
        if source.tupleCount == 0 {
            // Not the shared empty tuple, which must keep its type.
            return Value(object: rt.pointee.heap.allocate(size: TupleObject.itemsOffset, kind: .tuple, type: cls))
        }
        let result = newTuple(source.tupleItems, count: source.tupleCount)
        result.header.pointee.type = cls
        return result
    }
    defineTypeAttribute(rt.pointee.types.tuple, "__new__", newMethodWrapper(tupleNew, kind: .staticMethod))
    let frozensetNew = defineFunction(scratch, "__new__") { args, count, keywordNames throws(PyError) in
        guard count >= 1 else { throw raiseTypeError("frozenset.__new__(): not enough arguments") }
        let cls = try subtypeArgument(args[0], of: rt.pointee.types.frozenset, "frozenset")
        try checkPositional("frozenset", count - 1, keywordNames, min: 0, max: 1)
        if cls == rt.pointee.types.frozenset, count == 2, args[1].isObject,
           args[1].header.pointee.type == rt.pointee.types.frozenset { return args[1] }
        let result = makeSet(type: cls, kind: .frozenset)
        if count == 2 { try setUpdate(result.object(as: SetObject.self), args[1]) }
        return result
    }
    defineTypeAttribute(rt.pointee.types.frozenset, "__new__", newMethodWrapper(frozensetNew, kind: .staticMethod))
}

/// The `cls` argument of a __new__: a subtype of `base`.
private func subtypeArgument(_ v: Value, of base: TypeRef, _ name: String) throws(PyError) -> TypeRef {
    guard v.isObject, v.header.pointee.kind == .type else {
        throw raiseTypeError("\(name).__new__(X): X is not a type object (\(typeName(v)))")
    }
    let type = v.object(as: TypeObject.self)
    guard isSubtype(type, of: base) else {
        throw raiseTypeError("\(name).__new__(\(type.pointee.name.stringValue)): \(type.pointee.name.stringValue) is not a subtype of \(name)")
    }
    return type
}
