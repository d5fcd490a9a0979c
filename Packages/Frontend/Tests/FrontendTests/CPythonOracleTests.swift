import Foundation
import XCTest
@testable import Frontend

/// The strong oracle: for every snippet of the corpora and every listed standard-library module,
/// our parser must agree with CPython 3.11 — the same `ast.dump` (with and without node positions),
/// the same SyntaxError (type, message, line), or an "unsupported" report where CPython's tree
/// uses async, await, match or except*.
final class CPythonOracleTests: XCTestCase {
    /// Standard-library modules compared node for node (paths relative to the stdlib directory).
    static let standardLibraryModules = [
        "textwrap.py", "string.py", "heapq.py", "bisect.py", "random.py", "fractions.py", "argparse.py",
        "json/__init__.py", "json/decoder.py", "json/encoder.py", "json/scanner.py", "json/tool.py",
        "collections/__init__.py", "enum.py", "functools.py", "inspect.py", "typing.py", "abc.py", "ast.py",
        "base64.py", "calendar.py", "copy.py", "csv.py", "datetime.py", "_pydecimal.py", "difflib.py", "dis.py",
        "fnmatch.py", "glob.py", "gzip.py", "hashlib.py", "html/__init__.py", "html/parser.py", "ipaddress.py",
        "keyword.py", "locale.py", "logging/__init__.py", "operator.py", "os.py", "pathlib.py", "pickle.py",
        "pprint.py", "queue.py", "re/_parser.py", "re/_compiler.py", "shlex.py", "shutil.py", "statistics.py",
        "subprocess.py", "tempfile.py", "threading.py", "tokenize.py", "unittest/case.py", "urllib/parse.py",
        "uuid.py", "weakref.py", "_strptime.py", "numbers.py", "colorsys.py", "graphlib.py",
    ]
    /// Modules that use async or match: they must be reported as unsupported.
    static let unsupportedStandardLibraryModules = [
        "dataclasses.py", "contextlib.py", "traceback.py", "types.py", "asyncio/locks.py", "asyncio/queues.py",
    ]

    func testValidSnippetCorpusMatchesCPython() throws {
        let snippets = ValidSnippetCorpus.snippets
        let verdicts = try PythonOracle.run(snippets)
        XCTAssertEqual(verdicts.count, snippets.count)
        var tally = OracleTally()
        for (index, (snippet, verdict)) in zip(snippets, verdicts).enumerated() {
            checkAgainstCPython(snippet, verdict, name: "snippet \(index) \(snippet.debugDescription)", tally: &tally)
        }
        print("Snippet corpus (\(snippets.count)): \(tally)")
    }

    func testSyntaxErrorCorpusMatchesCPython() throws {
        let snippets = SyntaxErrorCorpus.snippets
        let verdicts = try PythonOracle.run(snippets)
        XCTAssertEqual(verdicts.count, snippets.count)
        var tally = OracleTally()
        for (index, (snippet, verdict)) in zip(snippets, verdicts).enumerated() {
            checkAgainstCPython(snippet, verdict, name: "error case \(index) \(snippet.debugDescription)", tally: &tally)
        }
        print("Syntax error corpus (\(snippets.count)): \(tally)")
    }

    func testStandardLibraryModulesMatchCPython() throws {
        let directory = try PythonOracle.standardLibraryDirectory()
        let names = Self.standardLibraryModules + Self.unsupportedStandardLibraryModules
        var sources: [String] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                XCTFail("cannot read \(path)")
                return
            }
            sources.append(String(decoding: data, as: UTF8.self))
        }
        let verdicts = try PythonOracle.run(sources)
        XCTAssertEqual(verdicts.count, sources.count)
        var tally = OracleTally()
        for (name, (source, verdict)) in zip(names, zip(sources, verdicts)) {
            if Self.unsupportedStandardLibraryModules.contains(name) {
                XCTAssertTrue(verdict.unsupported, "\(name) was expected to use async or match")
            }
            checkAgainstCPython(source, verdict, name: name, tally: &tally)
        }
        print("Standard library modules (\(names.count)): \(tally)")
    }
}
