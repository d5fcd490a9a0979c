import Bytecode
import Interpreter
import Optimizer
import Projector
import Runtime
import Superblock
#if canImport(Glibc)
import Glibc
#endif

/// Tier 2's settings (the command line sets them).
public struct Tier2Configuration {
    /// Loop iterations before a loop is projected (`--jit-threshold`).
    public var jitThreshold = 64
    /// Times an exit is taken before a bridge is projected from it (`--exit-threshold`).
    public var exitThreshold = 32
    /// At most this many superblocks (roots and bridges) in all.
    public var maxSuperblocks = 4000
    /// At most this many bridges hanging off one root superblock (LuaJIT's default).
    public var maxBridgesPerRoot = 100
    /// Projection attempts at a loop before giving up on it.
    public var maxProjectionAttempts = 3
    /// A loop superblock that runs fewer iterations per entry than this (measured over 512
    /// entries) goes back to Tier 1 for good (see Tier2.checkProfitability).
    public var minimumIterationsPerEntry = 4.0
    /// A root superblock projected from a loop head that never gets back to it (a generator's
    /// loop ending at `yield`, a loop whose body leaves for an unprojectable call) runs once per
    /// entry: with fewer uops than this its entry and exit cost more than it saves, and the loop
    /// stays in Tier 1 (measured on Fixtures/bench/generators.py: 8-uop superblocks entered 20
    /// million times made it 1.7x slower than Tier 1).
    public var minimumUopsWithoutLoop = 32
    public var projection = ProjectionConfiguration()
    /// The optimization passes (`--optimizer`).
    public var optimizer = OptimizationPipeline(passes: OptimizationPipeline.fullPasses)
    /// Print every superblock (`--dump-uops`).
    public var dumpUops = false
    public var traceLog: TraceLog?

    public init() {}
}

/// Counters for `--stats`.
public struct Tier2Statistics {
    public var superblocks = 0
    public var bridges = 0
    public var aborts = 0
    public var uopsProjected = 0
    public var uopsFinal = 0
    public var guardsProjected = 0
    public var guardsFinal = 0
    /// For superblocks that loop: uops and guards of one iteration as projected, and of the
    /// loop body after optimization (what runs on every iteration after the peeled first one).
    public var loopUopsProjected = 0
    public var loopUopsFinal = 0
    public var loopGuardsProjected = 0
    public var loopGuardsFinal = 0
    /// Instance allocations in superblocks as projected, and left after allocation sinking.
    public var allocationsProjected = 0
    public var allocationsFinal = 0
    public var exitsTaken = 0
    public var invalidations = 0
    /// Loops given back to Tier 1 because their superblocks ran too few iterations per entry.
    public var unprofitable = 0
    /// Loops left in Tier 1 because their superblock would not loop and was too short.
    public var shortRoots = 0
    public var entries = 0
    public var nanosecondsProjecting: UInt64 = 0
    public var nanosecondsOptimizing: UInt64 = 0
    public var nanosecondsEmitting: UInt64 = 0

    public init() {}
}

/// One compiled superblock and what the JIT knows about it.
final class Executor {
    let id: Int
    let superblock: Superblock
    let compiled: CompiledSuperblock
    /// The root superblock this one bridges from (itself for roots).
    let rootID: Int
    /// Per exit: its kind, whether it still counts toward a bridge or a link (not settled yet),
    /// and how often it was taken. Read and written on every exit, so raw memory, not arrays.
    let exitStates: UnsafeMutablePointer<ExitState>
    var bridgeCount = 0
    /// Frames between the frame its root superblock was entered in and the one it starts in
    /// (bridges from exits inside projected calls start deeper).
    var frameDepth = 0
    /// Exits that got a bridge, or gave up on getting one.
    var settledExits = Set<Int>()
    /// For a loop's root: the back edge that enters it.
    var loopSite: (code: CodeRef, jumpIndex: Int)?
    /// Entries from Tier 1 since the last profitability check, and the iteration count then.
    var entriesSinceCheck = 0
    var iterationsAtCheck = 0
    /// Entries from Tier 1 in all (for the trace log's summary).
    var entries = 0

    func settle(_ exit: Int) {
        settledExits.insert(exit)
        exitStates[exit].pending = false
    }

