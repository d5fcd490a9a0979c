import BigInt
import Bytecode
import Runtime

/// Shared machinery of the built-in modules (math, random, collections, ...): module creation,
/// the types modules define, objects with value slots, Python-visible trampolines for the
/// special methods the interpreter only dispatches to Python functions, and argument
/// conversions with CPython's messages.
///
/// Types defined by modules are created like CPython's static types but flagged `heapType` so
/// that the generic operations (len, iter, next, in, comparisons, truth, binary operators)
/// dispatch to the special methods in their dict. Their instances are `.valueStorage` objects
/// (header, slot count, slots: every slot is a value the collector traces) or `.native` objects
/// (raw bytes, never scanned), with the module's type in the header.

/// Adds a module to the import system: `factory` builds it on first import.
func registerModule(_ name: String, _ factory: @escaping () throws(PyError) -> Value) {
    builtinModuleFactories[name] = factory
}

/// A new module object; its dict gets `__name__` (and nothing else).
func makeModule(_ name: String) -> Value {
    let module = newModule(name)
    rt.pointee.permanentRoots.append(module)
    return module
}

/// The dict of a module object.
@inline(__always)
func modDict(_ module: Value) -> Value { module.object(as: ModuleObject.self).pointee.dict }

/// module.name = value.
func modSet(_ module: Value, _ name: String, _ value: Value) {
    dictSetString(modDict(module).object(as: DictObject.self), internString(name), value)
}

/// Defines a built-in function `name` in a module.
@discardableResult
func modFunction(_ module: Value, _ name: String, _ function: BuiltinFunction) -> Value {
    let moduleName = module.object(as: ModuleObject.self).pointee.name.stringValue
    return defineFunction(modDict(module), name, module: moduleName, function)
}

// MARK: types

/// A type for instances made by a module. `name` is CPython's tp_name ("collections.deque"):
/// it is what error messages and the class repr show. Kept alive as a permanent root.
func makeModuleType(_ name: String, base: TypeRef? = nil, kind: ObjectKind = .valueStorage,
                    subclassable: Bool = false) -> TypeRef {
    let baseType = base ?? rt.pointee.types.object
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<TypeObject>.stride, kind: .type, type: rt.pointee.types.type)
    let type = raw.assumingMemoryBound(to: TypeObject.self)
    type.pointee.name = .null; type.pointee.qualifiedName = .null; type.pointee.module = .null
    type.pointee.base = .null; type.pointee.bases = .null; type.pointee.mro = .null; type.pointee.dict = .null
    type.pointee.subclasses = .null; type.pointee.instanceShape = .null; type.pointee.slotNames = .null
    rt.pointee.permanentRoots.append(Value(type))
    type.pointee.name = newString(name)
    let shortName = name.split(separator: ".").last.map(String.init) ?? name
    type.pointee.qualifiedName = newString(shortName)
    type.pointee.base = Value(baseType)
    type.pointee.bases = newTuple([Value(baseType)])
    let baseMRO = baseType.pointee.mro
    let mro = allocateTuple(count: baseMRO.tupleCount + 1)
    TupleObject.items(mro)[0] = Value(type)
    for i in 0..<baseMRO.tupleCount { TupleObject.items(mro)[i + 1] = baseMRO.tupleItems[i] }
    type.pointee.mro = Value(mro)
    type.pointee.dict = newDict()
    type.pointee.subclasses = newList(capacity: 0)
    type.pointee.instanceKind = kind
    type.pointee.flags = subclassable ? [.heapType, .immutable, .baseType] : [.heapType, .immutable]
    type.pointee.version = rt.pointee.newTypeVersion()
    type.pointee.builtinBase = baseType.pointee.builtinBase ?? baseType
    type.pointee.constructor = nil
    return type
}

/// Sets `type.__new__`: called as `__new__(cls, *args)`; module types create their instances in
/// it (and initialize them too unless a subclass defines its own `__init__`).
func modSetNew(_ type: TypeRef, _ function: BuiltinFunction) {
    let builtin = newBuiltinMethod(function, name: internString("__new__"), receiver: .null, owner: Value(type))
    builtin.object(as: BuiltinFunctionObject.self).pointee.module = .null
    defineTypeAttribute(type, "__new__", newMethodWrapper(builtin, kind: .staticMethod))
}

