import Foundation
import XCTest
@testable import Frontend

/// Damaged code, the way people write it: windows of lines from standard-library modules with a
/// few characters deleted, inserted or moved (deterministically, from a fixed seed). Whatever CPython
/// makes of each — a tree or a SyntaxError — we must make the same.
final class MutationOracleTests: XCTestCase {
    static let modules = ["argparse.py", "textwrap.py", "json/decoder.py", "fractions.py", "string.py", "calendar.py",
                          "pprint.py", "shlex.py", "statistics.py", "tokenize.py"]
    static let insertions = [":", "(", ")", "[", "]", "{", "}", ",", "=", "*", "\"", "'", "\\", " ", "\t", "\n", "#",
                             ".", "@", "-", "+", "<", ">", "!", "~", "|", "%", "/", ";", "if ", "else", "for ",
                             " in ", "def ", "class ", "lambda", "yield", "return ", "not ", "    ", "f\"", "f'{",
                             "**", ":=", "->", "...", "import ", "from ", "as ", "try:", "except", "elif", "del ",
                             "await ", "async ", "match ", "1", "x"]

    /// A small deterministic generator (SplitMix64), so the corpus is the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func dedent(_ lines: [Substring]) -> String {
        let indents = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix(while: { $0 == " " }).count }
        let common = indents.min() ?? 0
        return lines.map { $0.count >= common ? String($0.dropFirst(common)) : String($0) }.joined(separator: "\n")
    }

    func testMutatedStandardLibraryCodeMatchesCPython() throws {
        let directory = try PythonOracle.standardLibraryDirectory()
        var generator = Generator(state: 2024)
        var sources: [String] = []
        for module in Self.modules {
            guard let data = FileManager.default.contents(atPath: directory + "/" + module) else {
                return XCTFail("cannot read \(module)")
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for _ in 0..<40 {
                let start = generator.next(lines.count)
                let window = lines[start..<min(lines.count, start + 1 + generator.next(30))]
                var text = Array(Self.dedent(Array(window)))
                for _ in 0...generator.next(3) where !text.isEmpty {
                    let position = generator.next(text.count + 1)
                    switch generator.next(5) {
                    case 0, 1:
                        if position < text.count { text.remove(at: position) }
                    case 2, 3:
                        text.insert(contentsOf: Self.insertions[generator.next(Self.insertions.count)], at: position)
                    default:
                        let other = generator.next(text.count + 1)
                        let (a, b) = (min(position, other), max(position, other))
                        let moved = Array(text[b..<min(text.count, b + (b - a))])
                        text.removeSubrange(b..<min(text.count, b + (b - a)))
                        text.insert(contentsOf: moved, at: a)
                    }
                }
                sources.append(String(text))
            }
        }
        let verdicts = try PythonOracle.run(sources)
        XCTAssertEqual(verdicts.count, sources.count)
        var tally = OracleTally()
        for (index, (source, verdict)) in zip(sources, verdicts).enumerated() {
            checkAgainstCPython(source, verdict, name: "mutation \(index) \(source.debugDescription)", tally: &tally)
        }
        XCTAssertEqual(tally.mismatches, 0)
        print("Mutated stdlib code (\(sources.count)): \(tally)")
    }
}
