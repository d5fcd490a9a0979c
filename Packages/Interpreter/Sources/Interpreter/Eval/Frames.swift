import Bytecode
import Runtime

/// Lowest native stack address that recursion through built-ins (repr, sort keys, nested
/// interpreter loops) may reach before RecursionError: the thread's stack keeps an eighth (at
/// least 256 KiB) in reserve. 0 until `establishNativeStackLimit` runs on the Python thread.
nonisolated(unsafe) var nativeStackLimit: UInt = 0

/// Records the running thread's stack bounds (call on the thread that runs Python code).
func establishNativeStackLimit() {
    let (low, high) = threadStackBounds()
    guard high > low else { return }
    nativeStackLimit = low + max((high - low) / 8, 256 << 10)
}

/// True when the native stack is nearly used up.
@inline(__always)
func nativeStackExhausted() -> Bool {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < nativeStackLimit
}

/// Allocates a frame for `code` on the frame stack, with every local NULL. Raises
/// RecursionError past the recursion limit (or when the frame stack itself is full).
@inline(__always)
func allocateFrame(_ code: CodeRef, function: Value, globals: Value, builtins: Value) throws(PyError) -> FrameRef {
    let size = Frame.size(for: code)
    let top = rt.pointee.frames.top
    if rt.pointee.recursionDepth >= rt.pointee.recursionLimit || top + size > rt.pointee.frames.limit || nativeStackExhausted() {
        throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded")
    }
    rt.pointee.frames.top = top + size
    rt.pointee.recursionDepth += 1
    let frame = top.assumingMemoryBound(to: Frame.self)
    initializeFrame(frame, code, function: function, globals: globals, builtins: builtins)
    return frame
}

@inline(__always)
func initializeFrame(_ frame: FrameRef, _ code: CodeRef, function: Value, globals: Value, builtins: Value) {
    frame.pointee.previous = nil
    frame.pointee.code = code
    frame.pointee.function = function
    frame.pointee.globals = globals
    frame.pointee.builtins = builtins
    frame.pointee.locals = .null
    frame.pointee.instructionIndex = 0
    frame.pointee.stackDepth = 0
    frame.pointee.flags = FrameFlags(rawValue: 0)
    frame.pointee.generator = .null
    Frame.localsPlus(frame).update(repeating: .null, count: Int(code.pointee.localsPlusCount))
}

/// Leaves `frame`: frees its frame-stack space (generator frames live in their generator) and
/// makes its caller the current frame.
@inline(__always)
func popFrame(_ frame: FrameRef) {
    rt.pointee.recursionDepth -= frame.pointee.flags.contains(.constructor) ? 2 : 1
    rt.pointee.currentFrame = frame.pointee.previous
    if !frame.pointee.flags.contains(.ownedByGenerator) {
        rt.pointee.frames.top = UnsafeMutableRawPointer(frame)
    }
}

