import Runtime
import Superblock

/// Abstract interpretation over the superblock: what is known about each value (its kind, its
/// constant value) and about the heap (type versions, shapes, dict keys versions). A guard whose
/// outcome is known disappears; a guard that must fail ends the superblock; uops on constants
/// fold; `_TO_BOOL` of a bool vanishes.
public struct TypePropagation: OptimizationPass {
    public let name = "types"
    public init() {}

    public func run(_ superblock: Superblock) -> Superblock {
        // A peeled loop's body is analysed under an assumption about what holds at its top
        // (first: everything the preamble proved); the back edge must keep it, or the analysis
        // runs again with what did hold. Facts only shrink, so this ends.
        var assumption: LoopAssumption?
        for _ in 0..<8 {
            var state = PropagationState(superblock, assumption: assumption)
            let result = state.run()
            guard let achieved = state.achieved else { return result }
            assumption = achieved
        }
        var state = PropagationState(superblock, assumption: LoopAssumption())
        return state.run()
    }
}

/// What the analysis of a peeled loop's body takes as known at its top (in the refs of the new
/// superblock: the preamble is rewritten the same way on every run).
struct LoopAssumption: Equatable {
    var phiFacts: [Ref: ValueFacts] = [:]
    var heap = HeapFacts()
}

/// What is known about a value for as long as it lives (a value's built-in kind never changes).
enum ValueKind: Equatable {
    case smallInt, float, bool, none, str, list, tuple, dict, rangeIterator, listIterator, tupleIterator, object
}

struct ValueFacts: Equatable {
    var kind: ValueKind?
    var constant: Value?
    var notNull = false
    /// For tuples: the length.
    var length: Int?

    /// What holds for a value that is either of two.
    func meet(_ other: ValueFacts) -> ValueFacts {
        ValueFacts(kind: kind == other.kind ? kind : nil,
                   constant: constant?.bits == other.constant?.bits ? constant : nil,
                   notNull: notNull && other.notNull,
                   length: length == other.length ? length : nil)
    }
}

/// Facts about mutable state, forgotten whenever arbitrary code may run.
struct HeapFacts: Equatable {
    /// The owner's type has this version (and so is this type).
    var typeVersion: [Ref: Int64] = [:]
    var shape: [Ref: Int64] = [:]
    /// A class object's own version.
    var classVersion: [Ref: Int64] = [:]
    /// A dict's keys version (globals, builtins, module dicts).
    var keysVersion: [Ref: Int64] = [:]
    var functionVersion: [Ref: Int64] = [:]

    mutating func forget() { self = HeapFacts() }

    /// The facts about `key` (all kinds), to carry them to another ref.
    func facts(of key: Ref) -> [Int64?] {
        [typeVersion[key], shape[key], classVersion[key], keysVersion[key], functionVersion[key]]
    }

    mutating func set(_ key: Ref, _ facts: [Int64?]) {
        typeVersion[key] = facts[0]
        shape[key] = facts[1]
        classVersion[key] = facts[2]
        keysVersion[key] = facts[3]
        functionVersion[key] = facts[4]
    }

    /// Keeps only the facts `self` states about each key that `end` states about `source(key)`.
    func kept(by end: HeapFacts, source: (Ref) -> Ref) -> HeapFacts {
        func filter(_ facts: [Ref: Int64], _ endFacts: [Ref: Int64]) -> [Ref: Int64] {
            facts.filter { endFacts[source($0.key)] == $0.value }
        }
        return HeapFacts(typeVersion: filter(typeVersion, end.typeVersion), shape: filter(shape, end.shape),
                         classVersion: filter(classVersion, end.classVersion), keysVersion: filter(keysVersion, end.keysVersion),
                         functionVersion: filter(functionVersion, end.functionVersion))
    }
}

struct PropagationState {
    var rewriter: SuperblockRewriter
    var facts: [Ref: ValueFacts] = [:]
    var heap = HeapFacts()
    var old: Superblock { rewriter.old }
    /// For a peeled loop: what this run assumes at the body's top (nil: what the preamble proved).
    var assumption: LoopAssumption?
    /// Set when the back edge did not keep the assumption: what it did keep.
    var achieved: LoopAssumption?

