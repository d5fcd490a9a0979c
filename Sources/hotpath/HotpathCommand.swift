import ArgumentParser
import Bytecode
import Frontend
import Interpreter
import JIT
import Optimizer
import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// `hotpath`: runs Python 3 programs (a documented subset) and prints what CPython 3.11 prints.
struct Hotpath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotpath",
        abstract: "A tracing JIT for Python 3, written in Swift.",
        discussion: "`hotpath prog.py` is shorthand for `hotpath run prog.py`.",
        subcommands: [Run.self, Dis.self],
        defaultSubcommand: Run.self)
}

/// Machine code where an emitter exists for this machine, else the uop interpreter.
#if arch(x86_64)
let defaultBackend = "x86-64"
#else
let defaultBackend = "uops"
#endif

/// Options shared by every way of running a program.
struct ExecutionOptions: ParsableArguments {
    @Option(help: "Execution backend: interp (Tier 1 only), uops (Tier 2 superblocks run by the uop interpreter) or x86-64 (Tier 2 superblocks compiled to machine code; the default on x86-64 machines).")
    var backend: String = defaultBackend

    @Option(name: .customLong("jit-threshold"), help: "Loop iterations before a loop is compiled into a superblock.")
    var jitThreshold: Int = Tier2Configuration().jitThreshold

    @Option(name: .customLong("exit-threshold"), help: "Times a side exit is taken before a bridge is compiled from it.")
    var exitThreshold: Int = Tier2Configuration().exitThreshold

    @Option(name: .customLong("branch-confidence"), help: "Projection follows predicted branches while the chance of staying on the superblock is at least this (0-1).")
    var branchConfidence: Double = Tier2Configuration().projection.confidenceThreshold

    @Option(name: .customLong("trace-log"), help: "Write one line per JIT event to this file (- for stderr).")
    var traceLog: String?

    @Option(help: "Optimization passes: full, none, or a comma-separated list of types, cse, dce, peel, sink.")
    var optimizer: String = "full"

    @Flag(name: .customLong("dump-uops"), help: "Print every superblock's uops (with operands and source lines) on stderr.")
    var dumpUops = false

    @Flag(help: "At exit, print one line `hotpath-stats {...}` (JSON) on stderr.")
    var stats = false

    @Flag(help: "Check the machine code of every superblock and bridge against the emitter's listing with capstone; a mismatch stops the program (exit status 1).")
    var verify = false

    @Flag(name: .customLong("dump-asm"), help: "Print every superblock's disassembly, annotated with its uops and source lines, on stderr.")
    var dumpAsm = false

    @Flag(name: .customLong("perf-map"), help: "Describe every superblock and bridge in /tmp/perf-<pid>.map for perf.")
    var perfMap = false

    static let backends = ["interp", "uops"] + NativeBackends.available
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a Python program.")

    @OptionGroup var options: ExecutionOptions

    @Argument(help: "The program to run.")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the program (sys.argv[1:]).")
    var arguments: [String] = []

    func validate() throws {
        guard ExecutionOptions.backends.contains(options.backend) else {
            throw ValidationError("unknown backend '\(options.backend)' (available: \(ExecutionOptions.backends.joined(separator: ", ")))")
        }
        guard OptimizationPipeline(specification: options.optimizer) != nil else {
            throw ValidationError("unknown optimizer '\(options.optimizer)' (full, none, or a list of \(OptimizationPipeline.passNames.joined(separator: ", ")))")
        }
        guard options.jitThreshold >= 1, options.exitThreshold >= 1 else {
            throw ValidationError("thresholds must be at least 1")
        }
        guard (0...1).contains(options.branchConfidence) else {
            throw ValidationError("--branch-confidence must be between 0 and 1")
        }
        if let path = options.traceLog, path != "-", fopen(path, "a") == nil {
            throw ValidationError("cannot write the trace log '\(path)'")
        }
    }

    func run() throws {
        let source = try readProgram(program)
        let filename = absoluteProgramPath(program)
        let status = runOnLargeStack {
            execute(source: source, filename: filename, arguments: [program] + arguments, options: options)
        }
        throw ExitCode(status)
    }
}

struct Dis: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the bytecode of every code object of a program.")

    @Argument(help: "The program to disassemble.")
    var program: String

    func run() throws {
        let source = try readProgram(program)
        do {
            let unit = try compile(source: source, filename: program)
            print(disassemble(unit), terminator: "")
        } catch let error as FrontendError {
            throw ExitCode(reportFrontendError(error))
        }
    }
}

/// Compiles and runs a program; returns the exit status.
func execute(source: String, filename: String, arguments: [String], options: ExecutionOptions) -> Int32 {
    let unit: CodeUnit
    do {
        unit = try compile(source: source, filename: filename)
    } catch let error as FrontendError {
        return reportFrontendError(error)
    } catch {
        writeError("hotpath: \(error)\n")
        return 1
    }
    Interpreter.programArguments = arguments
    Interpreter.setUp()
    if options.backend != "interp" {
        var configuration = Tier2Configuration()
        configuration.jitThreshold = options.jitThreshold
        configuration.exitThreshold = options.exitThreshold
        configuration.projection.confidenceThreshold = options.branchConfidence
        configuration.dumpUops = options.dumpUops
        configuration.optimizer = OptimizationPipeline(specification: options.optimizer)!
        if let path = options.traceLog { configuration.traceLog = TraceLog(path: path) }
        if options.backend == "uops" {
            Tier2.install(backend: UopInterpreterBackend(), configuration: configuration)
        } else if let native = NativeBackends.make(options.backend, verify: options.verify, dumpAssembly: options.dumpAsm,
                                                     perfMap: options.perfMap, traceLog: configuration.traceLog,
                                                     verificationFailed: { report in
                                                         standardOutput.flush()
                                                         writeError(report)
                                                         exit(1)
                                                     }) {
            Tier2.install(backend: native, configuration: configuration)
        } else {
            writeError("hotpath: the \(options.backend) backend cannot start (no code memory)\n")
            return 1
        }
    }
    let status = Interpreter.runMain(unit, source: source, filename: filename)
    if options.stats { writeError("hotpath-stats \(statisticsJSON(backend: options.backend))\n") }
    standardOutput.flush()
    return status
}

