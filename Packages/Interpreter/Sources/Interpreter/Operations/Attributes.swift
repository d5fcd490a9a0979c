import Runtime

/// Looks `name` up along the MRO of `type` (CPython's _PyType_Lookup). Never runs Python code.
/// Answers for interned names come from the type lookup cache (AttributeCaches.swift) when the
/// type's version is the one they were cached under.
@inline(__always)
public func lookupInType(_ type: TypeRef, _ name: Value) -> Value? {
    let version = type.pointee.version
    let entry = typeLookupTable.unsafelyUnwrapped + AttributeCaches.typeLookupIndex(version, name.bits)
    if entry.pointee.name == name.bits && entry.pointee.version == version {
        let v = Value(bits: entry.pointee.value)
        return v.isNull ? nil : v
    }
    return lookupInTypeUncached(type, name)
}

/// The MRO walk behind lookupInType; caches the answer when the type has a version and the
/// name is interned.
@inline(never)
public func lookupInTypeUncached(_ type: TypeRef, _ name: Value) -> Value? {
    let mro = type.pointee.mro
    let str = name.object(as: StrObject.self)
    let hash = stringHash(str)
    let count = mro.tupleCount
    var found: Value? = nil
    for i in 0..<count {
        let dict = mro.tupleItems[i].object(as: TypeObject.self).pointee.dict.object(as: DictObject.self)
        if let v = try? dictLookup(dict, name, hash) { found = v; break }
    }
    let version = type.pointee.version
    if version != 0 && str.pointee.isInterned {
        let entry = typeLookupTable.unsafelyUnwrapped + AttributeCaches.typeLookupIndex(version, name.bits)
        entry.pointee.name = name.bits
        entry.pointee.version = version
        entry.pointee.value = (found ?? .null).bits
        rt.pointee.attributeCachesUsed = true
    }
    return found
}

/// The dict holding an object's own attributes, if it has one.
func instanceDict(_ obj: Value) -> DictRef? {
    guard obj.isObject else { return nil }
    switch obj.header.pointee.kind {
    case .instance:
        // Dict mode only; otherwise the attributes are in shape slots (InstanceAttributes.swift).
        let dict = obj.object(as: InstanceObject.self).pointee.dict
        return dict.isObject ? dict.object(as: DictObject.self) : nil
    case .module: return obj.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self)
    case .function:
        let dict = obj.object(as: FunctionObject.self).pointee.dict
        return dict.isObject ? dict.object(as: DictObject.self) : nil
    case .exception:
        let dict = obj.object(as: ExceptionObject.self).pointee.dict
        return dict.isObject ? dict.object(as: DictObject.self) : nil
    case .namespace where obj.header.pointee.type == rt.pointee.types.simpleNamespace:
        return obj.object(as: NamespaceObject.self).pointee.dict.object(as: DictObject.self)
    default:
        return BuiltinSubclassAttributes.dict(of: obj).map { $0.object(as: DictObject.self) }
    }
}

/// An instance of a user subclass of a built-in container or str (its layout is the built-in's).
func isBuiltinSubclassInstance(_ obj: Value) -> Bool {
    // Module types (collections.defaultdict ...) are heap types too, but immutable built-ins.
    let flags = obj.isObject ? obj.header.pointee.type.pointee.flags : []
    guard flags.contains(.heapType) && !flags.contains(.immutable) else { return false }
    switch obj.header.pointee.kind {
    case .list, .dict, .set, .frozenset, .tuple, .str, .bytes, .bigInt: return true
    default: return false
    }
}

/// Creates the attribute dict of an object that can have one, or nil for built-ins that cannot.
func ensureInstanceDict(_ obj: Value) -> DictRef? {
    if let dict = instanceDict(obj) { return dict }
    guard obj.isObject else { return nil }
    switch obj.header.pointee.kind {
    case .instance:
        let flags = obj.header.pointee.type.pointee.flags
        guard flags.contains(.instancesHaveAttributes) && !flags.contains(.slotsOnly) else { return nil }
        return materializeInstanceDict(obj.object(as: InstanceObject.self))
    case .function:
        let dict = newDict()
        obj.object(as: FunctionObject.self).pointee.dict = dict
        return dict.object(as: DictObject.self)
    case .exception:
        let dict = newDict()
        obj.object(as: ExceptionObject.self).pointee.dict = dict
        return dict.object(as: DictObject.self)
    default:
        guard isBuiltinSubclassInstance(obj) && !obj.header.pointee.type.pointee.flags.contains(.slotsOnly) else { return nil }
        let dict = newDict()
        BuiltinSubclassAttributes.set(dict, for: obj)
        return dict.object(as: DictObject.self)
    }
}