    init(_ superblock: Superblock, assumption: LoopAssumption?) {
        rewriter = SuperblockRewriter(superblock)
        self.assumption = assumption
        for (i, constant) in superblock.constants.enumerated() {
            facts[Ref(constant: i)] = PropagationState.constantFacts(constant)
        }
    }

    static func constantFacts(_ v: Value) -> ValueFacts {
        var f = ValueFacts(kind: nil, constant: v, notNull: !v.isNull, length: nil)
        if v.isSmallInt { f.kind = .smallInt }
        else if v.isFloat { f.kind = .float }
        else if v.isBool { f.kind = .bool }
        else if v.isNone { f.kind = ValueKind.none }
        else if v.isObject {
            let type = v.header.pointee.type
            if type == rt.pointee.types.str { f.kind = .str }
            else if type == rt.pointee.types.tuple { f.kind = .tuple; f.length = v.tupleCount }
            else { f.kind = .object }
        }
        return f
    }

    func fact(_ ref: Ref) -> ValueFacts { facts[ref] ?? ValueFacts() }

    mutating func learn(_ ref: Ref, kind: ValueKind) {
        var f = fact(ref)
        f.kind = kind
        f.notNull = true
        facts[ref] = f
    }

    /// Records the new value of an old uop and facts about it.
    mutating func result(_ index: Int, _ facts: ValueFacts) {
        if let ref = rewriter.renamed[index] { self.facts[ref] = facts }
    }

    mutating func run() -> Superblock {
        var index = 0
        while index < old.instructions.count {
            if index == old.loop?.target { enterLoopBody() }
            let instruction = old.instructions[index]
            let operands = rewriter.operands(instruction)
            if !step(index, instruction, operands) {
                // A guard that must fail: the superblock ends there (the rest is unreachable).
                let end = UopInstruction(uop: ._EXIT, operandStart: Int32(rewriter.new.operands.count), operandCount: 0,
                                         immediate: 0, exit: instruction.exit, raiseExit: -1, origin: instruction.origin)
                rewriter.new.instructions.append(end)
                rewriter.renamed[index] = Ref(uop: rewriter.new.instructions.count - 1)
                var result = rewriter.finishCut()
                result.loopBack = nil
                return result
            }
            index += 1
        }
        if old.loop != nil { checkBackEdge() }
        return rewriter.finish()
    }

    /// The old phis and the old values they take on the back edge.
    var oldBackEdge: [(phi: Ref, value: Ref)] { old.loop?.backEdge ?? [] }

    /// At the top of a peeled loop's body: only the assumption holds about phis and the heap
    /// (values defined in the preamble never change, so their facts stay).
    mutating func enterLoopBody() {
        if let assumption {
            for (phi, f) in assumption.phiFacts { facts[phi] = f }
            heap = assumption.heap
            return
        }
        var first = LoopAssumption()
        for (phi, _) in oldBackEdge {
            guard let newPhi = rewriter.renamed[phi.uopIndex] else { continue }
            let initial = rewriter.operands(old.instructions[phi.uopIndex])[0]
            heap.set(newPhi, heap.facts(of: initial))
            first.phiFacts[newPhi] = fact(newPhi)
        }
        first.heap = heap
        assumption = first
    }

    /// At the back edge: does every assumed fact hold for the values the phis take (and for the
    /// preamble's values in the heap)? If not, `achieved` is what does.
    mutating func checkBackEdge() {
        guard let assumption else { return }
        var sources: [Ref: Ref] = [:]
        var kept = LoopAssumption()
        for (phi, value) in oldBackEdge {
            guard let newPhi = rewriter.renamed[phi.uopIndex] else { continue }
            let newValue = rewriter.rename(value)
            sources[newPhi] = newValue
            kept.phiFacts[newPhi] = (assumption.phiFacts[newPhi] ?? ValueFacts()).meet(fact(newValue))
        }
        kept.heap = assumption.heap.kept(by: heap) { sources[$0] ?? $0 }
        if kept != assumption { achieved = kept }
    }

