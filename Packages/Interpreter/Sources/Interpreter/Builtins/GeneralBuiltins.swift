import Bytecode
import Runtime

/// min, max, sum, any, all, vars, dir, locals and the other general built-in functions;
/// generator and exception methods; the built-ins outside Hotpath's subset (eval, exec, open...).
func registerGeneralBuiltins(_ builtins: Value) {
    registerGeneratorMethods()
    registerExceptionMethods()
    registerExceptionConstructors()
    dictSetString(builtins.object(as: DictObject.self), internString("EnvironmentError"), Value(rt.pointee.types.OSError))
    dictSetString(builtins.object(as: DictObject.self), internString("IOError"), Value(rt.pointee.types.OSError))
    defer {
        // CPython 3.11 counts calls of its METH_O, METH_NOARGS and METH_VARARGS built-ins toward
        // the recursion limit even from quickened code (see builtinCountsWhenWarm).
        for name in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "dir", "globals", "hash", "hex", "id",
                     "locals", "max", "min", "oct", "ord", "print", "repr", "vars"] {
            if let f = dictLookupString(builtins.object(as: DictObject.self), internString(name)), f.isObject,
               f.header.pointee.kind == .builtinFunction {
                f.header.pointee.flags |= builtinCountsWhenWarm
            }
        }
    }

    defineFunction(builtins, "max") { args, count, keywordNames throws(PyError) in
        try minMax(args, count, keywordNames, isMax: true)
    }
    defineFunction(builtins, "min") { args, count, keywordNames throws(PyError) in
        try minMax(args, count, keywordNames, isMax: false)
    }
    defineFunction(builtins, "sum") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - keywordCount
        if count > 2 { throw raiseTypeError("sum() takes at most 2 arguments (\(count) given)") }
        if positional < 1 { throw raiseTypeError("sum() takes at least 1 positional argument (\(positional) given)") }
        var start = positional == 2 ? args[1] : Value.null
        for k in 0..<keywordCount {
            let name = keywordNames.tupleItems[k].stringValue
            guard name == "start" else { throw raiseTypeError("'\(name)' is an invalid keyword argument for sum()") }
            start = args[positional + k]
        }
        return try sum(args[0], start: start)
    }
    defineFunction(builtins, "any") { args, count, keywordNames throws(PyError) in
        try checkPositional("any", count, keywordNames, min: 1, max: 1)
        var items = try ItemCursor(args[0])
        while let item = try items.next() {
            if try isTruthy(item) { return .true }
        }
        return .false
    }
    defineFunction(builtins, "all") { args, count, keywordNames throws(PyError) in
        try checkPositional("all", count, keywordNames, min: 1, max: 1)
        var items = try ItemCursor(args[0])
        while let item = try items.next() {
            if !(try isTruthy(item)) { return .false }
        }
        return .true
    }
    defineFunction(builtins, "vars") { args, count, keywordNames throws(PyError) in
        try checkPositional("vars", count, keywordNames, min: 0, max: 1)
        if count == 0 { return try currentLocals() }
        do throws(PyError) {
            return try getAttribute(args[0], internString("__dict__"))
        } catch {
            guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
            _ = takeCurrentException()
            throw raiseTypeError("vars() argument must have __dict__ attribute")
        }
    }
    defineFunction(builtins, "locals") { args, count, keywordNames throws(PyError) in
        try checkPositional("locals", count, keywordNames, min: 0, max: 0)
        return try currentLocals()
    }
    defineFunction(builtins, "dir") { args, count, keywordNames throws(PyError) in
        try checkPositional("dir", count, keywordNames, min: 0, max: 1)
        // object.__dir__ through a method call and the sorting: three more levels in CPython.
        try withRecursionCheck(" while calling a Python object") { () throws(PyError) in
            try withRecursionCheck(" while calling a Python object") { () throws(PyError) in
                try checkRecursionHeadroom(" while calling a Python object")
            }
        }
        if count == 0 {
            let names = try listFromIterable(try currentLocals())
            try sortStringList(names)
            return names
        }
        return try directory(args[0])
    }
    defineFunction(builtins, "exit") { args, count, keywordNames throws(PyError) in
        try quit(args, count, keywordNames)
    }
    defineFunction(builtins, "quit") { args, count, keywordNames throws(PyError) in
        try quit(args, count, keywordNames)
    }
    // Valid Python outside the supported subset.
    defineFunction(builtins, "eval") { _, _, _ throws(PyError) in throw raiseUnsupported("eval()") }
    defineFunction(builtins, "exec") { _, _, _ throws(PyError) in throw raiseUnsupported("exec()") }
    defineFunction(builtins, "compile") { _, _, _ throws(PyError) in throw raiseUnsupported("compile()") }
    defineFunction(builtins, "open") { _, _, _ throws(PyError) in throw raiseUnsupported("open()") }
    defineFunction(builtins, "input") { _, _, _ throws(PyError) in throw raiseUnsupported("input()") }
    defineFunction(builtins, "breakpoint") { _, _, _ throws(PyError) in throw raiseUnsupported("breakpoint()") }
    defineFunction(builtins, "help") { _, _, _ throws(PyError) in throw raiseUnsupported("help()") }
    defineFunction(builtins, "__import__") { _, _, _ throws(PyError) in throw raiseUnsupported("__import__()") }
    defineFunction(builtins, "aiter") { _, _, _ throws(PyError) in throw raiseUnsupported("aiter()") }
    defineFunction(builtins, "anext") { _, _, _ throws(PyError) in throw raiseUnsupported("anext()") }
    defineFunction(builtins, "memoryview") { _, _, _ throws(PyError) in throw raiseUnsupported("memoryview()") }
}

