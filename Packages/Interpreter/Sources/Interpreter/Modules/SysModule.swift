import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// The `sys` module. sys.stdout and sys.stderr are the objects `print` already recognizes
/// (`standardOutputObject` / `standardErrorObject`): their write() appends to the same buffers
/// print uses, so both kinds of output interleave exactly. `sys.version` is
/// "3.11.7 (Hotpath)": the language version Hotpath implements, marked as not being CPython;
/// `sys.implementation.name` is 'hotpath'.
func registerSysModule() {
    registerModule("sys") { () throws(PyError) -> Value in try sysmMakeSysModule() }
}

/// CPython 3.11.7's version numbers, which Hotpath follows.
private let sysmVersionNumbers = (major: 3, minor: 11, micro: 7)

private func sysmMakeSysModule() throws(PyError) -> Value {
    let m = makeModule("sys")
    let argv = newList(capacity: 0)
    for argument in Interpreter.programArguments { listAppend(argv.object(as: ListObject.self), newString(argument)) }
    modSet(m, "argv", argv)
    modSet(m, "orig_argv", newList(capacity: 0))
    let path = newList(capacity: 0)
    if let script = Interpreter.programArguments.first {
        let directory = script.contains("/") ? String(script[..<script.lastIndex(of: "/")!]) : ""
        listAppend(path.object(as: ListObject.self), newString(directory))
    }
    modSet(m, "path", path)
    modSet(m, "modules", importedModules)
    modSet(m, "maxsize", newInt(Int.max))
    modSet(m, "maxunicode", Value(smallInt: 0x10FFFF))
    modSet(m, "byteorder", internString("little"))
    modSet(m, "platform", internString("linux"))
    modSet(m, "version", newString("\(sysmVersionNumbers.major).\(sysmVersionNumbers.minor).\(sysmVersionNumbers.micro) (Hotpath)"))
    modSet(m, "hexversion", Value(smallInt: sysmVersionNumbers.major << 24 | sysmVersionNumbers.minor << 16 | sysmVersionNumbers.micro << 8 | 0xF0))
    modSet(m, "api_version", Value(smallInt: 1013))
    modSet(m, "float_repr_style", internString("short"))
    modSet(m, "executable", newString(sysmExecutablePath()))
    modSet(m, "dont_write_bytecode", .true)
    modSet(m, "builtin_module_names", newTuple(builtinModuleFactories.keys.sorted().map { internString($0) }))

    let versionInfoType = try makeStructSequenceType("sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"])
    let versionInfo = newStructSequence(versionInfoType, [Value(smallInt: sysmVersionNumbers.major), Value(smallInt: sysmVersionNumbers.minor),
                                                          Value(smallInt: sysmVersionNumbers.micro), internString("final"), Value(smallInt: 0)])
    modSet(m, "version_info", versionInfo)
    let floatInfoType = try makeStructSequenceType("sys.float_info", fields: ["max", "max_exp", "max_10_exp", "min", "min_exp",
                                                                              "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"])
    modSet(m, "float_info", newStructSequence(floatInfoType, [
        Value(float: Double.greatestFiniteMagnitude), Value(smallInt: 1024), Value(smallInt: 308),
        Value(float: Double.leastNormalMagnitude), Value(smallInt: -1021), Value(smallInt: -307), Value(smallInt: 15),
        Value(smallInt: 53), Value(float: Double.ulpOfOne), Value(smallInt: 2), Value(smallInt: 1),
    ]))
    let intInfoType = try makeStructSequenceType("sys.int_info", fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                                                          "str_digits_check_threshold"])
    modSet(m, "int_info", newStructSequence(intInfoType, [Value(smallInt: 30), Value(smallInt: 4), Value(smallInt: 4300), Value(smallInt: 640)]))
    let hashInfoType = try makeStructSequenceType("sys.hash_info", fields: ["width", "modulus", "inf", "nan", "imag", "algorithm",
                                                                            "hash_bits", "seed_bits", "cutoff"])
    // The modulus is a bignum: stored after the tuple exists (never only in a Swift array).
    let algorithm = internString("siphash13")
    let hashInfo = newStructSequence(hashInfoType, [
        Value(smallInt: 64), Value(smallInt: 0), Value(smallInt: 314159), Value(smallInt: 0), Value(smallInt: 1000003),
        algorithm, Value(smallInt: 64), Value(smallInt: 128), Value(smallInt: 0),
    ])
    hashInfo.tupleItems[1] = newInt((1 << 61) - 1)
    modSet(m, "hash_info", hashInfo)

    // sys.implementation: a SimpleNamespace, as in CPython.
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<NamespaceObject>.stride, kind: .namespace, type: rt.pointee.types.simpleNamespace)
    let implementation = raw.assumingMemoryBound(to: NamespaceObject.self)
    implementation.pointee.dict = .null
    implementation.pointee.dict = newDict()
    let implementationDict = implementation.pointee.dict.object(as: DictObject.self)
    dictSetString(implementationDict, internString("name"), internString("hotpath"))
    dictSetString(implementationDict, internString("cache_tag"), .none)
    dictSetString(implementationDict, internString("version"), versionInfo)
    dictSetString(implementationDict, internString("hexversion"), newInt(sysmVersionNumbers.major << 24 | sysmVersionNumbers.minor << 16 | sysmVersionNumbers.micro << 8 | 0xF0))
    modSet(m, "implementation", Value(implementation))

    sysmInstallStandardStream(standardOutputObject, toError: false)
    sysmInstallStandardStream(standardErrorObject, toError: true)
    modSet(m, "stdout", standardOutputObject)
    modSet(m, "stderr", standardErrorObject)
    modSet(m, "__stdout__", standardOutputObject)
    modSet(m, "__stderr__", standardErrorObject)

    modFunction(m, "exit") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("exit() takes no keyword arguments") }
        try modCheckCount("exit", n, min: 0, max: 1)
        throw raise(newException(rt.pointee.types.SystemExit, args: n == 0 ? newTuple([]) : newTuple([a[0]])))
    }
    let setLimit = modFunction(m, "setrecursionlimit") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("sys.setrecursionlimit() takes no keyword arguments") }
        if n != 1 { throw raiseTypeError("sys.setrecursionlimit() takes exactly one argument (\(n) given)") }
        guard let big = try modIndexBig(a[0]) else {
            throw raiseTypeError("'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
        guard let limit = Int(exactly: big), limit <= Int(Int32.max), limit >= Int(Int32.min) else {
            throw raiseOverflowError("Python int too large to convert to C int")
        }
        if limit < 1 { throw raiseValueError("recursion limit must be greater or equal than 1") }
        // CPython counts this call itself (a METH_O built-in) in the depth; so does the call site.
        let depth = rt.pointee.recursionDepth
        if depth >= limit {
            throw raise(rt.pointee.types.RecursionError,
                        "cannot set the recursion limit to \(limit) at the recursion depth \(depth): the limit is too low")
        }
        rt.pointee.recursionLimit = limit
        return .none
    }
    // A METH_O built-in in CPython: its call counts toward the recursion depth even from warm code.
    setLimit.header.pointee.flags |= builtinCountsWhenWarm
    modFunction(m, "getrecursionlimit") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("sys.getrecursionlimit() takes no keyword arguments") }
        if n != 0 { throw raiseTypeError("sys.getrecursionlimit() takes no arguments (\(n) given)") }
        return newInt(rt.pointee.recursionLimit)
    }
    modFunction(m, "set_int_max_str_digits") { a, n, k throws(PyError) in
        let bound = try bindBuiltinArguments("set_int_max_str_digits", a, n, k, names: ["maxdigits"], required: 1)
        guard let big = try modIndexBig(bound[0]) else {
            throw raiseTypeError("'\(typeName(bound[0]))' object cannot be interpreted as an integer")
        }
        guard let digits = Int(exactly: big), digits <= Int(Int32.max), digits >= Int(Int32.min) else {
            throw raiseOverflowError("Python int too large to convert to C int")
        }
        if digits != 0 && digits < 640 { throw raiseValueError("maxdigits must be 0 or larger than 640") }
        intMaxStringDigits = digits
        return .none
    }
    modFunction(m, "get_int_max_str_digits") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("sys.get_int_max_str_digits() takes no keyword arguments") }
        if n != 0 { throw raiseTypeError("sys.get_int_max_str_digits() takes no arguments (\(n) given)") }
        return newInt(intMaxStringDigits)
    }
    modFunction(m, "getdefaultencoding") { a, n, k throws(PyError) in
        if n != 0 { throw raiseTypeError("sys.getdefaultencoding() takes no arguments (\(n) given)") }
        return internString("utf-8")
    }
    modFunction(m, "getfilesystemencoding") { a, n, k throws(PyError) in
        if n != 0 { throw raiseTypeError("sys.getfilesystemencoding() takes no arguments (\(n) given)") }
        return internString("utf-8")
    }
    modFunction(m, "intern") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("sys.intern() takes no keyword arguments") }
        if n != 1 { throw raiseTypeError("sys.intern() takes exactly one argument (\(n) given)") }
        guard a[0].isObject && a[0].header.pointee.type == rt.pointee.types.str else {
            throw raiseTypeError("intern() argument must be str, not \(typeName(a[0]))")
        }
        return internString(a[0].stringValue)
    }
    modFunction(m, "exc_info") { a, n, k throws(PyError) in
        if n != 0 { throw raiseTypeError("sys.exc_info() takes no arguments (\(n) given)") }
        // Inside a generator, the exception its resumer is handling counts too.
        let e = topmostHandledException()
        if e.isNull || e.isNone { return newTuple([.none, .none, .none]) }
        return modTriple(Value(typeOf(e)), e, e.object(as: ExceptionObject.self).pointee.traceback)
    }
    modFunction(m, "exception") { a, n, k throws(PyError) in
        if n != 0 { throw raiseTypeError("sys.exception() takes no arguments (\(n) given)") }
        let e = topmostHandledException()
        return e.isNull || e.isNone ? .none : e
    }
    return m
}

