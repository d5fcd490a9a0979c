/// A list: `count` items in a value storage of `capacity` slots. Slots past `count` are kept at
/// zero bits so that they retain nothing.
@frozen
public struct ListObject {
    public var header: ObjectHeader
    public var count: Int
    public var capacity: Int
    public var items: UnsafeMutablePointer<Value>?
}

public typealias ListRef = UnsafeMutablePointer<ListObject>

extension UnsafeMutablePointer where Pointee == ListObject {
    /// The items (only valid when count > 0).
    @inlinable @inline(__always) public var items: UnsafeMutablePointer<Value> { pointee.items.unsafelyUnwrapped }
}