/// True for a data descriptor (defines __set__ or __delete__): it wins over instance attributes.
func isDataDescriptor(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    if v.header.pointee.kind == .property { return true }
    let type = v.header.pointee.type
    if type.pointee.flags.contains(.heapType) {
        return lookupInType(type, names.dunderSet) != nil || lookupInType(type, names.dunderDelete) != nil
    }
    return false
}

/// obj.name (LOAD_ATTR).
public func getAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Value {
    if let v = try getAttributeOrNil(obj, name) { return v }
    throw attributeError(obj, name)
}

/// obj.name, or nil when it does not exist (AttributeError from a property propagates).
public func getAttributeOrNil(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
    let cached = InstanceAttributeCache.load(obj, name)
    if !cached.isNull { return cached }
    let type = typeOf(obj)
    if type.pointee.flags.rawValue & customAttributeAccessBit != 0 {
        return try userGetAttribute(obj, name)
    }
    if obj.isObject {
        switch obj.header.pointee.kind {
        case .type: return try typeAttribute(obj.object(as: TypeObject.self), name)
        case .superObject: return try superAttributeOrNil(obj, name)
        case .instance: InstanceAttributeCache.fill(obj, name, InstanceAttributeCache.load)
        default: break
        }
    }
    let descriptor = lookupInType(type, name)
    if let descriptor, isDataDescriptor(descriptor) {
        return try callDescriptorGet(descriptor, obj, Value(type))
    }
    if let v = try instanceAttribute(obj, name) {
        return v
    }
    if let descriptor { return try bindDescriptor(descriptor, obj, type) }
    if let special = try specialAttribute(obj, name) { return special }
    return nil
}

/// A class attribute found on a type (or `obj.method` on an instance) bound as Python binds it.
func bindDescriptor(_ descriptor: Value, _ obj: Value, _ type: TypeRef) throws(PyError) -> Value {
    guard descriptor.isObject else { return descriptor }
    switch descriptor.header.pointee.kind {
    case .function:
        return newBoundMethod(descriptor, obj)
    case .methodDescriptor:
        let method = descriptor.object(as: MethodDescriptorObject.self)
        return newBuiltinMethod(method.pointee.function, name: method.pointee.name,
                                receiver: method.pointee.bindsToClass ? Value(type) : obj, owner: method.pointee.ownerType)
    case .staticMethod:
        return descriptor.object(as: MethodWrapperObject.self).pointee.function
    case .classMethod:
        return newBoundMethod(descriptor.object(as: MethodWrapperObject.self).pointee.function, Value(type))
    case .property:
        return try callDescriptorGet(descriptor, obj, Value(type))
    case .memberDescriptor:
        // A slot the instance has not set (a set one is found among its attributes first).
        throw attributeError(obj, descriptor.object(as: MethodDescriptorObject.self).pointee.name)
    default:
        if descriptor.header.pointee.type.pointee.flags.contains(.heapType),
           let get = lookupInType(descriptor.header.pointee.type, names.dunderGet) {
            return try call(get, descriptor, obj, Value(type))
        }
        return descriptor
    }
}

/// Calls a descriptor's getter (property.fget or a user __get__).
func callDescriptorGet(_ descriptor: Value, _ obj: Value, _ type: Value) throws(PyError) -> Value {
    if descriptor.header.pointee.kind == .property {
        let getter = descriptor.object(as: PropertyObject.self).pointee.getter
        if getter.isNone || getter.isNull { throw raiseAttributeError("property object has no getter") }
        return try call(getter, obj)
    }
    let get = lookupInType(descriptor.header.pointee.type, names.dunderGet)!
    return try call(get, descriptor, obj, type)
}

