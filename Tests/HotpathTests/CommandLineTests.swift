import XCTest

/// The `hotpath` command line: exit statuses and one-line messages for bad input.
final class CommandLineTests: XCTestCase {
    func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = FixtureRunner.hotpath
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    func temporaryProgram(_ source: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).py").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testMissingFileIsExitTwoWithOneLine() throws {
        let result = try run(["run", "/nonexistent/prog.py"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("can't open file"), result.stderr)
    }

    func testBadFlagIsExitTwoWithOneLine() throws {
        let program = try temporaryProgram("print(1)\n")
        let result = try run(["run", "--no-such-flag", program])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        let backend = try run(["run", "--backend", "nonsense", program])
        XCTAssertEqual(backend.status, 2)
        XCTAssertTrue(backend.stderr.contains("unknown backend"), backend.stderr)
    }

    func testShorthandRunsAProgramWithArguments() throws {
        let program = try temporaryProgram("print('hello')\n")
        let result = try run([program, "extra", "args"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "hello\n")
    }

    func testHelpDocumentsEveryCommand() throws {
        let result = try run(["--help"])
        XCTAssertEqual(result.status, 0)
        for word in ["run", "dis"] { XCTAssertTrue(result.stdout.contains(word), result.stdout) }
        let runHelp = try run(["run", "--help"])
        XCTAssertTrue(runHelp.stdout.contains("--backend"), runHelp.stdout)
        XCTAssertTrue(runHelp.stdout.contains("--stats"), runHelp.stdout)
    }

    func testDisPrintsEveryCodeObject() throws {
        let program = try temporaryProgram("def f(x):\n    return x + 1\nprint(f(2))\n")
        let result = try run(["dis", program])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Disassembly of <code object f"), result.stdout)
        XCTAssertTrue(result.stdout.contains("BINARY_OP"), result.stdout)
        XCTAssertTrue(result.stdout.contains("RETURN_VALUE"), result.stdout)
    }

    func testUnsupportedConstructIsReportedWithFileAndLine() throws {
        let program = try temporaryProgram("x = 1\nasync def f():\n    pass\n")
        let result = try run(["run", program])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("hotpath: unsupported: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("line 2"), result.stderr)
    }

    /// A standard-library module Hotpath does not provide is outside the subset, not missing.
    func testUnprovidedStandardModuleIsUnsupported() throws {
        let program = try temporaryProgram("print(1)\nimport json\n")
        let result = try run(["run", program])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "1\n")
        XCTAssertTrue(result.stderr.hasPrefix("hotpath: unsupported: the standard library module 'json'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("line 2"), result.stderr)
    }

    func testStatsLineIsJSON() throws {
        let program = try temporaryProgram("s = 0\nfor i in range(100):\n    s += i\nprint(s)\n")
        let result = try run(["run", "--stats", program])
        XCTAssertEqual(result.stdout, "4950\n")
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("hotpath-stats ") }
        XCTAssertNotNil(line, result.stderr)
        let json = line.map { String($0.dropFirst("hotpath-stats ".count)) } ?? ""
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    /// --backend x86-64 with --verify, --dump-asm and --perf-map: same output, annotated
    /// disassembly on stderr, one perf map line per superblock.
    func testX86BackendFlags() throws {
        #if arch(x86_64)
        let program = try temporaryProgram("s = 0.0\nfor i in range(1000):\n    s += i * 0.5\n    if i % 7 == 0:\n        s -= 1\nprint(s)\n")
        let process = Process()
        process.executableURL = FixtureRunner.hotpath
        process.arguments = ["run", "--backend", "x86-64", "--verify", "--dump-asm", "--perf-map", "--jit-threshold", "2",
                             "--exit-threshold", "2", "--trace-log", "-", program]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertEqual(stdout, "249607.0\n")
        XCTAssertTrue(stderr.contains("x86-64 superblock #0"), stderr)
        XCTAssertTrue(stderr.contains("_FLOAT_ADD"), "annotated with uops: \(stderr)")
        XCTAssertTrue(stderr.contains("line 3"), "annotated with lines: \(stderr)")
        XCTAssertTrue(stderr.contains("hotpath-jit link:"), "a bridge was linked: \(stderr)")
        let mapPath = "/tmp/perf-\(process.processIdentifier).map"
        defer { try? FileManager.default.removeItem(atPath: mapPath) }
        let map = try String(contentsOfFile: mapPath, encoding: .utf8)
        let lines = map.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 2, map)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 2)
            XCTAssertEqual(fields.count, 3, map)
            XCTAssertNotNil(UInt64(fields[0], radix: 16), map)
            XCTAssertNotNil(UInt64(fields[1], radix: 16), map)
        }
        #endif
    }
}
