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

/// BEFORE_WITH: (bound __exit__, result of __enter__()).
func enterContext(_ manager: Value) throws(PyError) -> (Value, Value) {
    let type = typeOf(manager)
    guard let enter = lookupInType(type, internString("__enter__")) else {
        throw raiseTypeError("'\(type.pointee.name.stringValue)' object does not support the context manager protocol")
    }
    guard let exit = lookupInType(type, internString("__exit__")) else {
        throw raiseTypeError("'\(type.pointee.name.stringValue)' object does not support the context manager protocol (missed __exit__ method)")
    }
    let boundExit = try bindDescriptor(exit, manager, type)
    let entered = try call(try bindDescriptor(enter, manager, type))
    return (boundExit, entered)
}

/// WITH_EXCEPT_START: exit(type(exc), exc, traceback).
func callExit(_ exit: Value, _ exception: Value) throws(PyError) -> Value {
    let traceback = isExceptionInstance(exception) ? exception.object(as: ExceptionObject.self).pointee.traceback : Value.none
    return try call(exit, Value(typeOf(exception)), exception, traceback)
}

/// str() of an exception as BaseException.__str__ computes it (from args; KeyError shows the
/// repr of its key).
func exceptionStrText(_ v: Value) throws(PyError) -> Value {
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
