import XCTest
@testable import Frontend

final class ParserTests: XCTestCase {
    func parse(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Module? {
        do {
            return try parseModule(source: source, filename: "t.py")
        } catch {
            XCTFail("\(source.debugDescription) failed: \(error)", file: file, line: line)
            return nil
        }
    }

    /// The single expression of a one-line expression statement.
    func expression(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> ExpressionKind? {
        guard let module = parse(source, file: file, line: line), module.body.count == 1,
              case let .expr(e) = module.body[0].kind else { return nil }
        return e.kind
    }

    func syntaxError(_ source: String) -> SyntaxErrorInfo? {
        do {
            _ = try parseModule(source: source, filename: "t.py")
        } catch {
            if case let .syntax(info) = error { return info }
        }
        return nil
    }

    func unsupported(_ source: String) -> (String, Int)? {
        do {
            _ = try parseModule(source: source, filename: "t.py")
        } catch {
            if case let .unsupported(what, _, line) = error { return (what, line) }
        }
        return nil
    }

    func testPowerBindsTighterThanUnaryMinusOnItsLeft() {
        guard case let .unaryOp(.uSub, operand) = expression("-2**2"),
              case let .binOp(left, .pow, right) = operand.kind else { return XCTFail("shape of -2**2") }
        XCTAssertEqual(left.kind, .constant(.int(2)))
        XCTAssertEqual(right.kind, .constant(.int(2)))
        // 2**-1: the exponent is a unary expression.
        guard case let .binOp(_, .pow, exponent) = expression("2**-1"), case .unaryOp(.uSub, _) = exponent.kind else {
            return XCTFail("shape of 2**-1")
        }
    }

    func testPowerIsRightAssociativeAndSubtractionLeftAssociative() {
        guard case let .binOp(a, .pow, bc) = expression("a ** b ** c"), case .name("a", .load) = a.kind,
              case .binOp(_, .pow, _) = bc.kind else { return XCTFail("a ** b ** c") }
        guard case let .binOp(ab, .sub, c) = expression("a - b - c"), case .binOp(_, .sub, _) = ab.kind,
              case .name("c", .load) = c.kind else { return XCTFail("a - b - c") }
    }

    func testNotIsLowerThanComparisons() {
        guard case let .unaryOp(.not, operand) = expression("not a == b"),
              case let .compare(_, ops, _) = operand.kind else { return XCTFail("not a == b") }
        XCTAssertEqual(ops, [.eq])
    }

    func testChainedComparisons() {
        guard case let .compare(_, ops, comparators) = expression("a < b <= c not in d is not e in f is g") else {
            return XCTFail("chain")
        }
        XCTAssertEqual(ops, [.lt, .ltE, .notIn, .isNot, .in, .is])
        XCTAssertEqual(comparators.count, 6)
    }

    func testMatchIsASoftKeyword() {
        XCTAssertNotNil(parse("match = 3\nmatch(x)\nmatch[1]\nmatch.x = 1\nprint(match)\ncase = _ = 2\n"))
        XCTAssertEqual(unsupported("x = 1\nmatch x:\n    case 1:\n        pass\n")?.0, "match statements")
        XCTAssertEqual(unsupported("x = 1\nmatch x:\n    case 1:\n        pass\n")?.1, 2)
    }

    func testUnsupportedConstructsAreReportedNotRejected() {
        XCTAssertEqual(unsupported("async def f():\n    pass\n")?.0, "async functions")
        XCTAssertEqual(unsupported("def f():\n    await x\n")?.0, "await expressions")
        XCTAssertEqual(unsupported("def f():\n    async for x in y: pass\n")?.0, "async for loops")
        XCTAssertEqual(unsupported("def f():\n    async with x: pass\n")?.0, "async with statements")
        XCTAssertEqual(unsupported("def f():\n    return [x async for x in y]\n")?.0, "async comprehensions")
        XCTAssertEqual(unsupported("try:\n    pass\nexcept* E:\n    pass\n")?.0, "except* clauses")
        // The first one in the file is reported.
        XCTAssertEqual(unsupported("x = 1\n\nasync def f(): pass\nmatch x:\n  case _: pass\n")?.1, 3)
    }

    func testSyntaxErrorsWinOverUnsupportedConstructs() {
        let info = syntaxError("async def f(): pass\nx = = 1\n")
        XCTAssertEqual(info?.message, "invalid syntax")
        XCTAssertEqual(info?.line, 2)
    }

    func testExpectedIndentedBlockMessages() {
        let cases: [(String, String)] = [
            ("if x:\npass", "'if' statement on line 1"), ("for x in y:\npass", "'for' statement on line 1"),
            ("while x:\npass", "'while' statement on line 1"), ("def f():\npass", "function definition on line 1"),
            ("class C:\npass", "class definition on line 1"), ("try:\npass", "'try' statement on line 1"),
            ("with x:\npass", "'with' statement on line 1"), ("if x:\n  pass\nelse:\npass", "'else' statement on line 3"),
            ("if x:\n  pass\nelif y:\npass", "'elif' statement on line 3"),
            ("try:\n  pass\nexcept E:\npass", "'except' statement on line 3"),
            ("try:\n  pass\nfinally:\npass", "'finally' statement on line 3"),
        ]
        for (source, suffix) in cases {
            let info = syntaxError(source)
            XCTAssertEqual(info?.kind, .indentationError, source)
            XCTAssertEqual(info?.message, "expected an indented block after " + suffix, source)
        }
    }

    func testCommonSyntaxErrorMessages() {
        let cases: [(String, SyntaxErrorInfo.Kind, String, Int)] = [
            ("x = (1,\n2\n", .syntaxError, "'(' was never closed", 1),
            ("x = 1)\n", .syntaxError, "unmatched ')'", 1),
            ("if x\n  pass\n", .syntaxError, "expected ':'", 1),
            ("f(a b)\n", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1),
            ("1 = x\n", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1),
            ("f() = x\n", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1),
            ("x\n  y\n", .indentationError, "unexpected indent", 2),
            ("f(x=1, y)\n", .syntaxError, "positional argument follows keyword argument", 1),
            ("def f(x=1, y): pass\n", .syntaxError, "non-default argument follows default argument", 1),
            ("del 1\n", .syntaxError, "cannot delete literal", 1),
            ("x = 'a' b'c'\n", .syntaxError, "cannot mix bytes and nonbytes literals", 1),
            ("x = 1 +\n", .syntaxError, "invalid syntax", 1),
        ]
        for (source, kind, message, line) in cases {
            let info = syntaxError(source)
            XCTAssertEqual(info?.kind, kind, source)
            XCTAssertEqual(info?.message, message, source)
            XCTAssertEqual(info?.line, line, source)
        }
        XCTAssertEqual(syntaxError("a\0b")?.message, "source code string cannot contain null bytes")
    }

    func testDuplicateArgumentsAreLeftToTheCompiler() {
        XCTAssertNotNil(parse("def f(x, x): pass\n"))
    }

    func testFStringDebugFormProducesTextThenRepr() {
        guard case let .joinedStr(values) = expression("f'{x=}'"), values.count == 2,
              case .constant(.str("x=")) = values[0].kind,
              case let .formattedValue(value, conversion, spec) = values[1].kind else { return XCTFail("f'{x=}'") }
        XCTAssertEqual(value.kind, .name(id: "x", ctx: .load))
        XCTAssertEqual(conversion, Int(UInt8(ascii: "r")))
        XCTAssertNil(spec)
        // With a format spec, no implicit !r.
        guard case let .joinedStr(values2) = expression("f'{x = :>10}'"),
              case let .formattedValue(_, conversion2, spec2) = values2[1].kind else { return XCTFail("spec") }
        XCTAssertEqual(conversion2, -1)
        XCTAssertNotNil(spec2)
        XCTAssertEqual(values2[0].kind, .constant(.str("x = ")))
    }

    func testFStringErrorsOfPython311() {
        XCTAssertEqual(syntaxError("f'{a\\n}'")?.message, "f-string expression part cannot include a backslash")
        XCTAssertEqual(syntaxError("f'{x!z}'")?.message, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
        XCTAssertEqual(syntaxError("f'{}'")?.message, "f-string: empty expression not allowed")
        XCTAssertEqual(syntaxError("f'}'")?.message, "f-string: single '}' is not allowed")
        XCTAssertEqual(syntaxError("f'{'a'}'")?.message, "f-string: expecting '}'")
    }

    func testStringConstants() {
        XCTAssertEqual(expression("'a' \"b\" '''c'''"), .constant(.str("abc")))
        XCTAssertEqual(expression("'\\x41\\101\\u0041\\N{LATIN SMALL LETTER B}\\d'"), .constant(.str("AAAb\\d")))
        XCTAssertEqual(expression("b'\\x00\\777' b'a'"), .constant(.bytes([0, 0xFF, 0x61])))
        XCTAssertEqual(expression("r'\\n'"), .constant(.str("\\n")))
        let module = parse("u'x' 'y'")
        guard case let .expr(e)? = module?.body.first?.kind else { return XCTFail() }
        XCTAssertEqual(e.constantKind, "u")
    }

    func testNumberConstants() {
        XCTAssertEqual(expression("0x_ff"), .constant(.int(255)))
        XCTAssertEqual(expression("1_000"), .constant(.int(1000)))
        XCTAssertEqual(expression("0xffffffffffffffffffff"), .constant(.bigInt("1208925819614629174706175")))
        XCTAssertEqual(expression("1.5e3"), .constant(.float(1500)))
        XCTAssertEqual(expression("2j"), .constant(.imaginary(2)))
        XCTAssertEqual(expression("1e999"), .constant(.float(.infinity)))
    }

    func testRangesUseUTF8ByteColumns() {
        guard let module = parse("é = 'ü' + x\n"), case let .assign(targets, value) = module.body[0].kind,
              case let .binOp(_, _, right) = value.kind else { return XCTFail() }
        XCTAssertEqual(targets[0].range, SourceRange(line: 1, column: 0, endLine: 1, endColumn: 2))
        XCTAssertEqual(value.range, SourceRange(line: 1, column: 5, endLine: 1, endColumn: 13))
        XCTAssertEqual(right.range, SourceRange(line: 1, column: 12, endLine: 1, endColumn: 13))
    }

    func testStarredForms() {
        XCTAssertNotNil(parse("*a, b = c\nprint(*a, sep='')\nx = [*a, *b]\ndef f():\n    return *a, b\n"))
        guard let module = parse("a, *rest = x"), case let .assign(targets, _) = module.body[0].kind,
              case let .tuple(elts, .store) = targets[0].kind, case .starred(_, .store) = elts[1].kind else {
            return XCTFail("starred target")
        }
    }

    func testDeeplyNestedCodeIsParsedOrReportedButNeverCrashes() {
        // Deep but within CPython's limits: parsed (and dumpable).
        for source in ["x" + String(repeating: "+x", count: 2500), String(repeating: "-", count: 2500) + "1",
                       "if x: pass\n" + String(repeating: "elif x: pass\n", count: 2000),
                       String(repeating: "(", count: 199) + String(repeating: ")", count: 199)] {
            guard let module = parse(source) else { continue }
            XCTAssertFalse(dumpAST(module).isEmpty)
        }
        // Beyond them (CPython gives MemoryError or RecursionError): reported, not a stack overflow.
        for source in [String(repeating: "-", count: 100_000) + "1", String(repeating: "not ", count: 50_000) + "x",
                       String(repeating: "lambda:", count: 20_000) + "1", "f" + String(repeating: "()", count: 50_000),
                       "x" + String(repeating: "+x", count: 100_000), String(repeating: "a if b else ", count: 20_000) + "c"] {
            XCTAssertEqual(unsupported(source)?.0, "code nested too deeply")
        }
        XCTAssertEqual(syntaxError(String(repeating: "(", count: 201) + String(repeating: ")", count: 201))?.message,
                       "too many nested parentheses")
    }

    func testDumpFormat() {
        guard let module = parse("print(1)") else { return }
        XCTAssertEqual(dumpAST(module), "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), "
            + "args=[Constant(value=1)], keywords=[]))], type_ignores=[])")
    }
}
