@frozen
public struct RangeObject {
    public var header: ObjectHeader
    public var start: Int
    public var stop: Int
    public var step: Int
    public var count: Int
}

@frozen
public struct SliceObject {
    public var header: ObjectHeader
    public var start: Value
    public var stop: Value
    public var step: Value
}
