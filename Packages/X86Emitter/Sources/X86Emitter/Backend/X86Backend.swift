#if canImport(Glibc)
import Glibc
#endif
import MachineCode
import Runtime
import Superblock

/// What the command line asks of the x86-64 backend.
public struct X86BackendOptions {
    /// Check every superblock's bytes against the emitter's listing with capstone (`--verify`).
    public var verify = false
    /// Print every superblock's disassembly, annotated with uops and lines, on stderr (`--dump-asm`).
    public var dumpAssembly = false
    /// Append `START SIZE name` lines to /tmp/perf-<pid>.map (`--perf-map`).
    public var perfMap = false
    /// Events worth a line in the trace log (code memory full, for one).
    public var log: ((String) -> Void)?
    /// Called with the report when verification finds a mismatch; must not return.
    public var verificationFailed: (String) -> Never = { message in
        fputs(message, stderr)
        exit(1)
    }

    public init() {}
}

/// Tier 2's x86-64 backend (`--backend x86-64`): compiles superblocks to machine code in one
/// bounded code memory shared by all of them.
public final class X86Backend: Backend {
    public let name = "x86-64"
    public let interface: NativeRuntimeInterface
    public let memory: CodeMemory
    public var options: X86BackendOptions
    private lazy var disassembler: CapstoneDisassembler? = try? CapstoneDisassembler(architecture: .x86_64)
    private lazy var perfMap = PerfMap()

    public init(interface: NativeRuntimeInterface, memory: CodeMemory, options: X86BackendOptions = X86BackendOptions()) {
        self.interface = interface
        self.memory = memory
        self.options = options
    }

    public func compile(_ superblock: Superblock, id: Int) -> CompiledSuperblock? {
        let program = interface.makeGenericProgram(superblock)
        let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        let info = NativeSuperblockInfo.allocate(exitCount: superblock.exits.count, constants: superblock.constants,
                                                 registerCount: program.registerCount, owner: UnsafeRawPointer(bitPattern: 1)!)
        let compiler = SuperblockCompiler(superblock: superblock, program: program,
                                          executeUop: UInt64(UInt(bitPattern: interface.executeUop)),
                                          iterationCounter: counter, linkSlots: info.pointee.links)
        let emitted: EmittedSuperblock
        let installed: InstalledCode
        do {
            emitted = try compiler.compile()
            guard let code = try emitted.code.install(in: memory) else {
                let statistics = memory.statistics
                counter.deallocate()
                NativeSuperblockInfo.deallocate(info)
                options.log?("code memory full: superblock #\(id) needs \(emitted.code.bytes.count) bytes, " +
                             "\(statistics.usedBytes) of \(statistics.reservedBytes) in use; it stays in Tier 1")
                return nil
            }
            installed = code
        } catch {
            counter.deallocate()
            NativeSuperblockInfo.deallocate(info)
            options.log?("superblock #\(id) cannot be compiled: \(error)")
            return nil
        }
        let name = Self.name(of: superblock, id: id)
        if options.verify { verify(installed, name: name) }
        if options.dumpAssembly { fputs(assemblyText(installed, name: name), stderr) }
        if options.perfMap { perfMap.add(address: installed.address, size: installed.code.codeLength, name: name) }
        return X86CompiledSuperblock(superblock: superblock, program: program, installed: installed,
                                     memory: memory, emitted: emitted, iterationCounter: counter, info: info)
    }

    /// `superblock #3 f line 12` (for listings and perf).
    static func name(of superblock: Superblock, id: Int) -> String {
        let code = superblock.codes[0]
        let line = superblock.origins.first.map { " line \($0.line)" } ?? ""
        return "superblock #\(id) \(code.pointee.qualifiedName.stringValue)\(line)"
    }

    func verify(_ installed: InstalledCode, name: String) {
        guard let disassembler else {
            options.verificationFailed("hotpath: --verify: cannot open capstone\n")
        }
        let mismatches = installed.verify(with: ListingVerifier(disassembler: disassembler))
        guard !mismatches.isEmpty else { return }
        var report = "hotpath: --verify: the machine code of \(name) does not match its listing " +
                     "(\(mismatches.count) mismatch\(mismatches.count == 1 ? "" : "es")):\n"
        for mismatch in mismatches.prefix(20) { report += "  \(mismatch)\n" }
        options.verificationFailed(report)
    }

    /// Capstone's disassembly of the committed bytes, with the emitter's annotation (the uop and
    /// source line) above each run of instructions that came from it.
    func assemblyText(_ installed: InstalledCode, name: String) -> String {
        var text = "x86-64 \(name): \(installed.code.codeLength) bytes of code at 0x\(String(installed.address, radix: 16))\n"
        var annotations: [Int: String] = [:]
        for entry in installed.listing.entries { annotations[entry.offset] = entry.annotation }
        let bytes = UnsafeRawBufferPointer(start: installed.region.pointer, count: installed.code.codeLength)
        var current: String?
        for instruction in disassembler?.disassemble(bytes, startAddress: installed.address) ?? [] {
            if let annotation = annotations[instruction.offset], annotation != current {
                text += "  ; \(annotation)\n"
                current = annotation
            }
            text += "  " + String(instruction.address, radix: 16) + "  " + instruction.text + "\n"
        }
        return text
    }
}
