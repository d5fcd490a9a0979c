import XCTest
@testable import Frontend

final class ASTTests: XCTestCase {
    func testConstantEqualityDistinguishesSignedZeroAndKeepsNaN() {
        XCTAssertNotEqual(ConstantValue.float(0.0), ConstantValue.float(-0.0))
        XCTAssertEqual(ConstantValue.float(.nan), ConstantValue.float(.nan))
        XCTAssertNotEqual(ConstantValue.int(1), ConstantValue.bool(true))
    }
}
