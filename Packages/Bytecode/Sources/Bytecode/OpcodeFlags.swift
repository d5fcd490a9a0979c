/// Properties of an instruction, as declared in Instructions.def (see the FLAGS there).
public struct OpcodeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let constant = OpcodeFlags(rawValue: 1 << 0)
    public static let name = OpcodeFlags(rawValue: 1 << 1)
    public static let local = OpcodeFlags(rawValue: 1 << 2)
    public static let free = OpcodeFlags(rawValue: 1 << 3)
    public static let jump = OpcodeFlags(rawValue: 1 << 4)
    public static let branch = OpcodeFlags(rawValue: 1 << 5)
    public static let backward = OpcodeFlags(rawValue: 1 << 6)
    public static let noflow = OpcodeFlags(rawValue: 1 << 7)
    public static let call = OpcodeFlags(rawValue: 1 << 8)
    public static let returns = OpcodeFlags(rawValue: 1 << 9)
    public static let escapes = OpcodeFlags(rawValue: 1 << 10)
    public static let raises = OpcodeFlags(rawValue: 1 << 11)
    public static let guarded = OpcodeFlags(rawValue: 1 << 12)
    public static let yields = OpcodeFlags(rawValue: 1 << 13)

    /// The instruction's oparg is a jump target (an absolute instruction index).
    public static let hasTarget: OpcodeFlags = [.jump, .branch]
}
