import Runtime

/// `io`, as far as programs that collect text in memory need it: `io.StringIO` with `write`,
/// `writelines` and `getvalue` (so `print(..., file=stream)` works). Other names of CPython's io
/// module are missing (AttributeError). A StringIO keeps the written pieces in a list (slot 0)
/// and joins them when asked for its value.
func registerIOModule() {
    registerModule("io") { () throws(PyError) -> Value in
        let m = makeModule("io")
        let type = makeModuleType("_io.StringIO", subclassable: true)
        modSet(m, "StringIO", Value(type))
        modSetNew(type) { args, count, keywordNames throws(PyError) in
            let cls = args[0].object(as: TypeObject.self)
            let stream = modNewSlotObject(cls, slots: 1)
            modSlots(stream)[0] = newList(capacity: 0)
            if !modHasPythonInit(cls) { try initializeStringIO(stream, args + 1, count - 1, keywordNames) }
            return stream
        }
        defineMethod(type, "__init__") { args, count, keywordNames throws(PyError) in
            try initializeStringIO(args[0], args + 1, count - 1, keywordNames)
            return .none
        }
        defineMethod(type, "write") { args, count, keywordNames throws(PyError) in
            try checkWrapperArguments(count - 1, keywordNames, 1)
            guard isStrValue(args[1]) else {
                throw raiseTypeError("string argument expected, got '\(typeName(args[1]))'")
            }
            listAppend(modSlots(args[0])[0].object(as: ListObject.self), args[1])
            return newInt(args[1].strCount)
        }
        defineMethod(type, "writelines") { args, count, keywordNames throws(PyError) in
            try checkWrapperArguments(count - 1, keywordNames, 1)
            let stream = args[0]
            try forEachItem(args[1]) { line throws(PyError) in
                guard isStrValue(line) else {
                    throw raiseTypeError("string argument expected, got '\(typeName(line))'")
                }
                listAppend(modSlots(stream)[0].object(as: ListObject.self), line)
            }
            return .none
        }
        defineMethod(type, "getvalue") { args, count, keywordNames throws(PyError) in
            try checkWrapperArguments(count - 1, keywordNames, 0)
            let pieces = modSlots(args[0])[0].object(as: ListObject.self)
            let value = joinStrings(pieces.items, count: pieces.pointee.count)
            // Keep one piece: asking again costs nothing.
            pieces.pointee.count = 0
            listAppend(pieces, value)
            return value
        }
        return m
    }
}

/// StringIO(initial_value='', newline='\n'): the initial value is the first piece.
private func initializeStringIO(_ stream: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int,
                                _ keywordNames: Value) throws(PyError) {
    let positional = count - modKeywordCount(keywordNames)
    guard positional <= 2 else { throw raiseTypeError("StringIO() takes at most 2 arguments (\(positional) given)") }
    let pieces = newList(capacity: 0)
    modSlots(stream)[0] = pieces
    if positional >= 1 && !args[0].isNone {
        guard isStrValue(args[0]) else { throw raiseTypeError("initial_value must be str or None, not \(typeName(args[0]))") }
        listAppend(pieces.object(as: ListObject.self), args[0])
    }
}