/// True when `type` (a subclass of a module type) defines `__init__` in Python: then `__new__`
/// only allocates and the user's `__init__` runs (and may call the built-in one via super()).
func modHasPythonInit(_ type: TypeRef) -> Bool {
    guard let initializer = lookupInType(type, internString("__init__")) else { return false }
    return initializer.isObject && initializer.header.pointee.kind == .function
}

/// A read-only attribute computed by `getter(obj)`.
func modDefineGetter(_ type: TypeRef, _ name: String, _ getter: BuiltinFunction) {
    let function = newBuiltinMethod(getter, name: internString(name), receiver: .null, owner: Value(type))
    defineTypeAttribute(type, name, modProperty(getter: function))
}

/// A property object whose getter is `getter` (any callable taking the instance).
func modProperty(getter: Value, doc: Value = .none) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<PropertyObject>.stride, kind: .property, type: rt.pointee.types.property)
    let property = raw.assumingMemoryBound(to: PropertyObject.self)
    property.pointee.getter = getter
    property.pointee.setter = .none
    property.pointee.deleter = .none
    property.pointee.doc = doc
    return Value(property)
}

// MARK: objects with value slots

/// An instance of `type` with `count` value slots, all None.
func modNewSlotObject(_ type: TypeRef, slots count: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: StorageObject.payloadOffset + count * 8, kind: .valueStorage, type: type)
    let storage = raw.assumingMemoryBound(to: StorageObject.self)
    storage.pointee.capacity = count
    StorageObject.payload(storage, as: Value.self).update(repeating: .none, count: count)
    return Value(storage)
}

/// The slots of an object made by `modNewSlotObject`.
@inline(__always)
func modSlots(_ v: Value) -> UnsafeMutablePointer<Value> {
    StorageObject.payload(v.object(as: StorageObject.self), as: Value.self)
}

/// True when `v` is an instance of `type` or of a subclass.
@inline(__always)
func modIsInstance(_ v: Value, _ type: TypeRef) -> Bool {
    v.isObject && (v.header.pointee.type == type || isSubtype(v.header.pointee.type, of: type))
}

// MARK: trampolines

/// A Python function `name(a0, ..., a{arity-1})` whose body is `return impl(a0, ...)`. The
/// interpreter dispatches `__repr__`, `__str__`, `__getitem__`, `__setitem__` and
/// `__delitem__` of classes only to Python functions; module types put these in their dict.
func modTrampoline(_ name: String, qualifiedName: String, arity: Int, module: Value, _ impl: BuiltinFunction) -> Value {
    let names = ["self", "a", "b", "c", "d", "e"].prefix(arity).map { $0 }
    return modPythonFunction(name, qualifiedName: qualifiedName, parameters: names, defaults: .null, module: module, impl)
}

/// A Python function with the given positional parameters (and defaults for the last ones, a
/// tuple or NULL) whose body is `return impl(p0, p1, ...)`: calls bind their arguments exactly
/// as CPython binds them for a function defined in Python, with the same error messages.
func modPythonFunction(_ name: String, qualifiedName: String, parameters: [String], defaults: Value,
                       keywordOnly: [String] = [], keywordDefaults: Value = .null,
                       module: Value, _ impl: BuiltinFunction) -> Value {
    let arity = parameters.count + keywordOnly.count
    var instructions = [Instruction(.RESUME, 0), Instruction(.LOAD_CONST, 0), Instruction(.PUSH_NULL, 0)]
    for i in 0..<arity { instructions.append(Instruction(.LOAD_FAST, i)) }
    instructions.append(Instruction(.CALL, arity))
    instructions.append(Instruction(.RETURN_VALUE, 0))
    let unit = CodeUnit(name: name, qualifiedName: qualifiedName, filename: "<built-in>", firstLine: 1,
                        argCount: parameters.count, keywordOnlyArgCount: keywordOnly.count,
                        flags: [.optimized, .newLocals, .noFree],
                        localNames: parameters + keywordOnly, localKinds: Array(repeating: .local, count: arity),
                        constants: [.none], instructions: instructions,
                        lines: Array(repeating: 1, count: instructions.count), stackSize: arity + 2)
    let code: CodeRef
    do { code = try CodeLoader.load(unit) } catch { fatalError("hotpath: cannot load the trampoline \(name)") }
    let builtin = newBuiltinMethod(impl, name: internString(name), receiver: .null, owner: .null)
    code.pointee.constants.tupleItems[0] = builtin
    return newFunction(code: code, globals: modDict(module), builtins: builtinObjects.builtinsDict,
                       defaults: defaults, keywordDefaults: keywordDefaults, closure: .null)
}

