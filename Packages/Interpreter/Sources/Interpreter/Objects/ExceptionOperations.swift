import Runtime

/// The exception object for `raise x`: an instance is raised as is, a class is instantiated.
func makeRaisable(_ v: Value) throws(PyError) -> Value {
    if v.isObject && v.header.pointee.kind == .type {
        let type = v.object(as: TypeObject.self)
        guard type.pointee.flags.contains(.exception) else {
            throw raiseTypeError("exceptions must derive from BaseException")
        }
        let instance = try callObject(v, UnsafeMutablePointer(bitPattern: 8)!, 0)
        guard isExceptionInstance(instance) else {
            throw raiseTypeError("calling \(try reprText(v)) should have returned an instance of BaseException, not \(typeName(instance))")
        }
        return instance
    }
    guard isExceptionInstance(v) else { throw raiseTypeError("exceptions must derive from BaseException") }
    return v
}

func isExceptionInstance(_ v: Value) -> Bool {
    v.isObject && v.header.pointee.kind == .exception
}

/// `raise exc from cause`.
func setCause(_ exception: Value, _ cause: Value) throws(PyError) {
    let e = exception.object(as: ExceptionObject.self)
    if cause.isNone {
        e.pointee.cause = .none
    } else if cause.isObject && cause.header.pointee.kind == .type && cause.object(as: TypeObject.self).pointee.flags.contains(.exception) {
        e.pointee.cause = try callObject(cause, UnsafeMutablePointer(bitPattern: 8)!, 0)
    } else if isExceptionInstance(cause) {
        e.pointee.cause = cause
    } else {
        throw raiseTypeError("exception causes must derive from BaseException")
    }
    e.pointee.suppressContext = true
}

/// Sets __context__ of a newly raised exception to the one being handled (implicit chaining,
/// as CPython's _PyErr_SetObject: it replaces any previous context).
func chainContext(_ exception: Value) {
    let handled = topmostHandledException()
    guard isExceptionInstance(exception), isExceptionInstance(handled), handled.bits != exception.bits else { return }
    // Avoid cycles: cut the chain where it would reach `exception` again.
    var cursor = handled
    var steps = 0
    while isExceptionInstance(cursor) && steps < 100_000 {
        let c = cursor.object(as: ExceptionObject.self)
        if c.pointee.context.bits == exception.bits { c.pointee.context = .none; break }
        cursor = c.pointee.context
        steps += 1
    }
    exception.object(as: ExceptionObject.self).pointee.context = handled
}

/// CHECK_EXC_MATCH: does the exception match an except clause's class (or tuple of classes)?
func exceptionMatches(_ exception: Value, _ pattern: Value) throws(PyError) -> Bool {
    if pattern.isObject && pattern.header.pointee.kind == .tuple {
        for i in 0..<pattern.tupleCount {
            let item = pattern.tupleItems[i]
            guard item.isObject, item.header.pointee.kind == .type, item.object(as: TypeObject.self).pointee.flags.contains(.exception) else {
                throw raiseTypeError("catching classes that do not inherit from BaseException is not allowed")
            }
        }
        for i in 0..<pattern.tupleCount where try exceptionMatches(exception, pattern.tupleItems[i]) { return true }
        return false
    }
    guard pattern.isObject, pattern.header.pointee.kind == .type, pattern.object(as: TypeObject.self).pointee.flags.contains(.exception) else {
        throw raiseTypeError("catching classes that do not inherit from BaseException is not allowed")
    }
    return isSubtype(typeOf(exception), of: pattern.object(as: TypeObject.self))
}

/// BEFORE_WITH: writes the bound __exit__ and the result of __enter__() into result[0], result[1].
func enterContext(_ manager: Value, into result: UnsafeMutablePointer<Value>) throws(PyError) {
    let type = typeOf(manager)
    guard let enter = lookupInType(type, names.dunderEnter) else {
        throw raiseTypeError("'\(type.pointee.name.stringValue)' object does not support the context manager protocol")
    }
    guard let exit = lookupInType(type, names.dunderExit) else {
        throw raiseTypeError("'\(type.pointee.name.stringValue)' object does not support the context manager protocol (missed __exit__ method)")
    }
    let boundExit = try bindDescriptor(exit, manager, type)
    let entered = try call(try bindDescriptor(enter, manager, type))
    result[0] = boundExit
    result[1] = entered
}

