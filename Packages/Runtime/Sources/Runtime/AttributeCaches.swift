/// Process-wide caches of attribute lookups, in unmanaged memory (fixed size, direct-mapped,
/// overwritten on collision). Entries hold raw value bits and are never scanned by the
/// collector: an entry is only used while its key still matches, and a matching key keeps
/// what it names alive (see the validity notes on each cache).

/// One entry of the type lookup cache: `lookupInType(type, name)` for a type whose version is
/// `version` (CPython's method cache). Valid because a type's version is unique among all types
/// and changes whenever the type or a base changes (so a live entry's value is still in a dict
/// of the type's MRO), and because only interned names (never freed) are cached.
@frozen
public struct TypeLookupEntry {
    public var name: UInt64
    /// The value found, or NULL's bits when no class in the MRO has the name.
    public var value: UInt64
    public var version: UInt32
    public var unused: UInt32
}

/// One entry of the instance attribute cache: how `name` resolves on a shaped instance whose
/// type has version `key & 0xFFFF_FFFF` and whose shape is `shape`, for one operation (load,
/// method load or store). Shapes are never freed (the empty shape is a permanent root and
/// holds every shape through its transitions) and never change, so (type version, shape,
/// interned name) decides the answer as long as the type's flags allow the generic path.
@frozen
public struct InstanceAttributeEntry {
    public var shape: UInt64
    public var name: UInt64
    /// type version | operation << 32 | kind << 40 | slot << 48
    public var key: UInt64
    /// A class attribute, a function, or the shape after adding the attribute (by kind).
    public var payload: UInt64
}

public enum AttributeCaches {
    public static let typeLookupCount = 4096
    public static let instanceCount = 4096

    static func makeTypeLookup() -> UnsafeMutablePointer<TypeLookupEntry> {
        let p = UnsafeMutablePointer<TypeLookupEntry>.allocate(capacity: typeLookupCount)
        p.initialize(repeating: TypeLookupEntry(name: 0, value: 0, version: 0, unused: 0), count: typeLookupCount)
        return p
    }

    static func makeInstance() -> UnsafeMutablePointer<InstanceAttributeEntry> {
        let p = UnsafeMutablePointer<InstanceAttributeEntry>.allocate(capacity: instanceCount)
        p.initialize(repeating: InstanceAttributeEntry(shape: 0, name: 0, key: 0, payload: 0), count: instanceCount)
        return p
    }

    @inline(__always)
    public static func typeLookupIndex(_ version: UInt32, _ name: UInt64) -> Int {
        let h = (name >> 4) ^ (UInt64(version) &* 0x9E37_79B1)
        return Int(truncatingIfNeeded: (h ^ (h >> 12)) & UInt64(typeLookupCount - 1))
    }

    @inline(__always)
    public static func instanceIndex(_ shape: UInt64, _ name: UInt64, _ version: UInt32, _ operation: UInt64) -> Int {
        let h = ((shape >> 4) &* 0x9E37_79B1) ^ (name >> 4) ^ (UInt64(version) &* 0x85EB_CA6B) ^ operation
        return Int(truncatingIfNeeded: (h ^ (h >> 13)) & UInt64(instanceCount - 1))
    }

    /// Forgets every entry: for changes to a type's dict that do not change its version
    /// (built-in types and module types get their methods after they are made).
    public static func flush() {
        guard rt.pointee.attributeCachesUsed else { return }
        rt.pointee.attributeCachesUsed = false
        rt.pointee.typeLookupCache.update(repeating: TypeLookupEntry(name: 0, value: 0, version: 0, unused: 0), count: typeLookupCount)
        rt.pointee.instanceAttributeCache.update(repeating: InstanceAttributeEntry(shape: 0, name: 0, key: 0, payload: 0), count: instanceCount)
    }
}
