import Bytecode

/// A jump target inside one code unit; bound to an instruction position with `bind`.
struct Label: Hashable {
    let id: Int
}

/// What the compiler emits before assembly: real opcodes plus the pseudo-instructions of
/// CPython 3.11 (an unconditional JUMP whose direction is decided later, and the SETUP_*/POP_BLOCK
/// markers from which the assembler builds the exception table).
enum PendingOp: Equatable {
    case real(Opcode)
    /// Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD.
    case jump
    /// Protects what follows with a handler; no lasti.
    case setupFinally
    /// Like setupFinally, but the handler also gets the raising instruction's index (lasti).
    case setupCleanup
    /// `with` body: handler depth is one below the current depth (the __enter__ result), with lasti.
    case setupWith
    /// Ends the innermost SETUP_* region.
    case popBlock

    var isSetup: Bool { self == .setupFinally || self == .setupCleanup || self == .setupWith }
}

/// A localsplus reference resolved at assembly, when the final slot layout is known.
enum VariableReference: Equatable {
    case fast(Int)
    case cell(Int)
    case free(Int)
}

struct PendingInstruction {
    var op: PendingOp
    /// For jumps and SETUP_*: a label id. For local/free opcodes: unused (see `variable`).
    var oparg: Int
    var variable: VariableReference?
    /// Source line; -1 for artificial instructions that inherit a line later.
    var line: Int

    var opcode: Opcode? {
        if case .real(let opcode) = op { return opcode }
        return nil
    }

    var hasLabelTarget: Bool {
        switch op {
        case .jump, .setupFinally, .setupCleanup, .setupWith: return true
        case .popBlock: return false
        case .real(let opcode): return !opcode.flags.isDisjoint(with: .hasTarget)
        }
    }
}

/// The kinds of compiler scopes (CPython's COMPILER_SCOPE_*).
enum UnitKind {
    case module, `class`, function, lambda, comprehension
}

/// Everything the compiler accumulates for one code unit (CPython's struct compiler_unit).
final class CodeUnitBuilder {
    let scope: Scope
    let kind: UnitKind
    let name: String
    var qualifiedName: String
    let firstLine: Int
    /// The enclosing class name, for private name mangling.
    var privateName: String?

    var argCount = 0
    var positionalOnlyArgCount = 0
    var keywordOnlyArgCount = 0
    var docstring: String?

    private(set) var constants: [Constant] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    private(set) var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    private(set) var varnames: [String] = []
    private var varnameIndex: [String: Int] = [:]
    let cellvars: [String]
    let freevars: [String]

    private(set) var instructions: [PendingInstruction] = []
    private(set) var labelPositions: [Int] = []
    /// No instruction before this index may be folded into later ones (a label points here).
    private var foldBarrier = 0

    var frameBlocks: [FrameBlock] = []
    /// The line given to emitted instructions (-1: artificial).
    var currentLine: Int

    init(scope: Scope, kind: UnitKind, name: String, qualifiedName: String, firstLine: Int, privateName: String?) {
        self.scope = scope
        self.kind = kind
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = firstLine
        self.privateName = privateName
        currentLine = firstLine
        var cells = scope.names(withScope: .cell)
        if scope.needsClassClosure { cells.insert("__class__", at: 0) }
        cellvars = cells
        freevars = scope.names(withScope: .free, orFlags: .freeClass)
        for parameter in scope.parameterNames { _ = varnameSlot(parameter) }
    }

    // MARK: - Tables

    func constantSlot(_ constant: Constant) -> Int {
        let key = ConstantKey(constant)
        if let index = constantIndex[key] { return index }
        constants.append(constant)
        constantIndex[key] = constants.count - 1
        return constants.count - 1
    }

