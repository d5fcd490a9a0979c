import BigInt
import Foundation
import XCTest
@testable import Runtime

/// Limb-level int arithmetic (IntArithmetic.swift) checked against python3 on random operands
/// biased toward the values where limb code goes wrong: 0, ±1, the small-int boundary, 2^63,
/// 2^64 ± 1, all-ones limbs, zero limbs, and divisors that make long division correct its guess.
final class IntArithmeticTests: XCTestCase {
    override func setUp() { Runtime.initialize() }

    /// SplitMix64: reproducible operands (a failure names its seed).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }

        static let specialLimbs: [UInt] = [0, 1, 2, 1 << 32, (1 << 63) - 1, 1 << 63, (1 << 63) + 1, UInt.max - 1, UInt.max]

        mutating func limb() -> UInt { below(10) < 6 ? pick(Generator.specialLimbs) : UInt(next()) }

        /// An int of any size and sign: small ints (boundaries included) or 1 to 70 limbs.
        mutating func int() -> BigInt {
            switch below(8) {
            case 0:
                return BigInt(pick([0, 1, -1, 2, -2, 10, Value.smallIntMax, Value.smallIntMin, Value.smallIntMax + 1,
                                    Value.smallIntMin - 1, Int.max, Int.min, Int.min + 1]))
            case 1:
                return BigInt(Int(truncatingIfNeeded: next()) >> below(64))
            default:
                let count = pick([1, 1, 2, 2, 3, 4, 5, 8, 17, 33, 70])
                var limbs = (0..<count).map { _ in limb() }
                if limbs[count - 1] == 0 { limbs[count - 1] = pick([1, 1 << 63, UInt.max]) }
                let magnitude = BigUInt(words: limbs)
                return BigInt(sign: below(2) == 0 ? .plus : .minus, magnitude: magnitude)
            }
        }

