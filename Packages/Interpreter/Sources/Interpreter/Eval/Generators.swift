import Bytecode
import Runtime

/// Creates the generator for a call to a generator function; its frame lives in the generator.
func makeGenerator(_ function: FunctionRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let code = function.pointee.code
    let frameBytes = Frame.size(for: code)
    let storageRaw = rt.pointee.heap.allocate(size: FrameStorageObject.frameOffset + frameBytes, kind: .frameStorage, type: rt.pointee.types.frame)
    let storage = storageRaw.assumingMemoryBound(to: FrameStorageObject.self)
    storage.pointee.frameBytes = frameBytes
    let frame = FrameStorageObject.frame(storage)
    initializeFrame(frame, code, function: Value(function), globals: function.pointee.globals, builtins: function.pointee.builtins)
    frame.pointee.flags = .ownedByGenerator
    try bindArguments(function, code, Frame.localsPlus(frame), args, count, keywordNames)

    let raw = rt.pointee.heap.allocate(size: MemoryLayout<GeneratorObject>.stride, kind: .generator, type: rt.pointee.types.generator)
    let generator = raw.assumingMemoryBound(to: GeneratorObject.self)
    generator.pointee.frameStorage = Value(storage)
    generator.pointee.name = function.pointee.name
    generator.pointee.qualifiedName = function.pointee.qualifiedName
    generator.pointee.state = .created
    generator.pointee.delegate = .null
    generator.pointee.exceptionState = .null
    generator.pointee.savedException = .null
    frame.pointee.generator = Value(generator)
    return Value(generator)
}

enum GeneratorResult {
    case yielded(Value)
    case returned(Value)
}

@inline(__always)
func generatorFrame(_ generator: UnsafeMutablePointer<GeneratorObject>) -> FrameRef {
    FrameStorageObject.frame(generator.pointee.frameStorage.object(as: FrameStorageObject.self))
}

/// Resumes a generator with `sent` (or, when `throwing`, by raising the current exception at
/// its suspension point). CPython's gen_send_ex2.
func resumeGenerator(_ generatorValue: Value, _ sent: Value, throwing: Bool = false) throws(PyError) -> GeneratorResult {
    let generator = generatorValue.object(as: GeneratorObject.self)
    switch generator.pointee.state {
    case .running:
        throw raiseValueError("generator already executing")
    case .finished:
        if throwing { throw PyError() }
        return .returned(.none)
    case .created:
        if !throwing && !sent.isNone {
            throw raiseTypeError("can't send non-None value to a just-started generator")
        }
    case .suspended:
        break
    }
    let frame = generatorFrame(generator)
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit || nativeStackExhausted() {
        // The frame never starts: the generator is finished, with no traceback entry of its own.
        generator.pointee.state = .finished
        generator.pointee.exceptionState = .null
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded")
    }
    if generator.pointee.state == .suspended && !throwing {
        (Frame.stackBase(frame) + frame.pointee.stackDepth).pointee = sent
        frame.pointee.stackDepth += 1
    }
    rt.pointee.recursionDepth += 1
    // The generator's exception state goes on top of the resumer's (gi_exc_state).
    generator.pointee.savedException = rt.pointee.handledException
    rt.pointee.handledException = generator.pointee.exceptionState
    frame.pointee.previous = rt.pointee.currentFrame
    generator.pointee.state = .running
    let value = try evalFrame(frame, throwing: throwing)
    return generator.pointee.state == .finished ? .returned(value) : .yielded(value)
}

