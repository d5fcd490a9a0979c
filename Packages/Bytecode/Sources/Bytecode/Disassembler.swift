/// Text disassembly of a code unit and everything nested in it, in the spirit of `python -m dis`
/// (instruction indexes instead of byte offsets).
public func disassemble(_ unit: CodeUnit) -> String {
    var out = disassembleOne(unit)
    for nested in unit.nestedCodeUnits {
        out += "\nDisassembly of \(Constant.code(nested).pythonRepr):\n"
        out += disassembleOne(nested)
    }
    return out
}

/// Disassembly of a single code unit (nested code units are not expanded).
public func disassembleOne(_ unit: CodeUnit) -> String {
    var targets = Set<Int>()
    for instruction in unit.instructions where instruction.opcode.flags.contains(.jump) || instruction.opcode.flags.contains(.branch) {
        targets.insert(Int(instruction.oparg))
    }
    for entry in unit.exceptionTable { targets.insert(Int(entry.handler)) }

    // Column layout of CPython 3.11's dis: line, current-marker, jump-target marker, index,
    // opname (20 wide), oparg (5 wide), detail.
    let maxLine = unit.lines.max() ?? 0
    let lineWidth = max(3, String(maxLine).count)
    let indexWidth = max(4, String(unit.instructions.count).count)
    var out = ""
    var lastLine: Int32 = -1
    for (index, instruction) in unit.instructions.enumerated() {
        let line = index < unit.lines.count ? unit.lines[index] : 0
        var fields: [String] = []
        if line != lastLine && line > 0 {
            if index > 0 { out += "\n" }
            fields.append(padLeft(String(line), lineWidth))
            lastLine = line
        } else {
            fields.append(String(repeating: " ", count: lineWidth))
        }
        fields.append("   ")
        fields.append(targets.contains(index) ? ">>" : "  ")
        fields.append(padLeft(String(index), indexWidth))
        fields.append(padRight(instruction.opcode.name, 20))
        if !instructionHasNoArgument(instruction.opcode) || instruction.oparg != 0 {
            fields.append(padLeft(String(instruction.oparg), 5))
            let detail = argumentDetail(instruction, in: unit)
            if !detail.isEmpty { fields.append("(\(detail))") }
        }
        out += fields.joined(separator: " ").trailingSpacesRemoved + "\n"
    }
    if !unit.exceptionTable.isEmpty {
        out += "ExceptionTable:\n"
        for entry in unit.exceptionTable {
            out += "  \(entry.start) to \(entry.end - 1) -> \(entry.handler) [\(entry.depth)]\(entry.pushLastIndex ? " lasti" : "")\n"
        }
    }
    return out
}

private func instructionHasNoArgument(_ opcode: Opcode) -> Bool {
    opcode.stackInputs(oparg: 7) == opcode.stackInputs(oparg: 3) &&
        opcode.stackOutputs(oparg: 7) == opcode.stackOutputs(oparg: 3) &&
        opcode.flags.isDisjoint(with: [.constant, .name, .local, .free, .jump, .branch]) &&
        ![.RESUME, .BINARY_OP, .COMPARE_OP, .IS_OP, .CONTAINS_OP, .RAISE_VARARGS, .RERAISE,
          .MAKE_FUNCTION, .FORMAT_VALUE, .CALL_FUNCTION_EX, .COPY_FREE_VARS, .LOAD_SUPER_ATTR].contains(opcode)
}

private let binaryOperatorNames = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                   "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="]
private let comparisonNames = ["<", "<=", "==", "!=", ">", ">="]

private func argumentDetail(_ instruction: Instruction, in unit: CodeUnit) -> String {
    let oparg = Int(instruction.oparg)
    let flags = instruction.opcode.flags
    if flags.contains(.constant) {
        return oparg < unit.constants.count ? unit.constants[oparg].pythonRepr : "?"
    }
    if flags.contains(.name) {
        return oparg < unit.names.count ? unit.names[oparg] : "?"
    }
    if flags.contains(.local) || flags.contains(.free) {
        return oparg < unit.localNames.count ? unit.localNames[oparg] : "?"
    }
    if flags.contains(.jump) || flags.contains(.branch) {
        return "to \(oparg)"
    }
    switch instruction.opcode {
    case .BINARY_OP: return oparg < binaryOperatorNames.count ? binaryOperatorNames[oparg] : "?"
    case .COMPARE_OP: return oparg < comparisonNames.count ? comparisonNames[oparg] : "?"
    case .LOAD_SUPER_ATTR:
        let nameIndex = oparg >> 2
        return nameIndex < unit.names.count ? unit.names[nameIndex] : "?"
    case .FORMAT_VALUE:
        let conversion = ["", "str", "repr", "ascii"][oparg & 3]
        let spec = oparg & 4 != 0 ? "with format" : ""
        return [conversion, spec].filter { !$0.isEmpty }.joined(separator: ", ")
    default:
        return ""
    }
}

private func padRight(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

private func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

extension String {
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