/// write/flush/... on the objects standing for sys.stdout and sys.stderr.
private func sysmInstallStandardStream(_ stream: Value, toError: Bool) {
    let dict = stream.object(as: ModuleObject.self).pointee.dict
    let name = toError ? "<stderr>" : "<stdout>"
    dictSetString(dict.object(as: DictObject.self), internString("name"), newString(name))
    dictSetString(dict.object(as: DictObject.self), internString("encoding"), internString("utf-8"))
    dictSetString(dict.object(as: DictObject.self), internString("errors"), internString("strict"))
    dictSetString(dict.object(as: DictObject.self), internString("mode"), internString("w"))
    if toError {
        defineFunction(dict, "write", module: "sys") { a, n, k throws(PyError) in
            try sysmStandardStreamWrite(a, n, k, toError: true)
        }
        defineFunction(dict, "flush", module: "sys") { a, n, k throws(PyError) in
            standardOutput.flush()
            standardError.flush()
            return .none
        }
        defineFunction(dict, "fileno", module: "sys") { a, n, k throws(PyError) in Value(smallInt: 2) }
        defineFunction(dict, "writelines", module: "sys") { a, n, k throws(PyError) in
            try sysmStandardStreamWriteLines(a, n, k, toError: true)
        }
    } else {
        defineFunction(dict, "write", module: "sys") { a, n, k throws(PyError) in
            try sysmStandardStreamWrite(a, n, k, toError: false)
        }
        defineFunction(dict, "flush", module: "sys") { a, n, k throws(PyError) in
            standardOutput.flush()
            return .none
        }
        defineFunction(dict, "fileno", module: "sys") { a, n, k throws(PyError) in Value(smallInt: 1) }
        defineFunction(dict, "writelines", module: "sys") { a, n, k throws(PyError) in
            try sysmStandardStreamWriteLines(a, n, k, toError: false)
        }
    }
    defineFunction(dict, "isatty", module: "sys") { a, n, k throws(PyError) in .false }
    defineFunction(dict, "writable", module: "sys") { a, n, k throws(PyError) in .true }
    defineFunction(dict, "readable", module: "sys") { a, n, k throws(PyError) in .false }
}

