/// A code object as the interpreter runs it. The instruction words are
///     bits 0-7 opcode, 8-31 oparg, 32-63 index of the instruction's first inline-cache word
/// so one load yields everything an instruction needs; Tier 1 rewrites the opcode byte in place
/// when it specializes. The arrays live in byte storages referenced by the `*Storage` values.
@frozen
public struct CodeObject {
    public var header: ObjectHeader
    public var instructions: UnsafeMutablePointer<UInt64>
    public var instructionCount: Int
    /// Inline caches: 64-bit words, `Opcode.cacheSize` per instruction that has any.
    public var caches: UnsafeMutablePointer<UInt64>
    /// Source line of each instruction.
    public var lines: UnsafeMutablePointer<Int32>
    public var exceptionTable: UnsafeMutablePointer<CodeExceptionEntry>
    public var exceptionTableCount: Int
    /// What each localsplus slot is (Bytecode.LocalKind raw values).
    public var localKinds: UnsafeMutablePointer<UInt8>
    public var constants: Value
    public var names: Value
    public var localNames: Value
    public var name: Value
    public var qualifiedName: Value
    public var filename: Value
    public var docstring: Value
    /// Storage objects owning the raw arrays above.
    public var instructionStorage: Value
    public var cacheStorage: Value
    public var tableStorage: Value
    public var localsPlusCount: Int32
    public var argCount: Int32
    public var positionalOnlyArgCount: Int32
    public var keywordOnlyArgCount: Int32
    /// Bytecode.CodeFlags raw value.
    public var flags: UInt32
    public var stackSize: Int32
    public var firstLine: Int32
    public var freeCount: Int32
    /// Unique per code object (function versions are derived from it).
    public var serial: UInt32
    /// Starts and loop back edges run so far, counted up to 8: CPython 3.11 quickens a code object
    /// after 8 (its built-in calls are unspecialized, and count toward the recursion limit, until
    /// then).
    public var warmup: Int32
    /// Tier 2's per-code state (superblocks by entry instruction), owned by the JIT.
    public var jitState: UnsafeMutableRawPointer?

    /// Number of value slots a frame for this code needs after its header.
    @inlinable @inline(__always) public var frameSlotCount: Int { Int(localsPlusCount) + Int(stackSize) }
}

public typealias CodeRef = UnsafeMutablePointer<CodeObject>

/// Exception-table entry as the interpreter uses it (see Bytecode.ExceptionTableEntry).
@frozen
public struct CodeExceptionEntry {
    public var start: Int32
    public var end: Int32
    public var handler: Int32
    public var depth: Int32
    public var pushLastIndex: Int32

    public init(start: Int32, end: Int32, handler: Int32, depth: Int32, pushLastIndex: Int32) {
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth
        self.pushLastIndex = pushLastIndex
    }
}

/// The parts of an instruction word.
@frozen
public struct InstructionWord {
    public var bits: UInt64
    @inlinable @inline(__always) public init(bits: UInt64) { self.bits = bits }
    @inlinable @inline(__always) public init(opcode: UInt8, oparg: UInt32, cacheIndex: UInt32) {
        bits = UInt64(opcode) | UInt64(oparg) << 8 | UInt64(cacheIndex) << 32
    }
    @inlinable @inline(__always) public var opcode: UInt8 { UInt8(truncatingIfNeeded: bits) }
    @inlinable @inline(__always) public var oparg: Int { Int(truncatingIfNeeded: (bits >> 8) & 0xFF_FFFF) }
    @inlinable @inline(__always) public var cacheIndex: Int { Int(truncatingIfNeeded: bits >> 32) }
}
