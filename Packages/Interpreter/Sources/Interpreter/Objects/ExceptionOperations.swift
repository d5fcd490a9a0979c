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
    } else {
        e.pointee.cause = try makeRaisable(cause)
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
