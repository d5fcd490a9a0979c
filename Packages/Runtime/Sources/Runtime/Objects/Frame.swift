/// An interpreter frame: this header, then `localsplus` (locals, cells, free variables), then
/// the value stack. Frames of ordinary calls live in the frame stack; generator frames live in
/// a frame storage object owned by the generator. Machine code reads and writes frames at these
/// fixed offsets.
@frozen
public struct Frame {
    public var previous: UnsafeMutablePointer<Frame>?
    public var code: UnsafeMutablePointer<CodeObject>
    /// The function being run (NULL for module code).
    public var function: Value
    public var globals: Value
    public var builtins: Value
    /// The namespace dict of module and class-body frames; NULL for function frames.
    public var locals: Value
    /// The instruction being executed, saved whenever the frame is not the running one.
    public var instructionIndex: Int
    /// Value-stack depth, saved whenever the frame is suspended.
    public var stackDepth: Int
    public var flags: FrameFlags
    /// The generator owning this frame, or NULL.
    public var generator: Value

    public static let localsPlusOffset = MemoryLayout<Frame>.stride

    @inlinable @inline(__always) public static func localsPlus(_ frame: UnsafeMutablePointer<Frame>) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(frame) + localsPlusOffset).assumingMemoryBound(to: Value.self)
    }

    /// The bottom of the value stack.
    @inlinable @inline(__always) public static func stackBase(_ frame: UnsafeMutablePointer<Frame>) -> UnsafeMutablePointer<Value> {
        localsPlus(frame) + Int(frame.pointee.code.pointee.localsPlusCount)
    }

    /// Bytes a frame for `code` occupies.
    @inlinable @inline(__always) public static func size(for code: UnsafeMutablePointer<CodeObject>) -> Int {
        localsPlusOffset + code.pointee.frameSlotCount * 8
    }
}

public typealias FrameRef = UnsafeMutablePointer<Frame>

public struct FrameFlags: OptionSet {
    public let rawValue: Int
    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }
    /// Returning from this frame returns from the eval loop invocation that started it.
    @inlinable public static var entry: FrameFlags { FrameFlags(rawValue: 1 << 0) }
    /// The frame lives in a generator's frame storage.
    @inlinable public static var ownedByGenerator: FrameFlags { FrameFlags(rawValue: 1 << 1) }
    /// An `__init__` run by a class call: its caller keeps the new instance on its stack, and the
    /// frame's return value (which must be None) is dropped.
    @inlinable public static var constructor: FrameFlags { FrameFlags(rawValue: 1 << 2) }
    /// A binary operator's special method run by Tier 1's BINARY_OP: its caller keeps both
    /// operands on its stack; the return value replaces them (NotImplemented raises TypeError).
    @inlinable public static var binaryOperator: FrameFlags { FrameFlags(rawValue: 1 << 3) }

    // The OptionSet defaults are generic and were not inlined into the eval loop (5% of fib).
    @inlinable @inline(__always)
    public func contains(_ member: FrameFlags) -> Bool { rawValue & member.rawValue == member.rawValue }
    @inlinable @inline(__always)
    public mutating func formUnion(_ other: FrameFlags) { self = FrameFlags(rawValue: rawValue | other.rawValue) }
    @inlinable @inline(__always)
    public mutating func subtract(_ other: FrameFlags) { self = FrameFlags(rawValue: rawValue & ~other.rawValue) }
}

/// The stack of frames for ordinary calls: one reserved region, bump-allocated. The collector
/// scans [base, top) conservatively (slots above a frame's live stack may hold stale values).
public struct FrameStack {
    public var base: UnsafeMutableRawPointer
    public var top: UnsafeMutableRawPointer
    public var limit: UnsafeMutableRawPointer
}

/// The frame of a suspended or running generator, inside a `.frameStorage` heap object.
@frozen
public struct FrameStorageObject {
    public var header: ObjectHeader
    /// Bytes of frame (header and slots) that follow.
    public var frameBytes: Int

    public static let frameOffset = MemoryLayout<FrameStorageObject>.stride

    @inlinable @inline(__always) public static func frame(_ s: UnsafeMutablePointer<FrameStorageObject>) -> FrameRef {
        (UnsafeMutableRawPointer(s) + frameOffset).assumingMemoryBound(to: Frame.self)
    }
}

/// A generator: its frame storage and state.
@frozen
public struct GeneratorObject {
    public var header: ObjectHeader
    public var frameStorage: Value
    public var name: Value
    public var qualifiedName: Value
    public var state: GeneratorState
    /// The iterator a `yield from` is delegating to, or NULL.
    public var delegate: Value
    /// The exception the generator's own `except` blocks are handling (CPython's gi_exc_state),
    /// NULL or None when none; kept while the generator is suspended.
    public var exceptionState: Value
    /// While the generator runs: the handled exception of whoever resumed it (restored when it
    /// yields, returns or raises). NULL otherwise.
    public var savedException: Value
}

public enum GeneratorState: Int {
    case created, suspended, running, finished
}
