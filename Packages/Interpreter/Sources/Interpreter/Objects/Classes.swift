import Bytecode
import Runtime

/// LOAD_BUILD_CLASS pushes the builtins' __build_class__.
func loadBuildClass(_ frame: FrameRef) throws(PyError) -> Value {
    if let v = try lookupName(in: frame.pointee.builtins, internString("__build_class__")) { return v }
    throw raise(rt.pointee.types.NameError, "__build_class__ not found")
}

/// __build_class__(body, name, *bases, metaclass=None, **kwds): runs the class body in a new
/// namespace, then creates the class.
func buildClass(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positional = count - keywordCount
    guard positional >= 2, args[0].isObject, args[0].header.pointee.kind == .function else {
        throw raiseTypeError("__build_class__: func must be a function")
    }
    guard isStrValue(args[1]) else { throw raiseTypeError("__build_class__: name is not a string") }
    let body = args[0].object(as: FunctionObject.self)
    let name = args[1]
    let bases = newTuple(args + 2, count: positional - 2)
    var metaclass = Value.null
    // Other class keywords go to __init_subclass__ (see createClass).
    let classKeywords = newDict()
    for k in 0..<keywordCount {
        if keywordNames.tupleItems[k].stringValue == "metaclass" {
            metaclass = args[positional + k]
        } else {
            try dictSetItem(classKeywords.object(as: DictObject.self), keywordNames.tupleItems[k], args[positional + k])
        }
    }
    if metaclass.isNull {
        metaclass = bases.tupleCount > 0 ? Value(typeOf(bases.tupleItems[0])) : Value(rt.pointee.types.type)
    }
    // Run the body with the namespace as its locals.
    let namespace = newDict()
    let frame = try allocateFrame(body.pointee.code, function: Value(body), globals: body.pointee.globals, builtins: body.pointee.builtins)
    frame.pointee.locals = namespace
    frame.pointee.previous = rt.pointee.currentFrame
    if body.pointee.closure.isObject {
        // Free variables are copied by COPY_FREE_VARS from the function's closure.
    }
    _ = try evalFrame(frame)
    if classKeywords.object(as: DictObject.self).pointee.count > 0 {
        // Carried in the namespace (visible to the collector) to the class's creation.
        dictSetString(namespace.object(as: DictObject.self), classKeywordsKey, classKeywords)
    }
    let cls = try call(metaclass, name, bases, namespace)
    // Fill the __class__ cell so zero-argument super() works in methods.
    if let cell = try dictLookup(namespace.object(as: DictObject.self), internString("__classcell__")),
       cell.isObject, cell.header.pointee.kind == .cell {
        cell.object(as: CellObject.self).pointee.value = cls
    }
    return cls
}

