@frozen
public struct RangeObject {
    public var header: ObjectHeader
    public var start: Int
    public var stop: Int
    public var step: Int
    /// The length; for a big range, the length clamped to Int.max.
    public var count: Int
    /// NULL for a range whose bounds and length fit in an Int (the fields above hold it); else a
    /// tuple (start, stop, step, length) of ints and the Int fields above other than `count`
    /// are unused.
    public var big: Value
}

@frozen
public struct SliceObject {
    public var header: ObjectHeader
    public var start: Value
    public var stop: Value
    public var step: Value
}