/// Puts a trampoline for `name` in the type's dict.
func modDefineSlot(_ type: TypeRef, _ name: String, arity: Int, module: Value, _ impl: BuiltinFunction) {
    let qualified = type.pointee.qualifiedName.stringValue + "." + name
    defineTypeAttribute(type, name, modTrampoline(name, qualifiedName: qualified, arity: arity, module: module, impl))
}

// MARK: argument conversions

/// The keyword count of a call.
@inline(__always)
func modKeywordCount(_ keywordNames: Value) -> Int { keywordNames.isNull ? 0 : keywordNames.tupleCount }

/// Refuses keyword arguments: "f() takes no keyword arguments".
@inline(__always)
func modNoKeywords(_ function: String, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("\(function)() takes no keyword arguments") }
}

/// Argument clinic's count check for positional-only functions: "f expected 2 arguments, got 1",
/// "f() takes exactly one argument (2 given)", "f expected at least 1 argument, got 0".
func modCheckCount(_ function: String, _ count: Int, min: Int, max: Int) throws(PyError) {
    guard count < min || count > max else { return }
    if min == max {
        if min == 1 { throw raiseTypeError("\(function)() takes exactly one argument (\(count) given)") }
        if min == 0 { throw raiseTypeError("\(function)() takes no arguments (\(count) given)") }
        throw raiseTypeError("\(function) expected \(min) arguments, got \(count)")
    }
    if count < min {
        throw raiseTypeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)")
    }
    throw raiseTypeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
}

/// True for int, bool and int subclasses.
@inline(__always)
func modIsInt(_ v: Value) -> Bool {
    v.isSmallInt || v.isBool || (v.isObject && v.header.pointee.kind == .bigInt && isSubtype(v.header.pointee.type, of: rt.pointee.types.int))
}

/// An int, bool or object with `__index__` as a BigInt (PyNumber_Index), or nil.
func modIndexBig(_ v: Value) throws(PyError) -> BigInt? {
    if v.isSmallInt { return BigInt(v.smallInt) }
    if modIsInt(v) { return v.bigIntValue }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        guard modIsInt(result) else { throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))") }
        return result.isSmallInt ? BigInt(result.smallInt) : result.bigIntValue
    }
    return nil
}

/// PyNumber_Index as a value: ints stay as they are (bools become 0/1).
func modIndexValue(_ v: Value) throws(PyError) -> Value? {
    if v.isSmallInt { return v }
    if v.isBool { return Value(smallInt: v.bits == Value.true.bits ? 1 : 0) }
    if v.isObject && v.header.pointee.type == rt.pointee.types.int { return v }
    guard let big = try modIndexBig(v) else { return nil }
    return newInt(big)
}

