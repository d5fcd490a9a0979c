import Foundation
import Frontend
import Interpreter
import Optimizer
import Runtime
import XCTest

/// What a program printed and how it ended (the conformance suite compares these three).
struct ProgramResult: Equatable, CustomStringConvertible {
    var stdout: String
    /// The last non-empty line of stderr.
    var lastErrorLine: String
    var status: Int32

    var description: String { "status \(status)\n--- stdout\n\(stdout)--- last stderr line: \(lastErrorLine)" }
}

func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
}

/// CPython 3.11 (`python3`), the oracle: what it prints for each source, run once per process.
enum CPython {
    nonisolated(unsafe) static var results: [String: ProgramResult] = [:]

    static func run(_ source: String) throws -> ProgramResult {
        if let known = results[source] { return known }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("optimizer-oracle-\(getpid())-\(UUID()).py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = ProgramResult(stdout: String(decoding: stdout, as: UTF8.self),
                                   lastErrorLine: lastLine(String(decoding: stderr, as: UTF8.self)),
                                   status: process.terminationStatus)
        results[source] = result
        return result
    }
}

/// Runs `source` in this process with `TestTier2` installed (optimizing with `pipeline`), under
/// GC stress when asked. Returns what it printed and the Tier 2 that ran it.
func runWithTestTier2(_ source: String, pipeline: String, jitThreshold: Int, exitThreshold: Int,
                      gcStress: Bool = false) throws -> (result: ProgramResult, jit: TestTier2) {
    Interpreter.setUp()
    let passes = try XCTUnwrap(OptimizationPipeline(specification: pipeline), "pipeline \(pipeline)")
    let unit = try compile(source: source, filename: "prog.py")
    let jit = TestTier2.install(pipeline: passes, jitThreshold: jitThreshold, exitThreshold: exitThreshold)
    if gcStress { rt.pointee.heap.setStress(interval: 1) }
    defer {
        if gcStress { rt.pointee.heap.stressEveryAllocation = false }
        TestTier2.uninstall()
    }
    let run = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
    return (ProgramResult(stdout: run.stdout, lastErrorLine: lastLine(run.stderr), status: run.status), jit)
}
