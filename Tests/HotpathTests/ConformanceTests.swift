import XCTest

/// The conformance suite: every Fixtures/conformance program must print what CPython 3.11 printed
/// (stdout byte for byte, exit status, last line of stderr).
final class ConformanceTests: XCTestCase {
    func check(_ label: String, extraArguments: [String] = [], environment: [String: String] = [:], timeout: TimeInterval) throws {
        let names = try FixtureRunner.fixtureNames()
        XCTAssertGreaterThanOrEqual(names.count, 150, "the conformance suite lost programs")
        let outcomes = FixtureRunner.runAll(names, extraArguments: extraArguments, environment: environment, timeout: timeout)
        let failures = outcomes.filter { $0.failure != nil }
        for failure in failures {
            XCTFail("\(label) \(failure.name): \(failure.failure!)")
        }
        print("conformance [\(label)]: \(outcomes.count - failures.count)/\(outcomes.count) passed")
    }

    func testConformanceWithTheInterpreter() throws {
        try check("interp", extraArguments: ["--backend", "interp"], timeout: 60)
    }

    /// The same programs with every loop compiled to x86-64 at once (and every exit bridged), the
    /// machine code checked against the emitter's listing.
    func testConformanceWithTheX86Backend() throws {
        #if arch(x86_64)
        try check("x86-64", extraArguments: ["--backend", "x86-64", "--jit-threshold", "1", "--exit-threshold", "1", "--verify"], timeout: 60)
        #endif
    }

    /// Tier 2 on every loop and every exit at once (thresholds 1): every program runs mostly as
    /// superblocks and bridges on the uop interpreter, the reference semantics of Tier 2.
    func testConformanceWithTheUopInterpreter() throws {
        try check("uops", extraArguments: ["--backend", "uops", "--jit-threshold", "1", "--exit-threshold", "1"], timeout: 60)
    }

    /// The same programs with a collection before every allocation: finds objects the collector
    /// cannot see.
    func testConformanceUnderGCStress() throws {
        try check("interp+gc-stress", extraArguments: ["--backend", "interp"], environment: ["HOTPATH_GC_STRESS": "1"], timeout: 600)
    }
}
