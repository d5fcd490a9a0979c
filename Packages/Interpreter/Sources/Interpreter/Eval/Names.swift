import Runtime

/// LOAD_GLOBAL: the module's globals, then the builtins.
@inline(__always)
func loadGlobal(_ frame: FrameRef, _ name: Value) throws(PyError) -> Value {
    if let v = try lookupName(in: frame.pointee.globals, name) { return v }
    if let v = try lookupName(in: frame.pointee.builtins, name) { return v }
    throw raiseUndefinedName(name)
}

/// A name in a namespace dict (str keys; a user dict subclass is looked up the same way).
@inline(__always)
func lookupName(in namespace: Value, _ name: Value) throws(PyError) -> Value? {
    let dict = namespace.object(as: DictObject.self)
    return try dictLookup(dict, name, stringHash(name.object(as: StrObject.self)))
}

/// LOAD_NAME: the frame's locals (module or class body), then globals, then builtins.
func loadName(_ frame: FrameRef, _ name: Value) throws(PyError) -> Value {
    let locals = frame.pointee.locals
    if locals.isObject, let v = try lookupName(in: locals, name) { return v }
    return try loadGlobal(frame, name)
}

func storeName(_ frame: FrameRef, _ name: Value, _ value: Value) throws(PyError) {
    let locals = frame.pointee.locals.isObject ? frame.pointee.locals : frame.pointee.globals
    try dictSetItem(locals.object(as: DictObject.self), name, stringHash(name.object(as: StrObject.self)), value)
}

func deleteName(_ frame: FrameRef, _ name: Value) throws(PyError) {
    let locals = frame.pointee.locals.isObject ? frame.pointee.locals : frame.pointee.globals
    if try dictDelete(locals.object(as: DictObject.self), name) == nil {
        throw raiseUndefinedName(name)
    }
}

func raiseUnboundLocal(_ code: CodeRef, _ index: Int) -> PyError {
    let name = code.pointee.localNames.tupleItems[index].stringValue
    return raise(rt.pointee.types.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
}

func raiseUnboundCell(_ code: CodeRef, _ index: Int) -> PyError {
    let name = code.pointee.localNames.tupleItems[index].stringValue
    if code.pointee.localKinds[index] & 0x80 != 0 {
        return raiseNameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
    return raise(rt.pointee.types.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
}

func newCell(_ value: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<CellObject>.stride, kind: .cell, type: rt.pointee.types.cell)
    let cell = raw.assumingMemoryBound(to: CellObject.self)
    cell.pointee.value = value
    return Value(cell)
}
