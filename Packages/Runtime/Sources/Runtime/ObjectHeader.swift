/// The first 16 bytes of every heap object. Machine code reads `type` at offset 0 and `kind` at
/// offset 8, so neither may move.
@frozen
public struct ObjectHeader {
    /// The object's Python type (a type object). Meaningless for free cells.
    public var type: UnsafeMutablePointer<TypeObject>
    /// How the object is laid out in memory (what the collector and Swift code switch on).
    public var kind: ObjectKind
    /// The collector's mark bit.
    public var marked: Bool
    /// Per-kind flags (e.g. an interned string).
    public var flags: UInt16
    /// Per-kind small field (e.g. a string's character width).
    public var extra: UInt32

    public static let typeOffset = 0
    public static let kindOffset = 8
}

/// The memory layout of a heap object. Every Python type maps to one layout; user classes use
/// `.instance` (or the layout of the built-in they subclass). Values are stable: machine code
/// compares against them.
public enum ObjectKind: UInt8 {
    /// A free heap cell (never seen by Python code).
    case free = 0
    case type
    case bigInt
    case str
    case bytes
    case tuple
    case list
    case dict
    case set
    case frozenset
    case function
    case builtinFunction
    case boundMethod
    case code
    case cell
    case module
    case instance
    case exception
    case range
    case slice
    case listIterator
    case tupleIterator
    case rangeIterator
    case strIterator
    case dictIterator
    case setIterator
    case sequenceIterator
    case enumerate
    case zip
    case map
    case filter
    case reversed
    case generator
    case traceback
    case property
    case staticMethod
    case classMethod
    case superObject
    case methodDescriptor
    case namespace
    case bytesIterator
    case callIterator
    case frameStorage
    /// A hidden class: the attribute layout shared by instances.
    case shape
    /// Opaque native payload (e.g. the random module's Mersenne Twister state); never scanned.
    case native
    /// A growable array of values owned by another object (list items, tuple-like spill); scanned.
    case valueStorage
    /// Raw bytes owned by another object (string data of large strings, dict index tables); not scanned.
    case byteStorage
    /// The entries of a dict: (hash, key, value) triples; keys and values are scanned.
    case dictEntries
    /// The table of a set: (hash, key) pairs; keys are scanned.
    case setTable
    /// A `__slots__` name on its class (`member_descriptor`; laid out as MethodDescriptorObject,
    /// with no function).
    case memberDescriptor
}
