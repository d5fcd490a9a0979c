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
    frame.pointee.generator = Value(generator)
    return Value(generator)
}

enum GeneratorResult {
    case yielded(Value)
    case returned(Value)
}

/// Resumes a generator with `sent` (or, when `throwing`, by raising the current exception at
/// its suspension point).
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
        if throwing {
            generator.pointee.state = .finished
            throw PyError()
        }
    case .suspended:
        break
    }
    let frame = FrameStorageObject.frame(generator.pointee.frameStorage.object(as: FrameStorageObject.self))
    if generator.pointee.state == .suspended && !throwing {
        (Frame.stackBase(frame) + frame.pointee.stackDepth).pointee = sent
        frame.pointee.stackDepth += 1
    }
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded")
    }
    rt.pointee.recursionDepth += 1
    frame.pointee.previous = rt.pointee.currentFrame
    generator.pointee.state = .running
    let value = try evalFrame(frame, throwing: throwing)
    return generator.pointee.state == .finished ? .returned(value) : .yielded(value)
}

/// YIELD_VALUE: the frame stops here until resumed.
@inline(__always)
func suspendGenerator(_ frame: FrameRef) {
    frame.pointee.generator.object(as: GeneratorObject.self).pointee.state = .suspended
}

/// The generator's frame returned.
func finishGenerator(_ frame: FrameRef) {
    frame.pointee.generator.object(as: GeneratorObject.self).pointee.state = .finished
}

/// An exception escapes the generator's frame: it is finished, and a StopIteration raised
/// inside becomes RuntimeError (PEP 479).
func failGenerator(_ frame: FrameRef) {
    frame.pointee.generator.object(as: GeneratorObject.self).pointee.state = .finished
    let exception = rt.pointee.currentException
    if !exception.isNull && isSubtype(exception.header.pointee.type, of: rt.pointee.types.StopIteration) {
        let replacement = newException(rt.pointee.types.RuntimeError, args: newTuple([newString("generator raised StopIteration")]))
        let e = replacement.object(as: ExceptionObject.self)
        e.pointee.cause = exception
        e.pointee.context = exception
        e.pointee.suppressContext = true
        rt.pointee.currentException = replacement
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

/// The value of a StopIteration exception (None when it has no args).
func stopIterationValue(_ exception: Value) -> Value {
    let args = exception.object(as: ExceptionObject.self).pointee.args
    return args.isObject && args.tupleCount > 0 ? args.tupleItems[0] : .none
}

/// After an iterator reported exhaustion through `iteratorNext`, the return value of the
/// StopIteration it raised (None when there was none).
func takeStopIterationValue() -> Value {
    let value = rt.pointee.lastStopIterationValue
    rt.pointee.lastStopIterationValue = .none
    return value
}