/// A frame for calling `function` with the given arguments, parameters bound.
@inline(__always)
func makeFrame(_ function: FunctionRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> FrameRef {
    let code = function.pointee.code
    let frame = try allocateFrame(code, function: Value(function), globals: function.pointee.globals, builtins: function.pointee.builtins)
    do throws(PyError) {
        try bindArguments(function, code, Frame.localsPlus(frame), args, count, keywordNames)
    } catch {
        popFrameAfterFailedBinding(frame)
        throw error
    }
    return frame
}

/// Undoes `allocateFrame` when binding the arguments failed (the frame never ran).
func popFrameAfterFailedBinding(_ frame: FrameRef) {
    rt.pointee.recursionDepth -= 1
    rt.pointee.frames.top = UnsafeMutableRawPointer(frame)
}

/// Fast path for specialized calls: exactly `code.argCount` positional arguments, no keywords,
/// no *args/**kwargs (defaults fill the missing tail when `withDefaults`).
@inline(__always)
func makeFrameExact(_ function: FunctionRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, withDefaults: Bool) throws(PyError) -> FrameRef {
    let code = function.pointee.code
    let frame = try allocateFrame(code, function: Value(function), globals: function.pointee.globals, builtins: function.pointee.builtins)
    let locals = Frame.localsPlus(frame)
    locals.update(from: args, count: count)
    if withDefaults {
        let defaults = function.pointee.defaults
        let parameterCount = Int(code.pointee.argCount)
        let defaultCount = defaults.tupleCount
        for i in count..<parameterCount { locals[i] = defaults.tupleItems[defaultCount - (parameterCount - i)] }
    }
    return frame
}

/// Binds call arguments to the parameters of `code` in `locals`, as CPython does, with its
/// error messages. `args[0..<count]` are the arguments; when `keywordNames` is a tuple of n
/// names, the last n of them are keyword arguments.
func bindArguments(_ function: FunctionRef, _ code: CodeRef, _ locals: UnsafeMutablePointer<Value>,
                   _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) {
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positionalCount = count - keywordCount
    let parameterCount = Int(code.pointee.argCount)
    let keywordOnlyCount = Int(code.pointee.keywordOnlyArgCount)
    let flags = CodeFlags(rawValue: code.pointee.flags)
    let hasVarargs = flags.contains(.varargs)
    let hasVarkeywords = flags.contains(.varkeywords)
    let varargsIndex = parameterCount + keywordOnlyCount
    let varkeywordsIndex = varargsIndex + (hasVarargs ? 1 : 0)

    // Fast path: the exact positional arguments and nothing else.
    if keywordCount == 0 && positionalCount == parameterCount && !hasVarargs && !hasVarkeywords && keywordOnlyCount == 0 {
        locals.update(from: args, count: count)
        return
    }

    // CPython's order (initialize_locals): positional arguments, *args, keyword arguments
    // (unexpected / positional-only / multiple values), then too many positional arguments,
    // then missing positional and keyword-only arguments.
    var keywordDict = Value.null
    if hasVarkeywords {
        keywordDict = newDict()
        locals[varkeywordsIndex] = keywordDict
    }
    let bound = min(positionalCount, parameterCount)
    for i in 0..<bound { locals[i] = args[i] }
    if hasVarargs {
        locals[varargsIndex] = positionalCount > parameterCount
            ? newTuple(args + parameterCount, count: positionalCount - parameterCount)
            : newTuple([])
    }

    let localNames = code.pointee.localNames.tupleItems
    let positionalOnlyCount = Int(code.pointee.positionalOnlyArgCount)
    for k in 0..<keywordCount {
        let name = keywordNames.tupleItems[k]
        let value = args[positionalCount + k]
        guard name.isStr else { throw raiseTypeError("\(qualifiedName(function))() keywords must be strings") }
        var slot = -1
        for p in positionalOnlyCount..<(parameterCount + keywordOnlyCount) where namesEqual(localNames[p], name) {
            slot = p
            break
        }
        if slot < 0 {
            if hasVarkeywords {
                try dictSetItem(keywordDict.object(as: DictObject.self), name, value)
                continue
            }
            var positionalOnlyPassed: [String] = []
            for p in 0..<positionalOnlyCount {
                for j in 0..<keywordCount where namesEqual(localNames[p], keywordNames.tupleItems[j]) {
                    positionalOnlyPassed.append(localNames[p].stringValue)
                    break
                }
            }
            if !positionalOnlyPassed.isEmpty {
                throw raiseTypeError("\(qualifiedName(function))() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
            throw raiseTypeError("\(qualifiedName(function))() got an unexpected keyword argument '\(name.stringValue)'")
        }
        if !locals[slot].isNull {
            throw raiseTypeError("\(qualifiedName(function))() got multiple values for argument '\(name.stringValue)'")
        }
        locals[slot] = value
    }

    if positionalCount > parameterCount && !hasVarargs {
        var keywordOnlyGiven = 0
        for i in parameterCount..<(parameterCount + keywordOnlyCount) where !locals[i].isNull { keywordOnlyGiven += 1 }
        throw tooManyPositional(function, code, given: positionalCount, keywordsGiven: keywordOnlyGiven)
    }

    // Defaults for missing positional parameters.
    if positionalCount < parameterCount {
        let defaults = function.pointee.defaults
        let defaultCount = defaults.isNull ? 0 : defaults.tupleCount
        let firstDefault = parameterCount - defaultCount
        var missing: [String] = []
        if positionalCount < firstDefault {
            for i in positionalCount..<firstDefault where locals[i].isNull {
                missing.append(localNames[i].stringValue)
            }
        }
        if !missing.isEmpty { throw missingArguments(function, missing, kind: "positional") }
        for i in max(positionalCount, firstDefault)..<parameterCount where locals[i].isNull {
            locals[i] = defaults.tupleItems[i - firstDefault]
        }
    }
    // Keyword-only parameters.
    if keywordOnlyCount > 0 {
        var missing: [String] = []
        let defaults = function.pointee.keywordDefaults
        for i in parameterCount..<(parameterCount + keywordOnlyCount) where locals[i].isNull {
            if defaults.isObject, let value = dictLookupString(defaults.object(as: DictObject.self), localNames[i]) {
                locals[i] = value
            } else {
                missing.append(localNames[i].stringValue)
            }
        }
        if !missing.isEmpty { throw missingArguments(function, missing, kind: "keyword-only") }
    }
}

@inline(__always)
func namesEqual(_ a: Value, _ b: Value) -> Bool {
    a.bits == b.bits || stringsEqual(a.object(as: StrObject.self), b.object(as: StrObject.self))
}

func qualifiedName(_ function: FunctionRef) -> String {
    function.pointee.qualifiedName.stringValue
}

private func tooManyPositional(_ function: FunctionRef, _ code: CodeRef, given: Int, keywordsGiven: Int) -> PyError {
    let parameterCount = Int(code.pointee.argCount)
    let defaults = function.pointee.defaults
    let defaultCount = defaults.isNull ? 0 : defaults.tupleCount
    let takes: String
    if defaultCount > 0 {
        takes = "from \(parameterCount - defaultCount) to \(parameterCount) positional arguments"
    } else {
        takes = "\(parameterCount) positional argument\(parameterCount == 1 ? "" : "s")"
    }
    var givenText = "\(given)"
    if keywordsGiven > 0 {
        givenText += " positional argument\(given == 1 ? "" : "s") (and \(keywordsGiven) keyword-only argument\(keywordsGiven == 1 ? "" : "s"))"
    }
    let verb = given == 1 && keywordsGiven == 0 ? "was" : "were"
    return raiseTypeError("\(qualifiedName(function))() takes \(takes) but \(givenText) \(verb) given")
}

private func missingArguments(_ function: FunctionRef, _ names: [String], kind: String) -> PyError {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
    return raiseTypeError("\(qualifiedName(function))() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
}
