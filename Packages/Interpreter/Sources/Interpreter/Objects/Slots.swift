import Runtime

/// `__slots__`. A slotted class keeps its instances' attributes in the same shaped storage as
/// any class (so the attribute inline caches and compiled code read slots at fixed offsets), and
/// differs in what it allows:
/// - its dict holds a `member_descriptor` per slot name (`Point.x`, `Point.__dict__["x"]`);
/// - when every class of the MRO declares `__slots__` without `__dict__` (`.slotsOnly`), an
///   instance takes no other name and has no `__dict__`;
/// - otherwise (a base or the class itself has a dict) `__dict__` holds only the other names:
///   the instance's slot attributes stay in shaped storage rooted at `slotShapeRoot`.
/// An unset slot is simply absent from the shape; `del` rebuilds the shape without the name.

/// Validates a class body's `__slots__` and installs one member descriptor per name. Returns the
/// names as a tuple of str.
func installSlots(_ type: TypeRef, _ slots: Value, classDict: DictRef) throws(PyError) -> Value {
    let names = try tupleFromIterable(isStrValue(slots) ? newTuple([slots]) : slots)
    for i in 0..<names.tupleCount {
        let name = names.tupleItems[i]
        guard isStrValue(name) else {
            throw raiseTypeError("__slots__ items must be strings, not '\(typeName(name))'")
        }
        let text = name.stringValue
        if text == "__dict__" || text == "__weakref__" { continue }
        let key = internString(text)
        if try dictLookup(classDict, key) != nil {
            throw raise(rt.pointee.types.ValueError, "'\(text)' in __slots__ conflicts with class variable")
        }
        dictSetString(classDict, key, newMemberDescriptor(key, owner: type))
    }
    return names
}

/// Whether instances of `type` are restricted to slot names: every user class along the MRO
/// declares `__slots__` without `__dict__`, and the layout is a plain instance.
func hasOnlySlots(_ type: TypeRef) -> Bool {
    guard type.pointee.instanceKind == .instance else { return false }
    let mro = type.pointee.mro
    for i in 0..<mro.tupleCount {
        let t = mro.tupleItems[i].object(as: TypeObject.self)
        guard t.pointee.flags.contains(.heapType) else { continue }
        let slots = t.pointee.slotNames
        guard slots.isObject else { return false }
        for j in 0..<slots.tupleCount where slots.tupleItems[j].stringValue == "__dict__" { return false }
    }
    return true
}

/// Whether `name` is a slot of `type` or of a class along its MRO.
func isSlotName(_ type: TypeRef, _ name: Value) -> Bool {
    let mro = type.pointee.mro
    for i in 0..<mro.tupleCount {
        let t = mro.tupleItems[i].object(as: TypeObject.self)
        let slots = t.pointee.slotNames
        guard t.pointee.flags.contains(.heapType), slots.isObject else { continue }
        for j in 0..<slots.tupleCount {
            let slot = slots.tupleItems[j]
            if slot.bits == name.bits || stringsEqual(slot.object(as: StrObject.self), name.object(as: StrObject.self)) { return true }
        }
    }
    return false
}

/// Whether any class along the MRO of `type` declares slots.
func hasSlotNames(_ type: TypeRef) -> Bool {
    let mro = type.pointee.mro
    for i in 0..<mro.tupleCount {
        let t = mro.tupleItems[i].object(as: TypeObject.self)
        if t.pointee.flags.contains(.heapType) && t.pointee.slotNames.isObject { return true }
    }
    return false
}

func newMemberDescriptor(_ name: Value, owner: TypeRef) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<MethodDescriptorObject>.stride, kind: .memberDescriptor,
                                       type: rt.pointee.types.memberDescriptor)
    let descriptor = raw.assumingMemoryBound(to: MethodDescriptorObject.self)
    descriptor.pointee.function = { _, _, _ throws(PyError) in .none }
    descriptor.pointee.name = name
    descriptor.pointee.ownerType = Value(owner)
    descriptor.pointee.bindsToClass = false
    return Value(descriptor)
}

/// The empty shape that the slot attributes of an instance in dict mode hang from: distinct from
/// `emptyShape()`, so no inline cache made for shape-mode instances ever matches them.
nonisolated(unsafe) private var slotShapeRootValue = Value.null

func slotShapeRoot() -> ShapeRef {
    if slotShapeRootValue.isNull {
        slotShapeRootValue = Value(makeRootShape())
        rt.pointee.permanentRoots.append(slotShapeRootValue)
    }
    return slotShapeRootValue.object(as: ShapeObject.self)
}

/// Rebuilds an instance's shaped storage from `root` with the names for which `keep` holds;
/// returns the names left out, with their values.
func rebuildShape(_ instance: UnsafeMutablePointer<InstanceObject>, from root: ShapeRef,
                  keeping keep: (Value) -> Bool) -> [(Value, Value)] {
    var dropped: [(Value, Value)] = []
    var shape = root
    var kept: [Value] = []
    if instance.pointee.shape.isObject {
        let old = instance.pointee.shape.object(as: ShapeObject.self)
        for i in 0..<old.pointee.count {
            let name = old.pointee.names.tupleItems[i]
            let value = instance.pointee.slots.unsafelyUnwrapped[i]
            if keep(name) {
                shape = shapeAdding(shape, name)
                kept.append(value)
            } else {
                dropped.append((name, value))
            }
        }
    }
    // Never more names than before: the storage has room.
    for (i, value) in kept.enumerated() { instance.pointee.slots.unsafelyUnwrapped[i] = value }
    instance.pointee.shape = Value(shape)
    return dropped
}