func statisticsJSON(backend: String) -> String {
    let s = statistics
    var json = "{\"backend\": \"\(backend)\", \"specializations\": \(s.specializations), \"specialization_failures\": \(s.specializationFailures), \"deoptimizations\": \(s.deoptimizations), \"collections\": \(rt.pointee.heap.collections), \"heap_bytes\": \(rt.pointee.heap.heapBytes)"
    if let jit = Tier2.active { json += ", " + jit.statisticsJSON() }
    return json + "}"
}

/// Prints a SyntaxError/IndentationError the way CPython does; returns the exit status (1).
func reportFrontendError(_ error: FrontendError) -> Int32 {
    switch error {
    case .syntax(let info):
        var text = "  File \"\(info.filename)\", line \(info.line)\n"
        if let line = info.text {
            // CPython's print_error_text: leading blanks stripped (the caret moves with them), the
            // caret clipped to the line's end.
            let characters = Array(line[...].trimmingTrailingNewline)
            var start = 0
            while start < characters.count && (characters[start] == " " || characters[start] == "\t" || characters[start] == "\u{0C}") {
                start += 1
            }
            let shown = characters[start...]
            text += "    \(String(shown))\n"
            if info.column > 0 {
                let offset = min(max(info.column - 1 - start, 0), shown.count)
                if info.column - 1 - start >= 0 {
                    let width = compileErrorSpan(info.message, Array(shown), from: offset)
                    text += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: max(width, 1)) + "\n"
                }
            }
        }
        text += "\(info.kind.rawValue): \(info.message)\n"
        writeError(text)
    case .unsupported(let what, let filename, let line):
        writeError("hotpath: unsupported: \(what) (\(filename), line \(line))\n")
    }
    return 1
}

/// How many carets CPython draws for errors the compiler and symbol table report on a whole
/// statement or expression ('return' outside function, nonlocal/global errors): the node's
/// extent, approximated by the rest of the line up to a comment, a `;` or an unbalanced closing
/// bracket. 1 for parser errors (CPython points at one token for most of them).
func compileErrorSpan(_ message: String, _ line: [Character], from offset: Int) -> Int {
    let statementErrors = ["'break' outside loop", "'continue' not properly in loop", "'return' outside function",
                           "'yield' outside function", "'await' outside function", "nonlocal declaration not allowed at module level"]
    let statementPatterns = ["no binding for nonlocal '", "' is parameter and global", "' is parameter and nonlocal",
                             "' is nonlocal and global", "' is used prior to global declaration",
                             "' is used prior to nonlocal declaration", "' is assigned to before global declaration",
                             "' is assigned to before nonlocal declaration", "' can't be global", "' can't be nonlocal"]
    guard statementErrors.contains(message) || statementPatterns.contains(where: { message.contains($0) }) else { return 1 }
    var depth = 0
    var end = offset
    var quote: Character? = nil
    var i = offset
    scan: while i < line.count {
        let c = line[i]
        if let q = quote {
            if c == "\\" { i += 2; end = i; continue }
            if c == q { quote = nil }
        } else {
            switch c {
            case "'", "\"": quote = c
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                if depth == 0 { break scan }
                depth -= 1
            case "#": break scan
            case ";" where depth == 0: break scan
            default: break
            }
        }
        i += 1
        if c != " " && c != "\t" { end = i }
    }
    return max(end - offset, 1)
}

extension Substring {
    var trimmingTrailingNewline: Substring {
        var s = self
        while s.last == "\n" || s.last == "\r" { s = s.dropLast() }
        return s
    }
}

/// The program's path as CPython 3.11 reports it in tracebacks and __file__: made absolute by
/// prefixing the working directory (without normalizing it).
func absoluteProgramPath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: 4097)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let directory = String(cString: buffer)
    return directory.hasSuffix("/") ? directory + path : directory + "/" + path
}

/// Reads the program file, or fails with a one-line message and exit status 2.
func readProgram(_ path: String) throws -> String {
    guard let file = fopen(path, "rb") else {
        writeError("hotpath: can't open file '\(path)': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
        throw ExitCode(2)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Runs `body` on a thread with a 1 GiB stack (deep Python recursion through built-ins uses the
/// native stack) and returns its result.
func runOnLargeStack(_ body: @escaping () -> Int32) -> Int32 {
    final class Box { var body: () -> Int32; var result: Int32 = 0; init(_ b: @escaping () -> Int32) { body = b } }
    let box = Box(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let context = Unmanaged.passRetained(box).toOpaque()
    let created = pthread_create(&thread, &attributes, { raw in
        let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
        box.result = box.body()
        return nil
    }, context)
    guard created == 0 else { return body() }
    pthread_join(thread, nil)
    return box.result
}
