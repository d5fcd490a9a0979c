import MachineCode
import Runtime
import Superblock
import XCTest
@testable import X86Emitter

/// Superblocks built by hand, compiled and run on this CPU against real frames and objects.
final class NativeSuperblockTests: XCTestCase {
    override func setUp() {
        TestRuntime.setUp()
        TestRuntime.genericCalls = 0
    }

    func local(_ frame: FrameRef, _ slot: Int) -> Value { Frame.localsPlus(frame)[slot] }

    /// total = 0; i = 0; while True: total += i; i += 1; if not i < n: exit
    func testLoopOverLocalsWritesBackTheFrame() throws {
        let b = SuperblockBuilder()
        let entry = b.exit(resume: 1)
        let i = b.uop(._LOAD_LOCAL, immediate: 0, exit: entry)
        let total = b.uop(._LOAD_LOCAL, immediate: 1, exit: entry)
        b.uop(._GUARD_BOTH_SMALL_INT, [total, i], exit: b.exit(resume: 2, stack: [total, i]))
        let newTotal = b.uop(._INT_ADD, [total, i], exit: b.exit(resume: 3, stack: [total, i]))
        let next = b.uop(._INT_ADD, [i, b.constant(1)], exit: b.exit(resume: 4, locals: [(1, newTotal)], stack: [i]))
        let more = b.uop(._INT_COMPARE, [next, b.constant(1000)], immediate: 0)
        b.uop(._GUARD_TRUE, [more], exit: b.exit(resume: 9, locals: [(0, next), (1, newTotal)]))
        b.loop(locals: [(0, next), (1, newTotal)])
        let compiled = try TestRuntime.compile(b)
        let frame = TestRuntime.makeFrame(locals: [Value(smallInt: 0), Value(smallInt: 0)])
        let result = try XCTUnwrap(compiled.run(frame))
        XCTAssertEqual(result.exit, 4)
        XCTAssertEqual(result.superblockID, b.superblock.id)
        XCTAssertEqual(result.frame, frame)
        XCTAssertEqual(local(frame, 0).int, 1000)
        XCTAssertEqual(local(frame, 1).int, 499_500)
        XCTAssertEqual(frame.pointee.instructionIndex, 9)
        XCTAssertEqual(frame.pointee.stackDepth, 0)
        XCTAssertEqual(TestRuntime.registerTop, 0, "the registers were given back")
    }