    init(id: Int, superblock: Superblock, compiled: CompiledSuperblock, rootID: Int) {
        self.id = id
        self.superblock = superblock
        self.compiled = compiled
        self.rootID = rootID
        exitStates = .allocate(capacity: max(superblock.exits.count, 1))
        for (i, exit) in superblock.exits.enumerated() {
            (exitStates + i).initialize(to: ExitState(kind: exit.kind, pending: true, count: 0))
        }
    }

    deinit { exitStates.deallocate() }
}

struct ExitState {
    var kind: ExitKind
    var pending: Bool
    var count: Int
}

/// The JIT: decides when to project, compiles through a backend, runs superblocks, grows
/// bridges from hot exits ("plan B": only paths that really run get compiled).
public final class Tier2 {
    nonisolated(unsafe) public private(set) static var active: Tier2?
    /// `active` without reference counting, for the entry hook (`active` keeps it alive).
    nonisolated(unsafe) static var activeUnretained: Unmanaged<Tier2>?

    public let backend: Backend
    public var configuration: Tier2Configuration
    public private(set) var statistics = Tier2Statistics()
    var executors: [Executor] = []
    /// The same executors by id, unretained (`executors` owns them), so that entering and
    /// leaving a superblock touches no reference counts.
    let executorTable: UnsafeMutablePointer<Unmanaged<Executor>>
    let executorTableCapacity: Int
    /// The last `build` refused a superblock that would never pay (projecting again would
    /// give the same one).
    var rejectedForGood = false
    /// Failed projection attempts per loop (code serial, back-edge index).
    var attempts: [UInt64: Int] = [:]
    /// Loops given back to Tier 1 as unprofitable: how often, and how many more hot-loop calls
    /// to let pass before projecting them again.
    var givenBack: [UInt64: (times: Int, wait: Int)] = [:]
    /// How often an unprofitable loop is projected again before it stays in Tier 1.
    static let unprofitableRetries = 6

    init(backend: Backend, configuration: Tier2Configuration) {
        self.backend = backend
        self.configuration = configuration
        executorTableCapacity = max(configuration.maxSuperblocks, 1)
        executorTable = .allocate(capacity: executorTableCapacity)
    }

    /// Makes Tier 1 call into Tier 2 at hot loops.
    public static func install(backend: Backend, configuration: Tier2Configuration) {
        let jit = Tier2(backend: backend, configuration: configuration)
        active = jit
        LoopCounter.threshold = UInt64(max(1, configuration.jitThreshold))
        tier2.hotLoop = { frame, loopHead, jumpIndex in jit.hotLoop(frame, loopHead: loopHead, jumpIndex: jumpIndex) }
        activeUnretained = Unmanaged.passUnretained(jit)
        tier2.enter = { frame, id in
            Tier2.activeUnretained.unsafelyUnwrapped._withUnsafeGuaranteedRef {
                $0.enter(frame.assumingMemoryBound(to: Frame.self), id: id).encoded
            }
        }
        // Superblock constants and code objects live in Swift arrays: mark them.
        rt.pointee.rootVisitors.append { marker in
            guard let jit = Tier2.active else { return }
            for executor in jit.executors {
                for constant in executor.superblock.constants { marker.mark(constant) }
                for code in executor.superblock.codes { marker.mark(Value(code)) }
            }
        }
    }

    // MARK: entering

    func hotLoop(_ frame: FrameRef, loopHead: Int, jumpIndex: Int) -> Tier2Resume? {
        let code = frame.pointee.code
        let key = UInt64(code.pointee.serial) << 32 | UInt64(jumpIndex)
        if attempts[key, default: 0] >= configuration.maxProjectionAttempts { return nil }
        if let back = givenBack[key], back.wait > 0 {
            givenBack[key] = (back.times, back.wait - 1)
            return nil
        }
        guard executors.count < configuration.maxSuperblocks else { return nil }
        guard let executor = build(frame: frame, entryIndex: loopHead, rootID: nil, title: "loop") else {
            attempts[key, default: 0] += rejectedForGood ? configuration.maxProjectionAttempts : 1
            return nil
        }
        // From now on the back edge enters the superblock directly.
        let word = code.pointee.instructions[jumpIndex]
        code.pointee.instructions[jumpIndex] = (word & ~0xFF) | UInt64(Opcode.ENTER_SUPERBLOCK.rawValue)
        code.pointee.caches[Int(truncatingIfNeeded: word >> 32)] = UInt64(executor.id)
        executor.loopSite = (code, jumpIndex)
        return run(executor, frame)
    }