/// exit(code=None) / quit(code=None): what site's Quitter does.
private func quit(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let bound = try bindBuiltinArguments("__call__", args, count, keywordNames, names: ["code"], required: 0)
    let code = bound.optional(0) ?? Value.none
    throw raise(newException(rt.pointee.types.SystemExit, args: newTuple([code])))
}

// MARK: recursion

/// Header flag of built-in functions whose calls count toward the recursion limit even from
/// quickened code (CPython 3.11's METH_O, METH_NOARGS and METH_VARARGS built-ins); the others
/// count only from code CPython has not quickened yet (cfunction_enter_call). The call sites in
/// the eval loop do the counting.
let builtinCountsWhenWarm: UInt16 = 1

/// Raises RecursionError when code one level deeper could not run (for operations CPython
/// counts but that cannot recurse here).
@inline(__always)
func checkRecursionHeadroom(_ context: StaticString) throws(PyError) {
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded\(context)")
    }
}

/// Runs `body` one level deeper, as CPython's _Py_EnterRecursiveCall does around C code that
/// may recurse (repr, str, comparisons, calls through tp_call): RecursionError "maximum
/// recursion depth exceeded<where>" past the limit or when the native stack runs low.
@inline(__always)
func withRecursionCheck<R>(_ context: StaticString, _ body: () throws(PyError) -> R) throws(PyError) -> R {
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit || nativeStackExhausted() {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded\(context)")
    }
    rt.pointee.recursionDepth += 1
    defer { rt.pointee.recursionDepth -= 1 }
    return try body()
}

/// A call through CPython's cfunction_enter_call / tp_call: one recursion level deeper. A plain
/// function, not a closure in the eval loop (Swift 6.3.1 -O miscompiled the loop with the
/// closure: a method descriptor's call saw its receiver as the callable).
@inline(never)
func callObjectOneLevelDeeper(_ callable: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit || nativeStackExhausted() {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded while calling a Python object")
    }
    rt.pointee.recursionDepth += 1
    defer { rt.pointee.recursionDepth -= 1 }
    return try callObject(callable, args, count, keywordNames)
}

// MARK: iteration without allocation

/// Walks the items of an iterable: lists and tuples by index, ranges by arithmetic (no
/// allocation per item), anything else through its iterator. Lives on the stack, where the
/// collector sees the values it holds.
struct ItemCursor {
    enum Mode { case list, tuple, range, iterator }
    var mode: Mode
    var source: Value
    var index = 0
    var step = 0
    var remaining = 0

    init(_ iterable: Value) throws(PyError) {
        source = iterable
        if iterable.isObject {
            let type = iterable.header.pointee.type
            if type == rt.pointee.types.list { mode = .list; return }
            if type == rt.pointee.types.tuple { mode = .tuple; return }
            if type == rt.pointee.types.range {
                let range = iterable.object(as: RangeObject.self)
                mode = .range
                index = range.pointee.start
                step = range.pointee.step
                remaining = range.pointee.count
                return
            }
        }
        mode = .iterator
        source = try getIterator(iterable)
    }

