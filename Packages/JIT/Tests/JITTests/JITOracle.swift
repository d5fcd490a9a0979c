import Foundation
import Frontend
import Interpreter
import JIT
import Superblock
import XCTest

/// Runs `source` with CPython 3.11 (the oracle), hash randomization off.
func runWithCPython(_ source: String) throws -> (stdout: String, lastErrorLine: String, status: Int32) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("jit-oracle-\(UUID()).py")
    try source.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", file.path]
    process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONHASHSEED": "0"]) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: stdout, as: UTF8.self), lastLine(String(decoding: stderr, as: UTF8.self)), process.terminationStatus)
}

func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
}

/// Runs `source` in this process with Tier 2 installed (the uop interpreter backend unless
/// `backend` makes another) and returns what it printed and the JIT's statistics for the run.
func runWithTier2(_ source: String, jitThreshold: Int, exitThreshold: Int,
                  backend: () -> Backend = { UopInterpreterBackend() }) throws -> (stdout: String, lastErrorLine: String, status: Int32, statistics: Tier2Statistics) {
    var configuration = Tier2Configuration()
    configuration.jitThreshold = jitThreshold
    configuration.exitThreshold = exitThreshold
    Interpreter.setUp()
    Tier2.install(backend: backend(), configuration: configuration)
    let unit = try compile(source: source, filename: "prog.py")
    let result = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
    return (result.stdout, lastLine(result.stderr), result.status, Tier2.active!.statistics)
}

/// Asserts Hotpath with Tier 2 prints what CPython prints, at thresholds 1 (everything compiled
/// at once) and at the given thresholds; returns the statistics of the last run.
@discardableResult
func assertProgramMatchesCPythonWithTier2(_ source: String, jitThreshold: Int = 16, exitThreshold: Int = 8,
                               backend: () -> Backend = { UopInterpreterBackend() },
                               file: StaticString = #filePath, line: UInt = #line) throws -> Tier2Statistics {
    let expected = try runWithCPython(source)
    var last = Tier2Statistics()
    for (jit, exit) in [(1, 1), (jitThreshold, exitThreshold)] {
        let actual = try runWithTier2(source, jitThreshold: jit, exitThreshold: exit, backend: backend)
        XCTAssertEqual(actual.stdout, expected.stdout, "stdout (thresholds \(jit)/\(exit))", file: file, line: line)
        XCTAssertEqual(actual.lastErrorLine, expected.lastErrorLine, "last stderr line (thresholds \(jit)/\(exit))", file: file, line: line)
        XCTAssertEqual(actual.status, expected.status, "exit status (thresholds \(jit)/\(exit))", file: file, line: line)
        last = actual.statistics
    }
    return last
}
