import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Common subexpression elimination of pure computations: a uop with the same operands and
/// immediate as an earlier one is the earlier one's value, for the whole superblock. What reads
/// mutable state (an object's type included) is not such a computation.
final class CSEValueTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func testRepeatedPureComputationsMerge() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let y = b.emit(._LOAD_LOCAL, immediate: 1)
        let a1 = b.emit(._INT_ADD, x, y)
        let a2 = b.emit(._INT_ADD, x, y)                       // same: merged
        let a3 = b.emit(._INT_ADD, y, x)                       // other operand order: kept
        let c1 = b.emit(._INT_COMPARE, a1, a2, immediate: 0)   // a1 < a1 after merging
        let c2 = b.emit(._INT_COMPARE, a1, a1, immediate: 2)   // other comparison: kept
        let f = b.emit(._FLOAT_MULTIPLY, x, x)
        let g = b.emit(._FLOAT_MULTIPLY, x, x)                 // merged
        b.emit(._CALL, b.constant(.none), f, immediate: 1)     // escapes: pure values stay valid
        let h = b.emit(._FLOAT_MULTIPLY, x, x)                 // merged across the call
        b.loopBack([(2, a3), (3, c1), (4, c2), (5, g), (6, h)], stack: [a2])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._INT_ADD, ._INT_ADD, ._INT_COMPARE, ._INT_COMPARE,
                                    ._FLOAT_MULTIPLY, ._CALL], after.listing)
        XCTAssertEqual(after.operands(at: 4), [Ref(uop: 2), Ref(uop: 2)])
        let back = after.loopBack!
        XCTAssertEqual(back.stack, [Ref(uop: 2)], "the loop-back snapshot uses the merged value")
        XCTAssertEqual(back.locals.map(\.value), [Ref(uop: 3), Ref(uop: 4), Ref(uop: 5), Ref(uop: 6), Ref(uop: 6)])
    }

    func testExitsOfMergedUopsNameTheSurvivor() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let t1 = b.emit(._TUPLE_ITEM, x, immediate: 1)
        let t2 = b.emit(._TUPLE_ITEM, x, immediate: 1)
        b.emit(._GUARD_NOT_NONE, t2, live: [t2, t1])
        b.loopBack([(1, t2)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._TUPLE_ITEM, ._GUARD_NOT_NONE])
        XCTAssertEqual(after.operands(at: 2), [Ref(uop: 1)])
        XCTAssertEqual(after.exit(at: 2)?.innermost.stack, [Ref(uop: 1), Ref(uop: 1)])
    }

    /// `type(o)` twice with a call in between that may assign `o.__class__`: the second must
    /// read the type again (`_TYPE_OF` was merged like a pure value, so `setattr(o, "__class__",
    /// B)` went unseen by a later `type(o)` in the same superblock).
    func testTypeOfIsReadAgainAfterAnEscape() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        let t1 = b.emit(._TYPE_OF, o)
        let t2 = b.emit(._TYPE_OF, o)                          // nothing in between: merged
        b.emit(._CALL, b.constant(.none), o, immediate: 1)     // may change o's class
        let t3 = b.emit(._TYPE_OF, o)                          // must stay
        let same = b.emit(._IS_OP, t1, t3, immediate: 0)
        b.loopBack([(1, t2), (2, same)])
        let after = CommonSubexpressionElimination().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._TYPE_OF, ._CALL, ._TYPE_OF, ._IS_OP], after.listing)
        XCTAssertEqual(after.operands(at: 4), [Ref(uop: 1), Ref(uop: 3)])
    }
}
