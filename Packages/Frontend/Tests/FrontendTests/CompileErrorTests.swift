import XCTest
@testable import Frontend

/// SyntaxErrors raised after parsing (symbol table and compiler), compared with what python3's
/// compile() says about the same source: message, line and column offset.
final class CompileErrorTests: XCTestCase {
    static let sources: [String] = [
        "def f(a, a):\n    pass\n",
        "def f(a, *, a):\n    pass\n",
        "lambda x, x: 0\n",
        "def f(a):\n    global a\n",
        "def f(a):\n    def g():\n        nonlocal a\n        global a\n",
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    print(x)\n    global x\n",
        "def f():\n    x: int\n    global x\n",
        "def f(a):\n    def g(a):\n        nonlocal a\n",
        "def f():\n    def g():\n        x = 1\n        nonlocal x\n",
        "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1\n",
        "nonlocal x\n",
        "def f():\n    nonlocal x\n",
        "class C:\n    nonlocal x\n",
        "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal y\n",
        "return 1\n",
        "class C:\n    return\n",
        "yield 1\n",
        "class C:\n    yield\n",
        "x = [(yield) for i in a]\n",
        "def f():\n    return {(yield) for i in a}\n",
        "def f():\n    return {i: (yield) for i in a}\n",
        "def f():\n    return ((yield) for i in a)\n",
        "break\n",
        "continue\n",
        "def f():\n    break\n",
        "for x in y:\n    def f():\n        continue\n",
        "while x:\n    class C:\n        break\n",
        "def f():\n    from os import *\n",
        "class C:\n    from os import *\n",
        "x = [y := 1 for y in a]\n",
        "x = [i for i in (j := a)]\n",
        "class C:\n    x = [y := i for i in a]\n",
        "def f():\n    x = [[y := 1 for z in a] for y in b]\n",
        "x = [i for i in a for j in (k := b)]\n",
        "x = 1\nfrom __future__ import annotations\n",
        "from __future__ import braces\n",
        "from __future__ import nonexistent\n",
        "f(a=1, a=2)\n",
        "f(x, a=1, b=2, a=3)\n",
        "o.m(a=1, a=2)\n",
        "a, *b, *c = d\n",
        "*a = b\n",
        "print(*a if b else c)\n".replacingOccurrences(of: "print(*a if b else c)", with: "x = *a\n"),
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "def f(*, a):\n    nonlocal a\n",
        "def f(**kw):\n    global kw\n",
        (0..<21).map { String(repeating: "    ", count: $0) + "for x\($0) in y:\n" }.joined() + String(repeating: "    ", count: 21) + "pass\n",
        (0..<21).map { String(repeating: "    ", count: $0) + "while x:\n" }.joined() + String(repeating: "    ", count: 21) + "pass\n",
        (0..<21).map { String(repeating: "    ", count: $0) + "with x:\n" }.joined() + String(repeating: "    ", count: 21) + "pass\n",
        (0..<21).map { String(repeating: "    ", count: $0) + "try:\n" }.joined() + String(repeating: "    ", count: 21) + "pass\n"
            + (0..<21).reversed().map { String(repeating: "    ", count: $0) + "finally:\n" + String(repeating: "    ", count: $0 + 1) + "pass\n" }.joined(),
        "def f():\n    x = 1\n    def g():\n        del x\n        nonlocal x\n",
    ]

    static let oracle: [CompilerOracle.Result] = {
        do { return try CompilerOracle.run(sources) } catch { fatalError("python3 oracle failed: \(error)") }
    }()

    func testErrorsMatchCPython() throws {
        let results = CompileErrorTests.oracle
        for (source, result) in zip(CompileErrorTests.sources, results) {
            guard let expected = result.error else {
                XCTFail("python3 compiles it without error:\n\(source)")
                continue
            }
            guard let module = result.module else {
                // A parser error: the parser's business, not the compiler's.
                continue
            }
            do {
                _ = try compileModule(module, filename: "t.py")
                XCTFail("no error, python3 says \(expected.message) at line \(expected.line):\n\(source)")
            } catch FrontendError.syntax(let info) {
                XCTAssertEqual(info.message, expected.message, source)
                XCTAssertEqual(info.line, expected.line, "line of \(info.message)\n\(source)")
                XCTAssertEqual(info.column, expected.offset, "offset of \(info.message)\n\(source)")
                XCTAssertEqual(info.filename, "t.py")
            } catch {
                XCTFail("unexpected \(error) for:\n\(source)")
            }
        }
    }

    /// The same errors through Hotpath's own parser and `compile(source:filename:)`.
    func testErrorsThroughOwnParserMatchCPython() throws {
        let results = CompileErrorTests.oracle
        for (source, result) in zip(CompileErrorTests.sources, results) {
            guard let expected = result.error else { continue }
            do {
                _ = try compile(source: source, filename: "t.py")
                XCTFail("no error, python3 says \(expected.message):\n\(source)")
            } catch FrontendError.syntax(let info) {
                XCTAssertEqual(info.message, expected.message, source)
                XCTAssertEqual(info.line, expected.line, "line of \(info.message)\n\(source)")
                XCTAssertEqual(info.column, expected.offset, "offset of \(info.message)\n\(source)")
            } catch {
                XCTFail("unexpected \(error) for:\n\(source)")
            }
        }
    }

    func testParserErrorsAreNotInTheCompilerCorpus() throws {
        // Every source above must reach the compiler: python3's parser accepts them all.
        let results = CompileErrorTests.oracle
        for (source, result) in zip(CompileErrorTests.sources, results) where result.module == nil {
            XCTFail("python3's parser rejects this one; drop it from the compiler error corpus:\n\(source)")
        }
    }
}