/// FOR_ITER over a generator that can run now: does what `resumeGenerator` does before
/// evaluating (sent value None, exception state, running) and returns the frame for the eval
/// loop to switch to; nil leaves the generator to `resumeGenerator` (running or finished, or
/// at the recursion limit, where that raises).
@inline(__always)
func resumeGeneratorInline(_ generatorValue: Value) -> FrameRef? {
    let generator = generatorValue.object(as: GeneratorObject.self)
    let state = generator.pointee.state
    guard state == .suspended || state == .created,
          rt.pointee.recursionDepth < rt.pointee.recursionLimit else { return nil }
    let frame = generatorFrame(generator)
    if state == .suspended {
        (Frame.stackBase(frame) + frame.pointee.stackDepth).pointee = .none
        frame.pointee.stackDepth += 1
    }
    rt.pointee.recursionDepth += 1
    generator.pointee.savedException = rt.pointee.handledException
    rt.pointee.handledException = generator.pointee.exceptionState
    generator.pointee.state = .running
    // Not an entry frame now: its yield and return go back to the loop that resumed it.
    frame.pointee.flags.remove(.entry)
    return frame
}

/// YIELD_VALUE: the frame stops here until resumed; the resumer's handled exception is back.
@inline(__always)
func suspendGenerator(_ frame: FrameRef) {
    let generator = frame.pointee.generator.object(as: GeneratorObject.self)
    generator.pointee.state = .suspended
    generator.pointee.exceptionState = rt.pointee.handledException
    rt.pointee.handledException = generator.pointee.savedException
    generator.pointee.savedException = .null
}

/// The generator's frame returned.
func finishGenerator(_ frame: FrameRef) {
    let generator = frame.pointee.generator.object(as: GeneratorObject.self)
    generator.pointee.state = .finished
    rt.pointee.handledException = generator.pointee.savedException
    generator.pointee.savedException = .null
    generator.pointee.exceptionState = .null
}

/// An exception escapes the generator's frame: it is finished, and a StopIteration raised
/// inside becomes RuntimeError (PEP 479).
func failGenerator(_ frame: FrameRef) {
    finishGenerator(frame)
    let exception = rt.pointee.currentException
    if !exception.isNull && isSubtype(exception.header.pointee.type, of: rt.pointee.types.StopIteration) {
        let replacement = newExceptionWithMessage(rt.pointee.types.RuntimeError, "generator raised StopIteration")
        let e = replacement.object(as: ExceptionObject.self)
        e.pointee.cause = exception
        e.pointee.context = exception
        e.pointee.suppressContext = true
        rt.pointee.currentException = replacement
    }
}

/// The handled exception code running now sees (sys.exc_info(), bare `raise`, implicit
/// chaining): the innermost non-None entry of the exception-state stack, whose entries below
/// the running generators are saved in them (CPython's _PyErr_GetTopmostException).
func topmostHandledException() -> Value {
    let handled = rt.pointee.handledException
    if isExceptionInstance(handled) { return handled }
    var frame = rt.pointee.currentFrame
    while let f = frame {
        if f.pointee.flags.contains(.ownedByGenerator), f.pointee.generator.isObject {
            let generator = f.pointee.generator.object(as: GeneratorObject.self)
            if generator.pointee.state == .running, isExceptionInstance(generator.pointee.savedException) {
                return generator.pointee.savedException
            }
        }
        frame = f.pointee.previous
    }
    return .null
}

/// The iterator a suspended generator is delegating to with `yield from` (gi_yieldfrom): it
/// stopped at the YIELD_VALUE right after a SEND, with the receiver on top of its stack.
func generatorDelegate(_ generator: UnsafeMutablePointer<GeneratorObject>) -> Value? {
    guard generator.pointee.state == .suspended else { return nil }
    let frame = generatorFrame(generator)
    let ip = frame.pointee.instructionIndex
    let instructions = frame.pointee.code.pointee.instructions
    guard ip >= 2, frame.pointee.stackDepth >= 1,
          InstructionWord(bits: instructions[ip - 2]).opcode == Opcode.SEND.rawValue,
          InstructionWord(bits: instructions[ip - 1]).opcode == Opcode.YIELD_VALUE.rawValue else { return nil }
    return Frame.stackBase(frame)[frame.pointee.stackDepth - 1]
}

