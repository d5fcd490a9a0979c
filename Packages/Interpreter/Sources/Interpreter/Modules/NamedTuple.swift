import Runtime

/// collections.namedtuple: a heap class deriving from tuple, made the way CPython's
/// namedtuple() makes it. `__new__` is a Python function with the field names as parameters
/// (so argument errors are CPython's "P.__new__() missing 1 required positional argument:
/// 'y'"), fields are properties reading the tuple, `__repr__` is "P(x=1, y=2)". The same
/// builder makes the struct sequences of the sys module (sys.version_info, sys.float_info).

/// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None).
func namedTupleFunction(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let bound = try bindBuiltinArguments("namedtuple", args, count, keywordNames,
                                         names: ["typename", "field_names", "rename", "defaults", "module"],
                                         required: 2, keywordOnlyFrom: 2)
    let typename = try strOf(bound[0]).stringValue
    var fields: [String] = []
    let fieldNames = bound[1]
    if isStrValue(fieldNames) {
        fields = fieldNames.stringValue.replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
            .map(String.init)
    } else {
        try forEachItem(fieldNames) { item throws(PyError) in fields.append(try strOf(item).stringValue) }
    }
    let rename = try bound.optional(2).map { v throws(PyError) in try isTruthy(v) } ?? false
    if rename {
        var seen = Set<String>()
        for (index, name) in fields.enumerated() {
            if !isIdentifier(newString(name)) || modPythonKeywords.contains(name) || name.hasPrefix("_") || seen.contains(name) {
                fields[index] = "_\(index)"
            }
            seen.insert(name)
        }
    }
    for name in [typename] + fields {
        if !isIdentifier(newString(name)) {
            throw raiseValueError("Type names and field names must be valid identifiers: \(stringReprOf(name))")
        }
        if modPythonKeywords.contains(name) {
            throw raiseValueError("Type names and field names cannot be a keyword: \(stringReprOf(name))")
        }
    }
    var seen = Set<String>()
    for name in fields {
        if name.hasPrefix("_") && !rename {
            throw raiseValueError("Field names cannot start with an underscore: \(stringReprOf(name))")
        }
        if seen.contains(name) { throw raiseValueError("Encountered duplicate field name: \(stringReprOf(name))") }
        seen.insert(name)
    }
    var defaults = Value.null
    if let d = bound.optional(3), !d.isNone {
        defaults = try tupleFromIterable(d)
        if defaults.tupleCount > fields.count { throw raiseTypeError("Got more default values than field names") }
    }
    var module = bound.optional(4) ?? .none
    if module.isNone {
        module = internString("__main__")
        if let frame = rt.pointee.currentFrame, let name = try lookupName(in: frame.pointee.globals, internString("__name__")) {
            module = name
        }
    }
    return Value(try makeNamedTupleType(typename, fields: fields, defaults: defaults, module: module))
}

