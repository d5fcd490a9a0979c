public typealias TypeRef = UnsafeMutablePointer<TypeObject>

/// A Python type (built-in or a user class). Attribute lookups are cached under `version`, which
/// changes whenever the type or anything in its MRO changes (0 means "not cacheable").
@frozen
public struct TypeObject {
    public var header: ObjectHeader
    public var name: Value
    public var qualifiedName: Value
    /// The `__module__` string (NULL for built-ins, which print without a module).
    public var module: Value
    /// The primary base (the one whose layout instances extend); NULL only for `object`.
    public var base: Value
    public var bases: Value
    public var mro: Value
    public var dict: Value
    /// Types that list this type among their bases (a list), so version changes propagate.
    public var subclasses: Value
    /// The layout of instances.
    public var instanceKind: ObjectKind
    public var flags: TypeFlags
    public var version: UInt32
    /// The built-in type whose behaviour instances share (itself for built-ins, e.g. `list` for a
    /// subclass of list, `object` for plain classes).
    public var builtinBase: UnsafeMutablePointer<TypeObject>?
    /// Hidden-class root for instances of user classes (NULL until first instance).
    public var instanceShape: Value
    /// Names in `__slots__` (a tuple of str) or NULL.
    public var slotNames: Value
    /// Cached dunder lookups for fast dispatch, valid while `version` is unchanged.
    public var specialMethodCache: UnsafeMutableRawPointer?
    /// How calling the type constructs an instance, for built-in types (`int(x)`, `list(it)`):
    /// args[0] is the type itself, then the call's arguments.
    public var constructor: BuiltinFunction?
}

public struct TypeFlags: OptionSet {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Created by a `class` statement.
    @inlinable public static var heapType: TypeFlags { TypeFlags(rawValue: 1 << 0) }
    /// May be subclassed.
    @inlinable public static var baseType: TypeFlags { TypeFlags(rawValue: 1 << 1) }
    /// BaseException or a subclass of it.
    @inlinable public static var exception: TypeFlags { TypeFlags(rawValue: 1 << 2) }
    /// Attributes cannot be set on the type (built-ins).
    @inlinable public static var immutable: TypeFlags { TypeFlags(rawValue: 1 << 3) }
    /// Instances have a __dict__ / shaped attributes.
    @inlinable public static var instancesHaveAttributes: TypeFlags { TypeFlags(rawValue: 1 << 4) }
    /// The class or a base defines __getattr__ / __getattribute__ / __setattr__ / descriptors that
    /// defeat the fast attribute paths.
    @inlinable public static var customAttributeAccess: TypeFlags { TypeFlags(rawValue: 1 << 5) }
    /// Every class along the MRO declares `__slots__` (without `__dict__`): instances take only
    /// the declared names and have no `__dict__`.
    @inlinable public static var slotsOnly: TypeFlags { TypeFlags(rawValue: 1 << 6) }

    // Concrete and inlinable: the OptionSet defaults are generic calls on hot paths.
    @inlinable @inline(__always)
    public func contains(_ member: TypeFlags) -> Bool { rawValue & member.rawValue == member.rawValue }
}

extension UnsafeMutablePointer where Pointee == TypeObject {
    @inline(__always) public var asValue: Value { Value(self) }
}
