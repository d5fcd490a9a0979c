import XCTest
@testable import Runtime

final class ValueTests: XCTestCase {
    override func setUp() { Runtime.initialize() }

    func testSmallIntRoundTripAndLimits() {
        for n in [0, 1, -1, 42, -42, Value.smallIntMax, Value.smallIntMin, 123_456_789_012] {
            let v = Value(smallInt: n)
            XCTAssertTrue(v.isSmallInt)
            XCTAssertFalse(v.isFloat || v.isObject)
            XCTAssertEqual(v.smallInt, n)
        }
        XCTAssertFalse(Value.fitsSmallInt(Value.smallIntMax + 1))
        XCTAssertFalse(Value.fitsSmallInt(Value.smallIntMin - 1))
        XCTAssertTrue(Value.bothSmallInts(Value(smallInt: 3), Value(smallInt: -3)))
        XCTAssertFalse(Value.bothSmallInts(Value(smallInt: 3), Value(float: 3)))
    }

    func testFloatsIncludingNaNsAndSignedZeroStayFloats() {
        for d in [0.0, -0.0, 1.5, -1e308, .infinity, -.infinity, .nan, -Double.nan, Double(bitPattern: 0xFFF8_0000_0000_0000)] {
            let v = Value(float: d)
            XCTAssertTrue(v.isFloat, "\(d)")
            XCTAssertEqual(v.float.bitPattern == d.bitPattern || (d.isNaN && v.float.isNaN), true)
        }
        // A NaN whose bits fall in the boxed range is canonicalized rather than misread.
        let odd = Value(float: Double(bitPattern: 0xFFFF_0000_0000_0001))
        XCTAssertTrue(odd.isFloat && odd.float.isNaN)
    }

    func testSingletonsAreDistinct() {
        let all = [Value.null, .none, .true, .false, .notImplemented, .ellipsis]
        XCTAssertEqual(Set(all.map(\.bits)).count, all.count)
        for v in all { XCTAssertFalse(v.isFloat || v.isObject || v.isSmallInt) }
    }

    func testBigIntsNormalize() {
        XCTAssertTrue(newInt(Value.smallIntMax).isSmallInt)
        let big = newInt(Int.max)
        XCTAssertTrue(big.isObject && big.header.pointee.kind == .bigInt)
        XCTAssertEqual(big.exactInt, Int.max)
        XCTAssertEqual(numericEqualsIfNumbers(big, Value(float: Double(Int.max))), false)
        XCTAssertEqual(numericEqualsIfNumbers(Value(smallInt: 2), Value(float: 2.0)), true)
        XCTAssertEqual(numericEqualsIfNumbers(Value.true, Value(smallInt: 1)), true)
    }
}
