/// An int too large for a small int: sign and magnitude, 64-bit limbs (least significant first)
/// after the struct. Invariant: the value never fits in a small int, and the top limb is not 0.
@frozen
public struct BigIntObject {
    public var header: ObjectHeader
    /// Number of limbs, negated when the value is negative.
    public var signedLimbCount: Int

    public static let limbsOffset = MemoryLayout<BigIntObject>.stride

    @inlinable @inline(__always) public static func limbs(_ b: UnsafeMutablePointer<BigIntObject>) -> UnsafeMutablePointer<UInt> {
        (UnsafeMutableRawPointer(b) + limbsOffset).assumingMemoryBound(to: UInt.self)
    }
}
