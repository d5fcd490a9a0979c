import Bytecode
import Runtime

/// The built-in functions at the heart of the language: print, len, repr, iter, next,
/// isinstance, issubclass, callable, hash, id, the attribute functions and __build_class__.
func registerCoreBuiltins(_ builtins: Value) {
    builtinObjects.print = defineFunction(builtins, "print") { args, count, keywordNames throws(PyError) in
        // Writing calls the stream's write method: one level deeper (the call itself is counted
        // by the call site, see builtinCountsWhenWarm).
        try withRecursionCheck(" while calling a Python object") { () throws(PyError) -> Value in
            try printBuiltin(args, count, keywordNames)
        }
    }
    builtinObjects.len = defineFunction(builtins, "len") { args, count, keywordNames throws(PyError) in
        try checkPositional("len", count, keywordNames, min: 1, max: 1)
        return newInt(try length(args[0]))
    }
    defineFunction(builtins, "repr") { args, count, keywordNames throws(PyError) in
        try checkPositional("repr", count, keywordNames, min: 1, max: 1)
        return try reprOf(args[0])
    }
    registerRemainingCoreBuiltins(builtins)
}

/// print(*objects, sep=' ', end='\n', file=None, flush=False).
private func printBuiltin(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - keywordCount
        var separator = Value.null, end = Value.null, file = Value.null, flush = false
        for k in 0..<keywordCount {
            let value = args[positional + k]
            switch keywordNames.tupleItems[k].stringValue {
            case "sep": separator = value
            case "end": end = value
            case "file": file = value
            case "flush": flush = try isTruthy(value)
            case let other: throw raiseTypeError("'\(other)' is an invalid keyword argument for print()")
            }
        }
        for (name, v) in [("sep", separator), ("end", end)] where !v.isNull && !v.isNone && !isStrValue(v) {
            throw raiseTypeError("\(name) must be None or a string, not \(typeName(v))")
        }
        if !file.isNull && !file.isNone && !isStandardStream(file) {
            // A file-like object: call its write().
            let write = try getAttribute(file, internString("write"))
            for i in 0..<positional {
                if i > 0 { _ = try call(write, separator.isNull || separator.isNone ? newString(" ") : separator) }
                _ = try call(write, try strOf(args[i]))
            }
            _ = try call(write, end.isNull || end.isNone ? newString("\n") : end)
            return .none
        }
        let toError = !file.isNull && !file.isNone && isStandardError(file)
        if toError { standardOutput.flush() }
        for i in 0..<positional {
            if i > 0 {
                if separator.isNull || separator.isNone { write(" ", toError) } else { write(str: separator, toError) }
            }
            write(str: try strOf(args[i]), toError)
        }
        if end.isNull || end.isNone { write("\n", toError) } else { write(str: end, toError) }
        if flush || toError { standardOutput.flush() }
        return .none
}

