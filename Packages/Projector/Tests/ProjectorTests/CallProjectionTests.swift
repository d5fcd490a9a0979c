import Bytecode
import Projector
import Superblock
import XCTest

/// Calls of Python functions Tier 1 specialized are projected through: the callee's body is
/// inlined behind a function-version guard, and exits inside it create the callee's frame.
final class CallProjectionTests: XCTestCase {
    static let source = """
    def f(x):
        return x * 3 + 1
    def run(n):
        total = 0
        for i in range(n):
            total = total + f(i)
        return total
    print(run(100))
    """

    func testCalledFunctionIsInlinedBehindAVersionGuard() throws {
        let p = try ProjectionHarness.project(CallProjectionTests.source, function: "run")
        XCTAssertEqual(p.stdout, "14950\n")
        XCTAssertEqual(p.codeNames, ["run", "f"])
        XCTAssertEqual(p.superblock.count(of: ._CALL), 0, p.dump)
        let versionGuard = try XCTUnwrap(p.first(._GUARD_FUNCTION_VERSION), p.dump)
        let inlined = p.superblock.instructions.indices.filter { p.origin($0).code == 1 }
        XCTAssertEqual(inlined.map { p.uops[$0] }, [._GUARD_BOTH_SMALL_INT, ._INT_MULTIPLY, ._GUARD_BOTH_SMALL_INT, ._INT_ADD], p.dump)
        XCTAssertGreaterThan(inlined.first!, versionGuard)
        // The callee's x is the caller's i; its return value is the caller's right operand.
        let next = try XCTUnwrap(p.first(._RANGE_NEXT))
        XCTAssertEqual(p.operands(inlined[1])[0], Ref(uop: next))
        let result = Ref(uop: inlined[3])
        let outerAdd = try XCTUnwrap(p.first(._INT_ADD, from: inlined[3] + 1))
        XCTAssertEqual(p.origin(outerAdd).code, 0)
        XCTAssertEqual(p.operands(outerAdd)[1], result)
        XCTAssertNotNil(p.superblock.loopBack)
    }

    func testExitInsideTheCalleeCreatesItsFrame() throws {
        let p = try ProjectionHarness.project(CallProjectionTests.source, function: "run")
        let versionGuard = try XCTUnwrap(p.first(._GUARD_FUNCTION_VERSION))
        let callable = p.operands(versionGuard)[0]
        let multiply = try XCTUnwrap(p.first(._INT_MULTIPLY))
        let exit = try XCTUnwrap(p.exit(of: multiply))
        XCTAssertEqual(exit.frames.count, 2)
        let caller = exit.frames[0], callee = exit.frames[1]
        let call = try XCTUnwrap(p.instructionIndex(of: .CALL_PY_EXACT_ARGS))
        XCTAssertEqual(caller.code, 0)
        XCTAssertFalse(caller.isVirtual)
        XCTAssertEqual(Int(caller.resumeIndex), call + 1, "the caller continues after the call when the callee returns")
        let totalLoad = try XCTUnwrap(p.first(._LOAD_LOCAL))
        XCTAssertEqual(caller.stack, [Ref(uop: 0), Ref(uop: totalLoad)], "the iterator and total; the call's operands are gone")
        XCTAssertEqual(callee.code, 1)
        XCTAssertTrue(callee.isVirtual)
        XCTAssertFalse(callee.isConstructor)
        XCTAssertEqual(callee.function, callable)
        XCTAssertEqual(Int(callee.resumeIndex), try XCTUnwrap(p.instructionIndex(of: .BINARY_OP_MULTIPLY_INT, in: 1)))
        let next = Ref(uop: try XCTUnwrap(p.first(._RANGE_NEXT)))
        XCTAssertEqual(localsBySlot(callee), [try XCTUnwrap(p.slot("x", in: 1)): next])
        XCTAssertEqual(callee.stack.first, next)
        XCTAssertEqual(callee.stack.count, 2)
        XCTAssertTrue(try XCTUnwrap(callee.stack.last).isConstant)
    }

