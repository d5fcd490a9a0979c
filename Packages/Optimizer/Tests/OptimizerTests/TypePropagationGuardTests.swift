import Interpreter
import Optimizer
import Runtime
import Superblock
import XCTest

/// Type propagation removes guards whose outcome earlier guards and uops already proved: kinds
/// of values for the whole superblock, heap facts (type versions, shapes, ...) until something
/// may run arbitrary code.
final class TypePropagationGuardTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func testKindGuardsProvenEarlierAreRemoved() {
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        let y = b.emit(._LOAD_LOCAL, immediate: 1)
        b.emit(._GUARD_BOTH_SMALL_INT, x, y)
        let sum = b.emit(._INT_ADD, x, y)
        b.emit(._GUARD_BOTH_SMALL_INT, sum, x)          // proven: _INT_ADD makes small ints
        let difference = b.emit(._INT_SUBTRACT, sum, x)
        b.emit(._GUARD_NOT_NULL, difference)            // proven: a result is never NULL
        b.emit(._GUARD_NOT_NULL, x)                     // proven: _LOAD_LOCAL exits on NULL
        let f = b.emit(._LOAD_LOCAL, immediate: 2)
        b.emit(._GUARD_BOTH_FLOAT, f, f)
        let product = b.emit(._FLOAT_MULTIPLY, f, f)
        b.emit(._GUARD_BOTH_FLOAT, product, f)          // proven
        b.emit(._GUARD_BOTH_SMALL_INT, difference, f)   // kept?: f is a float, so it must fail
        b.loopBack([(0, difference)])
        let before = b.build()
        let after = TypePropagation().run(before)
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._LOAD_LOCAL, ._GUARD_BOTH_SMALL_INT, ._INT_ADD, ._INT_SUBTRACT,
                                    ._LOAD_LOCAL, ._GUARD_BOTH_FLOAT, ._FLOAT_MULTIPLY, ._EXIT], after.listing)
        XCTAssertEqual(after.operands(at: 4), [Ref(uop: 3), Ref(uop: 0)], "operands follow the removed guards")
        XCTAssertEqual(before.instructions.count, 13, "the input is unchanged")
    }

    func testBranchAndIteratorGuardsOnTheSameValueOnce() {
        let b = SuperblockBuilder()
        let it = b.emit(._LOAD_STACK, immediate: 0)
        b.emit(._GUARD_RANGE_ITERATOR, it)
        let i = b.emit(._RANGE_NEXT, it)
        let flag = b.emit(._INT_COMPARE, i, b.int(10), immediate: 0)
        b.emit(._GUARD_TRUE, flag)
        b.emit(._GUARD_RANGE_ITERATOR, it)              // proven
        b.emit(._GUARD_TRUE, flag)                      // proven
        let truth = b.emit(._TO_BOOL, flag)             // a bool already: the value itself
        b.emit(._GUARD_TRUE, truth)                     // proven
        let t = b.emit(._LOAD_LOCAL, immediate: 1)
        b.emit(._GUARD_TUPLE_LENGTH, t, immediate: 2)
        b.emit(._GUARD_TUPLE_LENGTH, t, immediate: 2)   // proven
        let item = b.emit(._TUPLE_ITEM, t, immediate: 0)
        b.loopBack([(2, item)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_STACK, ._GUARD_RANGE_ITERATOR, ._RANGE_NEXT, ._INT_COMPARE, ._GUARD_TRUE,
                                    ._LOAD_LOCAL, ._GUARD_TUPLE_LENGTH, ._TUPLE_ITEM], after.listing)
    }

    func testHeapGuardsAreForgottenWhenArbitraryCodeMayRun() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)
        b.emit(._GUARD_SHAPE, o, immediate: 1234)
        let x = b.emit(._LOAD_INSTANCE_SLOT, o, immediate: 0)
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)   // proven
        b.emit(._GUARD_SHAPE, o, immediate: 1234)       // proven
        b.emit(._STORE_INSTANCE_SLOT, x, o, immediate: 0)
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)   // proven: a slot store changes neither
        let g = b.constant(.none)
        b.emit(._GUARD_GLOBALS_KEYS, g, immediate: 3)
        b.emit(._GUARD_GLOBALS_KEYS, g, immediate: 3)   // proven
        b.emit(._CALL, g, o, immediate: 1)              // may change anything
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)
        b.emit(._GUARD_SHAPE, o, immediate: 1234)
        b.emit(._GUARD_GLOBALS_KEYS, g, immediate: 3)
        b.loopBack([(1, x)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_TYPE_VERSION, ._GUARD_SHAPE, ._LOAD_INSTANCE_SLOT,
                                    ._STORE_INSTANCE_SLOT, ._GUARD_GLOBALS_KEYS, ._CALL,
                                    ._GUARD_TYPE_VERSION, ._GUARD_SHAPE, ._GUARD_GLOBALS_KEYS], after.listing)
    }

    func testStoreGlobalForgetsKeysVersions() {
        let b = SuperblockBuilder()
        let g = b.constant(.none)
        b.emit(._GUARD_GLOBALS_KEYS, g, immediate: 3)
        let v = b.emit(._LOAD_GLOBALS_ENTRY, g, immediate: 1)
        b.emit(._STORE_GLOBAL, g, v, immediate: 0)
        b.emit(._GUARD_GLOBALS_KEYS, g, immediate: 3)
        b.loopBack([])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.count(of: ._GUARD_GLOBALS_KEYS), 2, after.listing)
    }

    func testAllocatedInstanceHasItsClassVersionAndEmptyShape() {
        let b = SuperblockBuilder()
        let cls = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_CLASS_VERSION, cls, immediate: 42)
        let instance = b.emit(._ALLOCATE_INSTANCE, cls)
        b.emit(._GUARD_TYPE_VERSION, instance, immediate: 42)                           // proven
        b.emit(._GUARD_SHAPE, instance, immediate: Int64(bitPattern: Value(emptyShape()).bits))  // proven
        let shape = shapeAdding(emptyShape(), internString("x"))
        b.emit(._ADD_INSTANCE_ATTRIBUTE, b.int(1), instance, immediate: Int64(bitPattern: Value(shape).bits))
        b.emit(._GUARD_SHAPE, instance, immediate: Int64(bitPattern: Value(shape).bits))  // proven: the store set it
        b.emit(._GUARD_NOT_NULL, instance)                                              // proven
        b.loopBack([(1, instance)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_CLASS_VERSION, ._ALLOCATE_INSTANCE, ._ADD_INSTANCE_ATTRIBUTE], after.listing)
    }

    /// On a real loop: once peeled, the body repeats none of the guards on loop-invariant values
    /// (the instance, its type and shape, its attribute's kind) nor on `total` (a phi that stays a
    /// small int); only `i`, a new value of the range each time, is still checked.
    func testPeeledBodyKeepsOnlyTheGuardsThatCanFail() throws {
        let projected = try ProjectedLoops.project("""
        class C:
            def __init__(self):
                self.k = 3
        def run(n):
            c = C()
            total = 0
            for i in range(n):
                total = total + c.k * i
            return total
        print(run(100))
        """, function: "run")
        XCTAssertEqual(projected.count(of: ._GUARD_TYPE_VERSION), 1, projected.listing)
        let peeled = OptimizationPipeline(specification: "peel")!.run(projected)
        XCTAssertEqual(peeled.body.filter { $0.uop == ._GUARD_TYPE_VERSION }.count, 1, "peeling alone repeats the guards")
        let optimized = OptimizationPipeline(specification: "types,cse,dce,peel,cse,types")!.run(projected)
        XCTAssertEqual(optimized.bodyUops, [._GUARD_RANGE_NOT_EXHAUSTED, ._RANGE_NEXT, ._GUARD_BOTH_SMALL_INT, ._INT_MULTIPLY, ._INT_ADD],
                       optimized.listing)
        let loop = try XCTUnwrap(optimized.loop)
        let intGuard = loop.target + 2
        let k = optimized.operands(at: intGuard)[0]
        XCTAssertLessThan(k.uopIndex, loop.target, "c.k is read once, before the loop")
        XCTAssertEqual(optimized.uops[k.uopIndex], ._LOAD_INSTANCE_SLOT)
        XCTAssertEqual(optimized.operands(at: intGuard)[1], Ref(uop: loop.target + 1), "i is checked")
    }

    /// An operator method's `isinstance(other, Vec)` on an `other` whose class the superblock
    /// checked is True at compile time and, unlike a call to isinstance, keeps the heap facts;
    /// with another class (or an unknown one) it stays.
    func testIsinstanceOfAKnownClassFolds() {
        let b = SuperblockBuilder()
        let o = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)
        let cls = b.emit(._LOAD_LOCAL, immediate: 1)
        b.emit(._GUARD_CLASS_VERSION, cls, immediate: 7)
        let other = b.emit(._LOAD_LOCAL, immediate: 2)
        b.emit(._GUARD_CLASS_VERSION, other, immediate: 8)
        let same = b.emit(._ISINSTANCE, o, cls)         // folds to True
        b.emit(._GUARD_TRUE, same)                      // then proven
        b.emit(._GUARD_TYPE_VERSION, o, immediate: 7)   // still known: nothing ran
        let different = b.emit(._ISINSTANCE, o, other)  // a subclass check: kept
        b.emit(._GUARD_TRUE, different)
        b.loopBack([(3, different)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_TYPE_VERSION, ._LOAD_LOCAL, ._GUARD_CLASS_VERSION,
                                    ._LOAD_LOCAL, ._GUARD_CLASS_VERSION, ._ISINSTANCE, ._GUARD_TRUE], after.listing)
    }

    /// The NotImplemented check after a projected operator method goes when the result's kind
    /// is known, fails when it is NotImplemented itself, and stays otherwise.
    func testNotIdentityGuards() {
        let notImplemented = Int64(bitPattern: Value.notImplemented.bits)
        let b = SuperblockBuilder()
        let x = b.emit(._LOAD_LOCAL, immediate: 0)
        b.emit(._GUARD_BOTH_FLOAT, x, x)
        let product = b.emit(._FLOAT_MULTIPLY, x, x)
        b.emit(._GUARD_NOT_IDENTITY, product, immediate: notImplemented)    // a float: proven
        let unknown = b.emit(._LOAD_LOCAL, immediate: 1)
        b.emit(._GUARD_NOT_IDENTITY, unknown, immediate: notImplemented)    // kept
        b.emit(._GUARD_NOT_IDENTITY, b.constant(.notImplemented), immediate: notImplemented)  // must fail
        b.loopBack([(0, product)])
        let after = TypePropagation().run(b.build())
        XCTAssertEqual(after.uops, [._LOAD_LOCAL, ._GUARD_BOTH_FLOAT, ._FLOAT_MULTIPLY, ._LOAD_LOCAL,
                                    ._GUARD_NOT_IDENTITY, ._EXIT], after.listing)
    }
}
