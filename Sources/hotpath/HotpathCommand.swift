import ArgumentParser
import Bytecode
import Frontend
import Interpreter
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

/// Options shared by every way of running a program.
struct ExecutionOptions: ParsableArguments {
    @Option(help: "Execution backend: interp (Tier 1 only).")
    var backend: String = "interp"

    @Flag(help: "At exit, print one line `hotpath-stats {...}` (JSON) on stderr.")
    var stats = false
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a Python program.")

    @OptionGroup var options: ExecutionOptions

    @Argument(help: "The program to run.")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the program (sys.argv[1:]).")
    var arguments: [String] = []

    func validate() throws {
        guard ["interp"].contains(options.backend) else {
            throw ValidationError("unknown backend '\(options.backend)' (available: interp)")
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
    let status = Interpreter.runMain(unit, source: source, filename: filename)
    if options.stats { writeError("hotpath-stats \(statisticsJSON())\n") }
    standardOutput.flush()
    return status
}

func statisticsJSON() -> String {
    let s = statistics
    return "{\"backend\": \"interp\", \"specializations\": \(s.specializations), \"specialization_failures\": \(s.specializationFailures), \"deoptimizations\": \(s.deoptimizations), \"collections\": \(rt.pointee.heap.collections), \"heap_bytes\": \(rt.pointee.heap.heapBytes)}"
}

/// Prints a SyntaxError/IndentationError the way CPython does; returns the exit status (1).
func reportFrontendError(_ error: FrontendError) -> Int32 {
    switch error {
    case .syntax(let info):
        var text = "  File \"\(info.filename)\", line \(info.line)\n"
        if let line = info.text {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let removed = line.count - trimmed.count
            text += "    \(trimmed.trimmingTrailingNewline)\n"
            if info.column > 0 {
                text += "    " + String(repeating: " ", count: max(0, info.column - 1 - removed)) + "^\n"
            }
        }
        text += "\(info.kind.rawValue): \(info.message)\n"
        writeError(text)
    case .unsupported(let what, let filename, let line):
        writeError("hotpath: unsupported: \(what) (\(filename), line \(line))\n")
    }
    return 1
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
