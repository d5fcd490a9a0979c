import XCTest
@testable import Runtime

final class DictTests: XCTestCase {
    override func setUp() { Runtime.initialize() }

    func testInsertLookupDeleteKeepInsertionOrder() throws {
        let d = newDict().object(as: DictObject.self)
        for i in 0..<1000 { try dictSetItem(d, newString("k\(i)"), Value(smallInt: i)) }
        XCTAssertEqual(d.pointee.count, 1000)
        for i in stride(from: 0, to: 1000, by: 2) { XCTAssertNotNil(try dictDelete(d, newString("k\(i)"))) }
        XCTAssertEqual(d.pointee.count, 500)
        XCTAssertNil(try dictLookup(d, newString("k10")))
        XCTAssertEqual(try dictLookup(d, newString("k11"))?.smallInt, 11)
        try dictSetItem(d, newString("k0"), Value(smallInt: -1))
        var keys: [String] = []
        try dictForEach(d) { k, _ in keys.append(k.stringValue) }
        XCTAssertEqual(keys.first, "k1")
        XCTAssertEqual(keys.last, "k0")
        XCTAssertEqual(keys.count, 501)
    }

    func testNumericKeysUnify() throws {
        let d = newDict().object(as: DictObject.self)
        try dictSetItem(d, Value(smallInt: 1), newString("int"))
        try dictSetItem(d, Value(float: 1.0), newString("float"))
        try dictSetItem(d, Value.true, newString("bool"))
        XCTAssertEqual(d.pointee.count, 1)
        XCTAssertEqual(try dictLookup(d, Value(smallInt: 1))?.stringValue, "bool")
    }

    func testKeysVersionChangesOnlyWithKeys() throws {
        let d = newDict().object(as: DictObject.self)
        try dictSetItem(d, newString("a"), Value(smallInt: 1))
        let version = d.pointee.keysVersion
        try dictSetItem(d, newString("a"), Value(smallInt: 2))
        XCTAssertEqual(d.pointee.keysVersion, version)
        try dictSetItem(d, newString("b"), Value(smallInt: 2))
        XCTAssertNotEqual(d.pointee.keysVersion, version)
    }

    func testUnhashableKeyRaisesTypeError() {
        let d = newDict().object(as: DictObject.self)
        XCTAssertThrowsError(try dictSetItem(d, newList(capacity: 0), Value.none))
        XCTAssertTrue(currentExceptionMatches(rt.pointee.types.TypeError))
        _ = takeCurrentException()
    }
}