/// type(name, bases, dict): creates a user class.
func createClass(metatype: TypeRef, name: Value, bases: Value, namespace: Value) throws(PyError) -> Value {
    var baseList = bases
    if baseList.tupleCount == 0 { baseList = newTuple([Value(rt.pointee.types.object)]) }
    for i in 0..<baseList.tupleCount {
        let base = baseList.tupleItems[i]
        guard base.isObject, base.header.pointee.kind == .type else {
            throw raiseTypeError("bases must be types")
        }
        let baseType = base.object(as: TypeObject.self)
        if !baseType.pointee.flags.contains(.baseType) {
            throw raiseTypeError("type '\(baseType.pointee.name.stringValue)' is not an acceptable base type")
        }
    }
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<TypeObject>.stride, kind: .type, type: metatype)
    let type = raw.assumingMemoryBound(to: TypeObject.self)
    type.pointee.name = name
    type.pointee.qualifiedName = name
    type.pointee.module = .null
    type.pointee.base = .null
    type.pointee.bases = baseList
    type.pointee.mro = .null
    type.pointee.dict = .null
    type.pointee.subclasses = newList(capacity: 0)
    type.pointee.instanceShape = .null
    type.pointee.slotNames = .null
    type.pointee.version = rt.pointee.newTypeVersion()
    type.pointee.flags = [.heapType, .baseType, .instancesHaveAttributes]

    // The layout comes from the "solid" base: the first base that is not a plain object.
    let primary = baseList.tupleItems[0].object(as: TypeObject.self)
    type.pointee.base = Value(primary)
    type.pointee.instanceKind = primary.pointee.instanceKind
    type.pointee.builtinBase = primary.pointee.builtinBase
    type.pointee.constructor = primary.pointee.constructor
    for i in 0..<baseList.tupleCount {
        let base = baseList.tupleItems[i].object(as: TypeObject.self)
        if base.pointee.flags.contains(.exception) { type.pointee.flags.insert(.exception) }
        if base.pointee.instanceKind != .instance && type.pointee.instanceKind == .instance {
            type.pointee.instanceKind = base.pointee.instanceKind
            type.pointee.builtinBase = base.pointee.builtinBase
            type.pointee.constructor = base.pointee.constructor
        }
    }
    type.pointee.mro = try computeMRO(type, baseList)

    // The namespace becomes the class dict (copied: the body's dict may be reused).
    let dict = newDict()
    type.pointee.dict = dict
    try dictForEach(namespace.object(as: DictObject.self)) { key, value throws(PyError) in
        try dictSetItem(dict.object(as: DictObject.self), key, value)
    }
    let dictRef = dict.object(as: DictObject.self)
    if let qualname = try dictLookup(dictRef, internString("__qualname__")), isStrValue(qualname) {
        type.pointee.qualifiedName = qualname
        _ = try dictDelete(dictRef, internString("__qualname__"))
    }
    if let module = try dictLookup(dictRef, internString("__module__")), isStrValue(module) {
        type.pointee.module = module
    }
    _ = try dictDelete(dictRef, internString("__classcell__"))
    let classKeywords = try dictLookup(dictRef, classKeywordsKey) ?? newDict()
    _ = try dictDelete(dictRef, classKeywordsKey)
    // A class that defines __eq__ but not __hash__ is unhashable (CPython's type_new).
    if try dictLookup(dictRef, internString("__eq__")) != nil, try dictLookup(dictRef, names.dunderHash) == nil {
        dictSetString(dictRef, names.dunderHash, .none)
    }
    // __new__ defined in a class body is a static method implicitly; __init_subclass__ and
    // __class_getitem__ are class methods implicitly.
    if let new = try dictLookup(dictRef, names.dunderNew), new.isObject, new.header.pointee.kind == .function {
        dictSetString(dictRef, names.dunderNew, newMethodWrapper(new, kind: .staticMethod))
    }
    if let slots = try dictLookup(dictRef, internString("__slots__")) {
        type.pointee.slotNames = try installSlots(type, slots, classDict: dictRef)
    }
    if hasOnlySlots(type) { type.pointee.flags.insert(.slotsOnly) }
    // The dict is complete: a fresh version, so that nothing cached while it was being filled
    // (nothing should be) can be taken for the finished class.
    type.pointee.version = rt.pointee.newTypeVersion()
    if lookupInType(type, names.dunderGetattr) != nil || lookupInType(type, names.dunderGetattribute).map({ $0.header.pointee.kind == .function }) == true
        || lookupInType(type, names.dunderSetattr).map({ $0.isObject && $0.header.pointee.kind == .function }) == true {
        type.pointee.flags.insert(.customAttributeAccess)
    }
    for i in 0..<baseList.tupleCount {
        let base = baseList.tupleItems[i].object(as: TypeObject.self)
        listAppend(base.pointee.subclasses.object(as: ListObject.self), Value(type))
    }
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    try dictForEach(dictRef) { key, value throws(PyError) in
        if value.isObject && value.header.pointee.type.pointee.flags.contains(.heapType),
           let setName = lookupInType(value.header.pointee.type, internString("__set_name__")) {
            _ = try call(setName, value, Value(type), key)
        }
    }
    if let initSubclass = lookupInTypeAfter(type, type, internString("__init_subclass__")), initSubclass.isObject,
       initSubclass.header.pointee.kind == .function || initSubclass.header.pointee.kind == .classMethod {
        let function = initSubclass.header.pointee.kind == .classMethod
            ? initSubclass.object(as: MethodWrapperObject.self).pointee.function : initSubclass
        _ = try callWithUnpacked(function, newTuple([Value(type)]), classKeywords)
    } else if classKeywords.object(as: DictObject.self).pointee.count > 0 {
        throw raiseTypeError("\(type.pointee.qualifiedName.stringValue).__init_subclass__() takes no keyword arguments")
    }
    return Value(type)
}