        /// A dividend/divisor pair whose first quotient limb long division overestimates even
        /// after its two-limb check: a = c * (b's top two limbs) * 2^(64 (m-2)), while b's lower
        /// limbs are not zero, so the true quotient is c - 1 (plus lower quotient limbs).
        mutating func addBackPair() -> (BigInt, BigInt) {
            let m = 3 + below(4)
            var limbs = (0..<m).map { _ in below(2) == 0 ? UInt.max : UInt(next()) | 1 }
            limbs[m - 1] = pick([1 << 63, UInt.max, (1 << 63) | UInt(next() >> 1)])
            limbs[m - 2] = pick([0, UInt.max, UInt(next())])
            let b = BigUInt(words: limbs)
            let top2 = BigUInt(words: [limbs[m - 2], limbs[m - 1]]) << (64 * (m - 2))
            let c = BigUInt(pick([2, UInt.max, UInt(next()) | 2]))
            let extraLimbs = below(3)
            let a = c * top2 << (64 * extraLimbs)
            let signs: (BigInt.Sign, BigInt.Sign) = (below(2) == 0 ? .plus : .minus, below(2) == 0 ? .plus : .minus)
            return (BigInt(sign: signs.0, magnitude: a), BigInt(sign: signs.1, magnitude: b))
        }
    }

    /// `-0x1f` style literals for the Python side.
    func literal(_ n: BigInt) -> String {
        n.sign == .minus ? "-0x" + String(n.magnitude, radix: 16) : "0x" + String(n.magnitude, radix: 16)
    }

    /// Hex text of an int Value as Python's format(x, 'x') prints it, read through attaswift
    /// (an independent reading of the limbs).
    func hex(_ v: Value) -> String {
        XCTAssertTrue(v.isInt, "result is not an int")
        if v.isObject {
            // Normalized: a bignum never holds a small int, never has a zero top limb.
            let b = v.object(as: BigIntObject.self)
            let count = Int(b.pointee.signedLimbCount.magnitude)
            XCTAssertGreaterThan(count, 0)
            XCTAssertNotEqual(BigIntObject.limbs(b)[count - 1], 0, "top limb is zero")
            XCTAssertFalse(count == 1 && BigIntObject.limbs(b)[0] <= UInt(Value.smallIntMax), "bignum holds a small int")
        }
        return String(v.bigIntValue, radix: 16)
    }

    /// Runs the same lines in python3 over the operands written to a file (too many for argv).
    func pythonLines(operands: [BigInt], body: String) throws -> [String] {
        let path = NSTemporaryDirectory() + "hotpath-int-operands-\(getpid()).txt"
        try operands.map(literal).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let program = """
        import sys
        sys.set_int_max_str_digits(0)
        ops = [int(line, 16) for line in open('\(path)').read().split()]
        h = lambda x: format(x, 'x')
        cmp = lambda a, b: (a > b) - (a < b)
        \(body)
        """
        return try python(program)
    }

    /// Keeps operands reachable (a Swift array is not a root) while results are computed.
    func rooted(_ numbers: [BigInt]) -> UnsafeMutablePointer<ListObject> {
        let list = newList(capacity: 0).object(as: ListObject.self)
        for n in numbers { listAppend(list, newInt(n)) }
        return list
    }

    func checkPairs(_ pairs: [(BigInt, BigInt)], file: StaticString = #filePath, line: UInt = #line) throws {
        let operands = pairs.flatMap { [$0.0, $0.1] }
        let expected = try pythonLines(operands: operands, body: """
        for i in range(0, len(ops), 2):
            a, b = ops[i], ops[i + 1]
            print(h(a + b), h(a - b), h(a * b), cmp(a, b), int(a == b), *((h(a // b), h(a % b)) if b else ('-', '-')))
        """)
        let list = rooted(operands)
        var actual: [String] = []
        for i in 0..<pairs.count {
            let a = list.items[2 * i], b = list.items[2 * i + 1]
            var fields = [hex(intAdd(a, b)), hex(intSubtract(a, b)), hex(intMultiply(a, b)), String(intCompare(a, b))]
            fields.append(numericEqualsIfNumbers(a, b)! ? "1" : "0")
            if b.bits == Value(smallInt: 0).bits {
                fields += ["-", "-"]
            } else {
                let (q, r) = intDivMod(a, b, quotient: true, remainder: true)
                fields += [hex(q!), hex(r!)]
                // The one-sided forms agree with the full one.
                XCTAssertEqual(hex(intFloorDivide(a, b)), fields[5], file: file, line: line)
                XCTAssertEqual(hex(intModulo(a, b)), fields[6], file: file, line: line)
            }
            actual.append(fields.joined(separator: " "))
        }
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        for (i, (x, y)) in zip(actual, expected).enumerated() where x != y {
            XCTFail("\(literal(pairs[i].0)) op \(literal(pairs[i].1)): got \(x), python3 \(y)", file: file, line: line)
            break
        }
    }

    func testArithmeticMatchesPython() throws {
        var g = Generator(state: 2024)
        try checkPairs((0..<1500).map { _ in (g.int(), g.int()) })
    }

    func testOperandsOfEqualAndNearSizes() throws {
        // Same magnitudes with different signs (sums cancel), and neighbors (a - 1, a + 1).
        var g = Generator(state: 77)
        var pairs: [(BigInt, BigInt)] = []
        for _ in 0..<300 {
            let a = g.int()
            pairs.append((a, -a))
            pairs.append((a, a))
            pairs.append((a + 1, a))
            pairs.append((a, a - 1))
            pairs.append((a * a + 1, a))
        }
        try checkPairs(pairs)
    }

    func testKaratsubaMatchesPython() throws {
        // A tiny threshold sends every product of 4+ limbs through the recursion: balanced,
        // unbalanced and odd-length splits, all-ones limbs included.
        let saved = karatsubaThreshold
        karatsubaThreshold = 4
        defer { karatsubaThreshold = saved }
        var g = Generator(state: 4242)
        try checkPairs((0..<600).map { _ in (g.int(), g.int()) })
        // And at the real threshold, operands around it and far above it.
        karatsubaThreshold = saved
        var pairs: [(BigInt, BigInt)] = []
        for count in [saved - 1, saved, saved + 1, 2 * saved + 1, 150, 400] {
            for other in [1, saved / 2, saved, count, count + 3] {
                let a = BigInt(sign: .plus, magnitude: BigUInt(words: (0..<count).map { _ in g.limb() | 1 }))
                let b = BigInt(sign: .minus, magnitude: BigUInt(words: (0..<other).map { _ in g.below(3) == 0 ? UInt.max : g.limb() | 1 }))
                pairs.append((a, b))
            }
        }
        try checkPairs(pairs)
    }

    func testLongDivisionAddBackStep() throws {
        var g = Generator(state: 9)
        let before = divisionAddBackCount
        try checkPairs((0..<400).map { _ in g.addBackPair() })
        // Otherwise the correction branch above went untested.
        XCTAssertGreaterThan(divisionAddBackCount, before)
    }

    func testShiftsMatchPython() throws {
        var g = Generator(state: 5)
        let operands = (0..<300).map { _ in g.int() }
        let shifts = [0, 1, 13, 49, 63, 64, 65, 127, 128, 129, 200, 1000]
        let expected = try pythonLines(operands: operands, body: """
        for a in ops:
            print(*[h(a << s) + ' ' + h(a >> s) for s in \(shifts)])
        """)
        let list = rooted(operands)
        var actual: [String] = []
        for i in 0..<operands.count {
            let a = list.items[i]
            actual.append(shifts.map { hex(intShiftLeft(a, $0)) + " " + hex(intShiftRight(a, $0)) }.joined(separator: " "))
        }
        XCTAssertEqual(actual, expected)
    }

    func testDecimalTextNegationAndBitLengthMatchPython() throws {
        var g = Generator(state: 31)
        var operands = (0..<400).map { _ in g.int() }
        // Powers of ten and their neighbors: every 19-digit chunk boundary.
        for e in [18, 19, 20, 38, 57, 100, 400] {
            let p = BigInt(10).power(e)
            operands += [p - 1, p, p + 1, -p]
        }
        let expected = try pythonLines(operands: operands, body: """
        for a in ops:
            print(str(a), h(-a), a.bit_length())
        """)
        let list = rooted(operands)
        var actual: [String] = []
        for i in 0..<operands.count {
            let a = list.items[i]
            actual.append(String(decoding: intDecimalBytes(a), as: UTF8.self) + " " + hex(intNegate(a)) + " " + String(intBitLength(a)))
        }
        XCTAssertEqual(actual, expected)
    }

    /// Operands held only in locals survive the collections that allocating results triggers.
    func testResultsUnderCollectionAtEveryAllocation() throws {
        rt.pointee.heap.setStress(interval: 1)
        defer { rt.pointee.heap.setStress(interval: 0) }
        let text = runChain()
        rt.pointee.heap.setStress(interval: 0)
        let expected = try python("""
        import sys
        sys.set_int_max_str_digits(0)
        x, y = 3 ** 200, -(7 ** 90)
        for i in range(1, 40):
            x = x * (y + i) - (x >> 3) + (x // (y - i)) + (x % (y * y + i))
        print(x)
        """)
        XCTAssertEqual([text], expected)
    }

    @inline(never) func runChain() -> String {
        var x = newInt(BigInt(3).power(200)), y = newInt(-BigInt(7).power(90))
        for i in 1..<40 {
            let small = Value(smallInt: i)
            let product = intMultiply(x, intAdd(y, small))
            let shifted = intShiftRight(x, 3)
            let quotient = intFloorDivide(x, intSubtract(y, small))
            let remainder = intModulo(x, intAdd(intMultiply(y, y), small))
            x = intAdd(intAdd(intSubtract(product, shifted), quotient), remainder)
        }
        return String(decoding: intDecimalBytes(x), as: UTF8.self)
    }
}
