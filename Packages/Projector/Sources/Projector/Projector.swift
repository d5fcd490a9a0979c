import Bytecode
import Runtime
import Superblock

/// Builds superblocks. Projection is abstract interpretation over the specialized bytecode: a
/// stack of abstract frames (one per projected call), each with an abstract value stack and a
/// map from local slots to SSA values; uops are emitted as instructions are interpreted, guards
/// record what Tier 1 needs to resume. It never runs the program.
public struct Projector {
    public var configuration: ProjectionConfiguration

    public init(configuration: ProjectionConfiguration = ProjectionConfiguration()) {
        self.configuration = configuration
    }

    /// Projects from instruction `entryIndex` of `frame` (stopped there, with its value stack as
    /// Tier 1 left it). A loop superblock results when projection comes back to `entryIndex`.
    public func project(frame: FrameRef, entryIndex: Int) -> Result<Superblock, ProjectionFailure> {
        let state = ProjectionState(root: frame, entryIndex: entryIndex, configuration: configuration)
        return state.run()
    }
}

/// One frame of the projection.
final class AbstractFrame {
    let code: CodeRef
    let codeIndex: Int32
    /// The function running in the frame; nil for the root frame (whose function is in memory).
    let function: Ref?
    /// Globals and builtins of the frame (SSA values).
    var globals: Ref?
    var builtins: Ref?
    var slots: [Ref?]
    /// Root frame: the slots whose value differs from the frame's memory.
    var modified = Set<Int>()
    var stack: [Ref]
    var instructionIndex: Int
    let isVirtual: Bool
    /// The function object seen at projection time (projected frames): its globals and builtins
    /// are the same for every function of this code, which the version guard pins.
    var functionObject: FunctionRef?
    /// An `__init__` projected from a class call: returns leave the instance to the caller.
    var isConstructor = false
    /// A binary operator's special method: the caller keeps the operands on its stack; the
    /// return replaces them with the result.
    var isBinaryOperator = false

    init(code: CodeRef, codeIndex: Int32, function: Ref?, stack: [Ref], instructionIndex: Int, isVirtual: Bool) {
        self.code = code
        self.codeIndex = codeIndex
        self.function = function
        self.slots = [Ref?](repeating: nil, count: Int(code.pointee.localsPlusCount))
        self.stack = stack
        self.instructionIndex = instructionIndex
        self.isVirtual = isVirtual
    }
}

final class ProjectionState {
    let configuration: ProjectionConfiguration
    let root: FrameRef
    let entryIndex: Int
    let superblock = Superblock()
    var frames: [AbstractFrame] = []
    var confidence = 1.0
    var constantIndex: [UInt64: Int] = [:]
    /// SSA values known to be True or False.
    var knownBools = Set<Ref>()
    /// The current instruction: its origin and the stack before it.
    var origin: Int32 = 0
    var stackAtInstructionStart: [Ref] = []
    /// Set once the current instruction emitted a uop with effects (no guard may follow).
    var instructionHasEffects = false

    init(root: FrameRef, entryIndex: Int, configuration: ProjectionConfiguration) {
        self.root = root
        self.entryIndex = entryIndex
        self.configuration = configuration
    }

    var current: AbstractFrame { frames[frames.count - 1] }

    func run() -> Result<Superblock, ProjectionFailure> {
        let code = root.pointee.code
        superblock.codes = [code]
        superblock.entryIndex = Int32(entryIndex)
        let rootFrame = AbstractFrame(code: code, codeIndex: 0, function: nil, stack: [], instructionIndex: entryIndex, isVirtual: false)
        frames = [rootFrame]
        // The value stack at the entry (an iterator of a for loop, say) is read from memory. A
        // NULL there (a call's self_or_null) must stay a known NULL: guard it and use the constant.
        superblock.origins.append(Origin(code: 0, instructionIndex: Int32(entryIndex), line: code.pointee.lines[entryIndex]))
        let loaded = (0..<root.pointee.stackDepth).map { emit(._LOAD_STACK, [], immediate: Int64($0)) }
        stackAtInstructionStart = loaded
        for (slot, value) in loaded.enumerated() {
            if Frame.stackBase(root)[slot].isNull {
                emit(._GUARD_IS_NULL, [value])
                rootFrame.stack.append(constant(.null))
            } else {
                emit(._GUARD_NOT_NULL, [value])
                rootFrame.stack.append(value)
            }
        }
        do {
            while try step() {}
        } catch let failure as ProjectionFailure {
            return .failure(failure)
        } catch {
            return .failure(ProjectionFailure(reason: "\(error)"))
        }
        superblock.projectedUopCount = superblock.instructions.count
        superblock.projectedGuardCount = superblock.guardCount
        if superblock.instructions.isEmpty && superblock.loopBack == nil {
            return .failure(ProjectionFailure(reason: "nothing to project at \(code.pointee.qualifiedName.stringValue):\(entryIndex)"))
        }
        return .success(superblock)
    }

