import MachineCode
import Runtime
import Superblock

/// A superblock installed as machine code.
public final class X86CompiledSuperblock: CompiledSuperblock {
    public let superblock: Superblock
    let program: GenericUopProgram
    let installed: InstalledCode
    let memory: CodeMemory
    /// Per exit, the patchable jumps ending its stubs (re-pointed by `link`).
    let exitJumps: [[PatchSite]]
    /// Per exit, the address of the code that enters a linked superblock.
    let linkEntries: [UInt64?]
    /// Superblocks linked to exits (kept alive here: the code jumps to them).
    var links: [Int: X86CompiledSuperblock] = [:]
    let entry: NativeEntryPoint
    /// What the link helpers read (see NativeSuperblockInfo).
    let info: UnsafeMutablePointer<NativeSuperblockInfo>
    let registerCount: Int
    let constantCount: Int
    /// The exits as flat programs, for those machine code hands back to be materialized.
    let exitPrograms: ExitPrograms
    let superblockID: Int

    /// Incremented by the code at every back edge.
    let iterationCounter: UnsafeMutablePointer<Int>
    public var iterations: Int { iterationCounter.pointee }

    init(superblock: Superblock, program: GenericUopProgram, installed: InstalledCode, memory: CodeMemory,
         emitted: EmittedSuperblock, iterationCounter: UnsafeMutablePointer<Int>,
         info: UnsafeMutablePointer<NativeSuperblockInfo>) {
        self.iterationCounter = iterationCounter
        self.superblock = superblock
        self.program = program
        self.installed = installed
        self.memory = memory
        exitJumps = emitted.exitJumps
        linkEntries = emitted.linkEntries.map { $0.flatMap { installed.address(of: $0) } }
        entry = installed.function(as: NativeEntryPoint.self)
        registerCount = program.registerCount
        constantCount = program.constantCount
        precondition(constantCount == superblock.constants.count, "the register file starts with the constants")
        exitPrograms = ExitPrograms(superblock)
        superblockID = superblock.id
        self.info = info
        info.pointee.entry = UInt(installed.address)
        info.pointee.linkedEntry = UInt(installed.address(of: emitted.linkedEntry)!)
        if superblock.loop != nil || superblock.loopBack != nil { info.pointee.loopIterations = iterationCounter }
        info.pointee.owner = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        NativeSuperblockInfo.deallocate(info)
        iterationCounter.deallocate()
        exitPrograms.deallocate()
    }

    /// Where the code starts (the entry point).
    public var entryAddress: UInt64 { installed.address }
    public var codeSize: Int { installed.code.bytes.count }
    public var listing: Listing { installed.listing }
    public var isReleased: Bool { info.pointee.isReleased }

    public func run(_ frame: FrameRef) -> ExitResult? {
        guard !isReleased, let registers = NativeTrampoline.takeRegisters(registerCount) else { return nil }
        registers.update(from: info.pointee.constants, count: constantCount)
        var state = NativeRunState(frame: frame, registers: registers, capacity: registerCount, superblock: info, materializedExit: -1)
        let exit = Int(withUnsafeMutablePointer(to: &state) { entry(UnsafeMutableRawPointer($0)) })
        // A linked superblock may have taken over: the state names the one that exited.
        // (Unretained: the JIT's executors keep every linked superblock alive.)
        return Unmanaged<X86CompiledSuperblock>.fromOpaque(state.superblock.pointee.owner)._withUnsafeGuaranteedRef { current in
            if state.materializedExit >= 0 {
                // Materialized by machine code; the registers are still ours unless a failed link
                // gave them back.
                if state.capacity > 0 { NativeTrampoline.giveRegisters(state.capacity) }
                return ExitResult(exit: state.materializedExit, superblockID: current.superblockID, frame: state.frame)
            }
            let resume = ExitMaterializer.materialize(current.exitPrograms.exit(exit), root: state.frame, registers: state.registers)
            NativeTrampoline.giveRegisters(state.capacity)
            return ExitResult(exit: exit, superblockID: current.superblockID, frame: resume)
        }
    }

    /// Writes the exit's state into frames from the register file (constants first, then one
    /// slot per uop).
    func materialize(exit: Int, root: FrameRef, registers: UnsafeMutablePointer<Value>) -> FrameRef {
        ExitMaterializer.materialize(exitPrograms.exit(exit), root: root, registers: registers)
    }

    /// From now on the exit's stubs jump to the code that enters `target` instead of returning.
    public func link(exit: Int, to target: CompiledSuperblock) {
        guard !isReleased, let target = target as? X86CompiledSuperblock, let entry = linkEntries[exit] else { return }
        links[exit] = target
        info.pointee.links[exit] = target.info
        for site in exitJumps[exit] {
            do {
                try memory.redirect(site, of: installed, to: entry)
            } catch {
                preconditionFailure("cannot link exit \(exit): \(error)")
            }
        }
    }

    /// Frees the code. Exits linked to it from elsewhere then return to Tier 1.
    public func release() {
        guard !isReleased else { return }
        info.pointee.isReleased = true
        links.removeAll()
        for exit in 0 ..< superblock.exits.count { info.pointee.links[exit] = nil }
        try? memory.free(installed.region)
    }
}