    /// A peeled loop doubling a float and counting: the float phi lives in an xmm register, the
    /// counter shifted; the exit boxes both (and the value computed from them) into the frame.
    static func unboxedLoop() -> SuperblockBuilder {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0)                                              // v0
        let n = b.uop(._LOAD_STACK, immediate: 1)                                              // v1
        b.uop(._GUARD_BOTH_FLOAT, [x, x], exit: b.exit(resume: 1, stack: [x, n]))              // v2
        b.uop(._GUARD_BOTH_SMALL_INT, [n, n], exit: b.exit(resume: 1, stack: [x, n]))          // v3
        let p = b.uop(._PHI, [x])                                                              // v4
        let i = b.uop(._PHI, [b.constant(0)])                                                  // v5
        let y = b.uop(._FLOAT_MULTIPLY, [p, b.constant(2.0)])                                  // v6
        let k = b.uop(._INT_ADD, [i, b.constant(1)], exit: b.exit(resume: 2, stack: [p, i]))   // v7
        let more = b.uop(._INT_COMPARE, [k, n], immediate: 0)                                  // v8
        b.uop(._GUARD_TRUE, [more], exit: b.exit(resume: 3, stack: [y, k, p]))                 // v9
        b.peeledLoop(target: 6, backEdge: [(p, y), (i, k)])
        return b
    }

    func testUnboxedLoopValuesAreBoxedAtTheExit() throws {
        let b = Self.unboxedLoop()
        let compiled = try TestRuntime.compile(b)
        for (x, n) in [(1.5, 10), (-0.0, 3), (Double.nan, 5), (Double.infinity, 1), (1e300, 40)] {
            let frame = TestRuntime.makeFrame(stack: [Value(float: x), Value(smallInt: n)])
            let result = try XCTUnwrap(compiled.run(frame))
            XCTAssertEqual(result.exit, 3)
            XCTAssertEqual(frame.pointee.stackDepth, 3)
            var expected = x
            for _ in 0 ..< n { expected *= 2 }
            XCTAssertEqual(Frame.stackBase(frame)[0].bits, expected.bitPattern, "\(x) * 2**\(n)")
            XCTAssertEqual(Frame.stackBase(frame)[1].int, n)
            XCTAssertEqual(Frame.stackBase(frame)[2].bits, (expected / 2).bitPattern)
        }
        // Not a float: the guard exits with the operands as they were.
        let frame = TestRuntime.makeFrame(stack: [Value(smallInt: 4), Value(smallInt: 2)])
        XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, 0)
        XCTAssertEqual(Frame.stackBase(frame)[0].int, 4)
    }

    /// `_BINARY_OP` of a float and a small int (either side), or two ints divided, against
    /// CPython's results; a zero divisor raises through the generic path.
    func testMixedNumericBinaryOps() throws {
        let floats: [Double] = [0, -0.0, 2.5, -7.25, .infinity, .nan, 1e300]
        let ints = [0, 1, -3, 1 << 40, Value.smallIntMax, Value.smallIntMin]
        for (op, f) in [(0, { (a: Double, b: Double) in a + b }), (5, { $0 * $1 }), (10, { $0 - $1 }), (11, { $0 / $1 })] {
            for intOnLeft in [false, true] {
                let b = SuperblockBuilder()
                let x = b.uop(._LOAD_STACK, immediate: 0), n = b.uop(._LOAD_STACK, immediate: 1)
                b.uop(._GUARD_BOTH_FLOAT, [x, x], exit: b.exit(resume: 1))
                b.uop(._GUARD_BOTH_SMALL_INT, [n, n], exit: b.exit(resume: 1))
                let r = b.uop(._BINARY_OP, intOnLeft ? [n, x] : [x, n], immediate: Int64(op), raiseExit: b.exit(.raised, resume: 1, stack: [x, n]))
                b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [r]))
                XCTAssertFalse(Liveness(b.superblock).isGeneric[4])
                let compiled = try TestRuntime.compile(b)
                for p in floats {
                    for q in ints {
                        let frame = TestRuntime.makeFrame(stack: [Value(float: p), Value(smallInt: q)])
                        let result = try XCTUnwrap(compiled.run(frame))
                        let (a, c) = intOnLeft ? (Double(q), p) : (p, Double(q))
                        if op == 11 && c == 0 {
                            XCTAssertEqual(result.exit, 2, "\(a) / 0 raises")
                            continue
                        }
                        XCTAssertEqual(result.exit, 3)
                        XCTAssertEqual(Frame.stackBase(frame)[0].bits, f(a, c).bitPattern, "\(a) [\(op)] \(c)")
                    }
                }
            }
        }
    }

    func testOverflowExitSeesTheOperandsUnchanged() throws {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0)
        let y = b.uop(._LOAD_STACK, immediate: 1)
        let sum = b.uop(._INT_ADD, [x, y], exit: b.exit(resume: 5, stack: [x, y]))
        b.uop(._EXIT, exit: b.exit(.end, resume: 6, stack: [sum]))
        let compiled = try TestRuntime.compile(b)
        for (a, c, overflows) in [(1, 2, false), (Value.smallIntMax, 1, true), (Value.smallIntMin, -1, true), (-5, 5, false)] {
            let frame = TestRuntime.makeFrame(stack: [Value(smallInt: a), Value(smallInt: c)])
            let result = try XCTUnwrap(compiled.run(frame))
            if overflows {
                XCTAssertEqual(result.exit, 0)
                XCTAssertEqual(frame.pointee.stackDepth, 2)
                XCTAssertEqual(Frame.stackBase(frame)[0].int, a)
                XCTAssertEqual(Frame.stackBase(frame)[1].int, c)
            } else {
                XCTAssertEqual(result.exit, 1)
                XCTAssertEqual(frame.pointee.stackDepth, 1)
                XCTAssertEqual(Frame.stackBase(frame)[0].int, a + c)
            }
        }
    }

    /// Every int uop against the uop interpreter's definition, operands in registers and as
    /// constants, edge values included.
    func testIntUopsMatchTheReference() throws {
        let samples = [0, 1, -1, 2, -2, 3, 7, -7, 13, 63, 64, 65, -64, 1 << 20, -(1 << 20), 1 << 24 + 3,
                       Value.smallIntMax, Value.smallIntMin, Value.smallIntMax - 1, Value.smallIntMin + 1, 1 << 48, -(1 << 48)]
        let uops: [Uop] = [._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY, ._INT_FLOOR_DIVIDE, ._INT_REMAINDER,
                           ._INT_AND, ._INT_OR, ._INT_XOR, ._INT_LSHIFT, ._INT_RSHIFT]
        var compiledCases: [(Uop, Int64, Int?, X86CompiledSuperblock)] = []
        for uop in uops + [._INT_COMPARE] {
            for comparison in uop == ._INT_COMPARE ? Array(0 ... 5) : [0] {
                for constantRight in [nil, 3, -2, 64] as [Int?] {
                    let b = SuperblockBuilder()
                    let x = b.uop(._LOAD_STACK, immediate: 0)
                    let y = constantRight.map { b.constant($0) } ?? b.uop(._LOAD_STACK, immediate: 1)
                    let r = b.uop(uop, [x, y], immediate: Int64(comparison), exit: b.exit(resume: 1))
                    b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [r]))
                    compiledCases.append((uop, Int64(comparison), constantRight, try TestRuntime.compile(b)))
                }
            }
        }
        for (uop, comparison, constantRight, compiled) in compiledCases {
            for a in samples {
                for c in constantRight.map({ [$0] }) ?? samples {
                    let frame = TestRuntime.makeFrame(stack: [Value(smallInt: a), Value(smallInt: c)])
                    let result = try XCTUnwrap(compiled.run(frame))
                    let expected = Self.reference(uop, a, c, comparison)
                    if let expected {
                        XCTAssertEqual(result.exit, 1, "\(uop.name) \(a), \(c) must not exit")
                        XCTAssertEqual(Frame.stackBase(frame)[0].bits, expected.bits, "\(uop.name) \(a), \(c) [\(comparison)]")
                    } else {
                        XCTAssertEqual(result.exit, 0, "\(uop.name) \(a), \(c) must exit")
                    }
                }
            }
        }
    }

    /// The uop interpreter's semantics (nil: the uop exits).
    static func reference(_ uop: Uop, _ a: Int, _ b: Int, _ comparison: Int64) -> Value? {
        func small(_ v: Int) -> Value? { Value.fitsSmallInt(v) ? Value(smallInt: v) : nil }
        switch uop {
        case ._INT_ADD: let (s, o) = a.addingReportingOverflow(b); return o ? nil : small(s)
        case ._INT_SUBTRACT: let (s, o) = a.subtractingReportingOverflow(b); return o ? nil : small(s)
        case ._INT_MULTIPLY: let (s, o) = a.multipliedReportingOverflow(by: b); return o ? nil : small(s)
        case ._INT_FLOOR_DIVIDE, ._INT_REMAINDER:
            if b == 0 { return nil }
            var q = a / b, m = a - q * b
            if m != 0 && ((m < 0) != (b < 0)) { q -= 1; m += b }
            return small(uop == ._INT_FLOOR_DIVIDE ? q : m)
        case ._INT_AND: return Value(smallInt: a & b)
        case ._INT_OR: return Value(smallInt: a | b)
        case ._INT_XOR: return Value(smallInt: a ^ b)
        case ._INT_LSHIFT:
            if b < 0 || b >= 64 { return nil }
            let shifted = a << b
            return shifted >> b != a ? nil : small(shifted)
        case ._INT_RSHIFT:
            if b < 0 { return nil }
            return Value(smallInt: b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case ._INT_COMPARE:
            let results = [a < b, a <= b, a == b, a != b, a > b, a >= b]
            return Value(bool: results[Int(comparison)])
        default: fatalError()
        }
    }

    /// Float arithmetic and every comparison, NaNs, infinities and signed zeros included, alone
    /// and fused with a following guard.
    func testFloatUopsFollowPythonIncludingNaN() throws {
        let samples: [Double] = [0, -0.0, 1, -1, 2.5, .infinity, -.infinity, .nan, 1e308, Double.leastNonzeroMagnitude]
        for uop in [Uop._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE] {
            let b = SuperblockBuilder()
            let x = b.uop(._LOAD_STACK, immediate: 0), y = b.uop(._LOAD_STACK, immediate: 1)
            let r = b.uop(uop, [x, y], exit: b.exit(resume: 1))
            b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [r]))
            let compiled = try TestRuntime.compile(b)
            for p in samples {
                for q in samples {
                    let frame = TestRuntime.makeFrame(stack: [Value(float: p), Value(float: q)])
                    let result = try XCTUnwrap(compiled.run(frame))
                    if uop == ._FLOAT_TRUE_DIVIDE && q == 0 {
                        XCTAssertEqual(result.exit, 0, "\(p) / \(q) exits")
                        continue
                    }
                    let expected: Double = uop == ._FLOAT_ADD ? p + q : uop == ._FLOAT_SUBTRACT ? p - q : uop == ._FLOAT_MULTIPLY ? p * q : p / q
                    XCTAssertEqual(result.exit, 1)
                    XCTAssertEqual(Frame.stackBase(frame)[0].bits, expected.bitPattern, "\(uop.name) \(p) \(q)")
                }
            }
        }
        for comparison in 0 ... 5 {
            for fusedGuard in [nil, Uop._GUARD_TRUE, ._GUARD_FALSE] {
                let b = SuperblockBuilder()
                let x = b.uop(._LOAD_STACK, immediate: 0), y = b.uop(._LOAD_STACK, immediate: 1)
                let r = b.uop(._FLOAT_COMPARE, [x, y], immediate: Int64(comparison))
                if let fusedGuard {
                    b.uop(fusedGuard, [r], exit: b.exit(resume: 1))
                    b.uop(._EXIT, exit: b.exit(.end, resume: 2))
                } else {
                    b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [r]))
                }
                let compiled = try TestRuntime.compile(b)
                XCTAssertEqual(Liveness(b.superblock).fusedWithNextGuard[2], fusedGuard != nil)
                for p in samples {
                    for q in samples {
                        let expected = [p < q, p <= q, p == q, p != q, p > q, p >= q][comparison]
                        let frame = TestRuntime.makeFrame(stack: [Value(float: p), Value(float: q)])
                        let result = try XCTUnwrap(compiled.run(frame))
                        switch fusedGuard {
                        case nil: XCTAssertEqual(Frame.stackBase(frame)[0], Value(bool: expected), "\(p) [\(comparison)] \(q)")
                        case ._GUARD_TRUE?: XCTAssertEqual(result.exit, expected ? 1 : 0, "\(p) [\(comparison)] \(q)")
                        default: XCTAssertEqual(result.exit, expected ? 0 : 1, "\(p) [\(comparison)] \(q)")
                        }
                    }
                }
            }
        }
    }

    /// `_FLOAT_POWER` calls pow for a positive finite base, a finite exponent and a finite
    /// result, and exits in every other case (Tier 1 then handles or raises); a value live across
    /// the call survives it.
    func testFloatPowerCallsPowOrExits() throws {
        let samples: [Double] = [0, -0.0, 1, -1, 0.5, 2.5, -2.5, 1e300, 1e-300, .infinity, -.infinity, .nan, 3, -3]
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0), y = b.uop(._LOAD_STACK, immediate: 1)
        let kept = b.uop(._FLOAT_ADD, [x, y])
        let r = b.uop(._FLOAT_POWER, [x, y], exit: b.exit(resume: 1))
        let sum = b.uop(._FLOAT_ADD, [r, kept])
        b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [r, sum]))
        let compiled = try TestRuntime.compile(b)
        for p in samples {
            for q in samples {
                let frame = TestRuntime.makeFrame(stack: [Value(float: p), Value(float: q)])
                let result = try XCTUnwrap(compiled.run(frame))
                guard let expected = floatPowerFastPath(p, q) else {
                    XCTAssertEqual(result.exit, 0, "\(p) ** \(q) exits")
                    continue
                }
                XCTAssertEqual(result.exit, 1, "\(p) ** \(q)")
                XCTAssertEqual(Frame.stackBase(frame)[0].bits, expected.bitPattern, "\(p) ** \(q)")
                XCTAssertEqual(Frame.stackBase(frame)[1].bits, (expected + (p + q)).bitPattern, "\(p) ** \(q)")
            }
        }
        XCTAssertEqual(floatPowerFastPath(2.0, 0.5), 2.0.squareRoot())
        XCTAssertNil(floatPowerFastPath(10.0, 400.0), "overflow")
        XCTAssertNil(floatPowerFastPath(-8.0, 3.0), "negative bases take the full path")
    }

    func testListAndTupleIndexingWithNegativeIndexes() throws {
        let list = newList([Value(smallInt: 10), Value(smallInt: 20), Value(smallInt: 30)])
        let tuple = newTuple([Value(smallInt: 1), Value(smallInt: 2)])
        rt.pointee.permanentRoots += [list, tuple]
        for isList in [true, false] {
            let b = SuperblockBuilder()
            let container = b.uop(._LOAD_STACK, immediate: 0), index = b.uop(._LOAD_STACK, immediate: 1)
            b.uop(isList ? ._GUARD_LIST_INT : ._GUARD_TUPLE_INT, [container, index], exit: b.exit(resume: 1))
            let item = b.uop(isList ? ._LIST_GET : ._TUPLE_GET, [container, index], exit: b.exit(resume: 2))
            b.uop(._EXIT, exit: b.exit(.end, resume: 3, stack: [item]))
            let compiled = try TestRuntime.compile(b)
            let values = isList ? [10, 20, 30] : [1, 2]
            for i in -4 ... 4 {
                let frame = TestRuntime.makeFrame(stack: [isList ? list : tuple, Value(smallInt: i)])
                let result = try XCTUnwrap(compiled.run(frame))
                let n = values.count
                if i >= -n && i < n {
                    XCTAssertEqual(result.exit, 2)
                    XCTAssertEqual(Frame.stackBase(frame)[0].int, values[(i + n) % n])
                } else {
                    XCTAssertEqual(result.exit, 1, "index \(i) is out of range")
                }
            }
            // The wrong container type fails the guard.
            let frame = TestRuntime.makeFrame(stack: [isList ? tuple : list, Value(smallInt: 0)])
            XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, 0)
        }
        // list[-1] = 99
        let b = SuperblockBuilder()
        let container = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._GUARD_LIST_INT_STORE, [b.constant(99), container, b.constant(-1)], exit: b.exit(resume: 1))
        b.uop(._LIST_SET, [b.constant(99), container, b.constant(-1)], exit: b.exit(resume: 2))
        b.uop(._EXIT, exit: b.exit(.end, resume: 3))
        XCTAssertEqual(try XCTUnwrap(TestRuntime.compile(b).run(TestRuntime.makeFrame(stack: [list]))).exit, 2)
        XCTAssertEqual(list.object(as: ListObject.self).items[2].int, 99)
    }

    /// for x in range(...): total += x — with the iterator's values beyond the small-int range
    /// taking the generic slow path.
    func testRangeIterationLoopAndItsSlowPath() throws {
        let b = SuperblockBuilder()
        let iterator = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._GUARD_RANGE_ITERATOR, [iterator], exit: b.exit(resume: 1, stack: [iterator]))
        b.uop(._GUARD_RANGE_NOT_EXHAUSTED, [iterator], exit: b.exit(resume: 2))
        let x = b.uop(._RANGE_NEXT, [iterator])
        let count = b.uop(._LOAD_LOCAL, immediate: 0, exit: b.exit(resume: 3, stack: [iterator]))
        let newCount = b.uop(._INT_ADD, [count, b.constant(1)], exit: b.exit(resume: 4, stack: [iterator]))
        b.loop(locals: [(0, newCount), (1, x)], stack: [iterator])
        let compiled = try TestRuntime.compile(b)
        for (start, step, n) in [(0, 1, 1000), (Value.smallIntMax - 2, 1, 5), (-5, -3, 7)] {
            let range = rt.pointee.heap.allocate(size: MemoryLayout<RangeIteratorObject>.stride, kind: .rangeIterator,
                                                 type: rt.pointee.types.rangeIterator).assumingMemoryBound(to: RangeIteratorObject.self)
            range.pointee.next = start
            range.pointee.step = step
            range.pointee.remaining = n
            let value = Value(range)
            rt.pointee.permanentRoots.append(value)
            TestRuntime.genericCalls = 0
            let frame = TestRuntime.makeFrame(locals: [Value(smallInt: 0)], stack: [value])
            let result = try XCTUnwrap(compiled.run(frame))
            XCTAssertEqual(result.exit, 1, "the loop ends when the range is exhausted")
            XCTAssertEqual(local(frame, 0).int, n)
            let last = start + (n - 1) * step
            if Value.fitsSmallInt(last) {
                XCTAssertEqual(local(frame, 1).int, last)
                XCTAssertEqual(TestRuntime.genericCalls, 0)
            } else {
                XCTAssertEqual(local(frame, 1).objectKind, .bigInt, "boxed by the generic path")
                XCTAssertEqual(TestRuntime.genericCalls, (0 ..< n).filter { !Value.fitsSmallInt(start + $0 * step) }.count)
            }
            XCTAssertEqual(range.pointee.remaining, 0)
        }
    }

    /// Generic uops through a trampoline that trashes the caller-saved registers: values used
    /// after the call survive (callee-saved registers or slots), results come back from the slot,
    /// and a raise takes the raise exit with the snapshot intact.
    func testGenericUopsAcrossClobberingCalls() throws {
        let b = SuperblockBuilder()
        let values = (0 ..< 4).map { b.uop(._LOAD_STACK, immediate: Int64($0)) }
        let raise = b.exit(.raised, resume: 1, stack: values)
        let s1 = b.uop(._BINARY_OP, [values[0], values[1]], raiseExit: raise)
        let s2 = b.uop(._BINARY_OP, [values[2], values[3]], raiseExit: raise)
        // Native uses after the calls: the four loads and both sums must survive.
        var total = b.uop(._INT_ADD, [s1, s2], exit: b.exit(resume: 2))
        for value in values { total = b.uop(._INT_ADD, [total, value], exit: b.exit(resume: 3)) }
        let truth = b.uop(._TO_BOOL, [b.uop(._LOAD_LOCAL, immediate: 0, exit: b.exit(resume: 5))], raiseExit: raise)
        b.uop(._EXIT, exit: b.exit(.end, resume: 4, stack: [total, truth]))
        let compiled = try TestRuntime.compile(b)
        let frame = TestRuntime.makeFrame(locals: [Value(smallInt: 7)], stack: [1, 2, 3, 4].map { Value(smallInt: $0) })
        XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, 7)
        XCTAssertEqual(Frame.stackBase(frame)[0].int, 20)
        XCTAssertEqual(Frame.stackBase(frame)[1], .true)
        XCTAssertEqual(TestRuntime.genericCalls, 2)

        // _TO_BOOL inline for ints, through the slow path for objects.
        let object = newList([])
        rt.pointee.permanentRoots.append(object)
        TestRuntime.genericCalls = 0
        let frame2 = TestRuntime.makeFrame(locals: [object], stack: [1, 2, 3, 4].map { Value(smallInt: $0) })
        XCTAssertEqual(try XCTUnwrap(compiled.run(frame2)).exit, 7)
        XCTAssertEqual(Frame.stackBase(frame2)[0].int, 20)
        XCTAssertEqual(Frame.stackBase(frame2)[1], .true)
        XCTAssertEqual(TestRuntime.genericCalls, 3)

        // 600 + 66 raises in the first call: the raise exit names the four loaded values.
        let frame3 = TestRuntime.makeFrame(locals: [Value(smallInt: 7)], stack: [600, 66, 3, 4].map { Value(smallInt: $0) })
        let result = try XCTUnwrap(compiled.run(frame3))
        XCTAssertEqual(result.exit, Int(raise))
        XCTAssertEqual((0 ..< 4).map { Frame.stackBase(frame3)[$0].int }, [600, 66, 3, 4])
    }

    /// len() of exact lists, tuples and strs and list.append with room are inline; a dict's
    /// length, an object without one (a raise) and a full list go through `executeUop`, with
    /// the values live across it intact.
    func testLengthAndAppendInlineAndSlowPaths() throws {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0), list = b.uop(._LOAD_STACK, immediate: 1)
        let kept = b.uop(._LOAD_STACK, immediate: 2)
        let raise = b.exit(.raised, resume: 1, stack: [x, list, kept])
        let n = b.uop(._LEN, [x], raiseExit: raise)
        b.uop(._LIST_APPEND, [list, n], raiseExit: raise)
        let sum = b.uop(._INT_ADD, [n, kept], exit: b.exit(resume: 2))
        b.uop(._EXIT, exit: b.exit(.end, resume: 3, stack: [sum]))
        let compiled = try TestRuntime.compile(b)
        let dict = newDict()
        for key in 0 ..< 5 { try dictSetItem(dict.object(as: DictObject.self), Value(smallInt: key), .none) }
        let cases: [(Value, Int, Int)] = [   // value, expected length, executeUop calls
            (newList([1, 2, 3].map { Value(smallInt: $0) }), 3, 0), (newTuple([.none, .none]), 2, 0),
            (newString("héllo"), 5, 0), (newString("😀😀"), 2, 0), (newString(""), 0, 0), (dict, 5, 1),
        ]
        let target = newList([])
        rt.pointee.permanentRoots.append(contentsOf: cases.map(\.0) + [target])
        for (value, length, calls) in cases {
            let before = target.object(as: ListObject.self).pointee.count
            let full = target.object(as: ListObject.self).pointee.count >= target.object(as: ListObject.self).pointee.capacity
            TestRuntime.genericCalls = 0
            let frame = TestRuntime.makeFrame(stack: [value, target, Value(smallInt: 100)])
            let result = try XCTUnwrap(compiled.run(frame))
            XCTAssertEqual(result.exit, 2)
            XCTAssertEqual(Frame.stackBase(frame)[0].int, 100 + length)
            XCTAssertEqual(target.object(as: ListObject.self).pointee.count, before + 1)
            XCTAssertEqual(target.object(as: ListObject.self).items[before].int, length)
            XCTAssertEqual(TestRuntime.genericCalls, calls + (full ? 1 : 0), "\(value)")
        }
        let frame = TestRuntime.makeFrame(stack: [Value(smallInt: 3), target, Value(smallInt: 100)])
        XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, Int(raise), "len(3) raises")
        XCTAssertEqual(Frame.stackBase(frame)[2].int, 100)
    }

    func testToBoolInlineCases() throws {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0)
        let truth = b.uop(._TO_BOOL, [x], raiseExit: b.exit(.raised, resume: 1))
        b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [truth]))
        let compiled = try TestRuntime.compile(b)
        let cases: [(Value, Bool)] = [(.true, true), (.false, false), (.none, false), (Value(smallInt: 0), false),
                                      (Value(smallInt: -3), true), (Value(float: 0), false), (Value(float: -0.0), false),
                                      (Value(float: .nan), true), (Value(float: 0.1), true)]
        for (value, expected) in cases {
            let frame = TestRuntime.makeFrame(stack: [value])
            XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, 1)
            XCTAssertEqual(Frame.stackBase(frame)[0], Value(bool: expected), "bool(\(value.bits))")
        }
        XCTAssertEqual(TestRuntime.genericCalls, 0)
    }

    /// The check after a projected operator method: exits on NotImplemented only, natively.
    func testNotIdentityGuard() throws {
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._GUARD_NOT_IDENTITY, [x], immediate: Int64(bitPattern: Value.notImplemented.bits),
              exit: b.exit(resume: 1, stack: [x]))
        b.uop(._EXIT, exit: b.exit(.end, resume: 2, stack: [x]))
        let compiled = try TestRuntime.compile(b)
        let cases: [(Value, Int)] = [(.notImplemented, 0), (.none, 1), (Value(smallInt: 4), 1), (Value(float: 1.5), 1), (.false, 1)]
        for (value, exit) in cases {
            let frame = TestRuntime.makeFrame(stack: [value])
            XCTAssertEqual(try XCTUnwrap(compiled.run(frame)).exit, exit, "\(value.bits)")
            XCTAssertEqual(Int(frame.pointee.instructionIndex), exit + 1)
        }
        XCTAssertEqual(TestRuntime.genericCalls, 0)
    }
}
