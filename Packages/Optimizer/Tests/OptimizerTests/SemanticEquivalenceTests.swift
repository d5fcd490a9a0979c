import Optimizer
import Superblock
import XCTest

/// The optimizer must not change what a program does: each program prints the same as CPython
/// with no optimization and with the full pipeline, on the uop interpreter, with everything
/// compiled at once (thresholds 1/1: immature profiles, a bridge from every exit) and with
/// profiles trained a little (16/8).
final class SemanticEquivalenceTests: XCTestCase {
    func assertEquivalent(_ source: String, pipelines: [String] = ["none", "full"],
                          thresholds: [(jit: Int, exit: Int)] = [(1, 1), (16, 8)],
                          file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try CPython.run(source)
        XCTAssertFalse(expected.stdout.isEmpty, "the oracle printed nothing", file: file, line: line)
        for pipeline in pipelines {
            for (jit, exit) in thresholds {
                let run = try runWithTestTier2(source, pipeline: pipeline, jitThreshold: jit, exitThreshold: exit)
                XCTAssertEqual(run.result, expected, "--optimizer \(pipeline), thresholds \(jit)/\(exit)", file: file, line: line)
                XCTAssertGreaterThan(run.jit.superblockCount, 0, "Tier 2 compiled nothing (\(pipeline), \(jit)/\(exit))", file: file, line: line)
                XCTAssertGreaterThan(run.jit.entries, 0, "Tier 2 ran nothing (\(pipeline), \(jit)/\(exit))", file: file, line: line)
                // (At threshold 1 Tier 1 has specialized little: generic uops leave little to do.)
                if pipeline == "full" && jit > 1 {
                    XCTAssertLessThan(run.jit.uopsFinalPerIteration, run.jit.uopsProjected, "the optimizer did nothing (\(jit)/\(exit))",
                                      file: file, line: line)
                }
            }
        }
    }

    func testInts() throws { try assertEquivalent(EquivalencePrograms.ints) }
    func testFloats() throws { try assertEquivalent(EquivalencePrograms.floats) }
    func testAttributes() throws { try assertEquivalent(EquivalencePrograms.attributes) }
    func testMethodCalls() throws { try assertEquivalent(EquivalencePrograms.methods) }
    func testBranches() throws { try assertEquivalent(EquivalencePrograms.branches) }
    func testLoopsThatExitEarly() throws { try assertEquivalent(EquivalencePrograms.earlyExits) }
    func testInstancesThatEscapeAtExits() throws { try assertEquivalent(EquivalencePrograms.escapingInstances) }
    /// The CSE bug: `type(o)` merged across `setattr(o, "__class__", ...)`.
    func testClassAssignmentBetweenTypeReads() throws { try assertEquivalent(EquivalencePrograms.classChanges) }
    func testCellsGlobalsAndListsChangedBetweenLoads() throws { try assertEquivalent(EquivalencePrograms.cellsAndGlobals) }
    func testExceptionsFromProjectedCalls() throws { try assertEquivalent(EquivalencePrograms.exceptions) }
    func testGeneratorsAndUnpacking() throws { try assertEquivalent(EquivalencePrograms.generatorsAndTuples) }

    /// The full pipeline really sinks the escaping-instances program's point in its hot loops,
    /// and still creates the points the program keeps.
    func testSinkingHappensInTheEscapingProgram() throws {
        let run = try runWithTestTier2(EquivalencePrograms.escapingInstances, pipeline: "full", jitThreshold: 16, exitThreshold: 8)
        XCTAssertEqual(run.result, try CPython.run(EquivalencePrograms.escapingInstances))
        XCTAssertGreaterThan(run.jit.count(._ALLOCATE_INSTANCE, optimized: false), run.jit.count(._ALLOCATE_INSTANCE, optimized: true))
        XCTAssertGreaterThan(run.jit.count(._VIRTUAL_INSTANCE, optimized: true), 0)
    }
}
