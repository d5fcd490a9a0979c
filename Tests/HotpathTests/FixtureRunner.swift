import Foundation

/// Runs Fixtures/conformance programs with the `hotpath` binary and compares what they print
/// with what CPython printed when the fixture was recorded (ci/record-fixtures).
struct FixtureRunner {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let conformanceDirectory = repositoryRoot.appendingPathComponent("Fixtures/conformance")

    /// The hotpath binary: $HOTPATH_BINARY when set (ci/test points it at the release build),
    /// else the one built next to this test bundle.
    static var hotpath: URL {
        if let path = ProcessInfo.processInfo.environment["HOTPATH_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("hotpath")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/hotpath")
    }

    struct Expected {
        var stdout: Data
        var status: Int32
        var lastErrorLine: String
    }

    struct Outcome {
        var name: String
        var failure: String?
    }

    /// Names of every fixture (without .py), sorted.
    static func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: conformanceDirectory.path)
            .filter { $0.hasSuffix(".py") }
            .map { String($0.dropLast(3)) }
            .sorted()
    }

    /// Fixtures/conformance/known-failures.txt: `name  # why` per line, the gaps Hotpath has yet
    /// to close. Each must still fail (the suite fails when one passes, so the list only shrinks
    /// by fixing) and must fail cleanly.
    static func knownFailures() throws -> [String: String] {
        let url = conformanceDirectory.appendingPathComponent("known-failures.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        var result: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if name.isEmpty { continue }
            result[name] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }

    static func expected(_ name: String) throws -> Expected {
        let stdout = try Data(contentsOf: conformanceDirectory.appendingPathComponent("\(name).stdout"))
        let status = try String(contentsOf: conformanceDirectory.appendingPathComponent("\(name).status"), encoding: .utf8)
        let lines = status.split(separator: "\n", omittingEmptySubsequences: false)
        return Expected(stdout: stdout, status: Int32(lines[0].trimmingCharacters(in: .whitespaces)) ?? -1,
                        lastErrorLine: lines.count > 1 ? String(lines[1]) : "")
    }

    /// Runs one fixture; nil failure means it matched.
    static func run(_ name: String, extraArguments: [String], environment: [String: String], timeout: TimeInterval) -> Outcome {
        let expectation: Expected
        do { expectation = try expected(name) } catch { return Outcome(name: name, failure: "no recorded result: \(error)") }
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("hotpath-\(name)-\(UUID()).out")
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("hotpath-\(name)-\(UUID()).err")
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let termination: ChildProcess.Termination
        do {
            termination = try ChildProcess.run(hotpath.path, arguments: ["run"] + extraArguments + ["\(name).py"],
                                               directory: conformanceDirectory.path,
                                               environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
                                               stdoutPath: outFile.path, stderrPath: errFile.path, timeout: timeout)
        } catch {
            return Outcome(name: name, failure: "could not start \(hotpath.path): \(error)")
        }
        if termination.timedOut {
            return Outcome(name: name, failure: "timed out after \(Int(timeout)) s")
        }
        let stdout = (try? Data(contentsOf: outFile)) ?? Data()
        let stderr = String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self)
        let lastErrorLine = stderr.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
        var problems: [String] = []
        if termination.signaled {
            problems.append("crashed with signal \(termination.status)")
        } else if termination.status != expectation.status {
            problems.append("exit status \(termination.status), expected \(expectation.status)")
        }
        if lastErrorLine != expectation.lastErrorLine {
            problems.append("last stderr line \(quoted(lastErrorLine)), expected \(quoted(expectation.lastErrorLine))")
        }
        if stdout != expectation.stdout {
            problems.append(firstDifference(String(decoding: stdout, as: UTF8.self), String(decoding: expectation.stdout, as: UTF8.self)))
        }
        return Outcome(name: name, failure: problems.isEmpty ? nil : problems.joined(separator: "; "))
    }

    /// Runs fixtures two at a time (the machine has two cores).
    static func runAll(_ names: [String], extraArguments: [String] = [], environment: [String: String] = [:], timeout: TimeInterval) -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: names.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let outcome = run(names[i], extraArguments: extraArguments, environment: environment, timeout: timeout)
            lock.lock()
            outcomes[i] = outcome
            lock.unlock()
        }
        return outcomes.map { $0! }
    }

    static func quoted(_ s: String) -> String { "\"" + s + "\"" }

    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end of output>"
            let y = i < e.count ? String(e[i]) : "<end of output>"
            if x != y { return "stdout line \(i + 1): got \(quoted(x)), expected \(quoted(y))" }
        }
        return "stdout differs"
    }
}
