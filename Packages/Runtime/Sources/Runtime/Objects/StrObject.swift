/// A str: immutable Unicode text stored as one byte per character when every character is below
/// U+0100 (Latin-1, like CPython's PEP 393 compact form) and four bytes otherwise. The characters
/// follow the struct.
@frozen
public struct StrObject {
    public var header: ObjectHeader
    /// Length in characters (code points).
    public var count: Int
    /// Cached hash; -1 until computed (CPython's siphash13 with hash seed 0).
    public var hash: Int
    /// Bytes per character: 1 or 4.
    public var width: Int32
    /// All characters are below U+0080.
    public var isASCII: Bool
    public var isInterned: Bool

    public static let dataOffset = MemoryLayout<StrObject>.stride

    @inlinable @inline(__always) public static func latin1(_ s: UnsafeMutablePointer<StrObject>) -> UnsafeMutablePointer<UInt8> {
        (UnsafeMutableRawPointer(s) + dataOffset).assumingMemoryBound(to: UInt8.self)
    }

    @inlinable @inline(__always) public static func ucs4(_ s: UnsafeMutablePointer<StrObject>) -> UnsafeMutablePointer<UInt32> {
        (UnsafeMutableRawPointer(s) + dataOffset).assumingMemoryBound(to: UInt32.self)
    }

    /// The character at `index` (which must be in range).
    @inlinable @inline(__always) public static func character(_ s: UnsafeMutablePointer<StrObject>, _ index: Int) -> UInt32 {
        s.pointee.width == 1 ? UInt32(latin1(s)[index]) : ucs4(s)[index]
    }
}

public typealias StrRef = UnsafeMutablePointer<StrObject>

/// A bytes object; the bytes follow the struct.
@frozen
public struct BytesObject {
    public var header: ObjectHeader
    public var count: Int
    public var hash: Int

    public static let dataOffset = MemoryLayout<BytesObject>.stride

    @inlinable @inline(__always) public static func data(_ b: UnsafeMutablePointer<BytesObject>) -> UnsafeMutablePointer<UInt8> {
        (UnsafeMutableRawPointer(b) + dataOffset).assumingMemoryBound(to: UInt8.self)
    }
}