private func registerRemainingCoreBuiltins(_ builtins: Value) {
    defineFunction(builtins, "iter") { args, count, keywordNames throws(PyError) in
        try checkPositional("iter", count, keywordNames, min: 1, max: 2)
        if count == 2 { return try newCallableIterator(args[0], sentinel: args[1]) }
        return try getIterator(args[0])
    }
    defineFunction(builtins, "next") { args, count, keywordNames throws(PyError) in
        try checkPositional("next", count, keywordNames, min: 1, max: 2)
        guard isIterator(args[0]) else { throw raiseTypeError("'\(typeName(args[0]))' object is not an iterator") }
        if let v = try iteratorNext(args[0]) { return v }
        if count == 2 { return args[1] }
        let value = takeStopIterationValue()
        throw raiseStopIteration(value.isNone ? .null : value)
    }
    builtinObjects.isinstance = defineFunction(builtins, "isinstance") { args, count, keywordNames throws(PyError) in
        try checkPositional("isinstance", count, keywordNames, min: 2, max: 2)
        return Value(bool: try isInstance(args[0], args[1]))
    }
    defineFunction(builtins, "issubclass") { args, count, keywordNames throws(PyError) in
        try checkPositional("issubclass", count, keywordNames, min: 2, max: 2)
        return Value(bool: try isSubclass(args[0], args[1]))
    }
    defineFunction(builtins, "callable") { args, count, keywordNames throws(PyError) in
        try checkPositional("callable", count, keywordNames, min: 1, max: 1)
        return Value(bool: isCallable(args[0]))
    }
    defineFunction(builtins, "hash") { args, count, keywordNames throws(PyError) in
        try checkPositional("hash", count, keywordNames, min: 1, max: 1)
        return newInt(try hashValue(args[0]))
    }
    defineFunction(builtins, "id") { args, count, keywordNames throws(PyError) in
        try checkPositional("id", count, keywordNames, min: 1, max: 1)
        return newInt(Int(truncatingIfNeeded: args[0].isObject ? UInt64(UInt(bitPattern: args[0].objectAddress)) : args[0].bits & 0x7FFF_FFFF_FFFF))
    }
    defineFunction(builtins, "getattr") { args, count, keywordNames throws(PyError) in
        try checkPositional("getattr", count, keywordNames, min: 2, max: 3)
        guard isStrValue(args[1]) else { throw raiseTypeError("attribute name must be string, not '\(typeName(args[1]))'") }
        let name = internString(args[1].stringValue)
        if count == 3 {
            do throws(PyError) {
                if let v = try getAttributeOrNil(args[0], name) { return v }
                return args[2]
            } catch {
                guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
                _ = takeCurrentException()
                return args[2]
            }
        }
        return try getAttribute(args[0], name)
    }
    defineFunction(builtins, "setattr") { args, count, keywordNames throws(PyError) in
        try checkPositional("setattr", count, keywordNames, min: 3, max: 3)
        guard isStrValue(args[1]) else { throw raiseTypeError("attribute name must be string, not '\(typeName(args[1]))'") }
        try setAttribute(args[0], internString(args[1].stringValue), args[2])
        return .none
    }
    defineFunction(builtins, "hasattr") { args, count, keywordNames throws(PyError) in
        try checkPositional("hasattr", count, keywordNames, min: 2, max: 2)
        guard isStrValue(args[1]) else { throw raiseTypeError("attribute name must be string, not '\(typeName(args[1]))'") }
        do throws(PyError) {
            return Value(bool: try getAttributeOrNil(args[0], internString(args[1].stringValue)) != nil)
        } catch {
            guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
            _ = takeCurrentException()
            return .false
        }
    }
    defineFunction(builtins, "delattr") { args, count, keywordNames throws(PyError) in
        try checkPositional("delattr", count, keywordNames, min: 2, max: 2)
        guard isStrValue(args[1]) else { throw raiseTypeError("attribute name must be string, not '\(typeName(args[1]))'") }
        try deleteAttribute(args[0], internString(args[1].stringValue))
        return .none
    }
    defineFunction(builtins, "globals") { args, count, keywordNames throws(PyError) in
        try checkPositional("globals", count, keywordNames, min: 0, max: 0)
        guard let frame = rt.pointee.currentFrame else { return .none }
        return frame.pointee.globals
    }
    defineFunction(builtins, "__build_class__") { args, count, keywordNames throws(PyError) in
        try buildClass(args, count, keywordNames)
    }
}

func isCallable(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .function, .builtinFunction, .methodDescriptor, .boundMethod, .type: return true
    default:
        let type = v.header.pointee.type
        return type.pointee.flags.contains(.heapType) && lookupInType(type, internString("__call__")) != nil
    }
}

/// sys.stdout / sys.stderr are represented by these marker objects until the sys module exists.
nonisolated(unsafe) var standardOutputObject = Value.null
nonisolated(unsafe) var standardErrorObject = Value.null

func isStandardStream(_ v: Value) -> Bool { v.bits == standardOutputObject.bits || v.bits == standardErrorObject.bits }
func isStandardError(_ v: Value) -> Bool { v.bits == standardErrorObject.bits }

@inline(__always)
private func write(_ text: String, _ toError: Bool) {
    if toError { standardError.write(text) } else { standardOutput.write(text) }
}

@inline(__always)
private func write(str: Value, _ toError: Bool) {
    if toError { standardError.write(str: str) } else { standardOutput.write(str: str) }
}