/// Where buildClass leaves the class keywords for createClass (not a valid identifier).
var classKeywordsKey: Value { internString("<class keywords>") }

/// C3 linearization of the class hierarchy.
func computeMRO(_ type: TypeRef, _ bases: Value) throws(PyError) -> Value {
    // As CPython's mro_implementation: a base named twice is its own error.
    for i in 0..<bases.tupleCount {
        for j in 0..<i where bases.tupleItems[j].bits == bases.tupleItems[i].bits {
            throw raiseTypeError("duplicate base class \(bases.tupleItems[i].object(as: TypeObject.self).pointee.name.stringValue)")
        }
    }
    var sequences: [[Value]] = []
    for i in 0..<bases.tupleCount {
        let base = bases.tupleItems[i].object(as: TypeObject.self)
        let mro = base.pointee.mro
        sequences.append((0..<mro.tupleCount).map { mro.tupleItems[$0] })
    }
    sequences.append((0..<bases.tupleCount).map { bases.tupleItems[$0] })
    var result: [Value] = [Value(type)]
    while true {
        sequences = sequences.filter { !$0.isEmpty }
        if sequences.isEmpty { break }
        var candidate: Value?
        for sequence in sequences {
            let head = sequence[0]
            if !sequences.contains(where: { $0.dropFirst().contains(head) }) {
                candidate = head
                break
            }
        }
        guard let next = candidate else {
            // CPython's set_mro_error: the heads still to merge, each once, in order.
            var heads: [Value] = []
            for sequence in sequences where !heads.contains(where: { $0.bits == sequence[0].bits }) { heads.append(sequence[0]) }
            let names = heads.map { $0.object(as: TypeObject.self).pointee.name.stringValue }
            throw raiseTypeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names.joined(separator: ", "))")
        }
        result.append(next)
        sequences = sequences.map { $0.first == next ? Array($0.dropFirst()) : $0 }
    }
    // Every value in `result` is a type reachable from `bases` or `type`, so the array is safe.
    return newTuple(result)
}

/// Looks `name` up in the MRO of `type` starting after `after` (what super() does).
func lookupInTypeAfter(_ type: TypeRef, _ after: TypeRef, _ name: Value) -> Value? {
    let mro = type.pointee.mro
    var i = 0
    while i < mro.tupleCount && mro.tupleItems[i].bits != Value(after).bits { i += 1 }
    i += 1
    let hash = stringHash(name.object(as: StrObject.self))
    while i < mro.tupleCount {
        let dict = mro.tupleItems[i].object(as: TypeObject.self).pointee.dict.object(as: DictObject.self)
        if let v = try? dictLookup(dict, name, hash) { return v }
        i += 1
    }
    return nil
}

func newMethodWrapper(_ function: Value, kind: ObjectKind) -> Value {
    let type = kind == .staticMethod ? rt.pointee.types.staticmethod : rt.pointee.types.classmethod
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<MethodWrapperObject>.stride, kind: kind, type: type)
    let wrapper = raw.assumingMemoryBound(to: MethodWrapperObject.self)
    wrapper.pointee.function = function
    return Value(wrapper)
}

