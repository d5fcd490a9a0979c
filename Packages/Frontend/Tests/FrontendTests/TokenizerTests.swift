import XCTest
@testable import Frontend

final class TokenizerTests: XCTestCase {
    func kinds(_ source: String) -> [TokenKind] {
        Tokenizer.tokenize(source: source, filename: "t.py").tokens.map(\.kind)
    }

    func failure(_ source: String) -> TokenizerFailure? {
        Tokenizer.tokenize(source: source, filename: "t.py").failure
    }

    func testSimpleStatementGetsNewlineAndEndMarker() {
        XCTAssertEqual(kinds("x = 1\n"), [.name, .equal, .number, .newline, .endMarker])
        // A missing final newline is supplied, as CPython does for exec input.
        XCTAssertEqual(kinds("x = 1"), [.name, .equal, .number, .newline, .endMarker])
        XCTAssertEqual(kinds(""), [.endMarker])
    }

    func testIndentAndDedentFollowTheIndentationStack() {
        XCTAssertEqual(kinds("if x:\n    y\n        \n    # c\nz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .name, .newline, .endMarker])
        XCTAssertEqual(kinds("if a:\n  if b:\n    c\nd"),
                       [.kwIf, .name, .colon, .newline, .indent, .kwIf, .name, .colon, .newline, .indent, .name,
                        .newline, .dedent, .dedent, .name, .newline, .endMarker])
        // Dedents at end of file.
        XCTAssertEqual(kinds("if a:\n\tb"), [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .endMarker])
    }

    func testTabsCountToMultiplesOfEight() {
        // A tab then 8 spaces is inconsistent; a tab alone matches 8 columns only with tabs.
        let result = failure("if x:\n\tpass\n        pass\n")
        XCTAssertEqual(result?.error.kind, .tabError)
        XCTAssertEqual(result?.error.message, "inconsistent use of tabs and spaces in indentation")
        XCTAssertEqual(result?.error.line, 3)
        XCTAssertNil(failure("if x:\n\tif y:\n\t\tpass\n"))
    }

    func testUnindentMismatchIsAnIndentationError() {
        let result = failure("if x:\n    a\n  b\n")
        XCTAssertEqual(result?.error.kind, .indentationError)
        XCTAssertEqual(result?.error.message, "unindent does not match any outer indentation level")
        XCTAssertEqual(result?.error.line, 3)
        XCTAssertEqual(result?.raisedByTokenizer, false)
    }

    func testBracketsJoinLinesAndTrackTheLevel() {
        let tokens = Tokenizer.tokenize(source: "(1,\n 2)\n", filename: "t.py").tokens
        XCTAssertEqual(tokens.map(\.kind), [.leftParen, .number, .comma, .number, .rightParen, .newline, .endMarker])
        XCTAssertEqual(tokens.map(\.level), [1, 1, 1, 1, 0, 0, 0])
        XCTAssertEqual(tokens[3].line, 2)
    }

    func testBackslashContinuationAndComments() {
        XCTAssertEqual(kinds("x = 1 + \\\n    2  # comment\n"), [.name, .equal, .number, .plus, .number, .newline, .endMarker])
        XCTAssertEqual(failure("x = 1 \\ 2\n")?.error.message, "unexpected character after line continuation character")
        XCTAssertEqual(failure("x = 1 + \\")?.error.message, "unexpected EOF while parsing")
    }

    func testOperators() {
        XCTAssertEqual(kinds(":= -> **= //= @ @= ... != <> <<= >>= ** // == <= >= ~ ^ | & % . ,").dropLast(2),
                       [.colonEqual, .arrow, .doubleStarEqual, .doubleSlashEqual, .at, .atEqual, .ellipsis,
                        .notEqual, .notEqual, .leftShiftEqual, .rightShiftEqual, .doubleStar, .doubleSlash,
                        .equalEqual, .lessEqual, .greaterEqual, .tilde, .circumflex, .verticalBar, .ampersand,
                        .percent, .dot, .comma])
        XCTAssertEqual(kinds("a..b").prefix(4), [.name, .dot, .dot, .name])
        XCTAssertEqual(kinds("$")[0], .unknownOperator)
    }

    func testNumberLiterals() {
        for literal in ["0", "00", "0_0", "1_000", "0x_ff", "0o17", "0b1010", "1.", ".5", "1e10", "1E-5", "1_0.0_1e1_0",
                        "2j", "2.5J", "09.5", "0e0"] {
            XCTAssertEqual(kinds(literal), [.number, .newline, .endMarker], literal)
        }
        // A keyword right after a number is only a warning in 3.11.
        XCTAssertEqual(kinds("1if x else 2").prefix(2), [.number, .kwIf])
    }

    func testMalformedNumbersGiveCPythonMessages() {
        let cases = [
            ("x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
            ("x = 1_", "invalid decimal literal"), ("x = 1__0", "invalid decimal literal"),
            ("x = 0x", "invalid hexadecimal literal"), ("x = 0b2", "invalid digit '2' in binary literal"),
            ("x = 0o8", "invalid digit '8' in octal literal"), ("x = 1ea", "invalid decimal literal"),
            ("x = 1.5j2", "invalid imaginary literal"), ("x = 12abc", "invalid decimal literal"),
        ]
        for (source, message) in cases {
            XCTAssertEqual(failure(source)?.error.message, message, source)
            XCTAssertEqual(failure(source)?.raisedByTokenizer, true, source)
        }
    }

    func testStringPrefixesAndQuotes() {
        for literal in ["'a'", "\"a\"", "'''a\n'b'''", "\"\"\"a\"\"\"", "r'\\\\'", "rb'x'", "BR\"y\"", "Rb'z'", "f'{x}'",
                        "fR'x'", "u'w'", "U\"w\"", "b''", "'\\''"] {
            XCTAssertEqual(kinds(literal), [.string, .newline, .endMarker], literal)
        }
        // "bu" and "ur" are not prefixes: a name followed by a string.
        XCTAssertEqual(kinds("bu'x'").prefix(2), [.name, .string])
        XCTAssertEqual(kinds("ur'x'").prefix(2), [.name, .string])
    }

    func testUnterminatedStrings() {
        XCTAssertEqual(failure("s = 'abc\nt = 1")?.error.message, "unterminated string literal (detected at line 1)")
        let triple = failure("s = '''abc\n\n")
        XCTAssertEqual(triple?.error.message, "unterminated triple-quoted string literal (detected at line 2)")
        XCTAssertEqual(triple?.error.line, 1)
    }

    func testBracketMismatches() {
        XCTAssertEqual(failure(")")?.error.message, "unmatched ')'")
        XCTAssertEqual(failure("x = (]")?.error.message, "closing parenthesis ']' does not match opening parenthesis '('")
        XCTAssertEqual(failure("x = (\n]")?.error.message,
                       "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        let open = failure("x = [1,\n")
        XCTAssertEqual(open?.error.message, "'[' was never closed")
        XCTAssertEqual(open?.raisedByTokenizer, false)
    }

    func testPositionsAreUTF8ByteColumns() {
        let tokens = Tokenizer.tokenize(source: "é = 'ü'\n", filename: "t.py").tokens
        XCTAssertEqual(tokens[0].column, 0)
        XCTAssertEqual(tokens[0].endColumn, 2)
        XCTAssertEqual(tokens[1].column, 3)
        XCTAssertEqual(tokens[2].column, 5)
        XCTAssertEqual(tokens[2].endColumn, 9)
    }

    func testMultiLineStringStartsOnItsFirstLine() {
        let tokens = Tokenizer.tokenize(source: "x = '''a\nb'''\n", filename: "t.py").tokens
        XCTAssertEqual(tokens[2].kind, .string)
        XCTAssertEqual(tokens[2].line, 1)
        XCTAssertEqual(tokens[2].column, 4)
        XCTAssertEqual(tokens[2].endLine, 2)
        XCTAssertEqual(tokens[2].endColumn, 4)
    }

    func testKeywordsAndSoftKeywords() {
        XCTAssertEqual(kinds("if else async await None match case _").dropLast(2),
                       [.kwIf, .kwElse, .kwAsync, .kwAwait, .kwNone, .name, .name, .name])
    }

    func testInvalidCharacters() {
        XCTAssertEqual(failure("x = a€b")?.error.message, "invalid character '€' (U+20AC)")
        XCTAssertEqual(failure("x = 1\u{1}")?.error.message, "invalid non-printable character U+0001")
        XCTAssertNil(failure("é = ñ"))
    }

    func testCarriageReturnsAreNewlines() {
        XCTAssertEqual(kinds("a\r\nb\rc"), [.name, .newline, .name, .newline, .name, .newline, .endMarker])
    }
}
