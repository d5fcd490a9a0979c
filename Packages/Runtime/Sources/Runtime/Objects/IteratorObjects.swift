/// Iterator over a range: FOR_ITER_RANGE and machine code update `next` and `remaining`.
@frozen
public struct RangeIteratorObject {
    public var header: ObjectHeader
    public var next: Int
    public var step: Int
    public var remaining: Int
}

/// Iterator over a list, tuple, str or bytes by position (also reversed lists).
@frozen
public struct SequenceIteratorObject {
    public var header: ObjectHeader
    /// The sequence, or NULL once exhausted.
    public var sequence: Value
    public var index: Int
}

/// Iterator over a dict's keys, values or items, or a set. `header.extra` says which view.
@frozen
public struct HashIteratorObject {
    public var header: ObjectHeader
    public var container: Value
    public var position: Int
    /// Size when iteration started ("changed size during iteration" check).
    public var initialCount: Int
    public var remaining: Int
}

public enum DictIteratorView: UInt32 {
    case keys = 0, values = 1, items = 2
}

/// enumerate, zip, map, filter, iter(callable, sentinel): a few values plus a counter.
@frozen
public struct CombinatorIteratorObject {
    public var header: ObjectHeader
    public var first: Value
    public var second: Value
    public var third: Value
    public var counter: Int
}

/// A plain attribute namespace (types.SimpleNamespace, sys.flags-like objects).
@frozen
public struct NamespaceObject {
    public var header: ObjectHeader
    public var dict: Value
}