/// WITH_EXCEPT_START: exit(type(exc), exc, traceback).
func callExit(_ exit: Value, _ exception: Value) throws(PyError) -> Value {
    let traceback = isExceptionInstance(exception) ? exception.object(as: ExceptionObject.self).pointee.traceback : Value.none
    return try call(exit, Value(typeOf(exception)), exception, traceback)
}

/// str() of an exception as BaseException.__str__ computes it (from args; KeyError shows the
/// repr of its key).
func exceptionStrText(_ v: Value) throws(PyError) -> Value {
    if let special = try specialExceptionStr(v) { return special }
    let args = v.object(as: ExceptionObject.self).pointee.args
    guard args.isObject, args.tupleCount > 0 else { return newString("") }
    if args.tupleCount == 1 {
        if isSubtype(typeOf(v), of: rt.pointee.types.KeyError) { return try reprOf(args.tupleItems[0]) }
        return try strOf(args.tupleItems[0])
    }
    return try strOf(args)
}

/// SystemExit.code: None without arguments, the argument, or the tuple of them.
func systemExitCode(_ exception: Value) -> Value {
    let e = exception.object(as: ExceptionObject.self)
    if e.pointee.dict.isObject, let code = dictLookupString(e.pointee.dict.object(as: DictObject.self), internString("code")) {
        return code
    }
    let args = e.pointee.args
    guard args.isObject else { return .none }
    switch args.tupleCount {
    case 0: return .none
    case 1: return args.tupleItems[0]
    default: return args
    }
}

/// The methods of BaseException: __init__, __str__, __repr__, with_traceback, add_note.
func registerExceptionMethods() {
    let base = rt.pointee.types.BaseException
    defineMethod(base, "__init__") { args, count, keywordNames throws(PyError) in
        guard count >= 1, isExceptionInstance(args[0]) else {
            throw raiseTypeError("descriptor '__init__' requires a 'BaseException' object")
        }
        if !keywordNames.isNull && keywordNames.tupleCount > 0 {
            throw raiseTypeError("\(typeName(args[0]))() takes no keyword arguments")
        }
        args[0].object(as: ExceptionObject.self).pointee.args = newTuple(args + 1, count: count - 1)
        return .none
    }
    defineMethod(base, "__str__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("BaseException.__str__", count - 1, keywordNames, exactly: 0)
        return try exceptionStrText(args[0])
    }
    defineMethod(base, "__repr__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("BaseException.__repr__", count - 1, keywordNames, exactly: 0)
        return newString(try exceptionRepr(args[0]))
    }
    defineMethod(base, "with_traceback") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("BaseException.with_traceback", count - 1, keywordNames, exactly: 1)
        let traceback = args[1]
        guard traceback.isNone || (traceback.isObject && traceback.header.pointee.kind == .traceback) else {
            throw raiseTypeError("__traceback__ must be a traceback or None")
        }
        args[0].object(as: ExceptionObject.self).pointee.traceback = traceback
        return args[0]
    }
    defineMethod(base, "add_note") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("BaseException.add_note", count - 1, keywordNames, exactly: 1)
        let note = args[1]
        guard note.isStr else { throw raiseTypeError("note must be a str, not '\(typeName(note))'") }
        let dict = ensureInstanceDict(args[0])!
        if let notes = dictLookupString(dict, internString("__notes__")) {
            guard notes.isObject, notes.header.pointee.kind == .list else {
                throw raiseTypeError("Cannot add note: __notes__ is not a list")
            }
            listAppend(notes.object(as: ListObject.self), note)
        } else {
            let notes = newList(capacity: 1)
            listAppend(notes.object(as: ListObject.self), note)
            dictSetString(dict, internString("__notes__"), notes)
        }
        return .none
    }
}

/// NameError "name 'x' is not defined", with its `name` attribute.
func raiseUndefinedName(_ name: Value) -> PyError {
    let error = newExceptionWithMessage(rt.pointee.types.NameError, "name '\(name.stringValue)' is not defined")
    if let dict = ensureInstanceDict(error) { dictSetString(dict, internString("name"), name) }
    return raise(error)
}

// MARK: "Did you mean" suggestions (CPython 3.11's suggestions.c)

private let suggestionMoveCost = 2
private let suggestionCaseCost = 1
private let suggestionMaxStringSize = 40
private let suggestionMaxCandidates = 750

