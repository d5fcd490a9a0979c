/// One instruction as described in Instructions.def.
public struct InstructionSpec: Equatable, Sendable {
    public var name: String
    public var family: String?
    public var inputs: [StackItem]
    public var outputs: [StackItem]
    /// Outputs when a branch instruction jumps; nil when the same as `outputs`.
    public var jumpOutputs: [StackItem]?
    public var flags: [String]
    public var cacheSize: Int
    public var documentation: [String]
}

/// A stack item: a name and an optional count expression over `oparg` (nil means one item).
public struct StackItem: Equatable, Sendable {
    public var name: String
    public var count: String?
}

public struct SpecError: Error, CustomStringConvertible {
    public var description: String
}

/// The flags an instruction may carry; anything else in the file is an error.
public let knownFlags = ["const", "name", "local", "free", "jump", "branch", "backward", "noflow",
                         "call", "return", "escapes", "raises", "guard", "yield"]