    // MARK: emitting

    func constant(_ value: Value) -> Ref {
        if let index = constantIndex[value.bits] { return Ref(constant: index) }
        let index = superblock.constants.count
        superblock.constants.append(value)
        constantIndex[value.bits] = index
        return Ref(constant: index)
    }

    /// Emits a uop; guards get an exit resuming at the current instruction, raising uops an exit
    /// raising there. Returns the uop's value.
    @discardableResult
    func emit(_ uop: Uop, _ operands: [Ref], immediate: Int64 = 0, guardExit: Int32? = nil) -> Ref {
        let flags = uop.flags
        var exit: Int32 = -1
        if flags.contains(.guarded) {
            // A guard that re-runs the instruction in Tier 1 must come before the instruction's
            // effects; guards with their own exit (post-state: branches, loop ends) may follow.
            precondition(guardExit != nil || !instructionHasEffects, "\(uop.name): a guard after an effect would need a blackhole step")
            exit = guardExit ?? addExit(.guardFailed, reason: uop.name)
        }
        let raiseExit: Int32 = flags.contains(.raises) ? addExit(.raised, reason: uop.name) : -1
        if !flags.contains(.pure) { instructionHasEffects = true }
        let instruction = UopInstruction(uop: uop, operandStart: Int32(superblock.operands.count), operandCount: Int32(operands.count),
                                         immediate: immediate, exit: exit, raiseExit: raiseExit, origin: origin)
        superblock.operands.append(contentsOf: operands)
        superblock.instructions.append(instruction)
        return Ref(uop: superblock.instructions.count - 1)
    }

    /// An exit resuming at the current instruction with the state before it.
    func addExit(_ kind: ExitKind, reason: String, stack: [Ref]? = nil, resumeIndex: Int? = nil) -> Int32 {
        var snapshots: [FrameSnapshot] = []
        for (depth, frame) in frames.enumerated() {
            let innermost = depth == frames.count - 1
            snapshots.append(snapshot(of: frame,
                                      stack: innermost ? (stack ?? stackAtInstructionStart) : frame.stack,
                                      resumeIndex: innermost ? (resumeIndex ?? frame.instructionIndex) : frame.instructionIndex))
        }
        superblock.exits.append(ExitDescriptor(kind: kind, frames: snapshots, reason: reason))
        return Int32(superblock.exits.count - 1)
    }

    func snapshot(of frame: AbstractFrame, stack: [Ref], resumeIndex: Int) -> FrameSnapshot {
        var locals: [(slot: Int32, value: Ref)] = []
        for (slot, value) in frame.slots.enumerated() {
            guard let value else { continue }
            if frame.isVirtual || frame.modified.contains(slot) { locals.append((Int32(slot), value)) }
        }
        var snapshot = FrameSnapshot(code: frame.codeIndex, function: frame.function, resumeIndex: Int32(resumeIndex),
                                     locals: locals, stack: stack, isVirtual: frame.isVirtual)
        snapshot.isConstructor = frame.isConstructor
        snapshot.isBinaryOperator = frame.isBinaryOperator
        return snapshot
    }

    /// Ends the superblock: Tier 1 continues at the current instruction.
    func end(_ reason: String) throws -> Bool {
        let exit = addExit(.end, reason: reason, stack: current.stack)
        emit(._EXIT, [], guardExit: exit)
        return false
    }

    // MARK: frames

    func frameGlobals(_ frame: AbstractFrame) -> Ref {
        if let g = frame.globals { return g }
        let g = frame.isVirtual ? constant(functionOf(frame).pointee.globals) : constant(root.pointee.globals)
        frame.globals = g
        return g
    }

    func frameBuiltins(_ frame: AbstractFrame) -> Ref {
        if let b = frame.builtins { return b }
        let b = frame.isVirtual ? constant(functionOf(frame).pointee.builtins) : constant(root.pointee.builtins)
        frame.builtins = b
        return b
    }

    /// The function object of a projected frame, as seen at projection time.
    func functionOf(_ frame: AbstractFrame) -> FunctionRef {
        frame.functionObject!
    }

    /// A local's value; loads it from the root frame's memory on first use.
    func local(_ slot: Int) throws -> Ref {
        let frame = current
        if let value = frame.slots[slot] { return value }
        guard !frame.isVirtual else {
            throw ProjectionFailure(reason: "unbound local in a projected frame")
        }
        let value = emit(._LOAD_LOCAL, [], immediate: Int64(slot))
        frame.slots[slot] = value
        return value
    }

    func setLocal(_ slot: Int, _ value: Ref) {
        current.slots[slot] = value
        current.modified.insert(slot)
    }

    // MARK: the step