    /// Handles one uop; false when it is a guard that must fail.
    mutating func step(_ index: Int, _ instruction: UopInstruction, _ operands: [Ref]) -> Bool {
        let uop = instruction.uop
        let immediate = instruction.immediate
        func a() -> ValueFacts { fact(operands[0]) }
        func b() -> ValueFacts { fact(operands[1]) }

        switch uop {
        // MARK: guards on immutable facts
        case ._GUARD_BOTH_SMALL_INT, ._GUARD_BOTH_FLOAT, ._GUARD_BOTH_STR:
            let wanted: ValueKind = uop == ._GUARD_BOTH_SMALL_INT ? .smallInt : uop == ._GUARD_BOTH_FLOAT ? .float : .str
            let x = a().kind, y = b().kind
            if x == wanted && y == wanted { rewriter.drop(index); return true }
            if (x != nil && x != wanted) || (y != nil && y != wanted) { return false }
            rewriter.keep(index)
            learn(operands[0], kind: wanted)
            learn(operands[1], kind: wanted)
        case ._GUARD_LIST_INT, ._GUARD_TUPLE_INT, ._GUARD_STR_INT:
            let container: ValueKind = uop == ._GUARD_LIST_INT ? .list : uop == ._GUARD_TUPLE_INT ? .tuple : .str
            if a().kind == container && b().kind == .smallInt { rewriter.drop(index); return true }
            if (a().kind != nil && a().kind != container) || (b().kind != nil && b().kind != .smallInt) { return false }
            rewriter.keep(index)
            learn(operands[0], kind: container)
            learn(operands[1], kind: .smallInt)
        case ._GUARD_LIST_INT_STORE:
            if b().kind == .list && fact(operands[2]).kind == .smallInt { rewriter.drop(index); return true }
            rewriter.keep(index)
            learn(operands[1], kind: .list)
            learn(operands[2], kind: .smallInt)
        case ._GUARD_DICT_SUBSCRIPT:
            if a().kind == .dict { rewriter.drop(index); return true }
            rewriter.keep(index)
            learn(operands[0], kind: .dict)
        case ._GUARD_DICT_STORE:
            if b().kind == .dict { rewriter.drop(index); return true }
            rewriter.keep(index)
            learn(operands[1], kind: .dict)
        case ._GUARD_TRUE, ._GUARD_FALSE:
            if let c = a().constant, c.isBool {
                if (c.bits == Value.true.bits) == (uop == ._GUARD_TRUE) { rewriter.drop(index); return true }
                return false
            }
            rewriter.keep(index)
            var f = a()
            f.constant = uop == ._GUARD_TRUE ? .true : .false
            f.kind = .bool
            facts[operands[0]] = f
        case ._GUARD_IS_BOOL:
            if a().kind == .bool { rewriter.drop(index); return true }
            if let kind = a().kind, kind != .bool { return false }
            rewriter.keep(index)
            learn(operands[0], kind: .bool)
        case ._GUARD_NONE, ._GUARD_NOT_NONE:
            // ValueKind.none spelled out: a bare `.none` against an optional is Optional.none.
            let isNone = a().kind == ValueKind.none
            let notNone = a().kind != nil && a().kind != ValueKind.none
            if (uop == ._GUARD_NONE && isNone) || (uop == ._GUARD_NOT_NONE && notNone) { rewriter.drop(index); return true }
            if (uop == ._GUARD_NONE && notNone) || (uop == ._GUARD_NOT_NONE && isNone) { return false }
            rewriter.keep(index)
            if uop == ._GUARD_NONE { facts[operands[0]] = PropagationState.constantFacts(.none) }
        case ._GUARD_IS_NULL:
            if let c = a().constant, c.isNull { rewriter.drop(index); return true }
            rewriter.keep(index)
        case ._GUARD_NOT_NULL:
            if a().notNull { rewriter.drop(index); return true }
            rewriter.keep(index)
            var f = a()
            f.notNull = true
            facts[operands[0]] = f
        case ._GUARD_IDENTITY:
            if let c = a().constant {
                if c.bits == UInt64(bitPattern: immediate) { rewriter.drop(index); return true }
                return false
            }
            rewriter.keep(index)
            facts[operands[0]] = PropagationState.constantFacts(Value(bits: UInt64(bitPattern: immediate)))
        case ._GUARD_NOT_IDENTITY:
            if let c = a().constant {
                if c.bits != UInt64(bitPattern: immediate) { rewriter.drop(index); return true }
                return false
            }
            // NotImplemented has no ValueKind: a value of a known kind is never it.
            if a().kind != nil && UInt64(bitPattern: immediate) == Value.notImplemented.bits { rewriter.drop(index); return true }
            rewriter.keep(index)
        case ._GUARD_TUPLE_LENGTH:
            if a().kind == .tuple, a().length == Int(immediate) { rewriter.drop(index); return true }
            rewriter.keep(index)
            var f = a()
            f.kind = .tuple
            f.length = Int(immediate)
            f.notNull = true
            facts[operands[0]] = f
        case ._GUARD_RANGE_ITERATOR, ._GUARD_LIST_ITERATOR, ._GUARD_TUPLE_ITERATOR:
            let kind: ValueKind = uop == ._GUARD_RANGE_ITERATOR ? .rangeIterator : uop == ._GUARD_LIST_ITERATOR ? .listIterator : .tupleIterator
            if a().kind == kind { rewriter.drop(index); return true }
            rewriter.keep(index)
            learn(operands[0], kind: kind)

        // MARK: guards on heap facts
        case ._GUARD_TYPE_VERSION:
            if heap.typeVersion[operands[0]] == immediate { rewriter.drop(index); return true }
            rewriter.keep(index)
            heap.typeVersion[operands[0]] = immediate
        case ._GUARD_SHAPE:
            if heap.shape[operands[0]] == immediate { rewriter.drop(index); return true }
            if let known = heap.shape[operands[0]], known != immediate { return false }
            rewriter.keep(index)
            heap.shape[operands[0]] = immediate
        case ._GUARD_CLASS_VERSION:
            if heap.classVersion[operands[0]] == immediate { rewriter.drop(index); return true }
            rewriter.keep(index)
            heap.classVersion[operands[0]] = immediate
        case ._GUARD_GLOBALS_KEYS, ._GUARD_BUILTINS_KEYS, ._GUARD_MODULE_KEYS:
            if heap.keysVersion[operands[0]] == immediate { rewriter.drop(index); return true }
            rewriter.keep(index)
            heap.keysVersion[operands[0]] = immediate
        case ._GUARD_FUNCTION_VERSION:
            if heap.functionVersion[operands[0]] == immediate { rewriter.drop(index); return true }
            rewriter.keep(index)
            heap.functionVersion[operands[0]] = immediate

        // MARK: effects on heap facts
        case ._ALLOCATE_INSTANCE:
            rewriter.keep(index)
            if let result = rewriter.renamed[index] {
                facts[result] = ValueFacts(kind: .object, constant: nil, notNull: true, length: nil)
                if let version = heap.classVersion[operands[0]] { heap.typeVersion[result] = version }
                heap.shape[result] = Int64(bitPattern: Value(emptyShape()).bits)
            }
        case ._ADD_INSTANCE_ATTRIBUTE:
            rewriter.keep(index)
            heap.shape[operands[1]] = immediate
        case ._STORE_GLOBAL:
            rewriter.keep(index)
            heap.keysVersion.removeAll()

        case ._RELEASE_VALUE:
            // Only generators need releasing: any other known kind makes it a no-op.
            if let kind = a().kind, kind != .object { rewriter.drop(index); return true }
            rewriter.keep(index)
            heap.forget()

        case ._PHI:
            // Facts about the phi are set when the body is entered.
            rewriter.keep(index)
            if let phi = rewriter.renamed[index] { facts[phi] = fact(operands[0]) }

        // MARK: folding
        case ._TO_BOOL:
            if a().kind == .bool { rewriter.drop(index, replacement: operands[0]); return true }
            if let c = a().constant, c.isSmallInt || c.isNone {
                rewriter.drop(index, replacement: rewriter.constant(Value(bool: c.isSmallInt && c.smallInt != 0)))
                return true
            }
            rewriter.keep(index)
            result(index, ValueFacts(kind: .bool, constant: nil, notNull: true, length: nil))
        case ._INT_COMPARE:
            if let x = a().constant, let y = b().constant, x.isSmallInt, y.isSmallInt {
                let value = Value(bool: compareSmallInts(x.smallInt, y.smallInt, Int(immediate)))
                rewriter.drop(index, replacement: rewriter.constant(value))
                facts[rewriter.renamed[index]!] = PropagationState.constantFacts(value)
                return true
            }
            rewriter.keep(index)
            result(index, ValueFacts(kind: .bool, constant: nil, notNull: true, length: nil))
        case ._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY:
            if let x = a().constant, let y = b().constant, x.isSmallInt, y.isSmallInt {
                let (r, o): (Int, Bool)
                switch uop {
                case ._INT_ADD: (r, o) = x.smallInt.addingReportingOverflow(y.smallInt)
                case ._INT_SUBTRACT: (r, o) = x.smallInt.subtractingReportingOverflow(y.smallInt)
                default: (r, o) = x.smallInt.multipliedReportingOverflow(by: y.smallInt)
                }
                if !o && Value.fitsSmallInt(r) {
                    let value = Value(smallInt: r)
                    rewriter.drop(index, replacement: rewriter.constant(value))
                    facts[rewriter.renamed[index]!] = PropagationState.constantFacts(value)
                    return true
                }
            }
            rewriter.keep(index)
            result(index, ValueFacts(kind: .smallInt, constant: nil, notNull: true, length: nil))

        case ._ISINSTANCE:
            // isinstance(x, C) with x's class known to be C: True without running anything
            // (CPython's exact-type fast path comes before __instancecheck__).
            if let version = heap.typeVersion[operands[0]], heap.classVersion[operands[1]] == version {
                rewriter.drop(index, replacement: rewriter.constant(.true))
                facts[rewriter.renamed[index]!] = PropagationState.constantFacts(.true)
                return true
            }
            rewriter.keep(index)
            heap.forget()
            result(index, ValueFacts(kind: .bool, constant: nil, notNull: true, length: nil))
        default:
            rewriter.keep(index)
            if uop.flags.contains(.escapes) { heap.forget() }
            if let kind = resultKind(uop) { result(index, ValueFacts(kind: kind, constant: nil, notNull: true, length: nil)) }
            if uop == ._LOAD_LOCAL || uop == ._LOAD_INSTANCE_SLOT || uop == ._LOAD_GLOBALS_ENTRY || uop == ._LOAD_BUILTINS_ENTRY {
                if let ref = rewriter.renamed[index] { var f = fact(ref); f.notNull = true; facts[ref] = f }
            }
        }
        return true
    }