private func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return suggestionMoveCost }
    if a == b { return 0 }
    let lowerA = (a >= 65 && a <= 90) ? a + 32 : a
    let lowerB = (b >= 65 && b <= 90) ? b + 32 : b
    return lowerA == lowerB ? suggestionCaseCost : suggestionMoveCost
}

/// Levenshtein distance with CPython's costs (case changes are cheaper), capped at maxCost + 1.
private func levenshteinDistance(_ first: [UInt8], _ second: [UInt8], maxCost: Int) -> Int {
    var a = first[...], b = second[...]
    while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
    while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * suggestionMoveCost }
    if a.count > suggestionMaxStringSize || b.count > suggestionMaxStringSize { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * suggestionMoveCost > maxCost { return maxCost + 1 }
    let aBytes = Array(a), bBytes = Array(b)
    var buffer = [Int](repeating: 0, count: aBytes.count)
    var cost = suggestionMoveCost
    for i in 0..<aBytes.count { buffer[i] = cost; cost += suggestionMoveCost }
    var result = 0
    for bIndex in 0..<bBytes.count {
        let code = bBytes[bIndex]
        var distance = bIndex * suggestionMoveCost
        result = distance
        var minimum = Int.max
        for index in 0..<aBytes.count {
            let substitute = distance + substitutionCost(code, aBytes[index])
            distance = buffer[index]
            let insertDelete = min(result, distance) + suggestionMoveCost
            result = min(insertDelete, substitute)
            buffer[index] = result
            if result < minimum { minimum = result }
        }
        if minimum > maxCost { return maxCost + 1 }
    }
    return result
}

/// The closest of `candidates` to `name`, if close enough.
func closestName(_ name: String, _ candidates: [String]) -> String? {
    if candidates.count >= suggestionMaxCandidates { return nil }
    let nameBytes = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for candidate in candidates where candidate != name {
        let candidateBytes = Array(candidate.utf8)
        var maxDistance = (nameBytes.count + candidateBytes.count + 3) * suggestionMoveCost / 6
        maxDistance = min(maxDistance, bestDistance - 1)
        let distance = levenshteinDistance(nameBytes, candidateBytes, maxCost: maxDistance)
        if distance > maxDistance { continue }
        if best == nil || distance < bestDistance {
            best = candidate
            bestDistance = distance
        }
    }
    return best
}

/// The globals of __main__ (for NameError suggestions: all Python code runs in __main__).
nonisolated(unsafe) var mainModuleGlobals = Value.null

/// The text CPython 3.11 appends to an uncaught NameError's or AttributeError's line:
/// ". Did you mean: 'x'?" (exact types only).
func suggestionSuffix(_ exception: Value) -> String {
    guard isExceptionInstance(exception), let dict = instanceDict(exception),
          let name = dictLookupString(dict, internString("name")), name.isStr else { return "" }
    let pending = rt.pointee.currentException
    defer { rt.pointee.currentException = pending }
    let type = typeOf(exception)
    var suggestion: String?
    if type == rt.pointee.types.AttributeError {
        guard let obj = dictLookupString(dict, internString("obj")),
              let names = try? directory(obj) else { return "" }
        suggestion = closestName(name.stringValue, stringList(names))
    } else if type == rt.pointee.types.NameError {
        var entry = exception.object(as: ExceptionObject.self).pointee.traceback
        guard entry.isObject else { return "" }
        while case let next = entry.object(as: TracebackObject.self).pointee.next, next.isObject { entry = next }
        let code = entry.object(as: TracebackObject.self).pointee.code.object(as: CodeObject.self)
        var locals: [String] = []
        for i in 0..<Int(code.pointee.localsPlusCount) where code.pointee.localKinds[i] & 0x20 != 0 {
            locals.append(code.pointee.localNames.tupleItems[i].stringValue)
        }
        suggestion = closestName(name.stringValue, locals)
        if suggestion == nil, mainModuleGlobals.isObject {
            suggestion = closestName(name.stringValue, dictStringKeys(mainModuleGlobals))
        }
        if suggestion == nil {
            suggestion = closestName(name.stringValue, dictStringKeys(builtinObjects.builtinsDict))
        }
    }
    guard let suggestion else { return "" }
    return ". Did you mean: '\(suggestion)'?"
}

private func stringList(_ list: Value) -> [String] {
    let l = list.object(as: ListObject.self)
    var result: [String] = []
    for i in 0..<l.pointee.count where l.items[i].isStr { result.append(l.items[i].stringValue) }
    return result
}

