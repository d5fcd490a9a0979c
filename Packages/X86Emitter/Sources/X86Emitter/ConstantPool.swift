/// Constants placed after the code and read RIP-relatively: doubles and 64-bit words (8-byte
/// aligned) and 16-byte masks for the packed-double operations (16-byte aligned, as SSE requires).
/// Equal constants are stored once.
struct ConstantPool {
    struct Entry {
        var bytes: [UInt8]
        var label: Label
    }
    private(set) var entries: [Entry] = []
    private var labels: [[UInt8]: Label] = [:]

    var isEmpty: Bool { entries.isEmpty }
    var needsSixteenByteAlignment: Bool { entries.contains { $0.bytes.count == 16 } }

    mutating func label(for bytes: [UInt8], make: () -> Label) -> Label {
        if let label = labels[bytes] { return label }
        let label = make()
        labels[bytes] = label
        entries.append(Entry(bytes: bytes, label: label))
        return label
    }

    /// The entries in placement order: 16-byte ones first, so that each starts aligned when the
    /// pool starts 16-byte aligned.
    var placementOrder: [Entry] {
        entries.filter { $0.bytes.count == 16 } + entries.filter { $0.bytes.count != 16 }
    }
}

extension X86Assembler {
    /// A 64-bit constant in the pool.
    public func constant(bits: UInt64) -> Memory {
        Memory(label: pool.label(for: Self.littleEndian(bits)) { newLabel() })
    }

    public func constant(_ value: Double) -> Memory { constant(bits: value.bitPattern) }

    /// A 16-byte constant (low quadword first), 16-byte aligned: e.g. the sign mask for
    /// negating a double with xorpd.
    public func constant(low: UInt64, high: UInt64) -> Memory {
        Memory(label: pool.label(for: Self.littleEndian(low) + Self.littleEndian(high)) { newLabel() })
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0 ..< 8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
