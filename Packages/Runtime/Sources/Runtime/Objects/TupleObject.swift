/// A tuple: immutable, its items inline after the struct.
@frozen
public struct TupleObject {
    public var header: ObjectHeader
    public var count: Int

    public static let itemsOffset = MemoryLayout<TupleObject>.stride

    @inlinable @inline(__always) public static func items(_ t: UnsafeMutablePointer<TupleObject>) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(t) + itemsOffset).assumingMemoryBound(to: Value.self)
    }
}

public typealias TupleRef = UnsafeMutablePointer<TupleObject>

extension Value {
    /// Items of a tuple value (the caller has checked it is one).
    @inlinable @inline(__always) public var tupleItems: UnsafeMutablePointer<Value> { TupleObject.items(object(as: TupleObject.self)) }
    @inlinable @inline(__always) public var tupleCount: Int { object(as: TupleObject.self).pointee.count }
}
