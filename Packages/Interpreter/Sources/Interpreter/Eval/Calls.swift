import Bytecode
import Runtime

/// Calls any callable from Swift code: `args[0..<count]` are the arguments; when `keywordNames`
/// is a tuple of n names, the last n arguments are keyword values. Python functions run in a
/// nested interpreter loop.
public func callObject(_ callable: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value = .null) throws(PyError) -> Value {
    guard callable.isObject else { throw notCallable(callable) }
    switch callable.header.pointee.kind {
    case .function:
        let function = callable.object(as: FunctionObject.self)
        if function.pointee.code.pointee.flags & CodeFlags.generator.rawValue != 0 {
            return try makeGenerator(function, args, count, keywordNames)
        }
        let frame = try makeFrame(function, args, count, keywordNames)
        frame.pointee.previous = rt.pointee.currentFrame
        return try evalFrame(frame)
    case .builtinFunction:
        let builtin = callable.object(as: BuiltinFunctionObject.self)
        let receiver = builtin.pointee.receiver
        if receiver.isNull { return try builtin.pointee.function(args, count, keywordNames) }
        return try callPrepending(receiver, args, count, keywordNames) { a, n, k throws(PyError) in
            try builtin.pointee.function(a, n, k)
        }
    case .methodDescriptor:
        let descriptor = callable.object(as: MethodDescriptorObject.self)
        let positional = count - (keywordNames.isNull ? 0 : keywordNames.tupleCount)
        let owner = descriptor.pointee.ownerType.object(as: TypeObject.self)
        let name = descriptor.pointee.name.stringValue
        if descriptor.pointee.bindsToClass {
            return try callPrepending(Value(owner), args, count, keywordNames) { a, n, k throws(PyError) in
                try descriptor.pointee.function(a, n, k)
            }
        }
        guard positional >= 1 else {
            throw raiseTypeError("unbound method \(owner.pointee.name.stringValue).\(name)() needs an argument")
        }
        guard isSubtype(typeOf(args[0]), of: owner) else {
            throw raiseTypeError("descriptor '\(name)' for '\(owner.pointee.name.stringValue)' objects doesn't apply to a '\(typeName(args[0]))' object")
        }
        return try descriptor.pointee.function(args, count, keywordNames)
    case .boundMethod:
        let method = callable.object(as: BoundMethodObject.self)
        let function = method.pointee.function
        return try callPrepending(method.pointee.receiver, args, count, keywordNames) { a, n, k throws(PyError) in
            try callObject(function, a, n, k)
        }
    case .type:
        return try callType(callable.object(as: TypeObject.self), args, count, keywordNames)
    default:
        return try callWithDunderCall(callable, args, count, keywordNames)
    }
}

/// Convenience: call with arguments given as values.
public func call(_ callable: Value, _ arguments: Value...) throws(PyError) -> Value {
    try withScratch(arguments.count) { scratch throws(PyError) in
        for (i, argument) in arguments.enumerated() { scratch[i] = argument }
        return try callObject(callable, scratch, arguments.count)
    }
}

/// Runs `body` with `count` value slots on the frame stack, where the collector sees them.
@inline(__always)
func withScratch<R>(_ count: Int, _ body: (UnsafeMutablePointer<Value>) throws(PyError) -> R) throws(PyError) -> R {
    let top = rt.pointee.frames.top
    guard top + count * 8 <= rt.pointee.frames.limit else {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded")
    }
    let scratch = top.assumingMemoryBound(to: Value.self)
    rt.pointee.frames.top = top + count * 8
    defer { rt.pointee.frames.top = top }
    return try body(scratch)
}

/// Calls `body` with `first` prepended to the arguments.
@inline(__always)
func callPrepending(_ first: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                    _ body: (UnsafeMutablePointer<Value>, Int, Value) throws(PyError) -> Value) throws(PyError) -> Value {
    try withScratch(count + 1) { scratch throws(PyError) in
        scratch[0] = first
        if count > 0 { (scratch + 1).update(from: args, count: count) }
        return try body(scratch, count + 1, keywordNames)
    }
}

/// Whether iter(v) can succeed without calling it (for error messages).
func isIterable(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .list, .tuple, .str, .bytes, .dict, .set, .frozenset, .range: return true
    default:
        if isIterator(v) { return true }
        let type = v.header.pointee.type
        return type.pointee.flags.contains(.heapType) &&
            (lookupInType(type, names.dunderIter) != nil || lookupInType(type, names.dunderGetitem) != nil)
    }
}

func notCallable(_ v: Value) -> PyError {
    raiseTypeError("'\(typeName(v))' object is not callable")
}

/// f(*args, **kwargs): `positional` is a tuple, `keywords` a dict or NULL.
func callWithUnpacked(_ callable: Value, _ positional: Value, _ keywords: Value) throws(PyError) -> Value {
    var positional = positional
    if !(positional.isObject && positional.header.pointee.type == rt.pointee.types.tuple) {
        do throws(PyError) {
            positional = try tupleFromIterable(positional)
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) && !isIterable(positional) {
                _ = takeCurrentException()
                throw raiseTypeError("\(functionDescription(callable)) argument after * must be an iterable, not \(typeName(positional))")
            }
            throw error
        }
    }
    let positionalCount = positional.tupleCount
    guard keywords.isObject, keywords.object(as: DictObject.self).pointee.count > 0 else {
        return try callObject(callable, positional.tupleItems, positionalCount, .null)
    }
    let dict = keywords.object(as: DictObject.self)
    let keywordCount = dict.pointee.count
    let names = allocateTuple(count: keywordCount)
    for i in 0..<keywordCount { TupleObject.items(names)[i] = .none }
    return try withScratch(positionalCount + keywordCount) { scratch throws(PyError) in
        if positionalCount > 0 { scratch.update(from: positional.tupleItems, count: positionalCount) }
        var k = 0
        try dictForEach(dict) { key, value throws(PyError) in
            guard key.isStr else { throw raiseTypeError("keywords must be strings") }
            TupleObject.items(names)[k] = key
            scratch[positionalCount + k] = value
            k += 1
        }
        return try callObject(callable, scratch, positionalCount + keywordCount, Value(names))
    }
}
