@frozen
public struct ModuleObject {
    public var header: ObjectHeader
    public var name: Value
    public var dict: Value
}
