/// A Python value in one 64-bit word, NaN-boxed.
///
///     bits (unsigned)                     meaning
///     < 0xFFF9_0000_0000_0000             a float, stored as its IEEE-754 bits
///     0xFFF9_xxxx_xxxx_xxxx               a heap object; the low 48 bits are its address
///     0xFFFA_0000_0000_000n               a singleton: NULL(0) None(1) False(2) True(3)
///                                         NotImplemented(4) Ellipsis(5)
///     >= 0xFFFC_0000_0000_0000            a small int: 50-bit two's-complement payload
///
/// Floats never need a box, in any tier. The NaNs x86-64 and AArch64 produce (0xFFF8... and
/// 0x7FF8...) are below the boxed range, so arithmetic results need no canonicalization; only
/// NaNs coming from bit patterns (never produced by Python code here) would, and `init(float:)`
/// canonicalizes those. Ints in [-2^49, 2^49) are inline; larger ones are bignum objects, never
/// the other way round (a bignum never holds a small-int value).
@frozen
public struct Value: Equatable, Hashable {
    public var bits: UInt64

    @inlinable @inline(__always) public init(bits: UInt64) { self.bits = bits }

    @inlinable public static var objectTag: UInt64 { 0xFFF9_0000_0000_0000 }
    @inlinable public static var specialTag: UInt64 { 0xFFFA_0000_0000_0000 }
    @inlinable public static var intTag: UInt64 { 0xFFFC_0000_0000_0000 }
    @inlinable public static var addressMask: UInt64 { 0x0000_FFFF_FFFF_FFFF }
    @inlinable public static var intPayloadMask: UInt64 { 0x0003_FFFF_FFFF_FFFF }
    /// Small ints are `payload << intShift >> intShift` (sign extension of 50 bits).
    @inlinable public static var intShift: UInt64 { 14 }

    @inlinable public static var smallIntMin: Int { -(1 << 49) }
    @inlinable public static var smallIntMax: Int { (1 << 49) - 1 }

    /// "No value": an unbound local, an empty stack slot, a missing optional argument.
    @inlinable public static var null: Value { Value(bits: specialTag | 0) }
    @inlinable public static var none: Value { Value(bits: specialTag | 1) }
    @inlinable public static var `false`: Value { Value(bits: specialTag | 2) }
    @inlinable public static var `true`: Value { Value(bits: specialTag | 3) }
    @inlinable public static var notImplemented: Value { Value(bits: specialTag | 4) }
    @inlinable public static var ellipsis: Value { Value(bits: specialTag | 5) }

    // MARK: classification

    @inlinable @inline(__always) public var isFloat: Bool { bits < Value.objectTag }
    @inlinable @inline(__always) public var isObject: Bool { bits >> 48 == 0xFFF9 }
    @inlinable @inline(__always) public var isSmallInt: Bool { bits >= Value.intTag }
    @inlinable @inline(__always) public var isNull: Bool { bits == Value.null.bits }
    @inlinable @inline(__always) public var isNone: Bool { bits == Value.none.bits }
    @inlinable @inline(__always) public var isBool: Bool { bits == Value.true.bits || bits == Value.false.bits }
    /// True when both values are small ints (one test for the pair).
    @inlinable @inline(__always) public static func bothSmallInts(_ a: Value, _ b: Value) -> Bool {
        (a.bits & b.bits) >= Value.intTag
    }
    /// True when both values are floats.
    @inlinable @inline(__always) public static func bothFloats(_ a: Value, _ b: Value) -> Bool {
        a.bits < Value.objectTag && b.bits < Value.objectTag
    }

    // MARK: floats

    /// A float; NaNs with payloads that would collide with the boxed range become the canonical NaN.
    @inlinable @inline(__always) public init(float d: Double) {
        let b = d.bitPattern
        bits = b < Value.objectTag ? b : 0x7FF8_0000_0000_0000
    }

    /// A float known to come from arithmetic on floats (no canonicalization needed).
    @inlinable @inline(__always) public init(arithmeticResult d: Double) { bits = d.bitPattern }

    @inlinable @inline(__always) public var float: Double { Double(bitPattern: bits) }

    // MARK: small ints

    @inlinable @inline(__always) public static func fitsSmallInt(_ i: Int) -> Bool {
        (i << 14) >> 14 == i
    }

    /// A small int; `i` must fit (see `fitsSmallInt`).
    @inlinable @inline(__always) public init(smallInt i: Int) {
        bits = (UInt64(bitPattern: Int64(i)) & Value.intPayloadMask) | Value.intTag
    }

    @inlinable @inline(__always) public var smallInt: Int {
        Int(Int64(bitPattern: bits << Value.intShift) >> Int64(Value.intShift))
    }

    // MARK: booleans

    @inlinable @inline(__always) public init(bool b: Bool) { bits = b ? Value.true.bits : Value.false.bits }

    // MARK: objects

    @inlinable @inline(__always) public init(object address: UnsafeMutableRawPointer) {
        bits = Value.objectTag | UInt64(UInt(bitPattern: address))
    }

    @inlinable @inline(__always) public init<T>(_ object: UnsafeMutablePointer<T>) {
        bits = Value.objectTag | UInt64(UInt(bitPattern: object))
    }

    /// The address of the heap object (the value must be an object).
    @inlinable @inline(__always) public var objectAddress: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(bits & Value.addressMask)).unsafelyUnwrapped
    }

    /// The object viewed as the layout `T` (the caller has checked its kind).
    @inlinable @inline(__always) public func object<T>(as _: T.Type) -> UnsafeMutablePointer<T> {
        objectAddress.assumingMemoryBound(to: T.self)
    }

    @inlinable @inline(__always) public var header: UnsafeMutablePointer<ObjectHeader> {
        objectAddress.assumingMemoryBound(to: ObjectHeader.self)
    }

    /// The object's layout kind, or nil for non-objects.
    @inlinable @inline(__always) public var objectKind: ObjectKind? { isObject ? header.pointee.kind : nil }

    @inlinable @inline(__always) public func isObject(ofKind kind: ObjectKind) -> Bool {
        isObject && header.pointee.kind == kind
    }

    /// Identity (`is`).
    @inlinable @inline(__always) public static func === (a: Value, b: Value) -> Bool { a.bits == b.bits }
}
