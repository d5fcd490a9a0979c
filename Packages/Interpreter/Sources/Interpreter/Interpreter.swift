import Bytecode
import BigInt
import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` on a new thread with a 1 GiB stack and waits for it (runs it here when no thread
/// can be made).
func runOnLargeStackThread(_ body: @escaping () -> Void) {
    final class Box { let body: () -> Void; init(_ body: @escaping () -> Void) { self.body = body } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let context = Unmanaged.passRetained(Box(body)).toOpaque()
    let created = pthread_create(&thread, &attributes, { raw in
        Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }, context)
    guard created == 0 else {
        Unmanaged<Box>.fromOpaque(context).release()
        body()
        return
    }
    pthread_join(thread, nil)
}

/// The Tier 1 interpreter: set up once, then run code units.
public enum Interpreter {
    nonisolated(unsafe) static var isSetUp = false
    /// sys.argv for the running program.
    nonisolated(unsafe) public static var programArguments: [String] = []
    /// Registration functions of packages that add built-in modules (called by setUp).
    nonisolated(unsafe) public static var moduleInstallers: [() -> Void] = []

    /// Initializes the runtime, the builtins and the hooks the runtime calls back into.
    public static func setUp() {
        guard !isSetUp else { return }
        isSetUp = true
        Runtime.initialize()
        typeLookupTable = rt.pointee.typeLookupCache
        instanceAttributeTable = rt.pointee.instanceAttributeCache
        names.intern()
        rt.pointee.hooks.richEquals = { a, b throws(PyError) in try compareBool(a, b, 2) }
        rt.pointee.hooks.hash = { v throws(PyError) in try hashOfObject(v) }
        rt.pointee.hooks.repr = { v throws(PyError) in try reprOf(v) }

        let builtins = newDict()
        builtinObjects.builtinsDict = builtins
        rt.pointee.permanentRoots.append(builtins)
        importedModules = newDict()
        rt.pointee.permanentRoots.append(importedModules)
        standardOutputObject = newModule("<stdout>")
        standardErrorObject = newModule("<stderr>")
        rt.pointee.permanentRoots.append(standardOutputObject)
        rt.pointee.permanentRoots.append(standardErrorObject)

        let types = rt.pointee.types
        let exposed: [(String, TypeRef)] = [
            ("object", types.object), ("type", types.type), ("int", types.int), ("bool", types.bool),
            ("float", types.float), ("str", types.str), ("bytes", types.bytes), ("tuple", types.tuple),
            ("list", types.list), ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset),
            ("range", types.range), ("slice", types.slice), ("enumerate", types.enumerate), ("zip", types.zip),
            ("map", types.map), ("filter", types.filter), ("reversed", types.reversed),
            ("property", types.property), ("staticmethod", types.staticmethod), ("classmethod", types.classmethod),
            ("super", types.superType),
        ]
        for (name, type) in exposed { dictSetString(builtins.object(as: DictObject.self), internString(name), Value(type)) }
        for (name, type) in types.exceptions where type != types.HotpathUnsupported {
            dictSetString(builtins.object(as: DictObject.self), internString(name), Value(type))
        }
        dictSetString(builtins.object(as: DictObject.self), internString("None"), .none)
        dictSetString(builtins.object(as: DictObject.self), internString("Ellipsis"), .ellipsis)
        dictSetString(builtins.object(as: DictObject.self), internString("NotImplemented"), .notImplemented)
        dictSetString(builtins.object(as: DictObject.self), internString("__debug__"), .true)
        for type in types.all where type.pointee.module.isNull { type.pointee.module = .null }

        registerCoreBuiltins(builtins)
        registerCoreConstructors(builtins)
        registerNumberConstructors(builtins)
        registerCombinators(builtins)
        for registration in builtinRegistrations { registration(builtins) }
        registerBuiltinModules()
        for installer in moduleInstallers { installer() }
        builtinObjects.listAppend = (try? dictLookup(types.list.pointee.dict.object(as: DictObject.self), internString("append")) ?? nil) ?? .null
    }

    /// Further built-in registrations (one per domain: numbers, strings, containers, ...).
    nonisolated(unsafe) static var builtinRegistrations: [(Value) -> Void] = defaultRegistrations

    /// Runs a compiled module as __main__ and returns the process exit status. Uncaught
    /// exceptions print CPython's traceback to stderr.
    public static func runMain(_ unit: CodeUnit, source: String, filename: String) -> Int32 {
        setUp()
        establishNativeStackLimit()
        rt.pointee.handledException = .null
        rt.pointee.currentException = .null
        propagatedExceptionBits = 0
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lines: (String) -> [Substring]? = { name in name == filename ? sourceLines : nil }
        tracebackSourceLines = lines
        var mainGlobals = Value.null
        do {
            let code = try CodeLoader.load(unit)
            let globals = newDict()
            mainGlobals = globals
            mainModuleGlobals = globals
            rt.pointee.permanentRoots.append(globals)
            let dict = globals.object(as: DictObject.self)
            dictSetString(dict, internString("__name__"), internString("__main__"))
            dictSetString(dict, internString("__builtins__"), builtinObjects.builtinsDict)
            dictSetString(dict, internString("__doc__"), code.pointee.docstring)
            dictSetString(dict, internString("__file__"), newString(filename))
            let main = newModule("__main__")
            main.object(as: ModuleObject.self).pointee.dict = globals
            try? dictSetItem(importedModules.object(as: DictObject.self), newString("__main__"), main)
            let frame = try allocateFrame(code, function: .null, globals: globals, builtins: builtinObjects.builtinsDict)
            frame.pointee.locals = globals
            _ = try evalFrame(frame)
            finalizeMainGenerators(globals)
            standardOutput.flush()
            return 0
        } catch let unsupported as UnsupportedFeature {
            writeError("hotpath: unsupported: \(unsupported.what) (\(unsupported.filename), line \(unsupported.line))\n")
            return 1
        } catch {
            let exception = takeCurrentException()
            let status = reportUncaught(exception, sourceLines: lines)
            if mainGlobals.isObject && !isSubtype(typeOf(exception), of: rt.pointee.types.HotpathUnsupported) {
                finalizeMainGenerators(mainGlobals)
                standardOutput.flush()
            }
            return status
        }
    }

    /// Runs an already compiled module with stdout and stderr captured (for tests).
    public static func runCapturing(_ unit: CodeUnit, source: String, filename: String = "<test>") -> (stdout: String, stderr: String, status: Int32) {
        // On a thread with the hotpath command's 1 GiB stack, so that recursion through built-ins
        // reaches the same depths as in the command.
        var result: (stdout: String, stderr: String, status: Int32) = ("", "", 0)
        runOnLargeStackThread { result = runCapturingHere(unit, source: source, filename: filename) }
        return result
    }

    private static func runCapturingHere(_ unit: CodeUnit, source: String, filename: String) -> (stdout: String, stderr: String, status: Int32) {
        setUp()
        standardOutput.flush()
        standardOutput.captured = []
        standardError.captured = []
        let status = runMain(unit, source: source, filename: filename)
        standardOutput.flush()
        standardError.flush()
        let out = String(decoding: standardOutput.captured ?? [], as: UTF8.self)
        let err = String(decoding: standardError.captured ?? [], as: UTF8.self)
        standardOutput.captured = nil
        standardError.captured = nil
        return (out, err, status)
    }

    /// Prints an uncaught exception as CPython does and returns the exit status.
    public static func reportUncaught(_ exception: Value, sourceLines: (String) -> [Substring]?) -> Int32 {
        standardOutput.flush()
        let type = typeOf(exception)
        if isSubtype(type, of: rt.pointee.types.SystemExit) {
            let code = systemExitCode(exception)
            if code.isNone { return 0 }
            if code.isBool { return code.bits == Value.true.bits ? 1 : 0 }
            if let n = code.exactInt { return Int32(truncatingIfNeeded: n) }
            writeError(((try? strOf(code))?.stringValue ?? "") + "\n")
            return 1
        }
        if isSubtype(type, of: rt.pointee.types.HotpathUnsupported) {
            var location = ""
            var entry = exception.object(as: ExceptionObject.self).pointee.traceback
            while entry.isObject {
                let tb = entry.object(as: TracebackObject.self)
                location = " (\(tb.pointee.code.object(as: CodeObject.self).pointee.filename.stringValue), line \(tb.pointee.line))"
                entry = tb.pointee.next
            }
            let what = (try? strOf(exception))?.stringValue ?? "?"
            writeError("hotpath: unsupported: \(what)\(location)\n")
            return 1
        }
        writeError(formatUncaughtException(exception, sourceLines: sourceLines))
        return 1
    }
}

/// hash() of objects the runtime cannot hash itself: user classes (__hash__, or unhashable when
/// __eq__ is defined without __hash__), subclasses of built-ins, frozensets.
func hashOfObject(_ v: Value) throws(PyError) -> Int {
    let type = v.header.pointee.type
    if v.header.pointee.kind == .frozenset && !type.pointee.flags.contains(.heapType) {
        return hashFrozenSet(v.object(as: SetObject.self))
    }
    if type.pointee.flags.contains(.heapType) {
        if let method = lookupInType(type, names.dunderHash) {
            if method.isNone { throw raiseTypeError("unhashable type: '\(type.pointee.name.stringValue)'") }
            if method.isObject && method.header.pointee.kind == .function {
                let result = try call(method, v)
                guard let n = NumericValue(result), case let value = n else {
                    throw raiseTypeError("__hash__ method should return an integer")
                }
                switch value {
                case .int(let i): return i == -1 ? -2 : i
                case .big(let b): return hashBigIntValue(b)
                case .float: throw raiseTypeError("__hash__ method should return an integer")
                }
            }
        }
        // A subclass of a built-in hashes like its value; other classes by identity.
        if v.header.pointee.kind != .instance && v.header.pointee.kind != .exception {
            let base = type.pointee.builtinBase!
            v.header.pointee.type = base
            defer { v.header.pointee.type = type }
            if v.header.pointee.kind == .frozenset { return hashFrozenSet(v.object(as: SetObject.self)) }
            return try hashValue(v)
        }
    }
    if v.header.pointee.kind == .str || v.header.pointee.kind == .tuple || v.header.pointee.kind == .bigInt {
        let base = type.pointee.builtinBase ?? type
        v.header.pointee.type = base
        defer { v.header.pointee.type = type }
        return try hashValue(v)
    }
    return hashPointer(v.objectAddress)
}

func hashBigIntValue(_ b: BigInt) -> Int {
    let modulus = BigInt(hashModulus)
    var r = Int(b.magnitude % modulus.magnitude)
    if b.sign == .minus { r = -r }
    return r == -1 ? -2 : r
}

/// The registrations each domain provides, each in its own file.
let defaultRegistrations: [(Value) -> Void] = [
    registerNumberBuiltins,      // Builtins/NumberBuiltins.swift
    registerStringBuiltins,      // Builtins/StringBuiltins.swift
    registerContainerBuiltins,   // Builtins/ContainerBuiltins.swift
    registerGeneralBuiltins,     // Builtins/GeneralBuiltins.swift
]
