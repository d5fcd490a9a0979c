import Bytecode
import Runtime

/// Attribute-access specializations. Cache words (words 4-12 are PolymorphicAttributeCache's):
///     [0] counter | slot or entry index << 16
///     [1] the owner's type version (a type's version is unique among all types, and changes
///         whenever the type or a base changes) or, for modules, their dict's keys version
///     [2] the owner's shape (instances), as value bits
///     [3] the cached value: a class attribute or the method found on the type; for STORE_ATTR,
///         the shape after adding the attribute (0 when the attribute exists already)
enum AttributeCache {
    @inline(__always) static func index(_ cache: UnsafeMutablePointer<UInt64>) -> Int { Int(truncatingIfNeeded: cache[0] >> 16) }
}

/// The type of `owner` if its attribute access can be cached on (type version, shape).
private func cacheableType(_ owner: Value) -> TypeRef? {
    guard owner.isObject else { return nil }
    let type = owner.header.pointee.type
    guard type.pointee.version != 0, !type.pointee.flags.contains(.customAttributeAccess),
          owner.header.pointee.kind != .type else { return nil }
    return type
}

/// An instance in shape mode, or nil.
private func shapedInstance(_ owner: Value) -> UnsafeMutablePointer<InstanceObject>? {
    guard owner.isObject, owner.header.pointee.kind == .instance else { return nil }
    let instance = owner.object(as: InstanceObject.self)
    return instance.pointee.dict.isObject || !instance.pointee.shape.isObject ? nil : instance
}

/// Values a class attribute lookup returns unchanged (no binding, no descriptor call).
private func isPlainClassValue(_ v: Value) -> Bool {
    guard v.isObject else { return true }
    switch v.header.pointee.kind {
    case .function, .methodDescriptor, .staticMethod, .classMethod, .property, .memberDescriptor: return false
    default: return !v.header.pointee.type.pointee.flags.contains(.heapType)
    }
}

@inline(__always)
private func setIndex(_ cache: UnsafeMutablePointer<UInt64>, _ index: Int) {
    cache[0] = (cache[0] & AdaptiveCounter.mask) | UInt64(index) << 16
}

@inline(never)
func specializeLoadAttr(_ owner: Value, _ name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    PolymorphicAttributeCache.clear(cache)
    if owner.isObject && owner.header.pointee.kind == .module {
        let dict = owner.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self)
        if let probe = try? dictProbe(dict, name, stringHash(name.object(as: StrObject.self))), probe.found {
            setIndex(cache, probe.entryIndex)
            cache[1] = dict.pointee.keysVersion
            specialize(r, cache, .LOAD_ATTR_MODULE)
            return
        }
    }
    guard let type = cacheableType(owner), let instance = shapedInstance(owner) else { specialize(r, cache, nil); return }
    let descriptor = lookupInType(type, name)
    if let descriptor, isDataDescriptor(descriptor) { specialize(r, cache, nil); return }
    let shape = instance.pointee.shape.object(as: ShapeObject.self)
    let slot = shapeSlot(shape, name)
    cache[1] = UInt64(type.pointee.version)
    cache[2] = instance.pointee.shape.bits
    if slot >= 0 {
        setIndex(cache, slot)
        specialize(r, cache, .LOAD_ATTR_INSTANCE_VALUE)
    } else if let descriptor, isPlainClassValue(descriptor) {
        cache[3] = descriptor.bits
        specialize(r, cache, .LOAD_ATTR_CLASS)
    } else {
        specialize(r, cache, nil)
    }
}

@inline(never)
func specializeLoadMethod(_ owner: Value, _ name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    PolymorphicAttributeCache.clear(cache)
    if owner.isObject && owner.header.pointee.kind == .module {
        let dict = owner.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self)
        if let probe = try? dictProbe(dict, name, stringHash(name.object(as: StrObject.self))), probe.found {
            setIndex(cache, probe.entryIndex)
            cache[1] = dict.pointee.keysVersion
            specialize(r, cache, .LOAD_METHOD_MODULE)
            return
        }
    }
    guard let type = cacheableType(owner), let method = lookupInType(type, name), method.isObject else {
        specialize(r, cache, nil)
        return
    }
    let kind = method.header.pointee.kind
    cache[1] = UInt64(type.pointee.version)
    cache[3] = method.bits
    if kind == .function, let instance = shapedInstance(owner),
       shapeSlot(instance.pointee.shape.object(as: ShapeObject.self), name) < 0 {
        cache[2] = instance.pointee.shape.bits
        specialize(r, cache, .LOAD_METHOD_WITH_VALUES)
    } else if kind == .methodDescriptor, !method.object(as: MethodDescriptorObject.self).pointee.bindsToClass,
              !type.pointee.flags.contains(.heapType) {
        specialize(r, cache, .LOAD_METHOD_NO_DICT)
    } else {
        specialize(r, cache, nil)
    }
}

@inline(never)
func specializeStoreAttr(_ owner: Value, _ name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    PolymorphicAttributeCache.clear(cache)
    guard let type = cacheableType(owner), let instance = shapedInstance(owner),
          type.pointee.flags.contains(.instancesHaveAttributes) else { specialize(r, cache, nil); return }
    // `__class__` is computed (setSpecialAttribute): assigning it changes the type, it never
    // becomes an instance attribute.
    if name.bits == names.dunderClass.bits { specialize(r, cache, nil); return }
    if let descriptor = lookupInType(type, name), isDataDescriptor(descriptor) { specialize(r, cache, nil); return }
    let shape = instance.pointee.shape.object(as: ShapeObject.self)
    let slot = shapeSlot(shape, name)
    cache[1] = UInt64(type.pointee.version)
    cache[2] = instance.pointee.shape.bits
    if slot >= 0 {
        setIndex(cache, slot)
        cache[3] = 0
    } else {
        // Adding the attribute: the transition is cached (shapes never change once made).
        guard shape.pointee.count < RuntimeState.maxShapeAttributes else { specialize(r, cache, nil); return }
        setIndex(cache, shape.pointee.count)
        cache[3] = Value(shapeAdding(shape, name)).bits
    }
    specialize(r, cache, .STORE_ATTR_INSTANCE_VALUE)
}

/// The guard shared by the instance specializations: same type version and same shape.
@inline(__always)
func instanceMatches(_ owner: Value, _ cache: UnsafeMutablePointer<UInt64>) -> Bool {
    owner.isObject && owner.header.pointee.kind == .instance &&
        UInt64(owner.header.pointee.type.pointee.version) == cache[1] &&
        owner.object(as: InstanceObject.self).pointee.shape.bits == cache[2]
}
