/// A set or frozenset, laid out like CPython's setobject: open addressing over a power-of-two
/// table of (hash, key) entries with linear probing and perturbation, so iteration order matches
/// CPython's for the same sequence of operations. An empty slot has a NULL key; a deleted one
/// has the `SetEntry.dummy` key.
@frozen
public struct SetObject {
    public var header: ObjectHeader
    /// Active plus dummy entries.
    public var fill: Int
    /// Active entries.
    public var used: Int
    /// Table size minus one.
    public var mask: Int
    public var table: UnsafeMutablePointer<SetEntry>?
    /// Cached hash of a frozenset; -1 until computed.
    public var hash: Int
    /// Search finger for pop().
    public var finger: Int
}

@frozen
public struct SetEntry {
    public var hash: Int
    public var key: Value

    public init(hash: Int, key: Value) {
        self.hash = hash
        self.key = key
    }

    /// Marks a deleted slot (never a Python value).
    public static let dummy = Value(bits: Value.specialTag | 0xDEAD)
}

public typealias SetRef = UnsafeMutablePointer<SetObject>