/// An index argument as a machine int: TypeError "'x' object cannot be interpreted as an
/// integer", OverflowError "Python int too large to convert to C ssize_t".
func modInt(_ v: Value) throws(PyError) -> Int {
    if v.isSmallInt { return v.smallInt }
    guard let big = try modIndexBig(v) else {
        throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
    guard let n = Int(exactly: big) else { throw raiseOverflowError("Python int too large to convert to C ssize_t") }
    return n
}

/// A BigInt converted to the nearest double (ties to even), or nil when it overflows.
func modBigToDouble(_ b: BigInt) -> Double? {
    let magnitude = b.magnitude
    let bits = magnitude.bitWidth
    if bits <= 53 {
        let d = Double(UInt64(magnitude))
        return b.sign == .minus ? -d : d
    }
    if bits > 1024 { return nil }
    // Keep 54 bits plus a sticky bit, then let the hardware round.
    let shift = bits - 55
    var top = UInt64(magnitude >> shift)
    if shift > 0 && (magnitude & ((BigUInt(1) << shift) - 1)) != 0 { top |= 1 }
    let d = Double(sign: .plus, exponent: shift, significand: Double(top))
    if d.isInfinite { return nil }
    return b.sign == .minus ? -d : d
}

/// PyFloat_AsDouble: floats, ints (OverflowError when too large), objects with __float__ or
/// __index__; anything else is "must be real number, not X".
func modDouble(_ v: Value) throws(PyError) -> Double {
    if v.isFloat { return v.float }
    if v.isSmallInt { return Double(v.smallInt) }
    if v.isBool { return v.bits == Value.true.bits ? 1 : 0 }
    if v.isObject {
        let kind = v.header.pointee.kind
        let type = v.header.pointee.type
        if kind == .bigInt && isSubtype(type, of: rt.pointee.types.int) {
            guard let d = modBigToDouble(v.bigIntValue) else { throw raiseOverflowError("int too large to convert to float") }
            return d
        }
        if let method = userSpecialMethod(v, "__float__") {
            let result = try call(method, v)
            guard result.isFloat else {
                throw raiseTypeError("\(typeName(v)).__float__ returned non-float (type \(typeName(result)))")
            }
            return result.float
        }
        if isSubtype(type, of: rt.pointee.types.float), let n = NumericValue(v), case .float(let d) = n { return d }
        if userSpecialMethod(v, "__index__") != nil, let big = try modIndexBig(v) {
            guard let d = modBigToDouble(big) else { throw raiseOverflowError("int too large to convert to float") }
            return d
        }
    }
    throw raiseTypeError("must be real number, not \(typeName(v))")
}

/// A float or int argument as a double, for functions with CPython's generic "must be real
/// number" error.
@inline(__always)
func modNumberArgument(_ v: Value) throws(PyError) -> Double {
    if v.isFloat { return v.float }
    return try modDouble(v)
}

/// The BigInt of an int value (small, big or bool).
@inline(__always)
func modBig(_ v: Value) -> BigInt {
    v.isSmallInt ? BigInt(v.smallInt) : v.bigIntValue
}

/// A 2-tuple. The tuple is allocated before the items are stored, so items passed here (held
/// by the caller's locals) are never only in a Swift array while the heap allocates.
func modPair(_ a: Value, _ b: Value) -> Value {
    let t = allocateTuple(count: 2)
    TupleObject.items(t)[0] = a
    TupleObject.items(t)[1] = b
    return Value(t)
}

/// A 3-tuple (see `modPair`).
func modTriple(_ a: Value, _ b: Value, _ c: Value) -> Value {
    let t = allocateTuple(count: 3)
    TupleObject.items(t)[0] = a
    TupleObject.items(t)[1] = b
    TupleObject.items(t)[2] = c
    return Value(t)
}

/// A fresh tuple of `count` items (None) whose type is `type` (never the shared empty tuple).
func modNewTuple(_ type: TypeRef, _ count: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: TupleObject.itemsOffset + count * 8, kind: .tuple, type: type)
    let t = raw.assumingMemoryBound(to: TupleObject.self)
    t.pointee.count = count
    TupleObject.items(t).update(repeating: .none, count: count)
    return Value(t)
}

// MARK: iterators

/// A type for iterator objects: `__iter__` returns the iterator, `__next__` is `next` (which
/// returns the next item or raises StopIteration).
func makeIteratorType(_ name: String, _ next: BuiltinFunction) -> TypeRef {
    let type = makeModuleType(name)
    // Iterator objects print with their full name ("<itertools.count object at ...>" style).
    type.pointee.qualifiedName = newString(name)
    defineMethod(type, "__iter__") { args, count, _ throws(PyError) in args[0] }
    defineMethod(type, "__next__", next)
    return type
}

/// A stable merge sort of `count` indices by `before(a, b)` ("a must come before b"); the
/// comparison may run Python code and raise.
func modStableSort(_ count: Int, _ before: (Int, Int) throws(PyError) -> Bool) throws(PyError) -> [Int] {
    var order = Array(0..<count)
    var buffer = order
    var width = 1
    while width < count {
        var low = 0
        while low < count {
            let mid = min(low + width, count), high = min(low + 2 * width, count)
            var i = low, j = mid, k = low
            while i < mid && j < high {
                if try before(order[j], order[i]) { buffer[k] = order[j]; j += 1 } else { buffer[k] = order[i]; i += 1 }
                k += 1
            }
            while i < mid { buffer[k] = order[i]; i += 1; k += 1 }
            while j < high { buffer[k] = order[j]; j += 1; k += 1 }
            low = high
        }
        swap(&order, &buffer)
        width *= 2
    }
    return order
}

/// Python's keywords (keyword.kwlist of 3.11).
let modPythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
