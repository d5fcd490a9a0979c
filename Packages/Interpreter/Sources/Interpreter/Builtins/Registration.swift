import Runtime

/// Built-in objects the interpreter recognizes by identity (specialized calls, for example).
public struct BuiltinObjects {
    public var len = Value.null
    public var isinstance = Value.null
    public var listAppend = Value.null
    public var print = Value.null
    public var builtinsDict = Value.null
}

nonisolated(unsafe) public var builtinObjects = BuiltinObjects()

/// Adds a built-in function to a module (or the builtins) dict.
@discardableResult
public func defineFunction(_ dict: Value, _ name: String, module: String = "builtins", _ function: BuiltinFunction) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<BuiltinFunctionObject>.stride, kind: .builtinFunction, type: rt.pointee.types.builtinFunction)
    let builtin = raw.assumingMemoryBound(to: BuiltinFunctionObject.self)
    builtin.pointee.function = function
    builtin.pointee.name = internString(name)
    builtin.pointee.receiver = .null
    builtin.pointee.module = internString(module)
    builtin.pointee.ownerType = .null
    dictSetString(dict.object(as: DictObject.self), internString(name), Value(builtin))
    return Value(builtin)
}

/// Adds a method to a built-in type: `function` receives the instance as args[0] (or the type,
/// for `classMethod`).
@discardableResult
public func defineMethod(_ type: TypeRef, _ name: String, classMethod: Bool = false, _ function: BuiltinFunction) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<MethodDescriptorObject>.stride, kind: .methodDescriptor, type: rt.pointee.types.methodDescriptor)
    let method = raw.assumingMemoryBound(to: MethodDescriptorObject.self)
    method.pointee.function = function
    method.pointee.name = internString(name)
    method.pointee.ownerType = Value(type)
    method.pointee.bindsToClass = classMethod
    dictSetString(type.pointee.dict.object(as: DictObject.self), internString(name), Value(method))
    // Built-in types keep their version while they get methods: forget cached lookups.
    AttributeCaches.flush()
    return Value(method)
}

/// Sets what calling a built-in type does (args[0] is the type).
public func defineConstructor(_ type: TypeRef, _ function: BuiltinFunction) {
    type.pointee.constructor = function
}

/// Adds a plain value to a type's dict (class attributes of built-ins).
public func defineTypeAttribute(_ type: TypeRef, _ name: String, _ value: Value) {
    dictSetString(type.pointee.dict.object(as: DictObject.self), internString(name), value)
    AttributeCaches.flush()
}

/// The arguments of a built-in call, bound to parameter names the way CPython's argument clinic
/// does it, with its error messages. `values[i]` is NULL for an omitted optional parameter.
public struct BoundArguments {
    public var values: [Value]
    public subscript(_ i: Int) -> Value { values[i] }
    /// The argument, or nil when omitted.
    public func optional(_ i: Int) -> Value? { values[i].isNull ? nil : values[i] }
}

/// Binds `args` to `names`: the first `positionalOnly` names can only be passed by position,
/// names after `keywordOnlyFrom` only by keyword; the first `required` are required.
/// `function` is the name used in messages ("sorted", "str.split").
public func bindBuiltinArguments(_ function: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                                 names: [String], required: Int, positionalOnly: Int = 0,
                                 keywordOnlyFrom: Int? = nil) throws(PyError) -> BoundArguments {
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positionalCount = count - keywordCount
    let positionalLimit = keywordOnlyFrom ?? names.count
    var values = [Value](repeating: .null, count: names.count)
    if positionalCount > positionalLimit {
        if positionalLimit == required {
            throw raiseTypeError("\(function)() takes \(describeCount(positionalLimit)) but \(positionalCount) were given")
        }
        throw raiseTypeError("\(function)() takes at most \(positionalLimit) argument\(positionalLimit == 1 ? "" : "s") (\(positionalCount) given)")
    }
    for i in 0..<positionalCount { values[i] = args[i] }
    for k in 0..<keywordCount {
        let name = keywordNames.tupleItems[k].stringValue
        guard let index = names.firstIndex(of: name), index >= positionalOnly else {
            if let index = names.firstIndex(of: name), index < positionalOnly {
                throw raiseTypeError("\(function)() got some positional-only arguments passed as keyword arguments: '\(name)'")
            }
            throw raiseTypeError("\(function)() got an unexpected keyword argument '\(name)'")
        }
        if !values[index].isNull {
            throw raiseTypeError("argument for \(function)() given by name ('\(name)') and position (\(index + 1))")
        }
        values[index] = args[positionalCount + k]
    }
    for i in 0..<required where values[i].isNull {
        if i < positionalOnly || keywordCount == 0 {
            if required == names.count && positionalOnly >= required {
                throw raiseTypeError("\(function)() takes \(describeCount(required)) (\(positionalCount) given)")
            }
            throw raiseTypeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        throw raiseTypeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return BoundArguments(values: values)
}

private func describeCount(_ n: Int) -> String {
    switch n {
    case 0: return "no arguments"
    case 1: return "exactly one argument"
    default: return "exactly \(n) arguments"
    }
}

/// For built-ins taking only positional arguments: checks the keyword-free call shape and the
/// count, with CPython's messages ("len() takes exactly one argument (2 given)").
@inline(__always)
public func checkPositional(_ function: String, _ count: Int, _ keywordNames: Value, min: Int, max: Int) throws(PyError) {
    if !keywordNames.isNull && keywordNames.tupleCount > 0 {
        throw raiseTypeError("\(function)() takes no keyword arguments")
    }
    if count < min || count > max {
        if min == max {
            if min == 1 { throw raiseTypeError("\(function)() takes exactly one argument (\(count) given)") }
            if min == 0 { throw raiseTypeError("\(function)() takes no arguments (\(count) given)") }
            throw raiseTypeError("\(function) expected \(min) arguments, got \(count)")
        }
        if count < min {
            throw raiseTypeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)")
        }
        throw raiseTypeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
    }
}