private func dictStringKeys(_ dict: Value) -> [String] {
    var result: [String] = []
    try? dictForEach(dict.object(as: DictObject.self)) { key, _ throws(PyError) in
        if key.isStr { result.append(key.stringValue) }
    }
    return result
}

// MARK: exception types with their own arguments and attributes

/// OSError's errno → subclass mapping (when OSError itself is called with errno, strerror).
private let osErrorSubclassByErrno: [Int: KeyPath<BuiltinTypes, TypeRef>] = [
    1: \.PermissionError, 2: \.FileNotFoundError, 3: \.ProcessLookupError, 4: \.InterruptedError,
    10: \.ChildProcessError, 11: \.BlockingIOError, 13: \.PermissionError, 17: \.FileExistsError,
    20: \.NotADirectoryError, 21: \.IsADirectoryError, 32: \.BrokenPipeError, 103: \.ConnectionAbortedError,
    104: \.ConnectionResetError, 108: \.BrokenPipeError, 110: \.TimeoutError, 111: \.ConnectionRefusedError,
    114: \.BlockingIOError, 115: \.BlockingIOError,
]

/// Constructors of the exception types that accept keyword arguments or reshape their args.
func registerExceptionConstructors() {
    let types = rt.pointee.types
    for (_, type) in types.exceptions {
        if isSubtype(type, of: types.OSError) {
            type.pointee.constructor = { args, count, keywordNames throws(PyError) in
                try rejectKeywords(args[0], keywordNames)
                var type = args[0].object(as: TypeObject.self)
                let n = count - 1
                if type == rt.pointee.types.OSError, (2...5).contains(n), let errno = args[1].exactInt, !args[1].isBool,
                   let subclass = osErrorSubclassByErrno[errno] {
                    type = rt.pointee.types[keyPath: subclass]
                }
                // With a filename (3 to 5 arguments), args keeps only errno and strerror.
                let keep = (3...5).contains(n) ? 2 : n
                let exception = newException(type, args: newTuple(args + 1, count: keep))
                if keep != n, let dict = ensureInstanceDict(exception) {
                    dictSetString(dict, internString("filename"), args[3])
                    if n == 5 { dictSetString(dict, internString("filename2"), args[5]) }
                }
                return exception
            }
        } else if isSubtype(type, of: types.ImportError) {
            type.pointee.constructor = { args, count, keywordNames throws(PyError) in
                try exceptionWithKeywords(args, count, keywordNames, allowed: ["name", "path"])
            }
        } else if isSubtype(type, of: types.AttributeError) {
            type.pointee.constructor = { args, count, keywordNames throws(PyError) in
                try exceptionWithKeywords(args, count, keywordNames, allowed: ["name", "obj"])
            }
        } else if isSubtype(type, of: types.NameError) {
            type.pointee.constructor = { args, count, keywordNames throws(PyError) in
                try exceptionWithKeywords(args, count, keywordNames, allowed: ["name"])
            }
        }
    }
}

private func rejectKeywords(_ type: Value, _ keywordNames: Value) throws(PyError) {
    if !keywordNames.isNull && keywordNames.tupleCount > 0 {
        throw raiseTypeError("\(type.object(as: TypeObject.self).pointee.name.stringValue)() takes no keyword arguments")
    }
}

/// `Type(*args, name=..., ...)`: the keywords become attributes.
private func exceptionWithKeywords(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value, allowed: [String]) throws(PyError) -> Value {
    let type = args[0].object(as: TypeObject.self)
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positional = count - 1 - keywordCount
    for k in 0..<keywordCount where !allowed.contains(keywordNames.tupleItems[k].stringValue) {
        throw raiseTypeError("'\(keywordNames.tupleItems[k].stringValue)' is an invalid keyword argument for \(type.pointee.name.stringValue)()")
    }
    let exception = newException(type, args: newTuple(args + 1, count: positional))
    if keywordCount > 0, let dict = ensureInstanceDict(exception) {
        for k in 0..<keywordCount {
            dictSetString(dict, internString(keywordNames.tupleItems[k].stringValue), args[1 + positional + k])
        }
    }
    return exception
}

