import Runtime

/// The attributes of instances of user classes. An instance starts with the empty shape; each new
/// attribute moves it to the shape's child for that name and stores the value in the next slot.
/// Asking for `__dict__`, deleting an attribute, or going past 64 attributes switches the instance
/// to "dict mode": its attributes move to a real dict, which is authoritative from then on.

@inline(__always)
func isDictMode(_ instance: UnsafeMutablePointer<InstanceObject>) -> Bool {
    instance.pointee.dict.isObject
}

/// The instance's own attribute, or nil.
@inline(__always)
func instanceAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
    guard obj.isObject else { return nil }
    if obj.header.pointee.kind == .instance {
        let instance = obj.object(as: InstanceObject.self)
        if isDictMode(instance) {
            // Slot attributes of a class that also has a dict stay in shaped storage (Slots.swift).
            if instance.pointee.shape.isObject {
                let slot = shapeSlot(instance.pointee.shape.object(as: ShapeObject.self), name)
                if slot >= 0 { return instance.pointee.slots.unsafelyUnwrapped[slot] }
            }
            return try dictLookup(instance.pointee.dict.object(as: DictObject.self), name, stringHash(name.object(as: StrObject.self)))
        }
        guard instance.pointee.shape.isObject else { return nil }
        let slot = shapeSlot(instance.pointee.shape.object(as: ShapeObject.self), name)
        return slot >= 0 ? instance.pointee.slots.unsafelyUnwrapped[slot] : nil
    }
    guard let dict = instanceDict(obj) else { return nil }
    return try dictLookup(dict, name, stringHash(name.object(as: StrObject.self)))
}

/// Sets the instance's own attribute; false when the object cannot have attributes.
func setInstanceAttribute(_ obj: Value, _ name: Value, _ value: Value) -> Bool {
    guard obj.isObject, obj.header.pointee.kind == .instance,
          obj.header.pointee.type.pointee.flags.contains(.instancesHaveAttributes) else { return false }
    let instance = obj.object(as: InstanceObject.self)
    let type = obj.header.pointee.type
    let dictMode = isDictMode(instance)
    if dictMode && !(instance.pointee.shape.isObject && isSlotName(type, name)) {
        dictSetString(instance.pointee.dict.object(as: DictObject.self), name, value)
        return true
    }
    let shape = instance.pointee.shape.isObject ? instance.pointee.shape.object(as: ShapeObject.self) : emptyShape()
    let slot = shapeSlot(shape, name)
    if slot >= 0 {
        instance.pointee.slots.unsafelyUnwrapped[slot] = value
        return true
    }
    // A slotted class takes no other name (its instances have no __dict__).
    if type.pointee.flags.contains(.slotsOnly) && !isSlotName(type, name) { return false }
    let count = shape.pointee.count
    if count >= RuntimeState.maxShapeAttributes {
        dictSetString(materializeInstanceDict(instance), name, value)
        return true
    }
    let child = shapeAdding(shape, name)
    if count >= instance.pointee.slotCapacity {
        let capacity = max(4, instance.pointee.slotCapacity * 2)
        let slots = rt.pointee.allocateValueStorage(capacity: capacity)
        if count > 0 { slots.update(from: instance.pointee.slots.unsafelyUnwrapped, count: count) }
        instance.pointee.slots = slots
        instance.pointee.slotCapacity = capacity
    }
    instance.pointee.slots.unsafelyUnwrapped[count] = value
    instance.pointee.shape = Value(child)
    if !dictMode { noteShape(instance.pointee.header.type, Value(child).bits) }
    return true
}

/// Deletes the instance's own attribute; false when it has none of that name.
func deleteInstanceAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Bool {
    if obj.isObject && obj.header.pointee.kind == .instance {
        let instance = obj.object(as: InstanceObject.self)
        guard try instanceAttribute(obj, name) != nil else { return false }
        // A slot attribute leaves the shaped storage: the shape is rebuilt without it.
        let type = obj.header.pointee.type
        if instance.pointee.shape.isObject && shapeSlot(instance.pointee.shape.object(as: ShapeObject.self), name) >= 0
            && (type.pointee.flags.contains(.slotsOnly) || isSlotName(type, name)) {
            let root = isDictMode(instance) ? slotShapeRoot() : emptyShape()
            _ = rebuildShape(instance, from: root) { $0.bits != name.bits && $0.stringValue != name.stringValue }
            return true
        }
        return try dictDelete(materializeInstanceDict(instance), name) != nil
    }
    guard let dict = instanceDict(obj) else { return false }
    return try dictDelete(dict, name) != nil
}

/// Moves the instance's attributes into a dict (dict mode) and returns it.
@discardableResult
func materializeInstanceDict(_ instance: UnsafeMutablePointer<InstanceObject>) -> DictRef {
    if isDictMode(instance) { return instance.pointee.dict.object(as: DictObject.self) }
    let dict = newDict()
    let type = instance.pointee.header.type
    if hasSlotNames(type) {
        // Slot attributes stay in shaped storage; the dict takes the others (Slots.swift).
        for (name, value) in rebuildShape(instance, from: slotShapeRoot(), keeping: { isSlotName(type, $0) }) {
            dictSetString(dict.object(as: DictObject.self), name, value)
        }
        instance.pointee.dict = dict
        return dict.object(as: DictObject.self)
    }
    if instance.pointee.shape.isObject {
        let shape = instance.pointee.shape.object(as: ShapeObject.self)
        let names = shape.pointee.names
        for i in 0..<shape.pointee.count {
            dictSetString(dict.object(as: DictObject.self), names.tupleItems[i], instance.pointee.slots.unsafelyUnwrapped[i])
        }
    }
    instance.pointee.dict = dict
    instance.pointee.shape = .null
    instance.pointee.slots = nil
    instance.pointee.slotCapacity = 0
    return dict.object(as: DictObject.self)
}

/// Remembers the largest shape a class's instances reached, so new instances get room for all
/// their attributes at once (TypeObject.instanceShape holds it).
@inline(__always)
func noteShape(_ type: TypeRef, _ shapeBits: UInt64) {
    let hint = type.pointee.instanceShape
    let shape = Value(bits: shapeBits).object(as: ShapeObject.self)
    if !hint.isObject || hint.object(as: ShapeObject.self).pointee.count < shape.pointee.count {
        type.pointee.instanceShape = Value(bits: shapeBits)
    }
}

/// Slot capacity for a new instance of `type`.
@inline(__always)
func expectedSlotCount(_ type: TypeRef) -> Int {
    let hint = type.pointee.instanceShape
    return hint.isObject ? hint.object(as: ShapeObject.self).pointee.count : 0
}
