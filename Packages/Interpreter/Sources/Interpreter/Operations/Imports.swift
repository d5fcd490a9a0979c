import Runtime

/// Built-in modules implemented in Swift, by name: each creates its module on first import.
nonisolated(unsafe) var builtinModuleFactories: [String: () throws(PyError) -> Value] = [:]

/// Modules imported so far (sys.modules).
nonisolated(unsafe) var importedModules = Value.null

/// IMPORT_NAME: `import a.b` returns the top package `a` unless `fromList` is non-empty.
func importModule(_ name: Value, fromList: Value, level: Value, globals: Value) throws(PyError) -> Value {
    if let levelInt = level.exactInt, levelInt > 0 {
        throw raise(rt.pointee.types.ImportError, "attempted relative import with no known parent package")
    }
    let fullName = name.stringValue
    let parts = fullName.split(separator: ".").map(String.init)
    var module = Value.null
    var path = ""
    var top = Value.null
    for part in parts {
        path = path.isEmpty ? part : path + "." + part
        module = try loadModule(path)
        if top.isNull { top = module }
    }
    let hasFromList = fromList.isObject && fromList.header.pointee.kind == .tuple && fromList.tupleCount > 0
    return hasFromList ? module : top
}

func loadModule(_ name: String) throws(PyError) -> Value {
    let modules = importedModules.object(as: DictObject.self)
    let key = newString(name)
    if let existing = try dictLookup(modules, key) { return existing }
    guard let factory = builtinModuleFactories[name] else {
        let top = String(name.split(separator: ".").first ?? "")
        if standardLibraryModuleNames.contains(top) { throw raiseUnsupported("the standard library module '\(name)'") }
        let error = newException(rt.pointee.types.ModuleNotFoundError, args: newTuple([newString("No module named '\(name)'")]))
        if let dict = ensureInstanceDict(error) { dictSetString(dict, internString("name"), newString(name)) }
        throw raise(error)
    }
    let module = try factory()
    try dictSetItem(modules, key, module)
    return module
}

/// IMPORT_FROM: `from module import name`.
func importFrom(_ module: Value, _ name: Value) throws(PyError) -> Value {
    if let v = try getAttributeOrNil(module, name) { return v }
    let moduleName = module.isObject && module.header.pointee.kind == .module
        ? module.object(as: ModuleObject.self).pointee.name.stringValue : "?"
    throw raise(rt.pointee.types.ImportError, "cannot import name '\(name.stringValue)' from '\(moduleName)' (unknown location)")
}

/// `from module import *`: public names (or __all__).
func importStar(_ module: Value, into frame: FrameRef) throws(PyError) {
    guard let dict = instanceDict(module) else { return }
    let target = (frame.pointee.locals.isObject ? frame.pointee.locals : frame.pointee.globals).object(as: DictObject.self)
    if let all = try dictLookup(dict, internString("__all__")) {
        try forEachItem(all) { name throws(PyError) in
            try dictSetItem(target, name, try getAttribute(module, name))
        }
        return
    }
    try dictForEach(dict) { key, value throws(PyError) in
        if isStrValue(key), !key.stringValue.hasPrefix("_") { try dictSetItem(target, key, value) }
    }
}

/// A new module object with a fresh dict holding __name__.
public func newModule(_ name: String) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<ModuleObject>.stride, kind: .module, type: rt.pointee.types.module)
    let module = raw.assumingMemoryBound(to: ModuleObject.self)
    module.pointee.name = internString(name)
    module.pointee.dict = .null
    module.pointee.dict = newDict()
    dictSetString(module.pointee.dict.object(as: DictObject.self), internString("__name__"), module.pointee.name)
    return Value(module)
}
