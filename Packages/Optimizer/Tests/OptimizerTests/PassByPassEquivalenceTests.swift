import Optimizer
import XCTest

/// Each pass alone, and in orders the full pipeline does not use, must keep every program's
/// output: a pass may not rely on another having run first.
final class PassByPassEquivalenceTests: XCTestCase {
    func assertAllProgramsEquivalent(_ pipeline: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for (name, source) in EquivalencePrograms.all {
            let expected = try CPython.run(source)
            for (jit, exit) in [(1, 1), (16, 8)] {
                let run = try runWithTestTier2(source, pipeline: pipeline, jitThreshold: jit, exitThreshold: exit)
                XCTAssertEqual(run.result, expected, "\(name) with --optimizer \(pipeline), thresholds \(jit)/\(exit)", file: file, line: line)
            }
        }
    }

    func testTypesAlone() throws { try assertAllProgramsEquivalent("types") }
    func testCSEAlone() throws { try assertAllProgramsEquivalent("cse") }
    func testDCEAlone() throws { try assertAllProgramsEquivalent("dce") }
    func testPeelAlone() throws { try assertAllProgramsEquivalent("peel") }
    func testSinkAlone() throws { try assertAllProgramsEquivalent("sink") }
    func testSinkAfterPeelingOnly() throws { try assertAllProgramsEquivalent("peel,sink") }
    func testPeelFirst() throws { try assertAllProgramsEquivalent("peel,types,cse,sink,dce") }
}