/// Attributes of specific exception types computed from their arguments (CPython keeps them in
/// slots): OSError.errno/strerror/filename, ImportError.msg/name/path, AttributeError.name/obj,
/// NameError.name, SyntaxError.msg/filename/lineno/...; nil when not one of them.
func exceptionTypeAttribute(_ exception: Value, _ attribute: String) -> Value? {
    let type = typeOf(exception)
    let types = rt.pointee.types
    let args = exception.object(as: ExceptionObject.self).pointee.args
    let n = args.isObject ? args.tupleCount : 0
    func arg(_ i: Int) -> Value { i < n ? args.tupleItems[i] : .none }
    if isSubtype(type, of: types.OSError) {
        switch attribute {
        case "errno": return (2...5).contains(n) ? arg(0) : Value.none
        case "strerror": return (2...5).contains(n) ? arg(1) : Value.none
        case "filename", "filename2": return Value.none
        default: return nil
        }
    }
    if isSubtype(type, of: types.ImportError) {
        switch attribute {
        case "msg": return n == 1 ? arg(0) : Value.none
        case "name", "path": return Value.none
        default: return nil
        }
    }
    if isSubtype(type, of: types.AttributeError) {
        return attribute == "name" || attribute == "obj" ? Value.none : nil
    }
    if isSubtype(type, of: types.NameError) {
        return attribute == "name" ? Value.none : nil
    }
    if isSubtype(type, of: types.SyntaxError) {
        let info = arg(1)
        let infoCount = n == 2 && info.isObject && info.header.pointee.kind == .tuple ? info.tupleCount : 0
        func field(_ i: Int) -> Value { i < infoCount ? info.tupleItems[i] : .none }
        switch attribute {
        case "msg": return n >= 1 ? arg(0) : Value.none
        case "filename": return field(0)
        case "lineno": return field(1)
        case "offset": return field(2)
        case "text": return field(3)
        case "end_lineno": return field(4)
        case "end_offset": return field(5)
        case "print_file_and_line": return Value.none
        default: return nil
        }
    }
    return nil
}

/// str() of OSError, ImportError and SyntaxError when it differs from BaseException's; nil else.
func specialExceptionStr(_ exception: Value) throws(PyError) -> Value? {
    let type = typeOf(exception)
    let types = rt.pointee.types
    func attribute(_ name: String) -> Value {
        if let dict = instanceDict(exception), let v = dictLookupString(dict, internString(name)) { return v }
        return exceptionTypeAttribute(exception, name) ?? .none
    }
    if isSubtype(type, of: types.OSError) {
        let errno = attribute("errno"), strerror = attribute("strerror")
        let filename = attribute("filename"), filename2 = attribute("filename2")
        if !filename.isNone {
            var text = "[Errno \(try strOf(errno).stringValue)] \(try strOf(strerror).stringValue): \(try reprOf(filename).stringValue)"
            if !filename2.isNone { text += " -> \(try reprOf(filename2).stringValue)" }
            return newString(text)
        }
        if !errno.isNone && !strerror.isNone {
            return newString("[Errno \(try strOf(errno).stringValue)] \(try strOf(strerror).stringValue)")
        }
        return nil
    }
    if isSubtype(type, of: types.ImportError) {
        let msg = attribute("msg")
        return msg.isNone ? nil : try strOf(msg)
    }
    if isSubtype(type, of: types.SyntaxError) {
        let msg = attribute("msg")
        let text = msg.isNone ? "" : try strOf(msg).stringValue
        var filename = attribute("filename")
        let lineno = attribute("lineno")
        let hasLine = lineno.exactInt != nil && !lineno.isBool
        if filename.isStr {
            let path = filename.stringValue
            filename = newString(path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path)
        } else {
            filename = .none
        }
        if filename.isNone && !hasLine { return newString(text) }
        if !filename.isNone && hasLine { return newString("\(text) (\(filename.stringValue), line \(lineno.exactInt!))") }
        if !filename.isNone { return newString("\(text) (\(filename.stringValue))") }
        return newString("\(text) (line \(lineno.exactInt!))")
    }
    return nil
}

/// `type(message)`, with the message kept in a local while the args tuple is allocated (a value
/// only referenced from a Swift array's buffer is invisible to the collector).
func newExceptionWithMessage(_ type: TypeRef, _ message: String) -> Value {
    let text = newString(message)
    let args = allocateTuple(count: 1)
    TupleObject.items(args)[0] = text
    return newException(type, args: Value(args))
}

/// A 2-tuple made without passing fresh values through a Swift array.
func pairTuple(_ first: Value, _ second: Value) -> Value {
    let tuple = allocateTuple(count: 2)
    TupleObject.items(tuple)[0] = first
    TupleObject.items(tuple)[1] = second
    return Value(tuple)
}