/// The delegate of `yield from` finished while being thrown into or closed: pop it and move the
/// suspended generator to the end of its SEND loop (where the result is stored).
private func leaveDelegation(_ generator: UnsafeMutablePointer<GeneratorObject>) {
    let frame = generatorFrame(generator)
    let instructions = frame.pointee.code.pointee.instructions
    let send = InstructionWord(bits: instructions[frame.pointee.instructionIndex - 2])
    frame.pointee.stackDepth -= 1
    frame.pointee.instructionIndex = send.oparg
}

/// generator.throw(exception): raises `exception` where the generator is suspended, passing it
/// to the iterator it delegates to first (CPython's _gen_throw).
func throwIntoGenerator(_ generatorValue: Value, _ exception: Value, originalArgs: (Value, Value, Value)? = nil) throws(PyError) -> GeneratorResult {
    let generator = generatorValue.object(as: GeneratorObject.self)
    if generator.pointee.state == .running { throw raiseValueError("generator already executing") }
    var toRaise = exception
    if let delegate = generatorDelegate(generator) {
        if isSubtype(typeOf(exception), of: rt.pointee.types.GeneratorExit) {
            // Close the delegate first; an error from closing it is raised instead.
            generator.pointee.state = .running
            do throws(PyError) {
                try closeIterator(delegate)
                generator.pointee.state = .suspended
            } catch {
                generator.pointee.state = .suspended
                toRaise = takeCurrentException()
            }
        } else {
            generator.pointee.state = .running
            var result: GeneratorResult? = nil
            var failed = false
            do throws(PyError) {
                if delegate.isObject && delegate.header.pointee.kind == .generator {
                    result = try throwIntoGenerator(delegate, exception, originalArgs: originalArgs)
                } else if let throwMethod = try lookupThrowMethod(delegate) {
                    // The arguments throw() was given, as given (CPython stops at the first absent one).
                    let args = originalArgs ?? (Value(typeOf(exception)), exception, Value.null)
                    if args.1.isNull {
                        result = .yielded(try call(throwMethod, args.0))
                    } else if args.2.isNull {
                        result = .yielded(try call(throwMethod, args.0, args.1))
                    } else {
                        result = .yielded(try call(throwMethod, args.0, args.1, args.2))
                    }
                }
            } catch {
                failed = true
            }
            generator.pointee.state = .suspended
            if let result {
                switch result {
                case .yielded(let v):
                    return .yielded(v)
                case .returned(let v):
                    leaveDelegation(generator)
                    return try resumeGenerator(generatorValue, v)
                }
            }
            if failed {
                leaveDelegation(generator)
                if currentExceptionMatches(rt.pointee.types.StopIteration) {
                    let value = stopIterationValue(takeCurrentException())
                    return try resumeGenerator(generatorValue, value)
                }
                return try resumeGenerator(generatorValue, .none, throwing: true)
            }
            // The delegate has no throw(): raise in the generator itself.
        }
    }
    rt.pointee.currentException = toRaise
    return try resumeGenerator(generatorValue, .none, throwing: true)
}

/// `delegate.throw`, or nil when it has none.
private func lookupThrowMethod(_ delegate: Value) throws(PyError) -> Value? {
    do throws(PyError) {
        return try getAttributeOrNil(delegate, internString("throw"))
    } catch {
        guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
        _ = takeCurrentException()
        return nil
    }
}

/// close() of a `yield from` delegate: generators are closed, other iterators get their close()
/// called when they have one.
func closeIterator(_ iterator: Value) throws(PyError) {
    if iterator.isObject && iterator.header.pointee.kind == .generator {
        try closeGenerator(iterator)
        return
    }
    let close: Value?
    do throws(PyError) {
        close = try getAttributeOrNil(iterator, internString("close"))
    } catch {
        guard currentExceptionMatches(rt.pointee.types.AttributeError) else { throw error }
        _ = takeCurrentException()
        return
    }
    if let close { _ = try call(close) }
}

