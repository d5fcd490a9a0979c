/// A position in the code, possibly not known yet (a forward reference). Made by
/// `X86Assembler.newLabel()`, placed with `bind`; only meaningful to the assembler that made it.
public struct Label: Hashable, Sendable {
    public let id: Int
}

/// Where a jump or call goes.
public enum BranchTarget: Hashable, Sendable {
    case label(Label)
    /// An absolute address outside this code (a runtime helper, another trace, an exit stub):
    /// reached with a rel32, so it must lie within ±2 GiB of the code once placed.
    case absolute(UInt64)
}
