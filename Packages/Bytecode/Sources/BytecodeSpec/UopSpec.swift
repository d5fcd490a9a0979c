/// A Tier 2 micro-op as described in the UOP section of Instructions.def.
public struct UopSpec: Equatable, Sendable {
    public var name: String
    /// Items not on the value stack, supplied by the projector (`@globals` ...), in order.
    public var contextInputs: [String]
    public var inputs: [StackItem]
    public var outputs: [StackItem]
    public var flags: [String]
    public var immediateKind: String
    public var documentation: [String]
}

/// How one instruction is projected (the EXPAND section).
public enum ExpansionSpec: Equatable, Sendable {
    /// The instruction is these uops, each with the source of its immediate.
    case uops([(uop: String, source: String)])
    /// The projector handles the instruction itself.
    case special

    public static func == (a: ExpansionSpec, b: ExpansionSpec) -> Bool {
        switch (a, b) {
        case (.special, .special): return true
        case let (.uops(x), .uops(y)): return x.map { $0.uop + "/" + $0.source } == y.map { $0.uop + "/" + $0.source }
        default: return false
        }
    }
}

public let knownUopFlags = ["guard", "pure", "escapes", "raises"]
public let knownContextInputs = ["@globals", "@builtins", "@function", "@frame"]
public let knownImmediateSources = ["none", "oparg", "name", "const", "cache0hi", "cache1", "cache2", "cache3value"]

/// Parses the UOP lines of Instructions.def.
public func parseUopSpecs(_ text: String) throws -> [UopSpec] {
    var uops: [UopSpec] = []
    var docs: [String] = []
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = raw.trimmingCharacters(in: " \t")
        if line.isEmpty { docs = []; continue }
        if line.hasPrefix("##") { docs.append(String(line.dropFirst(2)).trimmingCharacters(in: " ")); continue }
        guard line.hasPrefix("UOP ") else { if !line.hasPrefix("#") { docs = [] }; continue }
        do {
            let fields = try splitFields(String(line.dropFirst(4)))
            guard let name = fields.first, name.hasPrefix("_") else { throw SpecError(description: "a uop name starts with _") }
            var spec = UopSpec(name: name, contextInputs: [], inputs: [], outputs: [], flags: [], immediateKind: "none",
                               documentation: docs.filter { !$0.hasPrefix("----") })
            docs = []
            for field in fields.dropFirst() {
                guard let eq = field.firstIndex(of: "=") else { throw SpecError(description: "bad field \(field)") }
                let key = String(field[..<eq])
                var value = String(field[field.index(after: eq)...])
                if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                switch key {
                case "stack":
                    let (inputs, outputs) = try parseStackEffect(value)
                    spec.contextInputs = inputs.filter { $0.name.hasPrefix("@") }.map(\.name)
                    for context in spec.contextInputs where !knownContextInputs.contains(context) {
                        throw SpecError(description: "\(name): unknown context input \(context)")
                    }
                    spec.inputs = inputs.filter { !$0.name.hasPrefix("@") }
                    spec.outputs = outputs
                case "flags":
                    spec.flags = value.split(separator: ",").map(String.init)
                    for flag in spec.flags where !knownUopFlags.contains(flag) {
                        throw SpecError(description: "\(name): unknown uop flag \(flag)")
                    }
                case "imm":
                    spec.immediateKind = value
                default:
                    throw SpecError(description: "\(name): unknown key \(key)")
                }
            }
            let inputNames = Set(spec.inputs.map(\.name))
            let results = spec.outputs.filter { !inputNames.contains($0.name) }
            guard results.count <= 1, results.allSatisfy({ $0.count == nil }) else {
                throw SpecError(description: "\(name): at most one new output, and not an array")
            }
            uops.append(spec)
        } catch let error as SpecError {
            throw SpecError(description: "Instructions.def:\(number + 1): \(error.description)")
        }
    }
    var seen = Set<String>()
    for uop in uops where !seen.insert(uop.name).inserted { throw SpecError(description: "duplicate uop \(uop.name)") }
    return uops
}

/// Parses the EXPAND lines of Instructions.def, checking names against the instructions and uops.
public func parseExpansions(_ text: String, instructions: [InstructionSpec], uops: [UopSpec]) throws -> [String: ExpansionSpec] {
    let instructionNames = Set(instructions.map(\.name))
    let uopNames = Set(uops.map(\.name))
    var expansions: [String: ExpansionSpec] = [:]
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = raw.trimmingCharacters(in: " \t")
        guard line.hasPrefix("EXPAND ") else { continue }
        let fields = line.dropFirst(7).split(separator: " ").map(String.init)
        func fail(_ message: String) -> SpecError { SpecError(description: "Instructions.def:\(number + 1): \(message)") }
        guard let name = fields.first, instructionNames.contains(name) else { throw fail("unknown instruction in \(line)") }
        guard expansions[name] == nil else { throw fail("\(name) expanded twice") }
        if fields.count == 2 && fields[1] == "special" {
            expansions[name] = .special
            continue
        }
        guard fields.count >= 3, fields[1] == "=" else { throw fail("expected `EXPAND NAME = uops...` or `EXPAND NAME special`") }
        var list: [(uop: String, source: String)] = []
        for item in fields.dropFirst(2) {
            let parts = item.split(separator: "/").map(String.init)
            guard uopNames.contains(parts[0]) else { throw fail("unknown uop \(parts[0])") }
            let source = parts.count > 1 ? parts[1] : "none"
            guard knownImmediateSources.contains(source) else { throw fail("unknown immediate source \(source)") }
            list.append((parts[0], source))
        }
        expansions[name] = .uops(list)
    }
    return expansions
}