    func enter(_ frame: FrameRef, id: Int) -> Tier2Resume {
        executorTable[id]._withUnsafeGuaranteedRef { executor in
            executor.entries += 1
            executor.entriesSinceCheck += 1
            if executor.entriesSinceCheck >= Tier2.profitabilitySample { checkProfitability(executor) }
            return run(executor, frame) ?? Tier2Resume(frame: frame, raising: false)
        }
    }

    /// Entries between two looks at how many iterations an entry runs.
    static let profitabilitySample = 512

    /// A loop whose superblock runs only a few iterations per entry costs more in entries and
    /// exits than it saves (many short inner loops in object-heavy code): its back edge goes back
    /// to Tier 1's JUMP_BACKWARD. It is projected again after a while (twice as long each time,
    /// up to `unprofitableRetries` times): a sample of 512 entries can come from an unusual
    /// phase (the first rows of a Mandelbrot grid escape at once; later ones loop for long).
    func checkProfitability(_ executor: Executor) {
        let iterations = executor.compiled.iterations
        let perEntry = Double(iterations - executor.iterationsAtCheck) / Double(executor.entriesSinceCheck)
        executor.entriesSinceCheck = 0
        executor.iterationsAtCheck = iterations
        // Only superblocks that loop count iterations; one that ends inside the body is judged
        // by nothing here.
        let loops = executor.superblock.loop != nil || executor.superblock.loopBack != nil
        guard loops, perEntry < configuration.minimumIterationsPerEntry, let site = executor.loopSite else { return }
        let code = site.code
        let word = code.pointee.instructions[site.jumpIndex]
        code.pointee.instructions[site.jumpIndex] = (word & ~0xFF) | UInt64(Opcode.JUMP_BACKWARD.rawValue)
        code.pointee.caches[Int(truncatingIfNeeded: word >> 32)] = 0
        let key = UInt64(code.pointee.serial) << 32 | UInt64(site.jumpIndex)
        let times = (givenBack[key]?.times ?? 0) + 1
        if times > Tier2.unprofitableRetries {
            attempts[key] = configuration.maxProjectionAttempts
        } else {
            givenBack[key] = (times, 16 << times)
        }
        statistics.unprofitable += 1
        configuration.traceLog?.event("unprofitable", "#\(executor.id) \(code.pointee.qualifiedName.stringValue): \(String(format: "%.1f", perEntry)) iterations per entry; back to Tier 1")
    }

    /// Projects, compiles and registers a superblock; nil when projection or compilation fails.
    func build(frame: FrameRef, entryIndex: Int, rootID: Int?, title: String) -> Executor? {
        let code = frame.pointee.code
        let line = Int(code.pointee.lines[entryIndex])
        configuration.traceLog?.event("project", "\(title) at \(code.pointee.qualifiedName.stringValue) line \(line) (instruction \(entryIndex))")
        let start = monotonicNanoseconds()
        let projector = Projector(configuration: configuration.projection)
        let result = projector.project(frame: frame, entryIndex: entryIndex)
        let projected = monotonicNanoseconds()
        statistics.nanosecondsProjecting += projected - start
        let projectedSuperblock: Superblock
        switch result {
        case .failure(let failure):
            statistics.aborts += 1
            configuration.traceLog?.event("abort", "\(code.pointee.qualifiedName.stringValue) line \(line): \(failure.reason)")
            return nil
        case .success(let s):
            projectedSuperblock = s
        }
        let id = executors.count
        guard id < executorTableCapacity else { return nil }
        statistics.uopsProjected += projectedSuperblock.projectedUopCount
        statistics.guardsProjected += projectedSuperblock.projectedGuardCount
        statistics.allocationsProjected += projectedSuperblock.count(of: ._ALLOCATE_INSTANCE)
        let superblock = configuration.optimizer.run(projectedSuperblock)
        superblock.id = id
        rejectedForGood = false
        if rootID == nil, superblock.loop == nil, superblock.loopBack == nil, !continuesInALoop(superblock),
           superblock.instructions.count < configuration.minimumUopsWithoutLoop {
            rejectedForGood = true
            statistics.shortRoots += 1
            configuration.traceLog?.event("abort", "\(code.pointee.qualifiedName.stringValue) line \(line): does not loop and has \(superblock.instructions.count) uops; entering it would cost more than it saves")
            return nil
        }
        let optimized = monotonicNanoseconds()
        statistics.nanosecondsOptimizing += optimized - projected
        guard let compiled = backend.compile(superblock, id: id) else {
            statistics.aborts += 1
            configuration.traceLog?.event("abort", "\(code.pointee.qualifiedName.stringValue) line \(line): backend \(backend.name) cannot compile it")
            return nil
        }
        statistics.nanosecondsEmitting += monotonicNanoseconds() - optimized
        statistics.uopsFinal += superblock.instructions.count
        statistics.guardsFinal += superblock.guardCount
        statistics.allocationsFinal += superblock.count(of: ._ALLOCATE_INSTANCE)
        if projectedSuperblock.loopBack != nil || superblock.loop != nil {
            let body = superblock.loop.map { superblock.instructions[$0.target...] } ?? superblock.instructions[...]
            statistics.loopUopsProjected += projectedSuperblock.projectedUopCount
            statistics.loopGuardsProjected += projectedSuperblock.projectedGuardCount
            statistics.loopUopsFinal += body.count
            statistics.loopGuardsFinal += body.filter { $0.uop.flags.contains(.guarded) }.count
        }
        let executor = Executor(id: id, superblock: superblock, compiled: compiled, rootID: rootID ?? id)
        executors.append(executor)
        executorTable[id] = Unmanaged.passUnretained(executor)
        if rootID == nil { statistics.superblocks += 1 } else { statistics.bridges += 1 }
        configuration.traceLog?.event(rootID == nil ? "superblock" : "bridge",
                                      "#\(id) \(code.pointee.qualifiedName.stringValue) line \(line): \(superblock.instructions.count) uops, \(superblock.exits.count) exits\(superblock.loopBack != nil || superblock.loop != nil ? ", loops" : "")")
        if configuration.dumpUops {
            writeError(superblock.dump(title: "#\(id) \(title) \(code.pointee.qualifiedName.stringValue) line \(line)"))
        }
        return executor
    }