    func testConstructorProjectsTheAllocationAndInit() throws {
        let p = try ProjectionHarness.project("""
        class P:
            def __init__(self, v):
                self.v = v
        def run(n):
            total = 0
            for i in range(n):
                p = P(i)
                total = total + p.v
            return total
        print(run(100))
        """, function: "run")
        XCTAssertEqual(p.codeNames, ["run", "P.__init__"])
        XCTAssertEqual(p.superblock.count(of: ._CALL), 0, p.dump)
        let classGuard = try XCTUnwrap(p.first(._GUARD_CLASS_VERSION), p.dump)
        let allocation = try XCTUnwrap(p.first(._ALLOCATE_INSTANCE), p.dump)
        XCTAssertEqual(allocation, classGuard + 1)
        XCTAssertEqual(p.operands(allocation), p.operands(classGuard), "allocates an instance of the guarded class")
        let store = try XCTUnwrap(p.first(._ADD_INSTANCE_ATTRIBUTE), p.dump)
        XCTAssertEqual(p.origin(store).code, 1)
        XCTAssertEqual(p.operands(store)[1], Ref(uop: allocation), "self.v = v stores into the new instance")
        // An exit inside __init__: the caller holds the instance on its stack, the constructor
        // frame has it as self.
        let exit = try XCTUnwrap(p.exit(of: store))
        XCTAssertEqual(exit.frames.count, 2)
        XCTAssertEqual(exit.frames[0].stack.last, Ref(uop: allocation))
        XCTAssertTrue(exit.frames[1].isConstructor)
        XCTAssertEqual(localsBySlot(exit.frames[1])[try XCTUnwrap(p.slot("self", in: 1))], Ref(uop: allocation))
        // After __init__ the caller stores the instance in p and reads p.v back.
        let load = try XCTUnwrap(p.first(._LOAD_INSTANCE_SLOT), p.dump)
        XCTAssertEqual(p.operands(load), [Ref(uop: allocation)])
        XCTAssertEqual(p.origin(load).code, 0)
    }

    func testRecursiveCallIsNotProjectedAgain() throws {
        let p = try ProjectionHarness.project("""
        def fact(k):
            if k <= 1:
                return 1
            return k * fact(k - 1)
        def run(n):
            total = 0
            for i in range(n):
                total = total + fact(5)
            return total
        print(run(60))
        """, function: "run")
        XCTAssertEqual(p.stdout, "7200\n")
        XCTAssertEqual(p.codeNames, ["run", "fact"], "fact is projected once")
        XCTAssertEqual(p.superblock.count(of: ._CALL), 1, "its recursive call is a call uop: \(p.dump)")
        let call = try XCTUnwrap(p.first(._CALL))
        XCTAssertEqual(p.origin(call).code, 1)
        XCTAssertEqual(p.superblock.instructions[call].immediate, 1, "one argument")
    }

    func testFrameDepthLimitKeepsTheCall() throws {
        var configuration = ProjectionConfiguration()
        configuration.maxFrameDepth = 1
        let p = try ProjectionHarness.project(CallProjectionTests.source, function: "run", configuration: configuration)
        XCTAssertEqual(p.codeNames, ["run"])
        XCTAssertEqual(p.superblock.count(of: ._GUARD_FUNCTION_VERSION), 0)
        let call = try XCTUnwrap(p.first(._CALL), p.dump)
        let next = Ref(uop: try XCTUnwrap(p.first(._RANGE_NEXT)))
        XCTAssertEqual(p.operands(call).count, 2)
        XCTAssertEqual(p.operands(call)[1], next, "f(i)")
        let raise = try XCTUnwrap(p.raiseExit(of: call))
        XCTAssertEqual(raise.kind, .raised)
        XCTAssertEqual(Int(raise.innermost.resumeIndex), try XCTUnwrap(p.instructionIndex(of: .CALL_PY_EXACT_ARGS)))
        XCTAssertNotNil(p.superblock.loopBack)
    }

    func testMethodCallInlinesWithSelf() throws {
        let p = try ProjectionHarness.project("""
        class C:
            def __init__(self):
                self.k = 2
            def scale(self, v):
                return v * self.k
        def run(n):
            c = C()
            total = 0
            for i in range(n):
                total = total + c.scale(i)
            return total
        print(run(100))
        """, function: "run")
        XCTAssertEqual(p.stdout, "9900\n")
        XCTAssertEqual(p.codeNames, ["run", "C.scale"])
        XCTAssertEqual(p.superblock.count(of: ._CALL), 0, p.dump)
        // The receiver's type and shape are guarded before the method is taken from the type.
        let typeGuard = try XCTUnwrap(p.first(._GUARD_TYPE_VERSION))
        let receiver = p.operands(typeGuard)[0]
        XCTAssertEqual(p.uops[Int(receiver.uopIndex)], ._LOAD_LOCAL)
        let load = try XCTUnwrap(p.first(._LOAD_INSTANCE_SLOT))
        XCTAssertEqual(p.origin(load).code, 1)
        XCTAssertEqual(p.operands(load), [receiver], "self.k reads the receiver")
    }
}