/// Creates the class of a named tuple.
func makeNamedTupleType(_ typename: String, fields: [String], defaults: Value, module: Value) throws(PyError) -> TypeRef {
    let name = newString(typename)
    let fieldTuple = allocateTuple(count: fields.count)
    for i in 0..<fields.count { TupleObject.items(fieldTuple)[i] = .none }
    for (i, field) in fields.enumerated() { TupleObject.items(fieldTuple)[i] = internString(field) }
    let fieldDefaults = newDict()
    if defaults.isObject {
        let n = defaults.tupleCount
        for i in 0..<n {
            try dictSetItem(fieldDefaults.object(as: DictObject.self), internString(fields[fields.count - n + i]), defaults.tupleItems[i])
        }
    }
    let argList = fields.joined(separator: ", ")
    let namespace = newDict()
    let ns = namespace.object(as: DictObject.self)
    dictSetString(ns, internString("__doc__"), newString("\(typename)(\(argList))"))
    dictSetString(ns, internString("__slots__"), newTuple([]))
    dictSetString(ns, internString("_fields"), Value(fieldTuple))
    dictSetString(ns, internString("_field_defaults"), fieldDefaults)
    dictSetString(ns, internString("__match_args__"), Value(fieldTuple))
    dictSetString(ns, internString("__module__"), module)
    dictSetString(ns, internString("__qualname__"), name)
    let holder = ntupMakeModuleHolder()
    let new = modPythonFunction("__new__", qualifiedName: "\(typename).__new__", parameters: ["_cls"] + fields,
                                defaults: defaults, module: holder) { args, count, _ throws(PyError) in
        guard args[0].isObject && args[0].header.pointee.kind == .type else {
            throw raiseTypeError("tuple.__new__(X): X is not a type object (\(typeName(args[0])))")
        }
        let t = modNewTuple(args[0].object(as: TypeObject.self), count - 1)
        for i in 1..<max(count, 1) { t.tupleItems[i - 1] = args[i] }
        return t
    }
    dictSetString(ns, internString("__new__"), new)
    let cls = try createClass(metatype: rt.pointee.types.type, name: name, bases: newTuple([Value(rt.pointee.types.tuple)]),
                              namespace: namespace)
    let type = cls.object(as: TypeObject.self)

    for (i, field) in fields.enumerated() {
        let index = newTuple([Value(smallInt: i)])
        let getter = newBuiltinMethod({ args, count, _ throws(PyError) in
            let i = args[0].tupleItems[0].smallInt
            let obj = args[1]
            guard obj.isObject && obj.header.pointee.kind == .tuple else {
                throw raiseTypeError("descriptor for index '\(i)' for tuple subclasses doesn't apply to '\(typeName(obj))' object")
            }
            guard i < obj.tupleCount else { throw raiseIndexError("tuple index out of range") }
            return obj.tupleItems[i]
        }, name: internString(field), receiver: index, owner: .null)
        defineTypeAttribute(type, field, modProperty(getter: getter, doc: newString("Alias for field number \(i)")))
    }
    let make = newBuiltinMethod({ args, count, keywordNames throws(PyError) in
        try checkPositional("_make", count - 1, keywordNames, min: 1, max: 1)
        guard args[0].isObject && args[0].header.pointee.kind == .type else { throw raiseTypeError("_make() needs a class") }
        let cls = args[0].object(as: TypeObject.self)
        let items = try tupleFromIterable(args[1])
        let fields = lookupInType(cls, internString("_fields"))
        let expected = fields.map { $0.isObject && $0.header.pointee.kind == .tuple ? $0.tupleCount : 0 } ?? 0
        if items.tupleCount != expected {
            throw raiseTypeError("Expected \(expected) arguments, got \(items.tupleCount)")
        }
        let t = modNewTuple(cls, items.tupleCount)
        for i in 0..<items.tupleCount { t.tupleItems[i] = items.tupleItems[i] }
        return t
    }, name: internString("_make"), receiver: .null, owner: .null)
    defineTypeAttribute(type, "_make", newMethodWrapper(make, kind: .classMethod))
    defineMethod(type, "_replace") { args, count, keywordNames throws(PyError) in
        let keywordCount = modKeywordCount(keywordNames)
        let positional = count - keywordCount
        let selfValue = args[0]
        let cls = typeOf(selfValue)
        if positional > 1 {
            throw raiseTypeError("\(cls.pointee.name.stringValue)._replace() takes 1 positional argument but \(positional) were given")
        }
        let fields = ntupNamedTupleFields(cls)
        let n = fields.tupleCount
        let result = modNewTuple(cls, n)
        var used = [Bool](repeating: false, count: keywordCount)
        for i in 0..<n {
            var value = i < selfValue.tupleCount ? selfValue.tupleItems[i] : Value.none
            for k in 0..<keywordCount where namesEqual(keywordNames.tupleItems[k], fields.tupleItems[i]) {
                value = args[positional + k]
                used[k] = true
            }
            result.tupleItems[i] = value
        }
        var unexpected: [String] = []
        for k in 0..<keywordCount where !used[k] {
            unexpected.append(try reprOf(keywordNames.tupleItems[k]).stringValue)
        }
        if !unexpected.isEmpty {
            throw raiseValueError("Got unexpected field names: [\(unexpected.joined(separator: ", "))]")
        }
        return result
    }
    defineMethod(type, "_asdict") { args, count, keywordNames throws(PyError) in
        try checkPositional("_asdict", count - 1, keywordNames, min: 0, max: 0)
        let fields = ntupNamedTupleFields(typeOf(args[0]))
        let dict = newDict()
        let n = min(fields.tupleCount, args[0].tupleCount)
        for i in 0..<n { try dictSetItem(dict.object(as: DictObject.self), fields.tupleItems[i], args[0].tupleItems[i]) }
        return dict
    }
    defineMethod(type, "__getnewargs__") { args, count, _ throws(PyError) in
        newTuple(args[0].tupleItems, count: args[0].tupleCount)
    }
    modDefineSlot(type, "__repr__", arity: 1, module: holder) { args, count, _ throws(PyError) in
        try ntupNamedTupleRepr(args[0])
    }
    typeModified(type)
    return type
}

