/// A Python function (def or lambda).
@frozen
public struct FunctionObject {
    public var header: ObjectHeader
    public var code: UnsafeMutablePointer<CodeObject>
    public var globals: Value
    public var builtins: Value
    public var name: Value
    public var qualifiedName: Value
    /// Tuple of defaults for the last positional parameters, or NULL.
    public var defaults: Value
    /// Dict of keyword-only defaults, or NULL.
    public var keywordDefaults: Value
    /// Tuple of cells for the free variables, or NULL.
    public var closure: Value
    public var doc: Value
    /// Function attributes (`f.x = 1`), NULL until used.
    public var dict: Value
    public var module: Value
    /// Identifies the function's current code+defaults; Tier 1 call caches and the JIT's
    /// function-by-version cache key on it. 0 means "changed in a way caches cannot follow".
    public var version: UInt32
}

public typealias FunctionRef = UnsafeMutablePointer<FunctionObject>

/// A function bound to an instance (`obj.method` without calling it).
@frozen
public struct BoundMethodObject {
    public var header: ObjectHeader
    public var function: Value
    public var receiver: Value
}

/// A built-in implemented in Swift, called vectorcall-style: `args[0..<count]` are the
/// arguments, and when `keywordNames` is a tuple of n names the last n arguments are keyword
/// values. Only a PyError (with the exception set in the runtime) may escape.
public typealias BuiltinFunction = @convention(thin) (_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value

/// A built-in function or a built-in method bound to its receiver.
@frozen
public struct BuiltinFunctionObject {
    public var header: ObjectHeader
    public var function: BuiltinFunction
    public var name: Value
    /// The receiver for a bound built-in method (passed as args[0]), or NULL.
    public var receiver: Value
    /// The module name for module-level functions (NULL for methods).
    public var module: Value
    /// The type that owns a built-in method (for its repr), or NULL.
    public var ownerType: Value
}

/// A built-in method found in a built-in type's dict (`list.append`). Calling it passes the
/// receiver as args[0]; loading it through an instance binds it.
@frozen
public struct MethodDescriptorObject {
    public var header: ObjectHeader
    public var function: BuiltinFunction
    public var name: Value
    public var ownerType: Value
    /// For a classmethod-like built-in (dict.fromkeys): bind to the type, not the instance.
    public var bindsToClass: Bool
}

@frozen
public struct CellObject {
    public var header: ObjectHeader
    /// NULL when empty.
    public var value: Value
}

@frozen
public struct PropertyObject {
    public var header: ObjectHeader
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value
}

/// staticmethod and classmethod wrappers.
@frozen
public struct MethodWrapperObject {
    public var header: ObjectHeader
    public var function: Value
}

@frozen
public struct SuperObject {
    public var header: ObjectHeader
    /// The class whose MRO successor starts the lookup.
    public var startType: Value
    public var object: Value
    /// type(object), or object itself when it is a class.
    public var objectType: Value
}
