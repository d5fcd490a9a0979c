/// One instruction as the compiler emits it. Jump targets are absolute instruction indexes.
public struct Instruction: Equatable, Hashable, Sendable {
    public var opcode: Opcode
    /// 24 bits at most (there is no EXTENDED_ARG).
    public var oparg: UInt32

    public static let maxOparg: UInt32 = (1 << 24) - 1

    public init(_ opcode: Opcode, _ oparg: UInt32 = 0) {
        precondition(oparg <= Instruction.maxOparg, "oparg \(oparg) does not fit in 24 bits")
        self.opcode = opcode
        self.oparg = oparg
    }

    public init(_ opcode: Opcode, _ oparg: Int) {
        self.init(opcode, UInt32(oparg))
    }
}