/// `_fields` of a named tuple class (an empty tuple when missing).
private func ntupNamedTupleFields(_ cls: TypeRef) -> Value {
    if let fields = lookupInType(cls, internString("_fields")), fields.isObject, fields.header.pointee.kind == .tuple {
        return fields
    }
    return newTuple([])
}

/// "P(x=1, y=2)", recursion shown as "..." like CPython's reprlib-free repr.
private func ntupNamedTupleRepr(_ v: Value) throws(PyError) -> Value {
    let cls = typeOf(v)
    let name = cls.pointee.name.stringValue
    if reprInProgress.contains(v.bits) { return newString("...") }
    reprInProgress.append(v.bits)
    defer { reprInProgress.removeLast() }
    let fields = ntupNamedTupleFields(cls)
    guard v.isObject && v.header.pointee.kind == .tuple else { return newString(name + "()") }
    if fields.tupleCount != v.tupleCount {
        throw raiseTypeError(fields.tupleCount > v.tupleCount ? "not enough arguments for format string"
                                                               : "not all arguments converted during string formatting")
    }
    var parts: [String] = []
    for i in 0..<v.tupleCount {
        parts.append(fields.tupleItems[i].stringValue + "=" + (try reprOf(v.tupleItems[i]).stringValue))
    }
    return newString("\(name)(\(parts.joined(separator: ", ")))")
}

/// A struct sequence type such as sys.version_info: a named tuple whose class is shown as
/// `name` ("sys.version_info") and whose instances print as "sys.version_info(major=3, ...)".
func makeStructSequenceType(_ name: String, fields: [String]) throws(PyError) -> TypeRef {
    let short = name.split(separator: ".").last.map(String.init) ?? name
    let type = try makeNamedTupleType(short, fields: fields, defaults: .null, module: .none)
    type.pointee.name = newString(name)
    type.pointee.module = .null
    type.pointee.flags.insert(.immutable)
    type.pointee.flags.remove(.baseType)
    return type
}

/// An instance of a struct sequence type. The items must be held elsewhere too (small ints,
/// floats, interned strings, values in objects): the array is invisible to the collector.
func newStructSequence(_ type: TypeRef, _ items: [Value]) -> Value {
    let t = modNewTuple(type, items.count)
    for (i, item) in items.enumerated() { t.tupleItems[i] = item }
    return t
}

/// A dict standing in for a module's globals in functions made by builders that belong to no
/// module (the named tuple `__new__`).
private func ntupMakeModuleHolder() -> Value {
    if let holder = ntupNamedTupleHolder { return holder }
    let holder = makeModule("collections")
    ntupNamedTupleHolder = holder
    return holder
}

nonisolated(unsafe) private var ntupNamedTupleHolder: Value?
