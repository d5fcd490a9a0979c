import Runtime
import Superblock

/// The form a value takes while it is in a machine register. In memory (its register-file slot,
/// frames, objects) a value is always NaN-boxed; in a register it may be kept in the form the
/// native code computes with, so numeric loops do no tag work between operations:
/// - `boxed`: the NaN-boxed bits, in a general-purpose register.
/// - `double`: a float, in an xmm register (boxing it is `movq`: a float is its own bits).
/// - `shiftedInt`: a small int as payload << 14 in a general-purpose register (what add, subtract
///   and compare work on; boxing it is `sar` + `or` with the tag).
enum Representation: Equatable {
    case boxed, double, shiftedInt
}

/// What the backend knows about a superblock's numbers before it allocates registers.
struct NumericAnalysis {
    /// The form each value would like in a register.
    var representation: [Representation]
    /// `_BINARY_OP`s of +, -, * and / compiled natively (operands known to be floats or small
    /// ints, at least one a float or the operation a true division): whether each operand is
    /// an int (converted, exactly: small ints have 50 bits).
    var numericBinary: [Int: (leftIsInt: Bool, rightIsInt: Bool)]
}

enum Representations {
    /// The `_BINARY_OP` operators compiled natively for numbers, and their SSE operations.
    static let numericOperators: [Int64: ScalarDoubleOperation] = [0: .addsd, 5: .mulsd, 10: .subsd, 11: .divsd]

    /// The representation each value would like (the allocator falls back to `boxed` for values
    /// without a register, and for doubles that must survive a call: every xmm register is
    /// caller-saved).
    ///
    /// Float arithmetic produces doubles and int add/subtract/multiply shifted ints. A loop phi
    /// takes the form of its values when both its preamble value and its back-edge value are
    /// known to be of that type there (a result of that form, a constant, or a value a type guard
    /// checked before that point: the superblock is straight-line code, so an earlier guard
    /// always ran).
    static func analyze(_ superblock: Superblock) -> NumericAnalysis {
        let instructions = superblock.instructions
        var result = [Representation](repeating: .boxed, count: instructions.count)
        var numericBinary: [Int: (leftIsInt: Bool, rightIsInt: Bool)] = [:]
        // The first guard that proves each value a float / a small int.
        var floatFrom = [Int: Int](), intFrom = [Int: Int]()
        func note(_ ref: Ref, _ j: Int, _ table: inout [Int: Int]) {
            if !ref.isConstant && table[ref.uopIndex] == nil { table[ref.uopIndex] = j }
        }
        for (j, instruction) in instructions.enumerated() {
            let operands = superblock.operands(of: instruction)
            switch instruction.uop {
            case ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE:
                result[j] = .double
            case ._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY:
                result[j] = .shiftedInt
            case ._GUARD_BOTH_FLOAT:
                operands.forEach { note($0, j, &floatFrom) }
            case ._GUARD_BOTH_SMALL_INT:
                operands.forEach { note($0, j, &intFrom) }
            case ._GUARD_LIST_INT, ._GUARD_TUPLE_INT, ._GUARD_STR_INT:
                note(operands[operands.startIndex + 1], j, &intFrom)
            case ._GUARD_LIST_INT_STORE:
                note(operands[operands.startIndex + 2], j, &intFrom)
            default:
                break
            }
        }
        func isKnown(_ ref: Ref, _ form: Representation, before position: Int) -> Bool {
            if let value = ref.isConstant ? superblock.constants[ref.constantIndex] : nil {
                return form == .double ? value.isFloat : value.isSmallInt
            }
            let v = ref.uopIndex
            if result[v] == form { return true }
            let guardedAt = form == .double ? floatFrom[v] : intFrom[v]
            return guardedAt.map { $0 < position } ?? false
        }
        // Mixed arithmetic makes floats, phis may carry each other (`a, b = b, a + b`): upgrade
        // until nothing changes.
        var changed = true
        while changed {
            changed = false
            for (j, instruction) in instructions.enumerated()
            where instruction.uop == ._BINARY_OP && numericBinary[j] == nil && numericOperators[instruction.immediate] != nil {
                let operands = superblock.operands(of: instruction)
                let left = operands[operands.startIndex], right = operands[operands.startIndex + 1]
                let leftIsFloat = isKnown(left, .double, before: j), rightIsFloat = isKnown(right, .double, before: j)
                let leftIsInt = !leftIsFloat && isKnown(left, .shiftedInt, before: j)
                let rightIsInt = !rightIsFloat && isKnown(right, .shiftedInt, before: j)
                guard leftIsFloat || leftIsInt, rightIsFloat || rightIsInt,
                      leftIsFloat || rightIsFloat || instruction.immediate == 11 else { continue }
                numericBinary[j] = (leftIsInt, rightIsInt)
                result[j] = .double
                changed = true
            }
            for (phi, value) in superblock.loop?.backEdge ?? [] where !phi.isConstant && result[phi.uopIndex] == .boxed {
                let p = phi.uopIndex
                let initial = superblock.operands(of: instructions[p]).first!
                for form in [Representation.double, .shiftedInt]
                where isKnown(initial, form, before: p) && isKnown(value, form, before: instructions.count) {
                    result[p] = form
                    changed = true
                    break
                }
            }
        }
        return NumericAnalysis(representation: result, numericBinary: numericBinary)
    }
}