/// Attribute of a class object: its MRO first (functions stay plain functions), then the
/// metatype (`type`), then special attributes.
func typeAttribute(_ type: TypeRef, _ name: Value) throws(PyError) -> Value? {
    let metatype = type.pointee.header.type
    let metaDescriptor = lookupInType(metatype, name)
    if let metaDescriptor, isDataDescriptor(metaDescriptor) {
        return try callDescriptorGet(metaDescriptor, Value(type), Value(metatype))
    }
    if let v = lookupInType(type, name) {
        guard v.isObject else { return v }
        switch v.header.pointee.kind {
        case .staticMethod: return v.object(as: MethodWrapperObject.self).pointee.function
        case .classMethod: return newBoundMethod(v.object(as: MethodWrapperObject.self).pointee.function, Value(type))
        case .methodDescriptor where v.object(as: MethodDescriptorObject.self).pointee.bindsToClass:
            let method = v.object(as: MethodDescriptorObject.self)
            return newBuiltinMethod(method.pointee.function, name: method.pointee.name, receiver: Value(type), owner: method.pointee.ownerType)
        default:
            if v.header.pointee.type.pointee.flags.contains(.heapType),
               let get = lookupInType(v.header.pointee.type, names.dunderGet) {
                return try call(get, v, .none, Value(type))
            }
            return v
        }
    }
    if let metaDescriptor { return try bindDescriptor(metaDescriptor, Value(type), metatype) }
    // object.__init__ itself (`object.__init__(self)`), kept out of object's dict (Classes.swift).
    if name.stringValue == "__init__" && !type.pointee.flags.contains(.exception) { return objectInitFunction }
    return try specialAttribute(Value(type), name)
}

/// LOAD_METHOD: writes (function, self) when `obj.name` is a plain method found on the type and
/// not shadowed by an instance attribute, else (attribute, NULL), into result[0] and result[1].
/// Saves creating a bound method.
public func loadMethod(_ obj: Value, _ name: Value, into result: UnsafeMutablePointer<Value>) throws(PyError) {
    if InstanceAttributeCache.loadMethod(obj, name, into: result) { return }
    if obj.isObject && obj.header.pointee.kind == .instance {
        InstanceAttributeCache.fill(obj, name, InstanceAttributeCache.method)
    }
    let type = typeOf(obj)
    if !type.pointee.flags.contains(.customAttributeAccess) && !(obj.isObject && obj.header.pointee.kind == .type),
       let descriptor = lookupInType(type, name), descriptor.isObject {
        let kind = descriptor.header.pointee.kind
        if kind == .function || (kind == .methodDescriptor && !descriptor.object(as: MethodDescriptorObject.self).pointee.bindsToClass) {
            if try instanceAttribute(obj, name) != nil {
                result[0] = try getAttribute(obj, name)
                result[1] = .null
                return
            }
            result[0] = descriptor
            result[1] = obj
            return
        }
    }
    result[0] = try getAttribute(obj, name)
    result[1] = .null
}

/// obj.name = value (STORE_ATTR).
public func setAttribute(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) {
    if InstanceAttributeCache.store(obj, name, value) { return }
    let type = typeOf(obj)
    if type.pointee.flags.contains(.customAttributeAccess), try userSetAttribute(obj, name, value) { return }
    if obj.isObject && obj.header.pointee.kind == .instance {
        InstanceAttributeCache.fill(obj, name, InstanceAttributeCache.store)
    }
    if obj.isObject && obj.header.pointee.kind == .type {
        try setTypeAttribute(obj.object(as: TypeObject.self), name, value)
        return
    }
    if let descriptor = lookupInType(type, name), isDataDescriptor(descriptor) {
        if descriptor.header.pointee.kind == .property {
            let setter = descriptor.object(as: PropertyObject.self).pointee.setter
            if setter.isNone || setter.isNull {
                throw raiseAttributeError("property '\(name.stringValue)' of '\(type.pointee.name.stringValue)' object has no setter")
            }
            _ = try call(setter, obj, value)
            return
        }
        let set = lookupInType(descriptor.header.pointee.type, names.dunderSet)!
        _ = try call(set, descriptor, obj, value)
        return
    }
    if let special = try setSpecialAttribute(obj, name, value), special { return }
    if setInstanceAttribute(obj, name, value) { return }
    guard let dict = ensureInstanceDict(obj) else {
        if let descriptor = lookupInType(type, name), descriptor.isObject {
            throw raiseAttributeError("'\(type.pointee.name.stringValue)' object attribute '\(name.stringValue)' is read-only")
        }
        throw raiseAttributeError("'\(type.pointee.name.stringValue)' object has no attribute '\(name.stringValue)'")
    }
    dictSetString(dict, name, value)
}

/// del obj.name (DELETE_ATTR): a user __delattr__, else the generic deletion.
public func deleteAttribute(_ obj: Value, _ name: Value) throws(PyError) {
    if let delattr = lookupInType(typeOf(obj), internString("__delattr__")), delattr.isObject,
       delattr.header.pointee.kind == .function {
        _ = try call(delattr, obj, name)
        return
    }
    try genericDeleteAttribute(obj, name)
}

