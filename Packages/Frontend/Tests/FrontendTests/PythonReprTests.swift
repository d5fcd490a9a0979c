import XCTest
@testable import Frontend

/// Python repr() rules for AST constants. (The oracle tests check many more against CPython.)
final class PythonReprTests: XCTestCase {
    func testFloatsUseShortestDigitsAndPythonExponentRules() {
        XCTAssertEqual(PythonRepr.float(1e16), "1e+16")
        XCTAssertEqual(PythonRepr.float(1e15), "1000000000000000.0")
        XCTAssertEqual(PythonRepr.float(1e-5), "1e-05")
        XCTAssertEqual(PythonRepr.float(0.0001), "0.0001")
        XCTAssertEqual(PythonRepr.float(0.1), "0.1")
        XCTAssertEqual(PythonRepr.float(2.5), "2.5")
        XCTAssertEqual(PythonRepr.float(.infinity), "inf")
        XCTAssertEqual(PythonRepr.float(5e-324), "5e-324")
        XCTAssertEqual(PythonRepr.float(1.7976931348623157e308), "1.7976931348623157e+308")
        XCTAssertEqual(PythonRepr.imaginary(2), "2j")
        XCTAssertEqual(PythonRepr.imaginary(1e16), "1e+16j")
        XCTAssertEqual(PythonRepr.imaginary(.infinity), "infj")
    }

    func testStringsPickQuotesAndEscapeLikePython() {
        XCTAssertEqual(PythonRepr.string("a"), "'a'")
        XCTAssertEqual(PythonRepr.string("it's"), "\"it's\"")
        XCTAssertEqual(PythonRepr.string("'\""), "'\\'\"'")
        XCTAssertEqual(PythonRepr.string("\t\n\r\\\u{7}\u{7f}"), "'\\t\\n\\r\\\\\\x07\\x7f'")
        XCTAssertEqual(PythonRepr.string("é\u{a0}\u{200b}😀\u{e0001}"), "'é\\xa0\\u200b😀\\U000e0001'")
        XCTAssertEqual(PythonRepr.bytes([0, 0x27, 0x41, 0xff]), "b\"\\x00'A\\xff\"")
    }
}
