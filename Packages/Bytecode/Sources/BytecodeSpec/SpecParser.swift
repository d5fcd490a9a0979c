/// Parses Instructions.def (the syntax is documented at the top of that file).
public func parseInstructionSpecs(_ text: String) throws -> [InstructionSpec] {
    var specs: [InstructionSpec] = []
    var pendingDocs: [String] = []
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = rawLine.trimmingCharacters(in: " \t")
        if line.isEmpty { pendingDocs = []; continue }
        if line.hasPrefix("##") {
            pendingDocs.append(String(line.dropFirst(2)).trimmingCharacters(in: " "))
            continue
        }
        if line.hasPrefix("#") { continue }
        // Tier 2 sections are parsed by parseUopSpecs / parseExpansions.
        if line.hasPrefix("UOP ") || line.hasPrefix("EXPAND ") { pendingDocs = []; continue }
        do {
            var spec = try parseLine(line)
            spec.documentation = pendingDocs.filter { !$0.hasPrefix("----") }
            pendingDocs = []
            specs.append(spec)
        } catch let error as SpecError {
            throw SpecError(description: "Instructions.def:\(number + 1): \(error.description)")
        }
    }
    var seen = Set<String>()
    for spec in specs {
        guard seen.insert(spec.name).inserted else { throw SpecError(description: "duplicate \(spec.name)") }
        if let family = spec.family, !specs.contains(where: { $0.name == family && $0.family == nil }) {
            throw SpecError(description: "\(spec.name): unknown family \(family)")
        }
    }
    return specs
}

private func parseLine(_ line: String) throws -> InstructionSpec {
    let fields = try splitFields(line)
    guard let name = fields.first, name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
        throw SpecError(description: "expected an instruction name: \(line)")
    }
    var spec = InstructionSpec(name: name, family: nil, inputs: [], outputs: [], jumpOutputs: nil,
                               flags: [], cacheSize: 0, documentation: [])
    var sawStack = false
    for field in fields.dropFirst() {
        guard let eq = field.firstIndex(of: "=") else { throw SpecError(description: "bad field \(field)") }
        let key = String(field[..<eq])
        var value = String(field[field.index(after: eq)...])
        if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        switch key {
        case "stack":
            (spec.inputs, spec.outputs) = try parseStackEffect(value)
            sawStack = true
        case "jump":
            let (inputs, outputs) = try parseStackEffect(value)
            guard inputs == spec.inputs else { throw SpecError(description: "\(name): jump inputs differ") }
            spec.jumpOutputs = outputs
        case "flags":
            spec.flags = value.split(separator: ",").map(String.init)
            for flag in spec.flags where !knownFlags.contains(flag) {
                throw SpecError(description: "\(name): unknown flag \(flag)")
            }
        case "family":
            spec.family = value
        case "cache":
            guard let n = Int(value) else { throw SpecError(description: "\(name): bad cache size") }
            spec.cacheSize = n
        default:
            throw SpecError(description: "\(name): unknown key \(key)")
        }
    }
    guard sawStack else { throw SpecError(description: "\(name): missing stack=") }
    return spec
}

/// Splits on whitespace, keeping quoted values together.
func splitFields(_ line: String) throws -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    for ch in line {
        if ch == "\"" { quoted.toggle(); current.append(ch); continue }
        if (ch == " " || ch == "\t") && !quoted {
            if !current.isEmpty { fields.append(current); current = "" }
        } else {
            current.append(ch)
        }
    }
    guard !quoted else { throw SpecError(description: "unterminated quote") }
    if !current.isEmpty { fields.append(current) }
    return fields
}

func parseStackEffect(_ text: String) throws -> ([StackItem], [StackItem]) {
    let parts = text.components(separatedBy: "--")
    guard parts.count == 2 else { throw SpecError(description: "stack effect needs exactly one --: \(text)") }
    return (try parseItems(parts[0]), try parseItems(parts[1]))
}

private func parseItems(_ text: String) throws -> [StackItem] {
    try text.split(separator: " ").map { token in
        if let open = token.firstIndex(of: "[") {
            guard token.hasSuffix("]") else { throw SpecError(description: "bad item \(token)") }
            let name = String(token[..<open])
            let expr = String(token[token.index(after: open)..<token.index(before: token.endIndex)])
            guard expr.allSatisfy({ "oparg0123456789+-*/&|<>() ".contains($0) }) else {
                throw SpecError(description: "bad count expression \(expr)")
            }
            return StackItem(name: name, count: expr)
        }
        return StackItem(name: String(token), count: nil)
    }
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        var result: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            result.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        result.append(String(rest))
        return result
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
