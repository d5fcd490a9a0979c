import Bytecode
@testable import Frontend

/// Compact listings of code units for golden tests: one instruction per line, as
/// "OPNAME argument" with names, constants and locals spelled out and jump targets as indexes.
enum Listing {
    static func of(_ unit: CodeUnit) -> [String] {
        var lines: [String] = []
        for instruction in unit.instructions {
            let opcode = instruction.opcode
            let oparg = Int(instruction.oparg)
            let flags = opcode.flags
            var text = opcode.name
            if flags.contains(.constant) {
                if case .code(let nested) = unit.constants[oparg] {
                    text += " <code \(nested.qualifiedName)>"
                } else {
                    text += " " + unit.constants[oparg].pythonRepr
                }
            } else if flags.contains(.name) {
                text += " " + unit.names[oparg]
            } else if flags.contains(.local) || flags.contains(.free) {
                text += " " + unit.localNames[oparg]
            } else if flags.contains(.jump) || flags.contains(.branch) {
                text += " \(oparg)"
            } else if opcode == .LOAD_SUPER_ATTR {
                text += " \(unit.names[oparg >> 2])\(oparg & 1 == 1 ? " method" : "")"
            } else if takesArgument(opcode) {
                text += " \(oparg)"
            }
            lines.append(text)
        }
        for entry in unit.exceptionTable {
            lines.append("except \(entry.start)-\(entry.end - 1) -> \(entry.handler) [\(entry.depth)]\(entry.pushLastIndex ? " lasti" : "")")
        }
        return lines
    }

    private static func takesArgument(_ opcode: Opcode) -> Bool {
        switch opcode {
        case .RESUME, .COPY, .SWAP, .BINARY_OP, .COMPARE_OP, .IS_OP, .CONTAINS_OP, .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET,
             .BUILD_MAP, .BUILD_CONST_KEY_MAP, .BUILD_STRING, .BUILD_SLICE, .LIST_APPEND, .SET_ADD, .MAP_ADD, .LIST_EXTEND,
             .SET_UPDATE, .DICT_UPDATE, .DICT_MERGE, .FORMAT_VALUE, .UNPACK_SEQUENCE, .UNPACK_EX, .CALL, .CALL_KW,
             .CALL_FUNCTION_EX, .MAKE_FUNCTION, .RAISE_VARARGS, .RERAISE, .COPY_FREE_VARS:
            return true
        default:
            return false
        }
    }

    /// The listing of the code unit named `qualifiedName` (the module when nil).
    static func of(_ module: CodeUnit, unit qualifiedName: String?) -> [String]? {
        guard let name = qualifiedName else { return of(module) }
        return ([module] + module.nestedCodeUnits).first { $0.qualifiedName == name }.map(of)
    }
}
