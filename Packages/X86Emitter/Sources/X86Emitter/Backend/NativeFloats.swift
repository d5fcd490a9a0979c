import Runtime
import Superblock

/// Float arithmetic: floats are stored as their own bits, so an operation is movq into xmm, the
/// SSE2 instruction, movq back (results need no canonicalization: see Value).
extension SuperblockCompiler {
    func emitLoadDouble(_ ref: Ref, into destination: XMM) {
        if let register = register(of: ref) { asm.movq(destination, register) } else { asm.movsd(destination, slot(ref)) }
    }

    func emitFloatArithmetic(_ j: Int) {
        let uop = superblock.instructions[j].uop
        if uop != ._FLOAT_TRUE_DIVIDE && !isUsed(j) { return }
        let operation: ScalarDoubleOperation
        switch uop {
        case ._FLOAT_ADD: operation = .addsd
        case ._FLOAT_SUBTRACT: operation = .subsd
        case ._FLOAT_MULTIPLY: operation = .mulsd
        default: operation = .divsd
        }
        emitLoadDouble(operand(j, 0), into: .xmm0)
        emitLoadDouble(operand(j, 1), into: .xmm1)
        if uop == ._FLOAT_TRUE_DIVIDE {
            // Exit on a zero divisor (either sign); a NaN compares unordered and divides.
            let nonzero = asm.newLabel()
            asm.ucomisd(.xmm1, pool(0))
            asm.j(.parity, nonzero)
            asm.j(.equal, guardExit(j))
            asm.bind(nonzero)
        }
        asm.scalarDouble(operation, .xmm0, .xmm1)
        asm.movq(.rax, .xmm0)
        define(j, .rax)
    }

    /// Python's float comparisons: false whenever a NaN is involved, except `!=`. `a < b` is
    /// tested as `b > a` so that "above" (false when unordered) serves every ordering.
    func emitFloatCompare(_ j: Int) {
        let comparison = superblock.instructions[j].immediate
        let fused = liveness.fusedWithNextGuard[j]
        guard isUsed(j) || fused else { return }
        emitLoadDouble(operand(j, 0), into: .xmm0)
        emitLoadDouble(operand(j, 1), into: .xmm1)
        switch comparison {
        case 0, 1: asm.ucomisd(.xmm1, .xmm0)
        default: asm.ucomisd(.xmm0, .xmm1)
        }
        // Either one condition, or (==, !=) the equal flag combined with the parity (unordered) flag.
        let ordering: Condition? = comparison == 0 || comparison == 4 ? .above : comparison == 1 || comparison == 5 ? .aboveOrEqual : nil
        if fused {
            asm.annotation = annotation(j + 1)
            let exit = guardExit(j + 1)
            let exitWhenTrue = superblock.instructions[j + 1].uop == ._GUARD_FALSE
            if let ordering {
                asm.j(exitWhenTrue ? ordering : ordering.negated, exit)
            } else if (comparison == 2) == exitWhenTrue {
                // Exit when equal and ordered.
                let skip = asm.newLabel()
                asm.j(.parity, skip)
                asm.j(.equal, exit)
                asm.bind(skip)
            } else {
                // Exit when unequal or unordered.
                asm.j(.parity, exit)
                asm.j(.notEqual, exit)
            }
            return
        }
        if let ordering {
            emitBoolean(ordering, into: .rax)
        } else {
            let isEqual = comparison == 2
            asm.set(isEqual ? .equal : .notEqual, .rax)
            asm.set(isEqual ? .noParity : .parity, .rcx)
            if isEqual { asm.and(.rax, .rcx, size: .byte) } else { asm.or(.rax, .rcx, size: .byte) }
            asm.movzx(.rax, .rax, from: .byte, size: .dword)
            asm.or(.rax, pool(Boxing.false))
        }
        define(j, .rax)
    }
}
