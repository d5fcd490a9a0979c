/// A piece of the code area, identified by its (final, executable) address.
public struct CodeRegion: Hashable, Sendable {
    public let address: UInt64
    public let size: Int

    public init(address: UInt64, size: Int) {
        self.address = address
        self.size = size
    }

    public var pointer: UnsafeRawPointer { UnsafeRawPointer(bitPattern: UInt(address))! }

    public func contains(_ address: UInt64, length: Int = 1) -> Bool {
        address >= self.address && address + UInt64(length) <= self.address + UInt64(size)
    }

    /// The code at `offset` as a function pointer type, e.g. `(@convention(c) (Int) -> Int).self`.
    public func function<Function>(as type: Function.Type, offset: Int = 0) -> Function {
        precondition(MemoryLayout<Function>.size == MemoryLayout<UnsafeRawPointer>.size, "not a thin function pointer type")
        return unsafeBitCast(pointer + offset, to: Function.self)
    }
}

/// A region that has been allocated but not committed yet: `bytes` is ordinary writable memory
/// (never executable) of the region's size; `commit` copies it into the executable region.
public struct StagedCode {
    public let region: CodeRegion
    public let bytes: UnsafeMutableRawBufferPointer

    public var address: UInt64 { region.address }
}