/// Calling a class: type(x), built-in constructors, or __new__ + __init__ for user classes.
func callType(_ type: TypeRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    if type == rt.pointee.types.type {
        if count == 1 && keywordNames.isNull { return Value(typeOf(args[0])) }
        guard count == 3 else { throw raiseTypeError("type() takes 1 or 3 arguments") }
        return try createClass(metatype: type, name: args[0], bases: args[1], namespace: args[2])
    }
    if type.pointee.header.type != rt.pointee.types.type, type.pointee.header.type.pointee.flags.contains(.heapType),
       let metaCall = lookupInType(type.pointee.header.type, names.dunderCall), metaCall.isObject,
       metaCall.header.pointee.kind == .function {
        return try callPrepending(Value(type), args, count, keywordNames) { a, n, k throws(PyError) in
            try callObject(metaCall, a, n, k)
        }
    }
    if isSubtype(type, of: rt.pointee.types.type) && type.pointee.flags.contains(.heapType) && count == 3 {
        return try createClass(metatype: type, name: args[0], bases: args[1], namespace: args[2])
    }
    guard type.pointee.flags.contains(.heapType) else {
        guard let constructor = type.pointee.constructor else {
            throw raiseTypeError("cannot create '\(type.pointee.name.stringValue)' instances")
        }
        if builtinTypeCallCounts(type, count, keywordNames) {
            // CPython calls this type through tp_call (_PyObject_MakeTpCall): one level deeper.
            return try withRecursionCheck(" while calling a Python object") { () throws(PyError) -> Value in
                try callPrepending(Value(type), args, count, keywordNames) { a, n, k throws(PyError) in
                    try constructor(a, n, k)
                }
            }
        }
        return try callPrepending(Value(type), args, count, keywordNames) { a, n, k throws(PyError) in
            try constructor(a, n, k)
        }
    }
    // A user class: __new__ then __init__, one level deeper (type.__call__ through tp_call).
    return try withRecursionCheck(" while calling a Python object") { () throws(PyError) -> Value in
        try constructInstance(type, args, count, keywordNames)
    }
}

/// __new__ then __init__ for a user class.
private func constructInstance(_ type: TypeRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let instance: Value
    if let new = lookupInType(type, names.dunderNew), new.isObject, new.header.pointee.kind == .staticMethod {
        let function = new.object(as: MethodWrapperObject.self).pointee.function
        instance = try callPrepending(Value(type), args, count, keywordNames) { a, n, k throws(PyError) in
            try callObject(function, a, n, k)
        }
        guard isSubtype(typeOf(instance), of: type) else { return instance }
    } else {
        instance = try allocateInstance(type, args, count, keywordNames)
    }
    if let initializer = lookupInType(type, names.dunderInit), initializer.isObject,
       initializer.header.pointee.kind == .function {
        let result = try callPrepending(instance, args, count, keywordNames) { a, n, k throws(PyError) in
            try callObject(initializer, a, n, k)
        }
        if !result.isNone { throw raiseTypeError("__init__() should return None, not '\(typeName(result))'") }
    } else if count > 0 && lookupInType(type, names.dunderNew) == nil && type.pointee.builtinBase == rt.pointee.types.object {
        throw raiseTypeError("\(type.pointee.name.stringValue)() takes no arguments")
    }
    return instance
}

/// object.__new__ for a user class (built-in bases build their part with their constructor).
func allocateInstance(_ type: TypeRef, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    switch type.pointee.instanceKind {
    case .exception:
        let exception = newException(type, args: newTuple(args, count: count - (keywordNames.isNull ? 0 : keywordNames.tupleCount)))
        return exception
    case .instance:
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<InstanceObject>.stride, kind: .instance, type: type)
        let instance = raw.assumingMemoryBound(to: InstanceObject.self)
        instance.pointee.shape = Value(emptyShape())
        instance.pointee.dict = .null
        instance.pointee.builtinPart = .null
        let capacity = expectedSlotCount(type)
        if capacity > 0 {
            instance.pointee.slots = rt.pointee.allocateValueStorage(capacity: capacity)
            instance.pointee.slotCapacity = capacity
        }
        return Value(instance)
    default:
        // Subclass of a built-in container or number: the built-in constructor makes the
        // object, then it takes the subclass as its type.
        guard let constructor = type.pointee.constructor else {
            throw raiseTypeError("cannot create '\(type.pointee.name.stringValue)' instances")
        }
        let hasInit = lookupInType(type, names.dunderInit).map { $0.header.pointee.kind == .function } ?? false
        let builtinType = type.pointee.builtinBase!
        var made = try callPrepending(Value(builtinType), args, hasInit && isMutableBuiltin(builtinType) ? 0 : count,
                                      hasInit && isMutableBuiltin(builtinType) ? .null : keywordNames) { a, n, k throws(PyError) in
            try constructor(a, n, k)
        }
        guard made.isObject else { throw raiseTypeError("cannot subclass '\(builtinType.pointee.name.stringValue)' values here") }
        // str() may return its (shared) argument: retype a fresh copy, never the original.
        if made.header.pointee.kind == .str { made = freshStringCopy(made) }
        made.header.pointee.type = type
        return made
    }
}

