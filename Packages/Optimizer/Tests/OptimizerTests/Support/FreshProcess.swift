import Foundation
import XCTest

/// Runs a test's body in a new process of this test binary, running only that test: its heap
/// holds only what the program allocates. Under GC stress every allocation marks the whole heap,
/// and in a process that already ran hundreds of tests (the root package runs every package's
/// tests in one) that costs minutes instead of seconds.
func inFreshProcess(_ test: XCTestCase, _ name: String = #function, file: StaticString = #filePath, line: UInt = #line,
                    body: () throws -> Void) throws {
    let marker = "HOTPATH_OPTIMIZER_TESTS_CHILD"
    if ProcessInfo.processInfo.environment[marker] != nil {
        try body()
        return
    }
    let method = name.hasSuffix("()") ? String(name.dropLast(2)) : name
    let identifier = "\(String(reflecting: type(of: test)))/\(method)"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = [identifier]
    process.environment = ProcessInfo.processInfo.environment.merging([marker: "1"]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertEqual(process.terminationStatus, 0, "\(identifier) in a fresh process:\n" +
                   text.split(separator: "\n").filter { $0.contains("error") || $0.contains("Executed") }.joined(separator: "\n"),
                   file: file, line: line)
    XCTAssertTrue(text.contains("Executed 1 test"), "\(identifier) did not run in the fresh process:\n\(text.suffix(2000))", file: file, line: line)
}