    /// The kind of value a uop always produces, when it is one.
    func resultKind(_ uop: Uop) -> ValueKind? {
        switch uop {
        case ._INT_FLOOR_DIVIDE, ._INT_REMAINDER, ._INT_AND, ._INT_OR, ._INT_XOR, ._INT_LSHIFT, ._INT_RSHIFT, ._LEN:
            return .smallInt
        case ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE, ._FLOAT_POWER:
            return .float
        case ._FLOAT_COMPARE, ._STR_COMPARE, ._IS_OP, ._CONTAINS_OP, ._UNARY_NOT, ._ISINSTANCE:
            return .bool
        case ._STR_CONCAT, ._BUILD_STRING, ._FORMAT_VALUE:
            return .str
        case ._BUILD_LIST:
            return .list
        case ._LIST_APPEND:
            return ValueKind.none
        case ._BUILD_TUPLE, ._LIST_TO_TUPLE:
            return .tuple
        case ._BUILD_MAP, ._BUILD_CONST_KEY_MAP:
            return .dict
        case ._RANGE_ITER_NEW:
            return .rangeIterator
        default:
            return nil
        }
    }
}

func compareSmallInts(_ a: Int, _ b: Int, _ op: Int) -> Bool {
    switch op {
    case 0: return a < b
    case 1: return a <= b
    case 2: return a == b
    case 3: return a != b
    case 4: return a > b
    default: return a >= b
    }
}
