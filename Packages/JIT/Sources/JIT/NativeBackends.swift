import Interpreter
import MachineCode
import Superblock
import X86Emitter

/// The machine-code backends, built with the runtime's native interface.
public enum NativeBackends {
    /// Names accepted by `make` on this host.
    public static var available: [String] {
        #if arch(x86_64)
        return ["x86-64"]
        #else
        return []
        #endif
    }

    /// Bytes of code memory all superblocks and bridges share.
    public static let codeMemoryBytes = 64 << 20

    /// The backend called `name` (nil when this host has none by that name).
    /// - verify: check every superblock's bytes against its listing with capstone; a mismatch
    ///   calls `verificationFailed` with the report (`--verify`).
    /// - dumpAssembly: print each superblock's annotated disassembly on stderr (`--dump-asm`).
    /// - perfMap: describe each superblock in /tmp/perf-<pid>.map (`--perf-map`).
    /// - traceLog: gets the backend's events (code memory full).
    public static func make(_ name: String, verify: Bool = false, dumpAssembly: Bool = false, perfMap: Bool = false,
                            traceLog: TraceLog? = nil,
                            verificationFailed: ((String) -> Never)? = nil) -> Backend? {
        guard name == "x86-64", available.contains(name),
              let memory = try? CodeMemory(reservedBytes: codeMemoryBytes) else { return nil }
        NativeRuntime.installRegisterFile()
        var options = X86BackendOptions()
        options.verify = verify
        options.dumpAssembly = dumpAssembly
        options.perfMap = perfMap
        if let traceLog { options.log = { traceLog.event("backend", $0) } }
        if let verificationFailed { options.verificationFailed = verificationFailed }
        return X86Backend(interface: NativeRuntime.interface, memory: memory, options: options)
    }
}