/// generator.close(): raise GeneratorExit where the generator is suspended; it must not yield.
func closeGenerator(_ generatorValue: Value) throws(PyError) {
    let generator = generatorValue.object(as: GeneratorObject.self)
    switch generator.pointee.state {
    case .finished:
        return
    case .created:
        generator.pointee.state = .finished
        return
    case .running:
        throw raiseValueError("generator already executing")
    case .suspended:
        break
    }
    var toRaise = Value.null
    if let delegate = generatorDelegate(generator) {
        generator.pointee.state = .running
        do throws(PyError) {
            try closeIterator(delegate)
        } catch {
            toRaise = takeCurrentException()
        }
        generator.pointee.state = .suspended
    }
    if toRaise.isNull { toRaise = newException(rt.pointee.types.GeneratorExit, args: newTuple([])) }
    rt.pointee.currentException = toRaise
    do throws(PyError) {
        _ = try resumeGenerator(generatorValue, .none, throwing: true)
    } catch {
        if currentExceptionMatches(rt.pointee.types.StopIteration) || currentExceptionMatches(rt.pointee.types.GeneratorExit) {
            _ = takeCurrentException()
            return
        }
        throw error
    }
    // It yielded (or returned: in 3.11 a return value is dropped).
    if generator.pointee.state != .finished {
        throw raiseRuntimeError("generator ignored GeneratorExit")
    }
}

/// SEND: one step of `yield from receiver`.
func sendToIterator(_ receiver: Value, _ sent: Value) throws(PyError) -> GeneratorResult {
    if receiver.isObject && receiver.header.pointee.kind == .generator {
        return try resumeGenerator(receiver, sent)
    }
    if sent.isNone {
        if let next = try iteratorNext(receiver) { return .yielded(next) }
        return .returned(takeStopIterationValue())
    }
    let send = try getAttribute(receiver, internString("send"))
    do throws(PyError) {
        return .yielded(try call(send, sent))
    } catch {
        if currentExceptionMatches(rt.pointee.types.StopIteration) {
            return .returned(stopIterationValue(takeCurrentException()))
        }
        throw error
    }
}

/// The value of a StopIteration exception (its `value` attribute when set, else the first
/// argument, else None).
func stopIterationValue(_ exception: Value) -> Value {
    let e = exception.object(as: ExceptionObject.self)
    if e.pointee.dict.isObject, let value = dictLookupString(e.pointee.dict.object(as: DictObject.self), internString("value")) {
        return value
    }
    let args = e.pointee.args
    return args.isObject && args.tupleCount > 0 ? args.tupleItems[0] : .none
}

/// After an iterator reported exhaustion through `iteratorNext`, the return value of the
/// StopIteration it raised (None when there was none).
func takeStopIterationValue() -> Value {
    let value = rt.pointee.lastStopIterationValue
    rt.pointee.lastStopIterationValue = .none
    return value
}

/// The result of a generator step as a method returns it: the yielded value, or StopIteration.
private func generatorMethodResult(_ result: GeneratorResult) throws(PyError) -> Value {
    switch result {
    case .yielded(let v): return v
    case .returned(let v): throw raiseStopIteration(v.isNone ? .null : v)
    }
}

/// The exception `throw(type[, value[, traceback]])` raises (CPython's argument normalization).
func exceptionForThrow(_ type: Value, _ value: Value, _ traceback: Value) throws(PyError) -> Value {
    if !traceback.isNull && !traceback.isNone && !(traceback.isObject && traceback.header.pointee.kind == .traceback) {
        throw raiseTypeError("throw() third argument must be a traceback object")
    }
    var exception: Value
    if type.isObject && type.header.pointee.kind == .type && type.object(as: TypeObject.self).pointee.flags.contains(.exception) {
        if isExceptionInstance(value) && isSubtype(typeOf(value), of: type.object(as: TypeObject.self)) {
            exception = value
        } else if value.isNull || value.isNone {
            exception = try call(type)
        } else if value.isObject && value.header.pointee.type == rt.pointee.types.tuple {
            exception = try callObject(type, value.tupleItems, value.tupleCount)
        } else {
            exception = try call(type, value)
        }
        guard isExceptionInstance(exception) else {
            throw raiseTypeError("calling \(try reprText(type)) should have returned an instance of BaseException, not \(typeName(exception))")
        }
    } else if isExceptionInstance(type) {
        if !value.isNull && !value.isNone {
            throw raiseTypeError("instance exception may not have a separate value")
        }
        exception = type
    } else {
        throw raiseTypeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(type))")
    }
    if traceback.isObject && traceback.header.pointee.kind == .traceback {
        exception.object(as: ExceptionObject.self).pointee.traceback = traceback
    }
    return exception
}

