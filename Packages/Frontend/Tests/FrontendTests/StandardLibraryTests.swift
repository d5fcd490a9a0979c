import XCTest
import Bytecode
@testable import Frontend

/// Compiles CPython's own standard library (python3's Lib/*.py) and compares every code
/// object's localsplus, flags, names and line set with CPython's. Names and lines CPython has
/// and we lack are tolerated: they come from annotations, which Hotpath does not evaluate.
/// By default a fixed sample (every 25th file); HOTPATH_STDLIB=1 compiles every file (slow),
/// HOTPATH_STDLIB=N the first N.
final class StandardLibraryTests: XCTestCase {
    func testStandardLibraryMatchesCPython() throws {
        let setting = ProcessInfo.processInfo.environment["HOTPATH_STDLIB"]
        let directory = try standardLibraryDirectory()
        let everything = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        let all = everything.filter { $0.hasSuffix(".py") && !$0.contains("site-packages/") && !$0.contains("dist-packages/") }.sorted()
        let files: [String]
        switch setting.flatMap({ Int($0) }) {
        case nil: files = all.enumerated().filter { $0.offset % 25 == 0 }.map(\.element)
        case 1?: files = all
        case let limit?: files = Array(all.prefix(limit))
        }
        XCTAssertGreaterThan(files.count, 20, "no standard library found at \(directory)")
        var sources: [(String, String)] = []
        for file in files {
            if let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) { sources.append((file, text)) }
        }
        let results = try CompilerOracle.run(sources.map(\.1))
        var compiledCount = 0, unsupported = 0, mismatches = 0
        for ((file, source), result) in zip(sources, results) {
            // Files CPython itself rejects (Python 2 test data): we must reject them too.
            if result.error != nil {
                XCTAssertThrowsError(try compile(source: source, filename: "t.py"), file)
                continue
            }
            let code: CodeUnit
            do {
                code = try compile(source: source, filename: "t.py")
            } catch FrontendError.unsupported {
                unsupported += 1
                continue
            } catch {
                XCTFail("\(file): \(error)")
                continue
            }
            compiledCount += 1
            XCTAssertNoThrow(try verify(code), file)
            for unit in [code] + code.nestedCodeUnits {
                let key = "\(unit.qualifiedName)@\(unit.firstLine)"
                guard let shape = result.codes[key] else { continue }
                let expectedLocals = shape["localsplus"] as? [String]
                let expectedLines = Set((shape["lines"] as? [NSNumber] ?? []).map(\.intValue).filter { $0 > 0 })
                let ourLines = Set(unit.lines.filter { $0 > 0 }.map(Int.init))
                if unit.localNames != expectedLocals {
                    mismatches += 1
                    XCTFail("\(file) \(key): localsplus \(unit.localNames) != \(expectedLocals ?? [])")
                }
                let expectedNames = Set(shape["names"] as? [String] ?? [])
                if !Set(unit.names).isSubset(of: expectedNames) {
                    mismatches += 1
                    XCTFail("\(file) \(key): names only ours \(Set(unit.names).subtracting(expectedNames).sorted()) only CPython's \(expectedNames.subtracting(unit.names).sorted())")
                }
                let expectedFlags = ((shape["flags"] as? NSNumber)?.intValue ?? 0) & 0x3F
                if Int(unit.flags.rawValue) & 0x3F != expectedFlags {
                    mismatches += 1
                    XCTFail("\(file) \(key): flags \(unit.flags.rawValue & 0x3F) != \(expectedFlags)")
                }
                if !ourLines.isSubset(of: expectedLines) {
                    mismatches += 1
                    XCTFail("\(file) \(key): lines only ours \(ourLines.subtracting(expectedLines).sorted()) only CPython's \(expectedLines.subtracting(ourLines).sorted())")
                }
            }
        }
        print("standard library: \(compiledCount) files compiled, \(unsupported) unsupported, \(mismatches) mismatches")
    }

    /// python3's own Lib directory (wherever this python3 is installed).
    func standardLibraryDirectory() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
