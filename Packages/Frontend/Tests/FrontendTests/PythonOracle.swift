import Foundation
import XCTest
@testable import Frontend

/// Runs CPython (`python3`, 3.11) once over many sources and returns, for each, what CPython makes
/// of it: the `ast.dump` text (with and without attributes), the SyntaxError it raises, or the
/// fact that it uses a construct Hotpath reports as unsupported. Expected results are always
/// computed by CPython at test time, never written by hand.
enum PythonOracle {
    struct Verdict {
        var dump: String?
        var dumpWithAttributes: String?
        /// (exception type, message, line, offset)
        var error: (type: String, message: String, line: Int, offset: Int)?
        var unsupported = false
    }

    static let helperScript = """
    import ast, json, sys
    UNSUPPORTED = (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await, ast.Match, ast.TryStar)
    def uses_unsupported(tree):
        for node in ast.walk(tree):
            if isinstance(node, UNSUPPORTED):
                return True
            if isinstance(node, ast.comprehension) and node.is_async:
                return True
        return False
    with open(sys.argv[1], encoding='utf-8') as f:
        sources = json.load(f)
    results = []
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError as e:
            results.append({"error": [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0]})
            continue
        if uses_unsupported(tree):
            results.append({"unsupported": True})
            continue
        results.append({"dump": ast.dump(tree), "attributes": ast.dump(tree, include_attributes=True)})
    json.dump(results, sys.stdout)
    """

    static func run(_ sources: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [Verdict] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hotpath-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let helper = directory.appendingPathComponent("oracle.py")
        let input = directory.appendingPathComponent("sources.json")
        try helperScript.write(to: helper, atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: sources).write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", helper.path, input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            XCTFail("python3 oracle failed with status \(process.terminationStatus)", file: file, line: line)
            return []
        }
        let results = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        return results.map { result in
            var verdict = Verdict()
            verdict.dump = result["dump"] as? String
            verdict.dumpWithAttributes = result["attributes"] as? String
            verdict.unsupported = result["unsupported"] as? Bool ?? false
            if let error = result["error"] as? [Any], error.count == 4 {
                verdict.error = (error[0] as? String ?? "", error[1] as? String ?? "",
                                 (error[2] as? NSNumber)?.intValue ?? 0, (error[3] as? NSNumber)?.intValue ?? 0)
            }
            return verdict
        }
    }

    /// The standard library directory of the `python3` on this machine.
    static func standardLibraryDirectory() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct OracleTally: CustomStringConvertible {
    var trees = 0, errors = 0, errorsWithSameColumn = 0, unsupported = 0, mismatches = 0
    var description: String {
        "\(trees) trees identical to ast.dump (with positions), \(errors) SyntaxErrors identical "
            + "(\(errorsWithSameColumn) at the same column too), \(unsupported) reported unsupported, \(mismatches) mismatches"
    }
}

extension XCTestCase {
    /// Compares one source with CPython's verdict and counts the kind of agreement.
    func checkAgainstCPython(_ source: String, _ verdict: PythonOracle.Verdict, name: String, tally: inout OracleTally) {
        let result: Result<Module, FrontendError>
        do {
            result = .success(try parseModule(source: source, filename: "<unknown>"))
        } catch {
            result = .failure(error)
        }
        if let expected = verdict.dump {
            guard case let .success(module) = result else {
                tally.mismatches += 1
                return XCTFail("\(name): CPython parses it, we fail with \(result)")
            }
            let ok = dumpAST(module) == expected
                && dumpAST(module, includeAttributes: true) == verdict.dumpWithAttributes
            XCTAssertEqual(dumpAST(module), expected, "\(name)")
            XCTAssertEqual(dumpAST(module, includeAttributes: true), verdict.dumpWithAttributes, "\(name) (positions)")
            if ok { tally.trees += 1 } else { tally.mismatches += 1 }
        } else if let error = verdict.error {
            guard case let .failure(.syntax(info)) = result else {
                tally.mismatches += 1
                return XCTFail("\(name): CPython raises \(error.type): \(error.message) (line \(error.line)), we give \(result)")
            }
            let ok = info.kind.rawValue == error.type && info.message == error.message && info.line == error.line
            XCTAssertTrue(ok, "\(name): CPython \(error.type): \(error.message) (line \(error.line)); "
                + "ours \(info.kind.rawValue): \(info.message) (line \(info.line))")
            if ok { tally.errors += 1 } else { tally.mismatches += 1 }
            // Columns (the caret position) are not required to match, only counted.
            if ok && info.column == error.offset { tally.errorsWithSameColumn += 1 }
        } else if verdict.unsupported {
            guard case .failure(.unsupported) = result else {
                tally.mismatches += 1
                return XCTFail("\(name): uses async/match/except*, expected an unsupported report, got \(result)")
            }
            tally.unsupported += 1
        }
    }
}
