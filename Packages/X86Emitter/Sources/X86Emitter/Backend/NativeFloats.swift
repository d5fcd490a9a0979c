#if canImport(Glibc)
import Glibc
#endif
import Runtime
import Superblock

/// Float arithmetic: floats are stored as their own bits, so doubles need no boxing; they live
/// in xmm registers (see `Representation`) and results need no canonicalization (see Value).
extension SuperblockCompiler {
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
        var left = operand(j, 0), right = operand(j, 1)
        if uop == ._FLOAT_TRUE_DIVIDE {
            // Exit on a zero divisor (either sign); a NaN compares unordered and divides. Before
            // anything is written: the result's register may hold a value the exit names.
            let nonzero = asm.newLabel()
            asm.ucomisd(loadDouble(right, .xmm1), pool(0))
            asm.j(.parity, nonzero)
            asm.j(.equal, guardExit(j))
            asm.bind(nonzero)
        }
        // Compute in the result's register when it is free: it is the left operand's (that
        // value ends here), or the right one's for commutative operations, or no operand's.
        guard case .double(let result) = home(of: Ref(uop: j)) else {
            copyDouble(left, into: .xmm0)
            emitDoubleOperation(operation, .xmm0, right)
            defineDouble(j, .xmm0)
            return
        }
        let commutative = operation == .addsd || operation == .mulsd
        if home(of: right) == .double(result) && home(of: left) != .double(result) && commutative {
            swap(&left, &right)
        }
        if home(of: right) == .double(result) && home(of: left) != .double(result) {
            copyDouble(left, into: .xmm0)
            asm.scalarDouble(operation, .xmm0, result)
            defineDouble(j, .xmm0)
            return
        }
        copyDouble(left, into: result)
        emitDoubleOperation(operation, result, right)
        if allocation.synced[j] { asm.movsd(slot(Ref(uop: j)), result) }
    }

    /// `_BINARY_OP` (+, -, *, /) of a float and a small int, or two small ints divided: the
    /// ints convert exactly (50 bits), as CPython converts them. A zero divisor takes the
    /// generic path, which raises.
    func emitNumericBinary(_ j: Int) {
        let (leftIsInt, rightIsInt) = liveness.numericBinary[j]!
        let operation = Representations.numericOperators[superblock.instructions[j].immediate]!
        let left = operand(j, 0), right = operand(j, 1)
        let done = asm.newLabel()
        if rightIsInt {
            emitDecodeInt(right, into: .rcx)
            if operation == .divsd {
                let slow = asm.newLabel()
                asm.test(.rcx, .rcx)
                asm.j(.zero, slow)
                emitSlowPath(j, entry: slow, result: .rax, resume: done) { [self] in asm.movsd(.xmm0, slot(Ref(uop: j))) }
            }
            asm.cvtsi2sd(.xmm1, .rcx)
        } else if operation == .divsd {
            let slow = asm.newLabel(), nonzero = asm.newLabel()
            asm.ucomisd(loadDouble(right, .xmm1), pool(0))
            asm.j(.parity, nonzero)
            asm.j(.equal, slow)
            asm.bind(nonzero)
            emitSlowPath(j, entry: slow, result: .rax, resume: done) { [self] in asm.movsd(.xmm0, slot(Ref(uop: j))) }
        }
        if leftIsInt {
            emitDecodeInt(left, into: .rax)
            asm.cvtsi2sd(.xmm0, .rax)
        } else {
            copyDouble(left, into: .xmm0)
        }
        if rightIsInt { asm.scalarDouble(operation, .xmm0, .xmm1) } else { emitDoubleOperation(operation, .xmm0, right) }
        asm.bind(done)
        defineDouble(j, .xmm0)
    }

    /// Python's float comparisons: false whenever a NaN is involved, except `!=`. `a < b` is
    /// tested as `b > a` so that "above" (false when unordered) serves every ordering.
    func emitFloatCompare(_ j: Int) {
        let comparison = superblock.instructions[j].immediate
        let fused = liveness.fusedWithNextGuard[j]
        guard isUsed(j) || fused else { return }
        // ucomisd reads its left operand from a register, its right one from anywhere.
        let (left, right) = comparison == 0 || comparison == 1 ? (operand(j, 1), operand(j, 0)) : (operand(j, 0), operand(j, 1))
        let leftRegister = loadDouble(left, .xmm0)
        switch home(of: right) {
        case .double(let xmm): asm.ucomisd(leftRegister, xmm)
        case .slot: asm.ucomisd(leftRegister, constant(right).map { pool($0.bits) } ?? slot(right))
        default: asm.ucomisd(leftRegister, loadDouble(right, .xmm1))
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

/// `_FLOAT_POWER` calls `powAsLibm` (libm's pow, with its square-root shortcut) directly. It stays a generic uop for the register allocator (a
/// call clobbers every caller-saved register; its operands are in their slots, its result goes to
/// its slot) but needs no trip through `executeUop`.
extension SuperblockCompiler {
    /// What `floatPowerFastPath` checks, on the bits (floats are their own bits): a base in
    /// (0, inf), a finite exponent, a finite result; otherwise the guard exit (Tier 1 redoes it).
    func emitFloatPowerCall(_ j: Int) {
        let exit = guardExit(j)
        asm.mov(.rax, slot(operand(j, 0)))
        asm.test(.rax, .rax)
        asm.j(.lessOrEqual, exit)                  // sign set, or +0.0
        asm.mov(.rcx, pool(0x7FF0_0000_0000_0000))
        asm.cmp(.rax, .rcx)
        asm.j(.aboveOrEqual, exit)                 // inf or NaN
        asm.movq(.xmm0, .rax)
        asm.mov(.rax, slot(operand(j, 1)))
        asm.movq(.xmm1, .rax)
        asm.shl(.rax, .immediate(1))
        asm.mov(.rcx, pool(0xFFE0_0000_0000_0000))
        asm.cmp(.rax, .rcx)
        asm.j(.aboveOrEqual, exit)                 // an infinite or NaN exponent
        asm.call(pool(powAsLibmAddress))
        asm.movq(.rax, .xmm0)
        asm.mov(.rdx, .rax)
        asm.shl(.rdx, .immediate(1))
        asm.mov(.rcx, pool(0xFFE0_0000_0000_0000))
        asm.cmp(.rdx, .rcx)
        asm.j(.aboveOrEqual, exit)                 // overflow: Tier 1 raises OverflowError
        asm.mov(slot(Ref(uop: j)), .rax)
        emitReload(j)
    }
}
