import Runtime

/// The instance attribute cache (AttributeCaches.swift in Runtime): the generic LOAD_ATTR,
/// LOAD_METHOD and STORE_ATTR on a shaped instance first look for how (type version, shape,
/// name) resolved before, so that a site that sees several classes or shapes (`self` of
/// different subclasses in a base-class method) costs one probe instead of an MRO walk. It is
/// CPython's per-type method cache extended to the instance's shape, and plays the part of a
/// polymorphic inline cache shared by all sites.
///
/// An entry is filled only when the answer depends on nothing but the key: the type has a
/// version, no custom attribute access (checked again on every hit: the flag is toggled while
/// a user __getattribute__ falls back to the generic lookup), the name is interned and not
/// `__class__`, and no data descriptor (nor any descriptor of a user class, whose type could
/// gain a __set__ without changing the owner's version) is involved.
enum InstanceAttributeCache {
    // Operations (part of the key).
    static let load: UInt64 = 1
    static let method: UInt64 = 2
    static let store: UInt64 = 3

    // Kinds of answer.
    /// The instance's own attribute in slot `slot` (every operation).
    static let slot: UInt64 = 1
    /// A class attribute returned as is (load, method with NULL self).
    static let value: UInt64 = 2
    /// A function of the class: bound (load) or pushed with the instance as self (method).
    static let function: UInt64 = 3
    /// Store adding the attribute: slot `slot`, then the shape in `payload`.
    static let add: UInt64 = 4

    /// The entry for `obj.name` under `operation`, or nil.
    @inline(__always)
    static func entry(_ obj: Value, _ name: Value, _ operation: UInt64) -> UnsafeMutablePointer<InstanceAttributeEntry>? {
        guard obj.isObject, obj.header.pointee.kind == .instance else { return nil }
        let shape = obj.object(as: InstanceObject.self).pointee.shape.bits
        let type = obj.header.pointee.type
        let version = type.pointee.version
        let e = rt.pointee.instanceAttributeCache + AttributeCaches.instanceIndex(shape, name.bits, version, operation)
        guard e.pointee.shape == shape, e.pointee.name == name.bits,
              e.pointee.key & 0xFF_FFFF_FFFF == UInt64(version) | operation << 32,
              !type.pointee.flags.contains(.customAttributeAccess) else { return nil }
        return e
    }

    @inline(__always)
    static func kind(_ e: UnsafeMutablePointer<InstanceAttributeEntry>) -> UInt64 { (e.pointee.key >> 40) & 0xFF }

    @inline(__always)
    static func slotIndex(_ e: UnsafeMutablePointer<InstanceAttributeEntry>) -> Int { Int(truncatingIfNeeded: e.pointee.key >> 48) }

    /// obj.name from the cache, or NULL when not cached.
    @inline(__always)
    static func load(_ obj: Value, _ name: Value) -> Value {
        guard let e = entry(obj, name, load) else { return .null }
        switch kind(e) {
        case slot: return obj.object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[slotIndex(e)]
        case value: return Value(bits: e.pointee.payload)
        default: return newBoundMethod(Value(bits: e.pointee.payload), obj)
        }
    }

    /// LOAD_METHOD from the cache: writes (method, self) or (attribute, NULL); false when not cached.
    @inline(__always)
    static func loadMethod(_ obj: Value, _ name: Value, into result: UnsafeMutablePointer<Value>) -> Bool {
        guard let e = entry(obj, name, method) else { return false }
        switch kind(e) {
        case slot:
            result[0] = obj.object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[slotIndex(e)]
            result[1] = .null
        case value:
            result[0] = Value(bits: e.pointee.payload)
            result[1] = .null
        default:
            result[0] = Value(bits: e.pointee.payload)
            result[1] = obj
        }
        return true
    }

    /// obj.name = value from the cache; false when not cached (or the slots must grow).
    @inline(__always)
    static func store(_ obj: Value, _ name: Value, _ value: Value) -> Bool {
        guard let e = entry(obj, name, store) else { return false }
        let instance = obj.object(as: InstanceObject.self)
        let index = slotIndex(e)
        if kind(e) == slot {
            instance.pointee.slots.unsafelyUnwrapped[index] = value
            return true
        }
        guard index < instance.pointee.slotCapacity else { return false }
        instance.pointee.slots.unsafelyUnwrapped[index] = value
        instance.pointee.shape = Value(bits: e.pointee.payload)
        noteShape(instance.pointee.header.type, e.pointee.payload)
        return true
    }

    /// Records how `obj.name` resolves under `operation`, when that is cacheable (see above).
    /// Called by the generic paths on a miss, before they do the lookup themselves.
    @inline(never)
    static func fill(_ obj: Value, _ name: Value, _ operation: UInt64) {
        guard obj.isObject, obj.header.pointee.kind == .instance else { return }
        let instance = obj.object(as: InstanceObject.self)
        let shapeValue = instance.pointee.shape
        let type = obj.header.pointee.type
        let version = type.pointee.version
        guard shapeValue.isObject, version != 0, !type.pointee.flags.contains(.customAttributeAccess),
              name.object(as: StrObject.self).pointee.isInterned, name.bits != names.dunderClass.bits else { return }
        let descriptor = lookupInType(type, name)
        if let descriptor, descriptor.isObject {
            if isDataDescriptor(descriptor) || descriptor.header.pointee.type.pointee.flags.contains(.heapType) { return }
        }
        let shape = shapeValue.object(as: ShapeObject.self)
        var index = shapeSlot(shape, name)
        var kind = slot
        var payload: UInt64 = 0
        if operation == store {
            guard type.pointee.flags.contains(.instancesHaveAttributes) else { return }
            if index < 0 {
                guard shape.pointee.count < RuntimeState.maxShapeAttributes else { return }
                index = shape.pointee.count
                kind = add
                payload = Value(shapeAdding(shape, name)).bits
            }
        } else if index < 0 {
            guard let descriptor else { return }
            index = 0
            payload = descriptor.bits
            if !descriptor.isObject {
                kind = value
            } else {
                switch descriptor.header.pointee.kind {
                case .function: kind = function
                case .methodDescriptor, .staticMethod, .classMethod, .property: return
                default: kind = value
                }
            }
        }
        let e = rt.pointee.instanceAttributeCache + AttributeCaches.instanceIndex(shapeValue.bits, name.bits, version, operation)
        e.pointee.shape = shapeValue.bits
        e.pointee.name = name.bits
        e.pointee.key = UInt64(version) | operation << 32 | kind << 40 | UInt64(index) << 48
        e.pointee.payload = payload
        rt.pointee.attributeCachesUsed = true
    }

    /// A specialized attribute instruction whose guard failed: true to serve this execution
    /// through the generic path (which probes this cache) and stay specialized, false when
    /// the site has missed often enough to be deoptimized. Misses are counted in the low bits
    /// of the warm-up counter, which are 0 when an instruction is specialized and unused until
    /// it is deoptimized (deoptimize resets them).
    @inline(__always)
    static func tolerateMiss(_ cache: UnsafeMutablePointer<UInt64>) -> Bool {
        if cache.pointee & 0xFFF >= 63 { return false }
        cache.pointee += 1
        return true
    }
}