    func nameSlot(_ name: String) -> Int {
        if let index = nameIndex[name] { return index }
        names.append(name)
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    func varnameSlot(_ name: String) -> Int {
        if let index = varnameIndex[name] { return index }
        varnames.append(name)
        varnameIndex[name] = varnames.count - 1
        return varnames.count - 1
    }

    func cellSlot(_ name: String) -> Int? { cellvars.firstIndex(of: name) }
    func freeSlot(_ name: String) -> Int? { freevars.firstIndex(of: name) }

    // MARK: - Emission

    func newLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    /// Bind `label` to the next instruction emitted.
    func bind(_ label: Label) {
        precondition(labelPositions[label.id] == -1, "label bound twice")
        labelPositions[label.id] = instructions.count
        foldBarrier = instructions.count
    }

    func emit(_ opcode: Opcode, _ oparg: Int = 0) {
        instructions.append(PendingInstruction(op: .real(opcode), oparg: oparg, variable: nil, line: currentLine))
    }

    func emit(_ opcode: Opcode, variable: VariableReference) {
        instructions.append(PendingInstruction(op: .real(opcode), oparg: 0, variable: variable, line: currentLine))
    }

    func emit(_ op: PendingOp, target: Label) {
        instructions.append(PendingInstruction(op: op, oparg: target.id, variable: nil, line: currentLine))
    }

    func emitJump(_ opcode: Opcode, to target: Label) {
        emit(.real(opcode), target: target)
    }

    func emitPopBlock() {
        instructions.append(PendingInstruction(op: .popBlock, oparg: 0, variable: nil, line: currentLine))
    }

    /// An instruction with no line of its own (CPython's UNSET_LOC / *_NOLINE).
    func emitArtificial(_ opcode: Opcode, _ oparg: Int = 0) {
        instructions.append(PendingInstruction(op: .real(opcode), oparg: oparg, variable: nil, line: -1))
    }

    func emitLoadConstant(_ constant: Constant) {
        emit(.LOAD_CONST, constantSlot(constant))
    }

    /// True when the last instruction ends control flow (nothing after it is reachable by falling through).
    var lastInstructionEndsFlow: Bool {
        guard let last = instructions.last else { return false }
        switch last.op {
        case .jump: return true
        case .real(let opcode): return opcode.flags.contains(.noflow)
        default: return false
        }
    }

    /// Replace `LOAD_CONST` x n followed by BUILD_TUPLE n with one constant tuple (CPython's
    /// fold_tuple_on_constants). Returns false when the last n instructions are not all constants.
    func foldConstantTuple(count: Int) -> Bool {
        guard count >= 0, instructions.count - count >= foldBarrier else { return false }
        let tail = instructions.suffix(count)
        var items: [Constant] = []
        for instruction in tail {
            guard instruction.opcode == .LOAD_CONST else { return false }
            items.append(constants[instruction.oparg])
        }
        // The loads become NOPs that keep their lines (multi-line displays keep their line events).
        for index in (instructions.count - count)..<instructions.count {
            instructions[index].op = .real(.NOP)
            instructions[index].oparg = 0
        }
        emit(.LOAD_CONST, constantSlot(.tuple(items)))
        return true
    }

    /// The constant the last instruction loads, when it is a LOAD_CONST that may be folded away.
    var trailingConstant: Constant? {
        guard instructions.count > foldBarrier, let last = instructions.last, last.opcode == .LOAD_CONST else { return nil }
        return constants[last.oparg]
    }

    func removeLastInstruction() {
        instructions.removeLast()
    }
}

/// Hashable identity of a constant for de-duplication: same type and same value (so 1, 1.0 and
/// True stay distinct, as do 0.0 and -0.0). Code constants are never merged.
struct ConstantKey: Hashable {
    private let text: String

    init(_ constant: Constant) {
        text = ConstantKey.describe(constant)
    }

    private static func describe(_ constant: Constant) -> String {
        switch constant {
        case .none: return "N"
        case .ellipsis: return "E"
        case .bool(let b): return b ? "T" : "F"
        case .int(let i): return "i\(i)"
        case .bigInt(let digits): return "i\(digits)"
        case .float(let d): return "f\(d.bitPattern)"
        case .complex(let re, let im): return "c\(re.bitPattern),\(im.bitPattern)"
        case .str(let s): return "s" + s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ",")
        case .bytes(let b): return "b" + b.map { String($0) }.joined(separator: ",")
        case .tuple(let items): return "t(" + items.map(describe).joined(separator: ";") + ")"
        case .frozenset(let items): return "z(" + items.map(describe).joined(separator: ";") + ")"
        case .code(let unit): return "o\(ObjectIdentifier(unit).hashValue)"
        }
    }
}
