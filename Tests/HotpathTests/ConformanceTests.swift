import XCTest

/// The conformance suite: every Fixtures/conformance program must print what CPython 3.11 printed
/// (stdout byte for byte, exit status, last line of stderr).
final class ConformanceTests: XCTestCase {
    func check(_ label: String, extraArguments: [String] = [], environment: [String: String] = [:], timeout: TimeInterval) throws {
        let names = try FixtureRunner.fixtureNames()
        XCTAssertGreaterThanOrEqual(names.count, 150, "the conformance suite lost programs")
        let known = try FixtureRunner.knownFailures()
        for name in known.keys where !names.contains(name) {
            XCTFail("known-failures.txt names \(name), which is not a fixture")
        }
        let outcomes = FixtureRunner.runAll(names, extraArguments: extraArguments, environment: environment, timeout: timeout)
        var passed = 0, expectedFailures = 0
        for outcome in outcomes {
            switch (outcome.failure, known[outcome.name]) {
            case (nil, nil):
                passed += 1
            case (nil, _?):
                XCTFail("\(label) \(outcome.name) passes now: remove it from Fixtures/conformance/known-failures.txt")
            case (let failure?, nil):
                XCTFail("\(label) \(outcome.name): \(failure)")
            case (let failure?, _?):
                // A known gap must still fail cleanly: never a crash or a hang.
                if failure.contains("crashed") || failure.contains("timed out") {
                    XCTFail("\(label) \(outcome.name) (a known failure) must not crash or hang: \(failure)")
                } else {
                    expectedFailures += 1
                }
            }
        }
        print("conformance [\(label)]: \(passed)/\(outcomes.count) passed, \(expectedFailures) known failures")
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

    /// GC stress with every loop and exit compiled at once: superblocks, bridges, sunk
    /// allocations and exits that materialize frames must keep every object they hold visible
    /// to the collector.
    func testConformanceUnderGCStressWithTier2() throws {
        try check("uops+gc-stress", extraArguments: ["--backend", "uops", "--jit-threshold", "1", "--exit-threshold", "1"],
                  environment: ["HOTPATH_GC_STRESS": "1"], timeout: 600)
        #if arch(x86_64)
        try check("x86-64+gc-stress", extraArguments: ["--backend", "x86-64", "--jit-threshold", "1", "--exit-threshold", "1", "--verify"],
                  environment: ["HOTPATH_GC_STRESS": "1"], timeout: 600)
        #endif
    }
}
