/// A dict, laid out like CPython's compact dict: an index table of Int32 slots (-1 empty,
/// -2 deleted) pointing into an insertion-ordered entries array. Deleted entries keep a NULL key
/// until the next resize compacts them, so iteration order is insertion order.
@frozen
public struct DictObject {
    public var header: ObjectHeader
    /// Live entries.
    public var count: Int
    /// Entries used, including deleted ones.
    public var entriesUsed: Int
    public var entriesCapacity: Int
    /// Index table size minus one (a power of two minus one).
    public var indexMask: Int
    public var entries: UnsafeMutablePointer<DictEntry>?
    public var indices: UnsafeMutablePointer<Int32>?
    /// Changes whenever a key is added or removed or entries move; a cached entry position stays
    /// valid while it is unchanged (CPython's dict keys version).
    public var keysVersion: UInt64
    /// Changes on every mutation, values included (for watchers and JIT'd constants).
    public var version: UInt64
}

@frozen
public struct DictEntry {
    public var hash: Int
    public var key: Value
    public var value: Value

    public init(hash: Int, key: Value, value: Value) {
        self.hash = hash
        self.key = key
        self.value = value
    }
}

public typealias DictRef = UnsafeMutablePointer<DictObject>

public enum DictIndex {
    public static let empty: Int32 = -1
    public static let deleted: Int32 = -2
}
