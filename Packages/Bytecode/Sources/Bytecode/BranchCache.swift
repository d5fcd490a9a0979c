/// The inline cache word of a conditional jump, written by Tier 1 and read by the projector.
public enum BranchCache {
    /// The last 16 directions (1 = taken), newest in bit 0.
    public static let historyMask: UInt64 = 0xFFFF
    /// POP_JUMP_IF_FALSE/TRUE once tested a value that is not True or False (sticky).
    public static let sawNonBool: UInt64 = 1 << 16
}