    @inline(__always)
    mutating func next() throws(PyError) -> Value? {
        switch mode {
        case .list:
            let list = source.object(as: ListObject.self)
            guard index < list.pointee.count else { return nil }
            index += 1
            return list.items[index - 1]
        case .tuple:
            guard index < source.tupleCount else { return nil }
            index += 1
            return source.tupleItems[index - 1]
        case .range:
            guard remaining > 0 else { return nil }
            let value = index
            index = index &+ step
            remaining -= 1
            return newInt(value)
        case .iterator:
            return try iteratorNext(source)
        }
    }
}

// MARK: min, max, sum

/// `a op b` for min/max: op 0 is <, 4 is >. (PyObject_RichCompareBool counts one level.)
@inline(__always)
private func orderedBefore(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Bool {
    try checkRecursionHeadroom(" in comparison")
    if Value.bothSmallInts(a, b) { return op == 0 ? a.smallInt < b.smallInt : a.smallInt > b.smallInt }
    if Value.bothFloats(a, b) { return op == 0 ? a.float < b.float : a.float > b.float }
    return try compareBool(a, b, op)
}

/// CPython's min_max: one iterable or several arguments, key=, default=.
private func minMax(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value, isMax: Bool) throws(PyError) -> Value {
    let name = isMax ? "max" : "min"
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positional = count - keywordCount
    if positional == 0 { throw raiseTypeError("\(name) expected at least 1 argument, got 0") }
    var key = Value.null, defaultValue = Value.null
    for k in 0..<keywordCount {
        let keyword = keywordNames.tupleItems[k].stringValue
        switch keyword {
        case "key": key = args[positional + k]
        case "default": defaultValue = args[positional + k]
        default: throw raiseTypeError("'\(keyword)' is an invalid keyword argument for \(name)()")
        }
    }
    if positional > 1 && !defaultValue.isNull {
        throw raiseTypeError("Cannot specify a default for \(name)() with multiple positional arguments")
    }
    if key.isNone { key = .null }
    let op = isMax ? 4 : 0
    var bestItem = Value.null, bestKey = Value.null
    if positional > 1 {
        for i in 0..<positional {
            let item = args[i]
            let k = key.isNull ? item : try call(key, item)
            let better = bestKey.isNull ? true : try orderedBefore(k, bestKey, op)
            if better { bestItem = item; bestKey = k }
        }
        return bestItem
    }
    var items = try ItemCursor(args[0])
    while let item = try items.next() {
        let k = key.isNull ? item : try call(key, item)
        let better = bestKey.isNull ? true : try orderedBefore(k, bestKey, op)
            if better { bestItem = item; bestKey = k }
    }
    if bestItem.isNull {
        if !defaultValue.isNull { return defaultValue }
        throw raiseValueError("\(name)() arg is an empty sequence")
    }
    return bestItem
}

/// An int that fits a C long, as PyLong_AsLongAndOverflow sees it (bool included), or nil.
@inline(__always)
private func longValue(_ v: Value) -> Int? {
    if v.isSmallInt { return v.smallInt }
    if v.bits == Value.true.bits { return 1 }
    if v.bits == Value.false.bits { return 0 }
    if v.isObject && v.header.pointee.kind == .bigInt && isSubtype(v.header.pointee.type, of: rt.pointee.types.int) {
        return Int(exactly: v.bigIntValue)
    }
    return nil
}

@inline(__always)
private func isExactInt(_ v: Value) -> Bool {
    v.isSmallInt || (v.isObject && v.header.pointee.type == rt.pointee.types.int)
}

/// sum(iterable, start=0) with CPython 3.11's fast paths: a C long accumulator while the items
/// are ints, a double while they are floats (plain left-to-right addition), else `+`.
func sum(_ iterable: Value, start: Value) throws(PyError) -> Value {
    var result = start.isNull ? Value(smallInt: 0) : start
    if isStrValue(result) { throw raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]") }
    if result.isObject && result.header.pointee.kind == .bytes {
        throw raiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]")
    }
    var items = try ItemCursor(iterable)
    if isExactInt(result), var accumulator = longValue(result) {
        while true {
            guard let item = try items.next() else { return newInt(accumulator) }
            if isExactInt(item) || item.isBool, let b = longValue(item) {
                let (total, overflow) = accumulator.addingReportingOverflow(b)
                if !overflow { accumulator = total; continue }
            }
            result = try binaryOperation(BinaryOperator.add.rawValue, newInt(accumulator), item)
            break
        }
    }
    if result.isFloat {
        var accumulator = result.float
        while true {
            guard let item = try items.next() else { return Value(float: accumulator) }
            if item.isFloat { accumulator += item.float; continue }
            if let n = longValue(item) { accumulator += Double(n); continue }
            result = try binaryOperation(BinaryOperator.add.rawValue, Value(float: accumulator), item)
            break
        }
    }
    while let item = try items.next() {
        result = try binaryOperation(BinaryOperator.add.rawValue, result, item)
    }
    return result
}