private func sysmWriteStream(_ text: Value, toError: Bool) {
    if toError {
        standardOutput.flush()
        standardError.write(str: text)
    } else {
        standardOutput.write(str: text)
    }
}

private func sysmStandardStreamWrite(_ a: UnsafeMutablePointer<Value>, _ n: Int, _ k: Value, toError: Bool) throws(PyError) -> Value {
    if modKeywordCount(k) > 0 { throw raiseTypeError("TextIOWrapper.write() takes no keyword arguments") }
    if n != 1 { throw raiseTypeError("TextIOWrapper.write() takes exactly one argument (\(n) given)") }
    guard isStrValue(a[0]) else { throw raiseTypeError("write() argument must be str, not \(typeName(a[0]))") }
    sysmWriteStream(a[0], toError: toError)
    return newInt(a[0].strCount)
}

private func sysmStandardStreamWriteLines(_ a: UnsafeMutablePointer<Value>, _ n: Int, _ k: Value, toError: Bool) throws(PyError) -> Value {
    if modKeywordCount(k) > 0 { throw raiseTypeError("TextIOWrapper.writelines() takes no keyword arguments") }
    if n != 1 { throw raiseTypeError("TextIOWrapper.writelines() takes exactly one argument (\(n) given)") }
    try forEachItem(a[0]) { line throws(PyError) in
        guard isStrValue(line) else { throw raiseTypeError("write() argument must be str, not \(typeName(line))") }
        sysmWriteStream(line, toError: toError)
    }
    return .none
}

/// The path of the running executable (sys.executable).
private func sysmExecutablePath() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return "" }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