    /// Projects one instruction; false when the superblock is complete.
    func step() throws -> Bool {
        if superblock.instructions.count >= configuration.maxUops {
            return try end("too long (\(configuration.maxUops) uops)")
        }
        let frame = current
        let code = frame.code
        let index = frame.instructionIndex
        guard index < code.pointee.instructionCount else { throw ProjectionFailure(reason: "ran off the end of the code") }
        let word = InstructionWord(bits: code.pointee.instructions[index])
        guard var opcode = Opcode(rawValue: word.opcode) else { throw ProjectionFailure(reason: "bad opcode") }
        let oparg = word.oparg
        let cache = code.pointee.caches + word.cacheIndex
        // An attribute site that learned more (type, shape) entries in Tier 1 (words 4-12 of its
        // cache, PolymorphicAttributeCache in Interpreter; word 5 is the first extra entry's shape)
        // sees several classes: guarding on the first one would exit for the others, so it is
        // projected in its generic form.
        switch opcode {
        case .LOAD_ATTR_INSTANCE_VALUE, .LOAD_ATTR_CLASS, .LOAD_METHOD_WITH_VALUES, .STORE_ATTR_INSTANCE_VALUE:
            if cache[5] != 0 { opcode = opcode.family }
        default: break
        }

        superblock.origins.append(Origin(code: frame.codeIndex, instructionIndex: Int32(index), line: code.pointee.lines[index]))
        origin = Int32(superblock.origins.count - 1)
        stackAtInstructionStart = frame.stack
        instructionHasEffects = false

        // A loop's back edge: the superblock closes its loop, or stops at another loop.
        if opcode.flags.contains(.backward) {
            if frames.count == 1 && oparg == entryIndex {
                superblock.loopBack = snapshot(of: frame, stack: frame.stack, resumeIndex: entryIndex)
                return false
            }
            return try end("backward jump to another loop")
        }
        guard let expansion = opcode.expansion else {
            return try end("cannot project \(opcode.name)")
        }
        switch expansion {
        case .uops(let list):
            for (uop, source) in list {
                try emitExpanded(uop, source: source, oparg: oparg, cache: cache, code: code)
            }
            frame.instructionIndex = index + 1
            return true
        case .special:
            return try special(opcode, oparg: oparg, cache: cache, index: index)
        }
    }

    /// Emits one uop of an expansion: pops its inputs, pushes its outputs.
    func emitExpanded(_ uop: Uop, source: ImmediateSource, oparg: Int, cache: UnsafeMutablePointer<UInt64>, code: CodeRef) throws {
        let frame = current
        let layout = uop.layout(oparg: oparg)
        var operands: [Ref] = []
        for context in layout.context {
            switch context {
            case .globals: operands.append(frameGlobals(frame))
            case .builtins: operands.append(frameBuiltins(frame))
            case .function:
                guard let function = frame.function else { throw ProjectionFailure(reason: "\(uop.name) needs the root frame's function") }
                operands.append(function)
            case .frame:
                guard !frame.isVirtual else { throw ProjectionFailure(reason: "\(uop.name) needs a frame in memory") }
            }
        }
        let popped = layout.poppedCount
        guard frame.stack.count >= popped else { throw ProjectionFailure(reason: "abstract stack underflow at \(uop.name)") }
        let items = Array(frame.stack.suffix(popped))
        frame.stack.removeLast(popped)
        var offset = 0
        var groups: [String: ArraySlice<Ref>] = [:]
        for input in layout.inputs {
            let group = items[offset ..< offset + input.count]
            groups[input.name] = group
            if !input.unused { operands.append(contentsOf: group) }
            offset += input.count
        }
        let immediate: Int64
        switch source {
        case .none: immediate = 0
        case .oparg: immediate = Int64(oparg)
        case .name:
            immediate = Int64(constant(code.pointee.names.tupleItems[oparg]).constantIndex)
        case .const:
            immediate = Int64(constant(code.pointee.constants.tupleItems[oparg]).constantIndex)
        case .cache0hi: immediate = Int64(bitPattern: cache[0] >> 16)
        case .cache1: immediate = Int64(bitPattern: cache[1])
        case .cache2: immediate = Int64(bitPattern: cache[2])
        case .cache3value: immediate = Int64(constant(Value(bits: cache[3])).constantIndex)
        }
        let result = emit(uop, operands, immediate: immediate)
        for output in layout.outputs {
            switch output {
            case .result:
                frame.stack.append(result)
                if producesBool(uop) { knownBools.insert(result) }
            case .passThrough(let name):
                frame.stack.append(contentsOf: groups[name]!)
            }
        }
    }

    func producesBool(_ uop: Uop) -> Bool {
        switch uop {
        case ._INT_COMPARE, ._FLOAT_COMPARE, ._STR_COMPARE, ._IS_OP, ._CONTAINS_OP, ._UNARY_NOT, ._TO_BOOL, ._ISINSTANCE:
            return true
        default:
            return false
        }
    }
}
