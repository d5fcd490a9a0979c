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
    /// Per exit, the address of the code that enters a linked bridge.
    let linkEntries: [UInt64?]
    /// Bridges linked to exits (kept alive here: the code jumps to them).
    var links: [Int: X86CompiledSuperblock] = [:]
    let entry: NativeEntryPoint
    let registerCount: Int
    let constantCount: Int
    /// The constants, copied into the register file before the code runs.
    let constants: UnsafeMutablePointer<Value>
    public private(set) var isReleased = false

    init(superblock: Superblock, program: GenericUopProgram, installed: InstalledCode, memory: CodeMemory,
         emitted: EmittedSuperblock) {
        self.superblock = superblock
        self.program = program
        self.installed = installed
        self.memory = memory
        exitJumps = emitted.exitJumps
        linkEntries = emitted.linkEntries.map { $0.flatMap { installed.address(of: $0) } }
        entry = installed.function(as: NativeEntryPoint.self)
        registerCount = program.registerCount
        constantCount = program.constantCount
        constants = .allocate(capacity: max(1, constantCount))
        constants.initialize(from: superblock.constants, count: constantCount)
    }

    deinit { constants.deallocate() }

    /// Where the code starts (the entry point).
    public var entryAddress: UInt64 { installed.address }
    public var codeSize: Int { installed.code.bytes.count }
    public var listing: Listing { installed.listing }

    public func run(_ frame: FrameRef) -> ExitResult? {
        guard !isReleased, let registers = NativeTrampoline.takeRegisters(registerCount) else { return nil }
        registers.update(from: constants, count: constantCount)
        var state = NativeRunState(frame: frame, registers: registers,
                                   superblock: UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque()),
                                   materializedExit: -1)
        let exit = Int(withUnsafeMutablePointer(to: &state) { entry(UnsafeMutableRawPointer($0)) })
        // A linked bridge may have taken over: the state names the superblock that exited.
        let current = Unmanaged<X86CompiledSuperblock>.fromOpaque(state.superblock).takeUnretainedValue()
        if state.materializedExit >= 0 {
            return ExitResult(exit: state.materializedExit, superblock: current.superblock, frame: state.frame)
        }
        let resume = current.materialize(exit: exit, root: state.frame, registers: state.registers)
        return ExitResult(exit: exit, superblock: current.superblock, frame: resume)
    }

    /// Writes the exit's state into frames from the register file, then gives the registers back.
    func materialize(exit: Int, root: FrameRef, registers: UnsafeMutablePointer<Value>) -> FrameRef {
        let program = self.program
        let resume = ExitMaterializer.materialize(superblock.exits[exit], in: superblock, root: root) { ref in
            registers[program.registerIndex(ref)]
        }
        NativeTrampoline.giveRegisters(registerCount)
        return resume
    }

    /// From now on the exit's stubs jump to the code that enters `bridge` instead of returning.
    public func link(exit: Int, to bridge: CompiledSuperblock) {
        guard !isReleased, let bridge = bridge as? X86CompiledSuperblock, let target = linkEntries[exit] else { return }
        links[exit] = bridge
        for site in exitJumps[exit] {
            do {
                try memory.redirect(site, of: installed, to: target)
            } catch {
                preconditionFailure("cannot link exit \(exit): \(error)")
            }
        }
    }

    public func release() {
        guard !isReleased else { return }
        isReleased = true
        links.removeAll()
        try? memory.free(installed.region)
    }
}