// MARK: locals, vars, dir

/// locals(): the namespace of module and class bodies, a snapshot dict of a function's
/// variables (cells dereferenced, unbound ones left out).
func currentLocals() throws(PyError) -> Value {
    guard let frame = rt.pointee.currentFrame else { return newDict() }
    if frame.pointee.locals.isObject { return frame.pointee.locals }
    let code = frame.pointee.code
    let dict = newDict()
    let names = code.pointee.localNames
    let locals = Frame.localsPlus(frame)
    for i in 0..<Int(code.pointee.localsPlusCount) {
        var value = locals[i]
        let kind = code.pointee.localKinds[i]
        if kind & (LocalKind.cell.rawValue | LocalKind.free.rawValue) != 0,
           value.isObject, value.header.pointee.kind == .cell {
            value = value.object(as: CellObject.self).pointee.value
        }
        if value.isNull { continue }
        try dictSetItem(dict.object(as: DictObject.self), names.tupleItems[i], value)
    }
    return dict
}

/// Sorts a list of str in place (dir() results).
func sortStringList(_ list: Value) throws(PyError) {
    let l = list.object(as: ListObject.self)
    let n = l.pointee.count
    guard n > 1 else { return }
    for i in 1..<n {
        let item = l.items[i]
        var j = i - 1
        while j >= 0 {
            let other = l.items[j]
            let before: Bool
            if other.isStr && item.isStr {
                before = compareStrings(item.object(as: StrObject.self), other.object(as: StrObject.self)) < 0
            } else {
                before = try compareBool(item, other, 0)
            }
            if !before { break }
            l.items[j + 1] = other
            j -= 1
        }
        l.items[j + 1] = item
    }
}

/// dir(obj): the sorted attribute names of a module, a class (its MRO's) or an instance (its
/// own and its class's), with CPython's names for the built-in types.
func directory(_ obj: Value) throws(PyError) -> Value {
    let type = typeOf(obj)
    if type.pointee.flags.contains(.heapType), let method = lookupInType(type, internString("__dir__")),
       method.isObject, method.header.pointee.kind == .function {
        let result = try listFromIterable(try call(method, obj))
        try sortStringList(result)
        return result
    }
    let names = newSet()
    let set = names.object(as: SetObject.self)
    if obj.isObject && obj.header.pointee.kind == .module {
        let dict = obj.object(as: ModuleObject.self).pointee.dict
        try dictForEach(dict.object(as: DictObject.self)) { key, _ throws(PyError) in try setAdd(set, key) }
    } else if obj.isObject && obj.header.pointee.kind == .type {
        try addClassNames(obj.object(as: TypeObject.self), set)
    } else {
        if let dict = instanceDict(obj) {
            try dictForEach(dict) { key, _ throws(PyError) in try setAdd(set, key) }
        }
        if obj.isObject && obj.header.pointee.kind == .instance && !obj.object(as: InstanceObject.self).pointee.shape.isNull {
            // Shaped attributes: the __dict__ view lists them.
            if let dict = ensureInstanceDictForDir(obj) {
                try dictForEach(dict) { key, _ throws(PyError) in try setAdd(set, key) }
            }
        }
        try addClassNames(type, set)
    }
    let result = try listFromIterable(names)
    try sortStringList(result)
    return result
}

/// The attribute dict of an instance whose attributes may live in shape slots.
private func ensureInstanceDictForDir(_ obj: Value) -> DictRef? {
    guard let value = try? getAttribute(obj, internString("__dict__")), value.isObject,
          value.header.pointee.kind == .dict else {
        _ = takeCurrentException()
        return nil
    }
    return value.object(as: DictObject.self)
}