    /// Whether the superblock can end at the back edge of another loop in its root frame (an
    /// outer loop's body reaching an inner loop): such an exit gets linked to that loop's
    /// superblock, so the chain loops in compiled code even though this superblock does not.
    func continuesInALoop(_ superblock: Superblock) -> Bool {
        let code = superblock.codes[0]
        return superblock.exits.contains { exit in
            guard exit.kind == .end, exit.frames.count == 1 else { return false }
            let opcode = UInt8(truncatingIfNeeded: code.pointee.instructions[Int(exit.frames[0].resumeIndex)])
            return opcode == Opcode.JUMP_BACKWARD.rawValue || opcode == Opcode.ENTER_SUPERBLOCK.rawValue
        }
    }

    // MARK: running

    /// Runs a superblock (and any bridges linked to it) and tells Tier 1 where to continue.
    func run(_ executor: Executor, _ frame: FrameRef) -> Tier2Resume? {
        // Projected calls become real frames at exits: leave room under the recursion limit.
        if rt.pointee.recursionDepth + 2 * configuration.projection.maxFrameDepth >= rt.pointee.recursionLimit { return nil }
        statistics.entries += 1
        guard let result = executor.compiled.run(frame) else { return nil }
        statistics.exitsTaken += 1
        return executorTable[result.superblockID]._withUnsafeGuaranteedRef { owner in
            let state = owner.exitStates + result.exit
            let kind = state.pointee.kind
            if state.pointee.pending {
                if kind == .guardFailed {
                    state.pointee.count += 1
                    if state.pointee.count >= configuration.exitThreshold {
                        attachBridge(owner, exit: result.exit, frame: result.frame)
                    }
                } else if kind == .end {
                    linkToLoop(owner, exit: result.exit, frame: result.frame)
                }
            }
            return Tier2Resume(frame: result.frame, raising: kind == .raised)
        }
    }

    /// The exit turned hot: project a bridge from where it resumes and link it in.
    func attachBridge(_ owner: Executor, exit: Int, frame: FrameRef) {
        owner.settle(exit)
        let root = executors[owner.rootID]
        let where_ = "#\(owner.id) exit \(exit) (\(owner.superblock.exits[exit].reason))"
        guard root.bridgeCount < configuration.maxBridgesPerRoot, executors.count < configuration.maxSuperblocks else {
            configuration.traceLog?.event("megamorphic", "\(where_): bridge limit reached")
            return
        }
        configuration.traceLog?.event("hot-exit", where_)
        guard let bridge = build(frame: frame, entryIndex: frame.pointee.instructionIndex, rootID: root.id, title: "bridge from \(where_)") else {
            return
        }
        root.bridgeCount += 1
        bridge.frameDepth = owner.frameDepth + owner.superblock.exits[exit].frames.count - 1
        owner.compiled.link(exit: exit, to: bridge.compiled)
        configuration.traceLog?.event("link", "\(where_) -> #\(bridge.id)")
    }

