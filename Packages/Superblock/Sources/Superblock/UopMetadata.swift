/// Properties of a uop (declared in Instructions.def).
public struct UopFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// May exit to Tier 1.
    public static let guarded = UopFlags(rawValue: 1 << 0)
    /// No side effects and no escape: may be moved, merged or removed.
    public static let pure = UopFlags(rawValue: 1 << 1)
    /// May run arbitrary Python code.
    public static let escapes = UopFlags(rawValue: 1 << 2)
    /// May raise an exception.
    public static let raises = UopFlags(rawValue: 1 << 3)
}

/// Values a uop takes from the frame being projected rather than from the value stack.
public enum ContextInput: Sendable {
    case globals, builtins, function, frame
}

/// Where the immediate of a uop in an instruction's expansion comes from.
public enum ImmediateSource: Sendable {
    case none, oparg, name, const, cache0hi, cache1, cache2, cache3value
}

/// How the projector translates an instruction.
public enum Expansion: Sendable {
    case uops([(Uop, ImmediateSource)])
    /// The projector handles the instruction itself.
    case special
}

/// A uop's stack items for one oparg: which of the popped items are operands and what is pushed.
public struct UopLayout: Sendable {
    public enum Output: Sendable {
        /// The popped item(s) of that name are pushed back unchanged.
        case passThrough(String)
        /// The uop's new value.
        case result
    }

    public var context: [ContextInput]
    /// Popped items, bottom first: name, count, and whether the uop ignores them (`unused`).
    public var inputs: [(name: String, count: Int, unused: Bool)]
    public var outputs: [Output]

    public init(context: [ContextInput], inputs: [(String, Int, Bool)], outputs: [Output]) {
        self.context = context
        self.inputs = inputs.map { (name: $0.0, count: $0.1, unused: $0.2) }
        self.outputs = outputs
    }

    /// Total number of stack items popped.
    public var poppedCount: Int { inputs.reduce(0) { $0 + $1.count } }
    public var producesResult: Bool { outputs.contains { if case .result = $0 { return true } else { return false } } }
}