/// send, throw, close, __next__, __iter__ and the gi_* attributes of generators.
func registerGeneratorMethods() {
    let generator = rt.pointee.types.generator
    defineMethod(generator, "send") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("generator.send", count - 1, keywordNames, exactly: 1)
        return try generatorMethodResult(try resumeGenerator(args[0], args[1]))
    }
    defineMethod(generator, "throw") { args, count, keywordNames throws(PyError) in
        try checkPositional("throw", count - 1, keywordNames, min: 1, max: 3)
        let type = args[1]
        let value = count > 2 ? args[2] : Value.null
        let traceback = count > 3 ? args[3] : Value.null
        let exception = try exceptionForThrow(type, value, traceback)
        let original = (type, value, traceback)
        return try generatorMethodResult(try throwIntoGenerator(args[0], exception, originalArgs: original))
    }
    defineMethod(generator, "close") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("generator.close", count - 1, keywordNames, exactly: 0)
        try closeGenerator(args[0])
        return .none
    }
    defineMethod(generator, "__next__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("generator.__next__", count - 1, keywordNames, exactly: 0)
        return try generatorMethodResult(try resumeGenerator(args[0], .none))
    }
    defineMethod(generator, "__iter__") { args, count, keywordNames throws(PyError) in
        try checkMethodArguments("generator.__iter__", count - 1, keywordNames, exactly: 0)
        return args[0]
    }
}

/// Attributes of generator objects (special attributes, no instance dict).
func generatorAttribute(_ obj: Value, _ attribute: String) -> Value? {
    let generator = obj.object(as: GeneratorObject.self)
    switch attribute {
    case "__name__": return generator.pointee.name
    case "__qualname__": return generator.pointee.qualifiedName
    case "gi_running": return Value(bool: generator.pointee.state == .running)
    case "gi_suspended": return Value(bool: generator.pointee.state == .suspended)
    case "gi_yieldfrom": return generatorDelegate(generator) ?? Value.none
    case "gi_code": return Value(generatorFrame(generator).pointee.code)
    // The frame (for `gi_frame is None` tests): Hotpath's frame objects have no attributes.
    case "gi_frame": return generator.pointee.state == .finished ? Value.none : generator.pointee.frameStorage
    default: return nil
    }
}

/// Methods taking a fixed number of arguments: "generator.send() takes exactly one argument
/// (0 given)", "generator.close() takes no arguments (1 given)".
func checkMethodArguments(_ name: String, _ count: Int, _ keywordNames: Value, exactly n: Int) throws(PyError) {
    if !keywordNames.isNull && keywordNames.tupleCount > 0 {
        throw raiseTypeError("\(name)() takes no keyword arguments")
    }
    guard count != n else { return }
    switch n {
    case 0: throw raiseTypeError("\(name)() takes no arguments (\(count) given)")
    case 1: throw raiseTypeError("\(name)() takes exactly one argument (\(count) given)")
    default: throw raiseTypeError("\(name)() takes exactly \(n) arguments (\(count) given)")
    }
}

// MARK: finalization

/// Header flag of a generator made by the call right before a for loop's GET_ITER: nothing but
/// that loop refers to it, so leaving the loop early drops its last reference.
let generatorOwnedByLoop: UInt16 = 1

/// GET_ITER after a CALL that returned a fresh generator: the loop owns it.
@inline(__always)
func markLoopOwnedGenerator(_ v: Value, previousOpcode: UInt8) {
    guard v.isObject, v.header.pointee.kind == .generator,
          v.object(as: GeneratorObject.self).pointee.state == .created else { return }
    switch previousOpcode {
    case Opcode.CALL.rawValue, Opcode.CALL_KW.rawValue, Opcode.CALL_FUNCTION_EX.rawValue:
        v.header.pointee.flags |= generatorOwnedByLoop
    default:
        break
    }
}