    /// An exit that ends at the back edge of a loop that has a superblock goes straight to that
    /// superblock (what Tier 1 would do next) instead of returning to Tier 1. Only in the frame the
    /// root superblock was entered in: a chain of links then never creates frames, so it cannot
    /// recurse past the recursion limit without Tier 1 noticing.
    func linkToLoop(_ owner: Executor, exit: Int, frame: FrameRef) {
        guard owner.frameDepth == 0, owner.superblock.exits[exit].frames.count == 1 else {
            owner.settle(exit)
            return
        }
        let code = frame.pointee.code
        let word = code.pointee.instructions[frame.pointee.instructionIndex]
        // Not (yet) a loop with a superblock: look again next time.
        guard UInt8(truncatingIfNeeded: word) == Opcode.ENTER_SUPERBLOCK.rawValue else { return }
        let id = Int(truncatingIfNeeded: code.pointee.caches[Int(truncatingIfNeeded: word >> 32)])
        guard id < executors.count else { return }
        owner.settle(exit)
        owner.compiled.link(exit: exit, to: executors[id].compiled)
        configuration.traceLog?.event("link", "#\(owner.id) exit \(exit) (\(owner.superblock.exits[exit].reason)) -> #\(id) (loop)")
    }

    /// One line of JSON for `--stats`.
    public func statisticsJSON() -> String {
        if let log = configuration.traceLog {
            // The superblocks Tier 1 entered most, with their loops' iterations per entry.
            for executor in executors.sorted(by: { $0.entries > $1.entries }).prefix(8) where executor.entries > 0 {
                let code = executor.superblock.codes[0].pointee.qualifiedName.stringValue
                log.event("summary", "#\(executor.id) \(code): \(executor.entries) entries, \(executor.compiled.iterations) iterations")
            }
        }
        let s = statistics
        return "\"superblocks\": \(s.superblocks), \"bridges\": \(s.bridges), \"aborts\": \(s.aborts), " +
            "\"uops_projected\": \(s.uopsProjected), \"uops_final\": \(s.uopsFinal), " +
            "\"guards_projected\": \(s.guardsProjected), \"guards_final\": \(s.guardsFinal), " +
            "\"allocations_projected\": \(s.allocationsProjected), \"allocations_final\": \(s.allocationsFinal), " +
            "\"loop_uops_projected\": \(s.loopUopsProjected), \"loop_uops_final\": \(s.loopUopsFinal), " +
            "\"loop_guards_projected\": \(s.loopGuardsProjected), \"loop_guards_final\": \(s.loopGuardsFinal), " +
            "\"exits_taken\": \(s.exitsTaken), \"superblock_entries\": \(s.entries), \"invalidations\": \(s.invalidations), \"unprofitable_loops\": \(s.unprofitable), \"short_roots\": \(s.shortRoots), " +
            "\"ms_projecting\": \(milliseconds(s.nanosecondsProjecting)), \"ms_optimizing\": \(milliseconds(s.nanosecondsOptimizing)), " +
            "\"ms_emitting\": \(milliseconds(s.nanosecondsEmitting))"
    }
}

func milliseconds(_ ns: UInt64) -> String {
    String(Double(ns / 1000) / 1000)
}

func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// `--trace-log FILE` (`-` for stderr): one line per JIT event.
public final class TraceLog {
    let file: UnsafeMutablePointer<FILE>?
    let toStandardError: Bool

    public init?(path: String) {
        if path == "-" {
            file = nil
            toStandardError = true
        } else {
            guard let f = fopen(path, "w") else { return nil }
            file = f
            toStandardError = false
        }
    }

    deinit { if let file { fclose(file) } }

    public func event(_ kind: String, _ detail: String) {
        let line = "hotpath-jit \(kind): \(detail)\n"
        if toStandardError {
            writeError(line)
        } else if let file {
            fputs(line, file)
            fflush(file)
        }
    }
}
