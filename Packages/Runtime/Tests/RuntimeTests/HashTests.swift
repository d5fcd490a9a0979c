import XCTest
@testable import Runtime

final class HashTests: XCTestCase {
    override func setUp() { Runtime.initialize() }

    func testHashesEqualCPythonWithSeedZero() throws {
        let strings = ["", "a", "abc", "hello world", "é", "日本語", "🐍snake", String(repeating: "x", count: 100)]
        let ints = [0, 1, -1, -2, 7, 1 << 40, -(1 << 45), Int.max, Int.min + 1]
        let floats = [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 3.141592653589793, 1e-300, Double.infinity]
        let program = """
        for s in [\(strings.map { "'" + $0 + "'" }.joined(separator: ", "))]: print(hash(s))
        for i in \(ints): print(hash(i))
        for f in [\(floats.map { $0.isInfinite ? "float('inf')" : "\($0)" }.joined(separator: ","))]: print(hash(f))
        print(hash((1, 'a', 2.5))); print(hash(())); print(hash((-1,)))
        print(hash(2**100)); print(hash(-(2**100) + 12345))
        """
        let expected = try python(program)
        var actual: [String] = []
        for s in strings { actual.append(String(try hashValue(newString(s)))) }
        for i in ints { actual.append(String(try hashValue(newInt(i)))) }
        for f in floats { actual.append(String(try hashValue(Value(float: f)))) }
        actual.append(String(try hashValue(newTuple([Value(smallInt: 1), newString("a"), Value(float: 2.5)]))))
        actual.append(String(try hashValue(newTuple([]))))
        actual.append(String(try hashValue(newTuple([Value(smallInt: -1)]))))
        actual.append(String(try hashValue(newInt(BigInt(1) << 100))))
        actual.append(String(try hashValue(newInt(-(BigInt(1) << 100) + 12345))))
        XCTAssertEqual(actual, expected)
    }
}

import BigInt
