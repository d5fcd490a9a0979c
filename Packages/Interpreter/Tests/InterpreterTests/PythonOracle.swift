import Foundation
import Frontend
import Interpreter
import XCTest

/// What running a program printed and returned.
struct ProgramResult: Equatable, CustomStringConvertible {
    var stdout: String
    /// The last non-empty line of stderr (what the conformance suite compares).
    var lastErrorLine: String
    var status: Int32

    var description: String { "status \(status)\n--- stdout\n\(stdout)--- last stderr line: \(lastErrorLine)" }
}

/// Runs `source` with CPython 3.11 (`python3`, the oracle), hash randomization off.
func runWithCPython(_ source: String) throws -> ProgramResult {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hotpath-oracle-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("prog.py")
    try source.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", file.path]
    process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"]) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProgramResult(stdout: String(decoding: outData, as: UTF8.self),
                         lastErrorLine: lastLine(String(decoding: errData, as: UTF8.self)),
                         status: process.terminationStatus)
}

/// Runs `source` with Hotpath's interpreter in this process.
func runWithHotpath(_ source: String) -> ProgramResult {
    do {
        let unit = try compile(source: source, filename: "prog.py")
        let result = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
        return ProgramResult(stdout: result.stdout, lastErrorLine: lastLine(result.stderr), status: result.status)
    } catch let error as FrontendError {
        switch error {
        case .syntax(let info): return ProgramResult(stdout: "", lastErrorLine: "\(info.kind.rawValue): \(info.message)", status: 1)
        case .unsupported(let what, _, _): return ProgramResult(stdout: "", lastErrorLine: "hotpath: unsupported: \(what)", status: 1)
        }
    } catch {
        return ProgramResult(stdout: "", lastErrorLine: "\(error)", status: 1)
    }
}

func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
}

/// Asserts that Hotpath prints what CPython prints for `source`.
func assertSameAsCPython(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let expected = try runWithCPython(source)
    let actual = runWithHotpath(source)
    XCTAssertEqual(actual, expected, "program:\n\(source)", file: file, line: line)
}
