import Bytecode
import Interpreter
import Optimizer
import Projector
import Runtime
import Superblock

/// The uop interpreter (`UopInterpreterBackend`, the reference backend) and its register file are
/// the JIT package's own sources, compiled into these tests through the symlinks in
/// ReferenceBackend/: the JIT package depends on this one, so the tests cannot depend on it
/// without a package cycle.
///
/// Tier 2 for the optimizer's tests: what the JIT package's `Tier2` does (project hot loops and
/// hot exits, optimize with a chosen pipeline, run on the uop interpreter, link bridges), kept
/// small, and remembering every superblock before and after optimization.
final class TestTier2 {
    nonisolated(unsafe) static var active: TestTier2?
    nonisolated(unsafe) static var rootsRegistered = false

    struct Built {
        let projected: Superblock
        let optimized: Superblock
        let compiled: CompiledSuperblock
        let rootID: Int
        var exitCounts: [Int]
        var settled = Set<Int>()
        var bridgeCount = 0
    }

    let pipeline: OptimizationPipeline
    let exitThreshold: Int
    let backend = UopInterpreterBackend()
    let projection = ProjectionConfiguration()
    var built: [Built] = []
    var attempts: [UInt64: Int] = [:]
    var entries = 0
    var exitsTaken = 0
    var bridges = 0

    init(pipeline: OptimizationPipeline, exitThreshold: Int) {
        self.pipeline = pipeline
        self.exitThreshold = exitThreshold
    }

    /// Makes Tier 1 call this Tier 2 at hot loops until `uninstall`.
    static func install(pipeline: OptimizationPipeline, jitThreshold: Int, exitThreshold: Int) -> TestTier2 {
        let jit = TestTier2(pipeline: pipeline, exitThreshold: exitThreshold)
        active = jit
        if !rootsRegistered {
            rootsRegistered = true
            // Superblock constants and codes live in Swift arrays: mark them.
            rt.pointee.rootVisitors.append { marker in
                for entry in TestTier2.active?.built ?? [] {
                    for superblock in [entry.projected, entry.optimized] {
                        for constant in superblock.constants { marker.mark(constant) }
                        for code in superblock.codes { marker.mark(Value(code)) }
                    }
                }
            }
        }
        LoopCounter.threshold = UInt64(max(1, jitThreshold))
        tier2.hotLoop = { frame, loopHead, jumpIndex in jit.hotLoop(frame, loopHead: loopHead, jumpIndex: jumpIndex) }
        tier2.enter = { raw, id in
            let frame = raw.assumingMemoryBound(to: Frame.self)
            return (TestTier2.active!.run(id, frame) ?? Tier2Resume(frame: frame, raising: false)).encoded
        }
        return jit
    }

    /// Back to Tier 1 only.
    static func uninstall() {
        tier2 = Tier2Hooks()
        LoopCounter.threshold = .max
        active = nil
    }

    func hotLoop(_ frame: FrameRef, loopHead: Int, jumpIndex: Int) -> Tier2Resume? {
        let code = frame.pointee.code
        let key = UInt64(code.pointee.serial) << 32 | UInt64(jumpIndex)
        guard attempts[key, default: 0] < 3, let id = build(frame: frame, entryIndex: loopHead, rootID: nil) else {
            attempts[key, default: 0] += 1
            return nil
        }
        let word = code.pointee.instructions[jumpIndex]
        code.pointee.instructions[jumpIndex] = (word & ~0xFF) | UInt64(Opcode.ENTER_SUPERBLOCK.rawValue)
        code.pointee.caches[Int(truncatingIfNeeded: word >> 32)] = UInt64(id)
        return run(id, frame)
    }

    func build(frame: FrameRef, entryIndex: Int, rootID: Int?) -> Int? {
        guard case .success(let projected) = Projector(configuration: projection).project(frame: frame, entryIndex: entryIndex) else {
            return nil
        }
        let id = built.count
        // Passes must not change their input: keep a copy of what was projected.
        let optimized = pipeline.run(projected.copy())
        optimized.id = id
        guard let compiled = backend.compile(optimized, id: id) else { return nil }
        built.append(Built(projected: projected, optimized: optimized, compiled: compiled, rootID: rootID ?? id,
                           exitCounts: [Int](repeating: 0, count: optimized.exits.count)))
        return id
    }

    func run(_ id: Int, _ frame: FrameRef) -> Tier2Resume? {
        // Exits may create projected frames: leave room under the recursion limit.
        if rt.pointee.recursionDepth + 2 * projection.maxFrameDepth >= rt.pointee.recursionLimit { return nil }
        entries += 1
        guard let result = built[id].compiled.run(frame) else { return nil }
        exitsTaken += 1
        let owner = result.superblockID
        let exit = built[owner].optimized.exits[result.exit]
        if exit.kind == .guardFailed && !built[owner].settled.contains(result.exit) {
            built[owner].exitCounts[result.exit] += 1
            if built[owner].exitCounts[result.exit] >= exitThreshold { attachBridge(owner, exit: result.exit, frame: result.frame) }
        }
        return Tier2Resume(frame: result.frame, raising: exit.kind == .raised)
    }

    func attachBridge(_ owner: Int, exit: Int, frame: FrameRef) {
        built[owner].settled.insert(exit)
        let root = built[owner].rootID
        guard built[root].bridgeCount < 100,
              let bridge = build(frame: frame, entryIndex: frame.pointee.instructionIndex, rootID: root) else { return }
        built[root].bridgeCount += 1
        bridges += 1
        built[owner].compiled.link(exit: exit, to: built[bridge].compiled)
    }

    // MARK: what the run did

    var superblockCount: Int { built.count }
    var uopsProjected: Int { built.reduce(0) { $0 + $1.projected.instructions.count } }
    var uopsFinal: Int { built.reduce(0) { $0 + $1.optimized.instructions.count } }
    /// Uops run per iteration after optimization: a peeled loop's body, or the whole superblock.
    var uopsFinalPerIteration: Int { built.reduce(0) { $0 + $1.optimized.body.count } }
    func count(_ uop: Uop, optimized: Bool) -> Int {
        built.reduce(0) { $0 + (optimized ? $1.optimized : $1.projected).count(of: uop) }
    }
}
