import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Small-int arithmetic and comparisons of constants fold into constants (unless the result would
/// leave the small-int range: then the uop stays, to exit at run time); conversions to bool of
/// known values vanish.
final class TypePropagationFoldingTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func constantValue(_ ref: Ref, in superblock: Superblock) -> Value? {
        ref.isConstant ? superblock.constants[ref.constantIndex] : nil
    }

    func testSmallIntArithmeticOnConstantsFolds() throws {
        let b = SuperblockBuilder()
        b.emit(._GUARD_BOTH_SMALL_INT, b.int(2), b.int(3))
        let five = b.emit(._INT_ADD, b.int(2), b.int(3))
        let twenty = b.emit(._INT_MULTIPLY, five, b.int(4))
        let minusFive = b.emit(._INT_SUBTRACT, twenty, b.int(25))
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_BOTH_SMALL_INT, x, minusFive)
        let sum = b.emit(._INT_ADD, x, minusFive, live: [minusFive])
        b.loopBack([(0, sum), (1, twenty)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._INT_ADD], after.listing)
        let operand = after.operands(at: 2)[1]
        XCTAssertEqual(constantValue(operand, in: after)?.smallInt, -5)
        XCTAssertEqual(after.exit(at: 2)?.innermost.stack, [operand], "exits see the constant too")
        let written = dictionary(try XCTUnwrap(after.loopBack).locals.map { ($0.slot, $0.value) })
        XCTAssertEqual(written[0], Ref(uop: 2))
        XCTAssertEqual(constantValue(try XCTUnwrap(written[1]), in: after)?.smallInt, 20)
    }

    func testComparisonOfConstantsFoldsAndItsGuardGoes() {
        let b = SuperblockBuilder()
        let less = b.emit(._INT_COMPARE, b.int(-5), b.int(0), immediate: 0)   // -5 < 0
        b.emit(._GUARD_TRUE, less)
        let equal = b.emit(._INT_COMPARE, b.int(7), b.int(8), immediate: 2)   // 7 == 8
        b.emit(._GUARD_FALSE, equal)
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.loopBack([(0, x)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL], after.listing)
    }

    func testResultsOutsideTheSmallIntRangeAreNotFolded() {
        let b = SuperblockBuilder()
        let big = b.emit(._INT_ADD, b.int(Value.smallIntMax), b.int(1))
        let product = b.emit(._INT_MULTIPLY, b.int(1 << 40), b.int(1 << 20))
        let low = b.emit(._INT_SUBTRACT, b.int(Value.smallIntMin), b.int(1))
        b.loopBack([(0, big), (1, product), (2, low)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._INT_ADD, ._INT_MULTIPLY, ._INT_SUBTRACT], "each must exit at run time: \(after.listing)")
        XCTAssertTrue(after.instructions.allSatisfy { $0.exit >= 0 })
    }

    func testToBoolOfKnownValuesVanishes() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let compare = b.emit(._INT_COMPARE, x, b.int(3), immediate: 0)
        let same = b.emit(._TO_BOOL, compare)       // already a bool
        let zero = b.emit(._TO_BOOL, b.int(0))      // False
        let none = b.emit(._TO_BOOL, b.constant(.none))  // False
        let seven = b.emit(._TO_BOOL, b.int(7))     // True
        let unknown = b.emit(._TO_BOOL, x)          // stays
        b.emit(._RELEASE_VALUE, compare)            // not a generator: nothing to release
        b.emit(._RELEASE_VALUE, x)                  // unknown: stays
        b.loopBack([(1, same), (2, zero), (3, none), (4, seven), (5, unknown)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._INT_COMPARE, ._TO_BOOL, ._RELEASE_VALUE], after.listing)
        let written = dictionary((after.loopBack?.locals ?? []).map { ($0.slot, $0.value) })
        XCTAssertEqual(written[1], Ref(uop: 1))
        XCTAssertEqual(written[2].flatMap { constantValue($0, in: after) }?.bits, Value.false.bits)
        XCTAssertEqual(written[3].flatMap { constantValue($0, in: after) }?.bits, Value.false.bits)
        XCTAssertEqual(written[4].flatMap { constantValue($0, in: after) }?.bits, Value.true.bits)
        XCTAssertEqual(written[5], Ref(uop: 2))
    }

    /// On a real loop: a local set to a constant in the loop makes the product a constant.
    func testFoldingInAProjectedLoop() throws {
        let projected = try ProjectedLoops.project("""
        def run(n):
            total = 0
            for i in range(n):
                step = 3
                total = total + step * 4
            return total
        print(run(100))
        """, function: "run")
        XCTAssertEqual(projected.count(of: ._INT_MULTIPLY), 1, projected.listing)
        XCTAssertEqual(projected.count(of: ._GUARD_BOTH_SMALL_INT), 2, projected.listing)
        let optimized = TypePropagation().run(projected)
        XCTAssertEqual(optimized.count(of: ._INT_MULTIPLY), 0, optimized.listing)
        XCTAssertEqual(optimized.count(of: ._GUARD_BOTH_SMALL_INT), 1, optimized.listing)
        let add = try XCTUnwrap(optimized.first(._INT_ADD))
        let twelve = optimized.operands(at: add)[1]
        XCTAssertEqual(constantValue(twelve, in: optimized)?.smallInt, 12)
    }
}