/// Mutable built-ins are filled by __init__, immutable ones by __new__.
func isMutableBuiltin(_ type: TypeRef) -> Bool {
    type == rt.pointee.types.list || type == rt.pointee.types.dict || type == rt.pointee.types.set
}

/// Calling an instance: its type's __call__.
func callWithDunderCall(_ callable: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let type = typeOf(callable)
    guard type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderCall) else {
        throw notCallable(callable)
    }
    return try withRecursionCheck(" while calling a Python object") { () throws(PyError) -> Value in
        try callPrepending(callable, args, count, keywordNames) { a, n, k throws(PyError) in
            try callObject(method, a, n, k)
        }
    }
}

/// Looks up a special method on the type of a user-class instance (never on the instance).
@inline(__always)
func userSpecialMethod(_ v: Value, _ name: String) -> Value? {
    guard v.isObject else { return nil }
    let type = v.header.pointee.type
    guard type.pointee.flags.contains(.heapType) else { return nil }
    return lookupInType(type, internString(name))
}

/// Binary operators on user classes: __op__ on the left, then __rop__ on the right (first when
/// the right operand's type is a subclass of the left's that overrides __rop__, as CPython's
/// slot functions decide), NotImplemented meaning "try the other". The methods come from each
/// type's special method table (no names are built per operation).
func userBinaryOperation(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value? {
    if inPlace, let method = userSpecialMethod(lhs, SpecialMethod.inPlace(operation)) {
        let result = try call2(method, lhs, rhs)
        if result.bits != Value.notImplemented.bits { return result }
    }
    let leftType = typeOf(lhs), rightType = typeOf(rhs)
    let leftMethod = userSpecialMethod(lhs, SpecialMethod.forward(operation))
    let rightMethod = leftType == rightType ? nil : userSpecialMethod(rhs, SpecialMethod.reflected(operation))
    if let rightMethod, isSubtype(rightType, of: leftType),
       userSpecialMethod(lhs, SpecialMethod.reflected(operation))?.bits != rightMethod.bits {
        let result = try call2(rightMethod, rhs, lhs)
        if result.bits != Value.notImplemented.bits { return result }
        if let leftMethod {
            let result = try call2(leftMethod, lhs, rhs)
            if result.bits != Value.notImplemented.bits { return result }
        }
        return nil
    }
    if let leftMethod {
        let result = try call2(leftMethod, lhs, rhs)
        if result.bits != Value.notImplemented.bits { return result }
    }
    if let rightMethod {
        let result = try call2(rightMethod, rhs, lhs)
        if result.bits != Value.notImplemented.bits { return result }
    }
    // A user subclass of a built-in on the left: the built-in operation on its value.
    if lhs.isObject && lhs.header.pointee.type.isHeapType && lhs.header.pointee.kind != .instance {
        return try builtinSequenceBinaryForSubclass(operation, lhs, rhs, inPlace: inPlace)
    }
    return nil
}

/// Built-in behaviour for instances of user subclasses of list, str, dict, ...
func builtinSequenceBinaryForSubclass(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value? {
    let type = lhs.header.pointee.type
    lhs.header.pointee.type = type.pointee.builtinBase!
    defer { lhs.header.pointee.type = type }
    return try builtinSequenceBinary(operation, lhs, rhs, inPlace: inPlace)
}

func userUnaryOperation(_ slot: Int, _ v: Value) throws(PyError) -> Value? {
    guard let method = userSpecialMethod(v, slot) else { return nil }
    return try call1(method, v)
}

func userRichCompare(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Value? {
    let swapped = reflected(op)
    // The right operand is asked first when its class derives from the left's (for `!=` it
    // always has a method: object.__ne__).
    let rightFirst = typeOf(lhs) != typeOf(rhs) && isSubtype(typeOf(rhs), of: typeOf(lhs))
        && (op == 3 ? rhs.isObject && rhs.header.pointee.type.isHeapType
                    : userSpecialMethod(rhs, SpecialMethod.comparison(swapped)) != nil)
    if rightFirst, let result = try userComparisonMethod(rhs, lhs, swapped), result.bits != Value.notImplemented.bits {
        return result
    }
    if let result = try userComparisonMethod(lhs, rhs, op), result.bits != Value.notImplemented.bits {
        return result
    }
    // Looked up again: the left operand's method may have changed the right operand's class.
    if !rightFirst, let result = try userComparisonMethod(rhs, lhs, swapped), result.bits != Value.notImplemented.bits {
        return result
    }
    // Subclasses of built-ins compare as the built-in (both operands viewed as their bases).
    func subclassType(_ v: Value) -> TypeRef? {
        v.isObject && v.header.pointee.type.isHeapType && v.header.pointee.kind != .instance
            ? v.header.pointee.type : nil
    }
    let leftType = subclassType(lhs)
    let rightType = rhs.bits == lhs.bits ? nil : subclassType(rhs)
    guard leftType != nil || rightType != nil else { return nil }
    if let t = leftType { lhs.header.pointee.type = t.pointee.builtinBase! }
    if let t = rightType { rhs.header.pointee.type = t.pointee.builtinBase! }
    defer {
        if let t = leftType { lhs.header.pointee.type = t }
        if let t = rightType { rhs.header.pointee.type = t }
    }
    if let result = try builtinCompare(lhs, rhs, op) { return Value(bool: result) }
    return nil
}

/// `v op other` by the special method of v's user class, or nil when it has none (as good as
/// NotImplemented). Without an own `__ne__`, `!=` is object.__ne__: the negated `__eq__`.
private func userComparisonMethod(_ v: Value, _ other: Value, _ op: Int) throws(PyError) -> Value? {
    if let method = userSpecialMethod(v, SpecialMethod.comparison(op)) { return try call2(method, v, other) }
    guard op == 3, v.isObject, v.header.pointee.type.isHeapType else { return nil }
    guard let eq = userSpecialMethod(v, SpecialMethod.comparison(2)) else {
        // object.__eq__: True for the same object, else NotImplemented.
        return v.bits == other.bits ? .false : .notImplemented
    }
    let result = try call2(eq, v, other)
    if result.bits == Value.notImplemented.bits { return result }
    return Value(bool: !(try isTruthy(result)))
}

func userTruthiness(_ v: Value) throws(PyError) -> Bool {
    if let method = userSpecialMethod(v, SpecialMethod.bool) {
        let result = try call1(method, v)
        guard result.isBool else { throw raiseTypeError("__bool__ should return bool, returned \(typeName(result))") }
        return result.bits == Value.true.bits
    }
    if let method = userSpecialMethod(v, SpecialMethod.len) {
        return try lengthResult(try call1(method, v)) != 0
    }
    if v.header.pointee.kind != .instance && v.header.pointee.kind != .exception {
        let type = v.header.pointee.type
        v.header.pointee.type = type.pointee.builtinBase!
        defer { v.header.pointee.type = type }
        return try isTruthySlow(v)
    }
    return true
}

/// obj.name for classes defining __getattribute__ or __getattr__ (and __setattr__).
func userGetAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
    let type = typeOf(obj)
    if let getattribute = lookupInType(type, names.dunderGetattribute), getattribute.isObject,
       getattribute.header.pointee.kind == .function {
        do throws(PyError) {
            return try call(getattribute, obj, name)
        } catch {
            guard currentExceptionMatches(rt.pointee.types.AttributeError),
                  let getattr = lookupInType(type, names.dunderGetattr) else { throw error }
            _ = takeCurrentException()
            return try call(getattr, obj, name)
        }
    }
    type.pointee.flags.remove(.customAttributeAccess)
    defer { type.pointee.flags.insert(.customAttributeAccess) }
    do throws(PyError) {
        if let v = try getAttributeOrNil(obj, name) { return v }
    } catch {
        guard currentExceptionMatches(rt.pointee.types.AttributeError),
              lookupInType(type, names.dunderGetattr) != nil else { throw error }
        _ = takeCurrentException()
    }
    if let getattr = lookupInType(type, names.dunderGetattr) {
        type.pointee.flags.insert(.customAttributeAccess)
        defer { type.pointee.flags.remove(.customAttributeAccess) }
        return try call(getattr, obj, name)
    }
    return nil
}

/// Runs a user __setattr__; false when the class has none (the generic path applies).
func userSetAttribute(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) -> Bool {
    guard let setattr = lookupInType(typeOf(obj), names.dunderSetattr), setattr.isObject,
          setattr.header.pointee.kind == .function else { return false }
    _ = try call(setattr, obj, name, value)
    return true
}

/// object.__new__ (see registerContainerBuiltins).
nonisolated(unsafe) var objectNewFunction = Value.null
/// object.__init__(self): nothing to do; extra arguments are CPython's TypeError.
nonisolated(unsafe) var objectInitFunction = Value.null

/// object.__getattribute__(obj, name): the generic lookup, bypassing a user __getattribute__
/// and __getattr__.
func genericGetAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Value {
    let type = typeOf(obj)
    let custom = type.pointee.flags.contains(.customAttributeAccess)
    type.pointee.flags.remove(.customAttributeAccess)
    defer { if custom { type.pointee.flags.insert(.customAttributeAccess) } }
    if let v = try getAttributeOrNil(obj, name) { return v }
    throw attributeError(obj, name)
}

/// object.__setattr__(obj, name, value): the generic path, bypassing a user __setattr__.
func genericSetAttribute(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) {
    let type = typeOf(obj)
    let custom = type.pointee.flags.contains(.customAttributeAccess)
    type.pointee.flags.remove(.customAttributeAccess)
    defer { if custom { type.pointee.flags.insert(.customAttributeAccess) } }
    try setAttribute(obj, name, value)
}

// MARK: super

func newSuper(_ startType: Value, _ object: Value) throws(PyError) -> Value {
    guard startType.isObject, startType.header.pointee.kind == .type else {
        throw raiseTypeError("super() argument 1 must be a type, not \(typeName(startType))")
    }
    let objectType: Value
    if object.isObject && object.header.pointee.kind == .type && isSubtype(object.object(as: TypeObject.self), of: startType.object(as: TypeObject.self)) {
        objectType = object
    } else if isSubtype(typeOf(object), of: startType.object(as: TypeObject.self)) {
        objectType = Value(typeOf(object))
    } else {
        throw raiseTypeError("super(type, obj): obj must be an instance or subtype of type")
    }
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<SuperObject>.stride, kind: .superObject, type: rt.pointee.types.superType)
    let s = raw.assumingMemoryBound(to: SuperObject.self)
    s.pointee.startType = startType
    s.pointee.object = object
    s.pointee.objectType = objectType
    return Value(s)
}

/// Attribute lookup through a super object.
func superAttribute(_ superValue: Value, _ name: Value) throws(PyError) -> Value {
    if let v = try superAttributeOrNil(superValue, name) { return v }
    throw raiseAttributeError("'super' object has no attribute '\(name.stringValue)'")
}

/// The attribute the MRO has after the super object's start class, bound to its object; or
/// the super object's own attributes; nil when neither has it.
func superAttributeOrNil(_ superValue: Value, _ name: Value) throws(PyError) -> Value? {
    let s = superValue.object(as: SuperObject.self)
    let objectType = s.pointee.objectType.object(as: TypeObject.self)
    if let v = lookupInTypeAfter(objectType, s.pointee.startType.object(as: TypeObject.self), name) {
        let object = s.pointee.object
        if object.bits == Value(objectType).bits {
            // super() in a classmethod: functions stay unbound, classmethods bind to the class.
            if v.isObject && v.header.pointee.kind == .classMethod {
                return newBoundMethod(v.object(as: MethodWrapperObject.self).pointee.function, object)
            }
            if v.isObject && v.header.pointee.kind == .staticMethod {
                return v.object(as: MethodWrapperObject.self).pointee.function
            }
            if v.isObject && v.header.pointee.kind == .methodDescriptor,
               v.object(as: MethodDescriptorObject.self).pointee.bindsToClass {
                return try bindDescriptor(v, object, objectType)   // a built-in classmethod
            }
            return v
        }
        return try bindDescriptor(v, object, objectType)
    }
    if name.stringValue == "__new__" { return objectNewFunction }
    // object.__init__ (kept out of object's dict like __new__): super().__init__() in a class
    // whose next class along the MRO is object. Called through super from an __init__ of its
    // own, extra arguments are CPython's TypeError.
    if name.stringValue == "__init__" {
        return newBuiltinMethod({ args, count, keywordNames throws(PyError) in
            if count > 1 { throw raiseTypeError("object.__init__() takes exactly one argument (the instance to initialize)") }
            return .none
        }, name: name, receiver: s.pointee.object, owner: Value(rt.pointee.types.object))
    }
    // The built-ins' own __repr__ (Swift, not in their dicts): super().__repr__() in a subclass.
    if name.stringValue == "__repr__" {
        return newBuiltinMethod({ args, count, keywordNames throws(PyError) in
            try checkPositional("__repr__", count, keywordNames, min: 1, max: 1)
            return newString(try builtinReprText(args[0]))
        }, name: name, receiver: s.pointee.object, owner: Value(objectType))
    }
    return try specialAttribute(superValue, name)
}

func loadSuperAttribute(_ globalSuper: Value, _ cls: Value, _ receiver: Value, _ name: Value) throws(PyError) -> Value {
    if globalSuper.bits != Value(rt.pointee.types.superType).bits {
        return try getAttribute(try call(globalSuper), name)
    }
    return try superAttribute(try newSuper(cls, receiver), name)
}

func loadSuperMethod(_ globalSuper: Value, _ cls: Value, _ receiver: Value, _ name: Value, into result: UnsafeMutablePointer<Value>) throws(PyError) {
    if globalSuper.bits == Value(rt.pointee.types.superType).bits, cls.isObject, cls.header.pointee.kind == .type,
       !(receiver.isObject && receiver.header.pointee.kind == .type),
       isSubtype(typeOf(receiver), of: cls.object(as: TypeObject.self)),
       let v = lookupInTypeAfter(typeOf(receiver), cls.object(as: TypeObject.self), name), v.isObject,
       v.header.pointee.kind == .function || v.header.pointee.kind == .methodDescriptor {
        result[0] = v
        result[1] = receiver
        return
    }
    result[0] = try loadSuperAttribute(globalSuper, cls, receiver, name)
    result[1] = .null
}

/// Whether calling a built-in type counts toward the recursion limit as in CPython 3.11: types
/// with a vectorcall (list, dict, float, map, super, ...) do not, nor do str(x) and type(x),
/// which the specializer calls directly; the others (int, str, range, object, zip, exceptions,
/// ...) go through tp_call.
@inline(__always)
func builtinTypeCallCounts(_ type: TypeRef, _ count: Int, _ keywordNames: Value) -> Bool {
    let types = rt.pointee.types
    if type == types.float || type == types.bool || type == types.list || type == types.tuple || type == types.dict
        || type == types.set || type == types.frozenset || type == types.enumerate || type == types.superType
        || type == types.map || type == types.filter || type == types.reversed || type == types.type {
        return false
    }
    if type == types.str && count == 1 && (keywordNames.isNull || keywordNames.tupleCount == 0) { return false }
    return true
}