/// A value leaves the value stack for good (POP_TOP, unwinding): a loop-owned generator that
/// is suspended is finalized now, as CPython's reference counting would.
@inline(__always)
func releaseStackValue(_ v: Value) {
    if v.isObject && v.header.pointee.kind == .generator && v.header.pointee.flags & generatorOwnedByLoop != 0 {
        v.header.pointee.flags &= ~generatorOwnedByLoop
        if v.object(as: GeneratorObject.self).pointee.state == .suspended { finalizeGenerator(v) }
    }
}

/// Releases every value in [from, to) of a value stack being cut back.
func releaseStackValues(from: UnsafeMutablePointer<Value>, to: UnsafeMutablePointer<Value>) {
    var slot = from
    while slot < to {
        releaseStackValue(slot.pointee)
        slot += 1
    }
}

/// CPython's generator finalizer: close() it; errors are reported as unraisable, and an
/// exception being propagated meanwhile is kept.
func finalizeGenerator(_ generator: Value) {
    let pending = rt.pointee.currentException
    rt.pointee.currentException = .null
    do throws(PyError) {
        try closeGenerator(generator)
    } catch {
        writeUnraisable(takeCurrentException(), object: generator)
    }
    rt.pointee.currentException = pending
}

/// At exit CPython releases __main__'s globals in insertion order, the values held directly
/// first and the containers after them (their items as the container goes: lists and tuples from
/// the last item, dicts in order), as observed with CPython 3.11; a suspended generator is
/// finalized when its last such reference goes.
func finalizeMainGenerators(_ globals: Value) {
    let order = newList(capacity: 0)
    let orderList = order.object(as: ListObject.self)
    var visited = Set<UInt64>()
    var budget = 100_000
    func visit(_ v: Value, _ depth: Int) {
        guard v.isObject, budget > 0 else { return }
        budget -= 1
        let kind = v.header.pointee.kind
        if kind == .generator { listAppend(orderList, v); return }
        guard depth < 50, kind == .list || kind == .tuple || kind == .dict, !visited.contains(v.bits) else { return }
        visited.insert(v.bits)
        switch kind {
        case .list:
            let list = v.object(as: ListObject.self)
            var i = list.pointee.count - 1
            while i >= 0 {
                if i < list.pointee.count { visit(list.items[i], depth + 1) }
                i -= 1
            }
        case .tuple:
            var i = v.tupleCount - 1
            while i >= 0 { visit(v.tupleItems[i], depth + 1); i -= 1 }
        default:
            let dict = v.object(as: DictObject.self)
            var position = 0
            while let index = dictNextEntry(dict, from: position) {
                position = index + 1
                visit(dict.pointee.entries.unsafelyUnwrapped[index].key, depth + 1)
                visit(dict.pointee.entries.unsafelyUnwrapped[index].value, depth + 1)
            }
        }
    }
    let dict = globals.object(as: DictObject.self)
    for containers in [false, true] {
        var position = 0
        while let index = dictNextEntry(dict, from: position) {
            position = index + 1
            let entry = dict.pointee.entries.unsafelyUnwrapped[index]
            if entry.key.isStr && entry.key.stringValue == "__builtins__" { continue }
            let kind = entry.value.objectKind
            let isContainer = kind == .list || kind == .tuple || kind == .dict
            if isContainer == containers { visit(entry.value, 0) }
        }
    }
    let count = orderList.pointee.count
    for i in 0..<count {
        let v = orderList.items[i]
        guard v.object(as: GeneratorObject.self).pointee.state == .suspended else { continue }
        var later = false
        for j in (i + 1)..<max(count, i + 1) where orderList.items[j].bits == v.bits { later = true; break }
        if !later { finalizeGenerator(v) }
    }
}
