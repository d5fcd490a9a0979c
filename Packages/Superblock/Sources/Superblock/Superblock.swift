import Runtime

/// An SSA value in a superblock: the result of uop `index`, or constant `-(index + 1)`.
public struct Ref: Hashable, Sendable, CustomStringConvertible {
    public var raw: Int32
    public init(uop index: Int) { raw = Int32(index) }
    public init(constant index: Int) { raw = -Int32(index) - 1 }
    public var isConstant: Bool { raw < 0 }
    public var uopIndex: Int { Int(raw) }
    public var constantIndex: Int { Int(-raw - 1) }
    public var description: String { isConstant ? "c\(constantIndex)" : "v\(raw)" }
}

/// One uop in a superblock.
public struct UopInstruction: Sendable {
    public var uop: Uop
    /// Operands: `superblock.operands[operandStart ..< operandStart + operandCount]`.
    public var operandStart: Int32
    public var operandCount: Int32
    public var immediate: Int64
    /// The exit taken when the uop's guard fails (-1: none).
    public var exit: Int32
    /// The exit taken when the uop raises (-1: none): Tier 1 raises at the snapshot's instruction.
    public var raiseExit: Int32
    /// Where the uop came from: an index into `superblock.origins`.
    public var origin: Int32

    public init(uop: Uop, operandStart: Int32, operandCount: Int32, immediate: Int64, exit: Int32, raiseExit: Int32, origin: Int32) {
        self.uop = uop
        self.operandStart = operandStart
        self.operandCount = operandCount
        self.immediate = immediate
        self.exit = exit
        self.raiseExit = raiseExit
        self.origin = origin
    }
}

/// The bytecode instruction (in which projected frame) a uop was made from.
public struct Origin: Equatable, Sendable {
    /// Index into `superblock.codes`.
    public var code: Int32
    public var instructionIndex: Int32
    public var line: Int32

    public init(code: Int32, instructionIndex: Int32, line: Int32) {
        self.code = code
        self.instructionIndex = instructionIndex
        self.line = line
    }
}

/// The state of one frame at an exit: what Tier 1 needs to continue in it.
public struct FrameSnapshot: Sendable {
    /// Index into `superblock.codes`.
    public var code: Int32
    /// The function running in the frame (for projected frames; the root frame keeps its own).
    public var function: Ref?
    /// The instruction to resume at.
    public var resumeIndex: Int32
    /// Local slots whose value differs from the frame's memory (all set slots of a projected
    /// frame, which has no memory yet).
    public var locals: [(slot: Int32, value: Ref)]
    /// The value stack, bottom first.
    public var stack: [Ref]
    /// A projected (virtual) frame that the exit must create.
    public var isVirtual: Bool
    /// An `__init__` run by a class call (the caller holds the instance).
    public var isConstructor = false
    /// A binary operator's special method (`a + b` running `__add__`): the caller keeps both
    /// operands on its stack, and the frame's return replaces them (Tier 1's `binaryOperator`).
    public var isBinaryOperator = false

    public init(code: Int32, function: Ref?, resumeIndex: Int32, locals: [(slot: Int32, value: Ref)], stack: [Ref], isVirtual: Bool) {
        self.code = code
        self.function = function
        self.resumeIndex = resumeIndex
        self.locals = locals
        self.stack = stack
        self.isVirtual = isVirtual
    }
}

public enum ExitKind: Sendable {
    /// A guard failed: Tier 1 resumes at the snapshot's instruction.
    case guardFailed
    /// A uop raised: Tier 1 raises the current exception at the snapshot's instruction.
    case raised
    /// Projection ended here: Tier 1 continues (or a linked superblock does).
    case end
}

/// An instance whose allocation the optimizer removed, as it is at one exit: the exit creates
/// it (its class, shape and slot values) and puts it in the register of `ref` before the frames
/// are written.
public struct VirtualObject: Sendable {
    /// The `_VIRTUAL_INSTANCE` uop standing for the object.
    public var ref: Ref
    /// The class.
    public var cls: Ref
    /// The shape (the bits of a ShapeObject value) and the value of each of its slots.
    public var shape: Int64
    public var slots: [Ref]

    public init(ref: Ref, cls: Ref, shape: Int64, slots: [Ref]) {
        self.ref = ref
        self.cls = cls
        self.shape = shape
        self.slots = slots
    }
}

/// Everything an exit needs: the frames to write back or create, innermost last.
public struct ExitDescriptor: Sendable {
    public var kind: ExitKind
    public var frames: [FrameSnapshot]
    /// Instances to create before the frames are written (they name them).
    public var objects: [VirtualObject] = []
    /// Why (for the trace log).
    public var reason: String

    public init(kind: ExitKind, frames: [FrameSnapshot], reason: String) {
        self.kind = kind
        self.frames = frames
        self.reason = reason
    }

    /// The frame Tier 1 resumes in.
    public var innermost: FrameSnapshot { frames[frames.count - 1] }
}

/// A superblock: a linear run of uops with one entry (the root frame at `entryIndex`) and many
/// exits. A loop superblock ends with `loopBack`: the root frame's modified slots are written
/// back and execution continues at uop 0.
public final class Superblock: @unchecked Sendable {
    public var instructions: [UopInstruction] = []
    public var operands: [Ref] = []
    /// Constant values referenced by refs; kept alive as roots while the superblock lives.
    public var constants: [Value] = []
    public var exits: [ExitDescriptor] = []
    public var origins: [Origin] = []
    /// Code objects of the root frame (index 0) and of every projected frame.
    public var codes: [CodeRef] = []
    public var entryIndex: Int32 = 0
    /// The executor id the JIT gave it.
    public var id = -1
    /// When set, the last uop is followed by a jump back to the top, after writing back these
    /// root-frame slots (locals) and stack values.
    public var loopBack: FrameSnapshot?
    /// A peeled loop: after the last uop, each phi takes its back-edge value (all at once) and
    /// execution continues at `target`, the first uop after the phis. Frame state is written
    /// only by exits.
    public var loop: LoopInfo?
    /// Statistics of the projection (for --stats).
    public var projectedUopCount = 0
    public var projectedGuardCount = 0

    public init() {}

    /// A copy that passes can change without touching this one.
    public func copy() -> Superblock {
        let copy = Superblock()
        copy.instructions = instructions
        copy.operands = operands
        copy.constants = constants
        copy.exits = exits
        copy.origins = origins
        copy.codes = codes
        copy.entryIndex = entryIndex
        copy.id = id
        copy.loopBack = loopBack
        copy.loop = loop
        copy.projectedUopCount = projectedUopCount
        copy.projectedGuardCount = projectedGuardCount
        return copy
    }

    public func operands(of instruction: UopInstruction) -> ArraySlice<Ref> {
        operands[Int(instruction.operandStart) ..< Int(instruction.operandStart + instruction.operandCount)]
    }

    public var guardCount: Int { instructions.filter { $0.uop.flags.contains(.guarded) }.count }
    /// How many instructions are `uop`.
    public func count(of uop: Uop) -> Int { instructions.filter { $0.uop == uop }.count }
}

/// The back edge of a peeled loop superblock.
public struct LoopInfo: Sendable {
    /// The uop the back edge jumps to.
    public var target: Int
    /// Each `_PHI` uop and the value it takes on the back edge.
    public var backEdge: [(phi: Ref, value: Ref)]

    public init(target: Int, backEdge: [(phi: Ref, value: Ref)]) {
        self.target = target
        self.backEdge = backEdge
    }
}