/// The names every class along the MRO of `type` defines.
private func addClassNames(_ type: TypeRef, _ set: UnsafeMutablePointer<SetObject>) throws(PyError) {
    let mro = type.pointee.mro
    for i in 0..<mro.tupleCount {
        let t = mro.tupleItems[i].object(as: TypeObject.self)
        try dictForEach(t.pointee.dict.object(as: DictObject.self)) { key, _ throws(PyError) in try setAdd(set, key) }
        if t.pointee.flags.contains(.heapType) {
            if t.pointee.slotNames.isNull {
                try setAdd(set, internString("__dict__"))
                try setAdd(set, internString("__weakref__"))
            } else {
                let slots = t.pointee.slotNames
                for j in 0..<slots.tupleCount { try setAdd(set, slots.tupleItems[j]) }
            }
            try setAdd(set, internString("__module__"))
            try setAdd(set, internString("__doc__"))
        } else if let extra = builtinDirectoryNames[t.pointee.name.stringValue] {
            for name in extra { try setAdd(set, internString(name)) }
        }
    }
}

/// Attribute names CPython's built-in types have beyond what Hotpath stores in their dicts
/// (slots and descriptors implemented in C), from CPython 3.11's dir().
private let objectDirectoryNames = [
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
]

private let builtinDirectoryNames: [String: [String]] = [
    "object": objectDirectoryNames,
    "BaseException": ["__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__", "__traceback__",
                      "add_note", "args", "with_traceback"],
    "StopIteration": ["value"],
    "SystemExit": ["code"],
    "NameError": ["name"],
    "AttributeError": ["name", "obj"],
    "ImportError": ["msg", "name", "path"],
    "int": ["__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__divmod__", "__float__", "__floor__",
            "__floordiv__", "__getnewargs__", "__index__", "__int__", "__invert__", "__lshift__", "__mod__", "__mul__",
            "__neg__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__rfloordiv__",
            "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__",
            "__rsub__", "__rtruediv__", "__rxor__", "__sub__", "__truediv__", "__trunc__", "__xor__",
            "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
            "numerator", "real", "to_bytes"],
    "float": ["__abs__", "__add__", "__bool__", "__ceil__", "__divmod__", "__float__", "__floor__", "__floordiv__",
              "__getformat__", "__getnewargs__", "__int__", "__mod__", "__mul__", "__neg__", "__pos__", "__pow__",
              "__radd__", "__rdivmod__", "__rfloordiv__", "__rmod__", "__rmul__", "__round__", "__rpow__", "__rsub__",
              "__rtruediv__", "__sub__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate", "fromhex",
              "hex", "imag", "is_integer", "real"],
    "str": ["__add__", "__contains__", "__getitem__", "__getnewargs__", "__iter__", "__len__", "__mod__", "__mul__",
            "__rmod__", "__rmul__", "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
            "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
            "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust",
            "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind",
            "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
            "swapcase", "title", "translate", "upper", "zfill"],
    "list": ["__add__", "__class_getitem__", "__contains__", "__delitem__", "__getitem__", "__iadd__", "__imul__",
             "__iter__", "__len__", "__mul__", "__reversed__", "__rmul__", "__setitem__", "append", "clear", "copy",
             "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "tuple": ["__add__", "__class_getitem__", "__contains__", "__getitem__", "__getnewargs__", "__iter__", "__len__",
              "__mul__", "__rmul__", "count", "index"],
    "dict": ["__class_getitem__", "__contains__", "__delitem__", "__getitem__", "__ior__", "__iter__", "__len__",
             "__or__", "__reversed__", "__ror__", "__setitem__", "clear", "copy", "fromkeys", "get", "items", "keys",
             "pop", "popitem", "setdefault", "update", "values"],
    "set": ["__and__", "__class_getitem__", "__contains__", "__iand__", "__ior__", "__isub__", "__iter__",
            "__ixor__", "__len__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__",
            "add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
            "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
            "symmetric_difference_update", "union", "update"],
    "frozenset": ["__and__", "__class_getitem__", "__contains__", "__iter__", "__len__", "__or__", "__rand__",
                  "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__", "copy", "difference", "intersection",
                  "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"],
    "bool": [],
    "NoneType": ["__bool__"],
]
