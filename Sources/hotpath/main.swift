import ArgumentParser
import Interpreter

// Usage errors print one line and exit with status 2 (like CPython's command line); --help
// prints the full help.
do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    // `hotpath prog.py` is shorthand for `hotpath run prog.py`.
    if let first = arguments.first, !first.hasPrefix("-"), !["run", "dis", "help"].contains(first) {
        arguments.insert("run", at: 0)
    }
    var command = try Hotpath.parseAsRoot(arguments)
    try command.run()
} catch let exit as ExitCode {
    standardOutput.flush()
    Hotpath.exit(withError: exit)
} catch {
    let code = Hotpath.exitCode(for: error)
    if code == .success {
        Hotpath.exit(withError: error)
    }
    let message = Hotpath.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    writeError("hotpath: \(message.replacingOccurrences(of: "Error: ", with: ""))\n")
    Hotpath.exit(withError: ExitCode(2))
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
