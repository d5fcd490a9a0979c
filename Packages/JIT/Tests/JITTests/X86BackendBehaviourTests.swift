import XCTest
import JIT
import Superblock

/// Tier2BehaviourTests' programs with the x86-64 backend, every superblock checked against its
/// listing with capstone. (Each test is restated here because XCTest on Linux only finds the
/// test methods a class declares itself.)
final class X86BackendBehaviourTests: Tier2BehaviourTests {
    override func makeBackend() -> Backend {
        guard let backend = NativeBackends.make("x86-64", verify: true, verificationFailed: { report in
            fatalError(report)
        }) else {
            fatalError("no x86-64 backend on this host")
        }
        return backend
    }

    override func testTypesChangingMidLoop() throws { try super.testTypesChangingMidLoop() }
    override func testIntOverflowIntoBignumsInsideALoop() throws { try super.testIntOverflowIntoBignumsInsideALoop() }
    override func testGlobalReboundAndFunctionRedefinedWhileHot() throws { try super.testGlobalReboundAndFunctionRedefinedWhileHot() }
    override func testBranchTakenThousandsOfTimesThenNever() throws { try super.testBranchTakenThousandsOfTimesThenNever() }
    override func testExceptionFromAProjectedCall() throws { try super.testExceptionFromAProjectedCall() }
    override func testDeepRecursionThroughAHotFunction() throws { try super.testDeepRecursionThroughAHotFunction() }
    override func testAttributeLayoutsChangingAfterCompilation() throws { try super.testAttributeLayoutsChangingAfterCompilation() }
    override func testExitsBecomeBridges() throws { try super.testExitsBecomeBridges() }
    override func testLoopsClosedByBridgesAreProfitable() throws { try super.testLoopsClosedByBridgesAreProfitable() }
    override func testGeneratorsComprehensionsAndClosuresUnderTier2() throws { try super.testGeneratorsComprehensionsAndClosuresUnderTier2() }
}
