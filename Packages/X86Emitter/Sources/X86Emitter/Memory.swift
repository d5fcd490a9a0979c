/// A memory operand: `[base + index*scale + displacement]`, or `[rip + displacement]` relative
/// to a label (the constant pool, or a place in the code).
public struct Memory: Hashable, Sendable {
    public enum Base: Hashable, Sendable {
        case register(GPR)
        /// RIP-relative: the address of the label plus the displacement.
        case label(Label)
        /// No base: an absolute 32-bit (sign-extended) address, or just `index*scale + disp`.
        case none
    }

    public enum Scale: UInt8, Sendable {
        case x1 = 0, x2 = 1, x4 = 2, x8 = 3
        public var factor: Int { 1 << Int(rawValue) }
    }

    public var base: Base
    public var index: GPR?
    public var scale: Scale
    public var displacement: Int32

    public init(base: GPR, index: GPR? = nil, scale: Scale = .x1, displacement: Int32 = 0) {
        precondition(index != .rsp, "rsp cannot be an index register")
        self.base = .register(base)
        self.index = index
        self.scale = scale
        self.displacement = displacement
    }

    public init(index: GPR, scale: Scale, displacement: Int32 = 0) {
        precondition(index != .rsp, "rsp cannot be an index register")
        self.base = .none
        self.index = index
        self.scale = scale
        self.displacement = displacement
    }

    /// `[rip + (label - next instruction) + displacement]`.
    public init(label: Label, displacement: Int32 = 0) {
        self.base = .label(label)
        self.index = nil
        self.scale = .x1
        self.displacement = displacement
    }

    public init(absolute address: Int32) {
        self.base = .none
        self.index = nil
        self.scale = .x1
        self.displacement = address
    }

    /// The same operand `delta` bytes further on.
    public func advanced(by delta: Int32) -> Memory {
        var result = self
        result.displacement += delta
        return result
    }
}

/// `.rdi + 16` reads as `[rdi + 0x10]`.
public func + (base: GPR, displacement: Int32) -> Memory {
    Memory(base: base, displacement: displacement)
}

public func - (base: GPR, displacement: Int32) -> Memory {
    Memory(base: base, displacement: -displacement)
}
