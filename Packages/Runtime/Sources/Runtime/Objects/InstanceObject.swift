/// An instance of a user class. Attributes live in `slots`, laid out by the instance's shape (a
/// hidden class shared by instances that got the same attributes in the same order), so a
/// cached attribute access is a shape check and a load at a fixed index. `dict` is materialized
/// only when Python code asks for `__dict__` or the shape gives up (too many attributes,
/// deletions in odd orders); from then on the dict is the truth.
@frozen
public struct InstanceObject {
    public var header: ObjectHeader
    /// The shape (NULL when `dict` is authoritative).
    public var shape: Value
    /// Attribute values in shape order (a value storage), or nil.
    public var slots: UnsafeMutablePointer<Value>?
    public var slotCapacity: Int
    public var dict: Value
    /// For subclasses of built-ins (list, dict, ...): the built-in part, or NULL.
    public var builtinPart: Value
}

/// Exception instances (BaseException and every subclass, built-in or user-defined).
@frozen
public struct ExceptionObject {
    public var header: ObjectHeader
    public var args: Value
    /// The traceback chain (a traceback object) or None.
    public var traceback: Value
    public var cause: Value
    public var context: Value
    public var suppressContext: Bool
    /// Other attributes (StopIteration.value, user-defined fields), a dict or NULL.
    public var dict: Value
}

/// One entry of a traceback: where an exception passed through a frame.
@frozen
public struct TracebackObject {
    public var header: ObjectHeader
    public var next: Value
    public var code: Value
    public var instructionIndex: Int
    public var line: Int
}