/// object.__delattr__(obj, name).
func genericDeleteAttribute(_ obj: Value, _ name: Value) throws(PyError) {
    let type = typeOf(obj)
    if obj.isObject && obj.header.pointee.kind == .type {
        let t = obj.object(as: TypeObject.self)
        if t.pointee.flags.contains(.immutable) {
            throw raiseTypeError("cannot set '\(name.stringValue)' attribute of immutable type '\(t.pointee.name.stringValue)'")
        }
        if try dictDelete(t.pointee.dict.object(as: DictObject.self), name) == nil { throw attributeError(obj, name) }
        typeModified(t)
        return
    }
    if let descriptor = lookupInType(type, name), descriptor.isObject, descriptor.header.pointee.kind == .property {
        let deleter = descriptor.object(as: PropertyObject.self).pointee.deleter
        if deleter.isNone || deleter.isNull {
            throw raiseAttributeError("property '\(name.stringValue)' of '\(type.pointee.name.stringValue)' object has no deleter")
        }
        _ = try call(deleter, obj)
        return
    }
    guard try deleteInstanceAttribute(obj, name) else {
        if let descriptor = lookupInType(type, name), descriptor.isObject, descriptor.header.pointee.kind == .memberDescriptor {
            throw raiseAttributeError(name.stringValue)   // CPython's member_set: the bare name
        }
        throw attributeError(obj, name)
    }
}

func setTypeAttribute(_ type: TypeRef, _ name: Value, _ value: Value) throws(PyError) {
    if type.pointee.flags.contains(.immutable) {
        throw raiseTypeError("cannot set '\(name.stringValue)' attribute of immutable type '\(type.pointee.name.stringValue)'")
    }
    if name.stringValue == "__name__" || name.stringValue == "__qualname__" {
        guard isStrValue(value) else {
            throw raiseTypeError("can only assign string to \(type.pointee.name.stringValue).\(name.stringValue), not '\(typeName(value))'")
        }
        if name.stringValue == "__name__" { type.pointee.name = value } else { type.pointee.qualifiedName = value }
        return
    }
    dictSetString(type.pointee.dict.object(as: DictObject.self), name, value)
    typeModified(type)
}

/// A class (or one of its bases) changed: every cache keyed on its version, or on the version
/// of any subclass, must miss from now on.
public func typeModified(_ type: TypeRef) {
    type.pointee.version = rt.pointee.newTypeVersion()
    let subclasses = type.pointee.subclasses.object(as: ListObject.self)
    for i in 0..<subclasses.pointee.count {
        typeModified(subclasses.items[i].object(as: TypeObject.self))
    }
    onTypeModified?(type)
}

/// Tier 2 watches type changes to invalidate compiled code.
nonisolated(unsafe) public var onTypeModified: ((TypeRef) -> Void)?

extension RuntimeState {
    mutating func newTypeVersion() -> UInt32 {
        nextTypeVersion &+= 1
        return nextTypeVersion
    }
}

func attributeError(_ obj: Value, _ name: Value) -> PyError {
    let attribute = name.stringValue
    let message: String
    if obj.isObject && obj.header.pointee.kind == .module {
        let moduleName = obj.object(as: ModuleObject.self).pointee.name.stringValue
        message = "module '\(moduleName)' has no attribute '\(attribute)'"
    } else if obj.isObject && obj.header.pointee.kind == .type {
        message = "type object '\(obj.object(as: TypeObject.self).pointee.name.stringValue)' has no attribute '\(attribute)'"
    } else {
        message = "'\(typeName(obj))' object has no attribute '\(attribute)'"
    }
    let error = raise(rt.pointee.types.AttributeError, message)
    // AttributeError.name and .obj (what the "Did you mean" suggestion works from).
    if let dict = ensureInstanceDict(rt.pointee.currentException) {
        dictSetString(dict, internString("name"), name)
        dictSetString(dict, internString("obj"), obj)
    }
    return error
}

func newBoundMethod(_ function: Value, _ receiver: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<BoundMethodObject>.stride, kind: .boundMethod, type: rt.pointee.types.method)
    let method = raw.assumingMemoryBound(to: BoundMethodObject.self)
    method.pointee.function = function
    method.pointee.receiver = receiver
    return Value(method)
}

func newBuiltinMethod(_ function: BuiltinFunction, name: Value, receiver: Value, owner: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<BuiltinFunctionObject>.stride, kind: .builtinFunction, type: rt.pointee.types.builtinFunction)
    let builtin = raw.assumingMemoryBound(to: BuiltinFunctionObject.self)
    builtin.pointee.function = function
    builtin.pointee.name = name
    builtin.pointee.receiver = receiver
    builtin.pointee.module = .null
    builtin.pointee.ownerType = owner
    return Value(builtin)
}
