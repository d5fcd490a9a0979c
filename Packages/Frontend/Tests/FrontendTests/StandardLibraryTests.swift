import XCTest
import Bytecode
@testable import Frontend

/// Compiles CPython's own standard library (python3's Lib/*.py) and compares every code
/// object's localsplus, flags, names and line set with CPython's. Names and lines CPython has
/// and we lack are tolerated: they come from annotations, which Hotpath does not evaluate.
/// Slow: runs only with HOTPATH_STDLIB=1 (or a number: that many files).
final class StandardLibraryTests: XCTestCase {
    func testStandardLibraryMatchesCPython() throws {
        guard let setting = ProcessInfo.processInfo.environment["HOTPATH_STDLIB"] else {
            throw XCTSkip("set HOTPATH_STDLIB=1 to compile the standard library")
        }
        let limit = Int(setting) ?? Int.max
        let directory = "/usr/lib/python3.11"
        let everything = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        let files = everything.filter { $0.hasSuffix(".py") && !$0.contains("site-packages/") && !$0.contains("dist-packages/") }
            .sorted().prefix(limit == 1 ? Int.max : limit)
        var sources: [(String, String)] = []
        for file in files {
            if let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) { sources.append((file, text)) }
        }
        let results = try CompilerOracle.run(sources.map(\.1))
        var compiledCount = 0, unsupported = 0, mismatches = 0
        for ((file, source), result) in zip(sources, results) {
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
}
