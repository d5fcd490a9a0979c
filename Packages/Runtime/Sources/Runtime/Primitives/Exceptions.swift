/// Creating and raising exceptions from Swift.

/// A new exception instance of `type` with the given args tuple.
public func newException(_ type: TypeRef, args: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<ExceptionObject>.stride, kind: .exception, type: type)
    let e = raw.assumingMemoryBound(to: ExceptionObject.self)
    e.pointee.args = args
    e.pointee.traceback = .none
    e.pointee.cause = .none
    e.pointee.context = .none
    e.pointee.dict = .null
    return Value(e)
}

/// Sets `exception` as the exception being raised; returns the error to throw.
public func raise(_ exception: Value) -> PyError {
    rt.pointee.currentException = exception
    return PyError()
}

/// Raises `type(message)`.
public func raise(_ type: TypeRef, _ message: String) -> PyError {
    // The message must stay in a local (not only in a Swift array) while the tuple is made.
    let text = newString(message)
    let args = allocateTuple(count: 1)
    TupleObject.items(args)[0] = text
    return raise(newException(type, args: Value(args)))
}

public func raiseTypeError(_ message: String) -> PyError { raise(rt.pointee.types.TypeError, message) }
public func raiseValueError(_ message: String) -> PyError { raise(rt.pointee.types.ValueError, message) }
public func raiseIndexError(_ message: String) -> PyError { raise(rt.pointee.types.IndexError, message) }
public func raiseOverflowError(_ message: String) -> PyError { raise(rt.pointee.types.OverflowError, message) }
public func raiseZeroDivisionError(_ message: String) -> PyError { raise(rt.pointee.types.ZeroDivisionError, message) }
public func raiseAttributeError(_ message: String) -> PyError { raise(rt.pointee.types.AttributeError, message) }
public func raiseRuntimeError(_ message: String) -> PyError { raise(rt.pointee.types.RuntimeError, message) }
public func raiseNameError(_ message: String) -> PyError { raise(rt.pointee.types.NameError, message) }

/// A construct outside Hotpath's supported subset: stops the program with
/// `hotpath: unsupported: <what> (file, line N)`.
public func raiseUnsupported(_ what: String) -> PyError { raise(rt.pointee.types.HotpathUnsupported, what) }

/// KeyError carries the key itself as its argument.
public func raiseKeyError(_ key: Value) -> PyError {
    raise(newException(rt.pointee.types.KeyError, args: newTuple([key])))
}

/// StopIteration with a value (NULL for none).
public func raiseStopIteration(_ value: Value = .null) -> PyError {
    raise(newException(rt.pointee.types.StopIteration, args: value.isNull ? newTuple([]) : newTuple([value])))
}

/// True when the exception being raised is an instance of `type` (or a subclass).
public func currentExceptionMatches(_ type: TypeRef) -> Bool {
    let e = rt.pointee.currentException
    return !e.isNull && isSubtype(e.header.pointee.type, of: type)
}

/// Takes the exception being raised, leaving none.
public func takeCurrentException() -> Value {
    let e = rt.pointee.currentException
    rt.pointee.currentException = .null
    return e
}

/// True when `type` is `base` or has it in its MRO.
public func isSubtype(_ type: TypeRef, of base: TypeRef) -> Bool {
    if type == base { return true }
    let mro = type.pointee.mro
    guard mro.isObject else { return false }
    let items = mro.tupleItems
    for i in 0..<mro.tupleCount where items[i].bits == Value(base).bits { return true }
    return false
}

/// The type of any value.
@inline(__always)
public func typeOf(_ v: Value) -> TypeRef {
    if v.isObject { return v.header.pointee.type }
    if v.isSmallInt { return rt.pointee.types.int }
    if v.isFloat { return rt.pointee.types.float }
    switch v.bits {
    case Value.none.bits: return rt.pointee.types.noneType
    case Value.true.bits, Value.false.bits: return rt.pointee.types.bool
    case Value.notImplemented.bits: return rt.pointee.types.notImplementedType
    case Value.ellipsis.bits: return rt.pointee.types.ellipsisType
    default: return rt.pointee.types.object
    }
}

/// The name of a value's type, as error messages print it.
public func typeName(_ v: Value) -> String {
    typeOf(v).pointee.name.stringValue
}
