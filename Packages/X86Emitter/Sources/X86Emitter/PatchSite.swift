/// A jump emitted by `patchableJump`: a rel32 field that may be rewritten after the code is
/// committed, to send the jump somewhere else (a side exit re-pointed to a compiled bridge).
public struct PatchSite: Hashable, Sendable {
    /// The order in which the sites were made (0, 1, ...): the exit number, if the caller wants one.
    public let index: Int
    public let instructionOffset: Int
    /// The 4 bytes of the rel32, counted from the start of the code.
    public let fieldOffset: Int
    /// rel32 counts from here.
    public let instructionEnd: Int
    /// nil for an unconditional jmp.
    public let condition: Condition?
    public let initialTarget: BranchTarget

    /// The 4 bytes to write at `codeAddress + fieldOffset` so that the jump goes to `target`,
    /// when the code starts at `codeAddress`; nil when the target is out of rel32 reach.
    public func rel32(codeAddress: UInt64, target: UInt64) -> [UInt8]? {
        let distance = Int64(bitPattern: target &- (codeAddress &+ UInt64(instructionEnd)))
        guard let value = Int32(exactly: distance) else { return nil }
        return (0 ..< 4).map { UInt8(truncatingIfNeeded: value >> (8 * Int32($0))) }
    }
}
