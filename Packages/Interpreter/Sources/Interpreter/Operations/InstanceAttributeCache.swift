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
/// The tables, reached without `rt` (a global of another module costs a call per access); set
/// by Interpreter.setUp.
nonisolated(unsafe) var instanceAttributeTable: UnsafeMutablePointer<InstanceAttributeEntry>? = nil
nonisolated(unsafe) var typeLookupTable: UnsafeMutablePointer<TypeLookupEntry>? = nil

/// TypeFlags.customAttributeAccess as raw bits (a static of another module is read through a call).
let customAttributeAccessBit: UInt32 = 1 << 5

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
        let e = instanceAttributeTable.unsafelyUnwrapped + AttributeCaches.instanceIndex(shape, name.bits, version, operation)
        guard e.pointee.shape == shape, e.pointee.name == name.bits,
              e.pointee.key & 0xFF_FFFF_FFFF == UInt64(version) | operation << 32,
              type.pointee.flags.rawValue & customAttributeAccessBit == 0 else { return nil }
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
        // Dict mode (a slotted class's instance keeps a shape there): the generic paths decide.
        guard !isDictMode(instance) else { return }
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
                case .methodDescriptor, .staticMethod, .classMethod, .property, .memberDescriptor: return
                default: kind = value
                }
            }
        }
        let e = instanceAttributeTable.unsafelyUnwrapped + AttributeCaches.instanceIndex(shapeValue.bits, name.bits, version, operation)
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

/// The polymorphic part of an attribute instruction's inline cache: words 4-12 hold three more
/// entries of (type version | slot << 32, shape, payload) beside the specialized form's own
/// (words 0-3), learned on guard misses from the instance attribute cache when the new
/// (type, shape) resolves the way the specialized form does: a slot (LOAD_ATTR_INSTANCE_VALUE),
/// a plain class value (LOAD_ATTR_CLASS, payload), a function of the class
/// (LOAD_METHOD_WITH_VALUES, payload), an existing slot or an added one (STORE_ATTR_INSTANCE_VALUE,
/// payload 0 or the new shape). An entry is exactly as valid as the primary one (same guards),
/// and the entries are cleared whenever the instruction is specialized again.
enum PolymorphicAttributeCache {
    static let first = 4
    static let entries = 3
    static let stride = 3

    /// The entry matching `owner`'s type version and shape, or nil.
    @inline(__always)
    static func match(_ owner: Value, _ cache: UnsafeMutablePointer<UInt64>) -> UnsafeMutablePointer<UInt64>? {
        guard owner.isObject, owner.header.pointee.kind == .instance else { return nil }
        let version = UInt64(owner.header.pointee.type.pointee.version)
        let shape = owner.object(as: InstanceObject.self).pointee.shape.bits
        var e = cache + first
        for _ in 0..<entries {
            if e[1] == shape && e[0] & 0xFFFF_FFFF == version { return e }
            e += stride
        }
        return nil
    }

    @inline(__always)
    static func slot(_ e: UnsafeMutablePointer<UInt64>) -> Int { Int(truncatingIfNeeded: e[0] >> 32) }

    /// A guard miss: records how `owner.name` resolves under `operation` in a free entry when
    /// its kind is one of `kinds` (a mask of 1 << kind), and returns the entry; nil otherwise
    /// (other kind, not cacheable, or no free entry: the site is megamorphic).
    @inline(never)
    static func learn(_ owner: Value, _ name: Value, _ cache: UnsafeMutablePointer<UInt64>,
                      operation: UInt64, kinds: UInt64) -> UnsafeMutablePointer<UInt64>? {
        var found = InstanceAttributeCache.entry(owner, name, operation)
        if found == nil {
            InstanceAttributeCache.fill(owner, name, operation)
            found = InstanceAttributeCache.entry(owner, name, operation)
        }
        guard let found, kinds & (1 << InstanceAttributeCache.kind(found)) != 0 else { return nil }
        var e = cache + first
        for _ in 0..<entries {
            if e[1] == 0 {
                e[0] = found.pointee.key & 0xFFFF_FFFF | UInt64(InstanceAttributeCache.slotIndex(found)) << 32
                e[2] = InstanceAttributeCache.kind(found) == InstanceAttributeCache.slot ? 0 : found.pointee.payload
                e[1] = found.pointee.shape
                return e
            }
            e += stride
        }
        return nil
    }

    /// Forgets the learned entries (the instruction is being specialized anew).
    @inline(__always)
    static func clear(_ cache: UnsafeMutablePointer<UInt64>) {
        (cache + first).update(repeating: 0, count: entries * stride)
    }

    /// True when entries were learned: the site sees several classes or shapes.
    @inline(__always)
    public static func isPolymorphic(_ cache: UnsafeMutablePointer<UInt64>) -> Bool {
        cache[first + 1] != 0
    }
}
