/// A compiled code object as the frontend produces it: the counterpart of CPython's code object,
/// before the VM loads it into its heap. Locals follow CPython 3.11's "localsplus" layout.
public final class CodeUnit: @unchecked Sendable {
    public var name: String
    public var qualifiedName: String
    public var filename: String
    public var firstLine: Int

    /// Positional parameters (including positional-only ones).
    public var argCount: Int
    public var positionalOnlyArgCount: Int
    public var keywordOnlyArgCount: Int
    public var flags: CodeFlags

    /// localsplus: every local slot (parameters first, in order), then cells that are not
    /// parameters, then free variables. `localKinds` says what each slot is.
    public var localNames: [String]
    public var localKinds: [LocalKind]
    /// Names used by *_GLOBAL, *_NAME, *_ATTR, LOAD_METHOD and IMPORT_* instructions.
    public var names: [String]
    public var constants: [Constant]

    public var instructions: [Instruction]
    /// The source line of each instruction (same count as `instructions`); 0 for none.
    public var lines: [Int32]
    public var exceptionTable: [ExceptionTableEntry]
    /// Maximum value-stack depth.
    public var stackSize: Int
    /// The function's, class's or module's docstring (CPython keeps it as co_consts[0]).
    public var docstring: String?

    public init(name: String, qualifiedName: String, filename: String, firstLine: Int,
                argCount: Int = 0, positionalOnlyArgCount: Int = 0, keywordOnlyArgCount: Int = 0,
                flags: CodeFlags = [], localNames: [String] = [], localKinds: [LocalKind] = [],
                names: [String] = [], constants: [Constant] = [], instructions: [Instruction] = [],
                lines: [Int32] = [], exceptionTable: [ExceptionTableEntry] = [], stackSize: Int = 0) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.argCount = argCount
        self.positionalOnlyArgCount = positionalOnlyArgCount
        self.keywordOnlyArgCount = keywordOnlyArgCount
        self.flags = flags
        self.localNames = localNames
        self.localKinds = localKinds
        self.names = names
        self.constants = constants
        self.instructions = instructions
        self.lines = lines
        self.exceptionTable = exceptionTable
        self.stackSize = stackSize
    }

    /// Number of parameters that have a local slot (positional, keyword-only, *args, **kwargs).
    public var totalArgCount: Int {
        argCount + keywordOnlyArgCount + (flags.contains(.varargs) ? 1 : 0) + (flags.contains(.varkeywords) ? 1 : 0)
    }

    /// Nested code units found among the constants, depth first.
    public var nestedCodeUnits: [CodeUnit] {
        var result: [CodeUnit] = []
        func visit(_ constant: Constant) {
            switch constant {
            case .code(let unit): result.append(unit); result.append(contentsOf: unit.nestedCodeUnits)
            case .tuple(let items): items.forEach(visit)
            default: break
            }
        }
        constants.forEach(visit)
        return result
    }
}

/// CPython's co_flags values, for the flags Hotpath uses.
public struct CodeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let optimized = CodeFlags(rawValue: 0x0001)
    public static let newLocals = CodeFlags(rawValue: 0x0002)
    public static let varargs = CodeFlags(rawValue: 0x0004)
    public static let varkeywords = CodeFlags(rawValue: 0x0008)
    public static let nested = CodeFlags(rawValue: 0x0010)
    public static let generator = CodeFlags(rawValue: 0x0020)
    public static let noFree = CodeFlags(rawValue: 0x0040)
    public static let coroutine = CodeFlags(rawValue: 0x0080)
}

/// What a localsplus slot holds (CPython's CO_FAST_* kinds, combinable: a parameter that is also a
/// cell is `[.local, .cell]`).
public struct LocalKind: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let local = LocalKind(rawValue: 0x20)
    public static let cell = LocalKind(rawValue: 0x40)
    public static let free = LocalKind(rawValue: 0x80)
}

/// A protected range of instructions: an exception raised at an index in [start, end) unwinds the
/// value stack to `depth` items, pushes the raising instruction's index as an int when
/// `pushLastIndex`, pushes the exception and continues at `handler`. As in CPython, entries are
/// sorted by `start` and never overlap: the compiler flattens nested handlers, so an instruction has
/// at most one entry.
public struct ExceptionTableEntry: Equatable, Sendable {
    public var start: Int32
    public var end: Int32
    public var handler: Int32
    public var depth: Int32
    public var pushLastIndex: Bool

    public init(start: Int32, end: Int32, handler: Int32, depth: Int32, pushLastIndex: Bool) {
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth
        self.pushLastIndex = pushLastIndex
    }
}

extension CodeUnit {
    /// The innermost exception-table entry covering `index`, if any.
    public func handler(at index: Int) -> ExceptionTableEntry? {
        var low = 0, high = exceptionTable.count
        while low < high {
            let mid = (low + high) / 2
            if Int(exceptionTable[mid].end) <= index { low = mid + 1 } else { high = mid }
        }
        guard low < exceptionTable.count, Int(exceptionTable[low].start) <= index else { return nil }
        return exceptionTable[low]
    }
}
