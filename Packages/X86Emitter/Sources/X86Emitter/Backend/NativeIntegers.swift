import Runtime
import Superblock

/// Small-int arithmetic. A small int's payload shifted left by 14 is an ordinary 64-bit int, and
/// it overflows 64 bits exactly when the result leaves the 50-bit range: so add, subtract and
/// multiply on shifted operands need one `jo` for both the 64-bit overflow and the range check.
/// Re-encoding a sign-extended 50-bit value is `or` with the int tag (its bits 50-63 are either
/// already ones or become the tag).
extension SuperblockCompiler {
    /// `destination` = the small int's payload (sign-extended).
    func emitDecodeInt(_ ref: Ref, into destination: GPR) {
        if let value = constant(ref), value.isSmallInt {
            asm.mov(destination, Int64(value.smallInt))
            return
        }
        emitShiftedInt(ref, into: destination)
        asm.sar(destination, .immediate(Boxing.intShift))
    }

    /// Jumps to `fail` unless the 64-bit value in `register` fits a small int. Clobbers r11.
    func emitRangeCheck(_ register: GPR, fail: Label) {
        asm.mov(.r11, register)
        asm.shl(.r11, .immediate(Boxing.intShift))
        asm.sar(.r11, .immediate(Boxing.intShift))
        asm.cmp(.r11, register)
        asm.j(.notEqual, fail)
    }

    /// Computes in rax (the exit needs the operands as they were), then keeps the result
    /// shifted when its register wants it so (see `Representation`).
    func emitIntArithmetic(_ j: Int) {
        let uop = superblock.instructions[j].uop
        emitShiftedInt(operand(j, 0), into: .rax)
        if uop == ._INT_MULTIPLY {
            if let value = constant(operand(j, 1)), value.isSmallInt, let factor = Int32(exactly: value.smallInt) {
                asm.imul(.rax, .rax, factor)
            } else {
                emitDecodeInt(operand(j, 1), into: .rcx)
                asm.imul(.rax, .rcx)
            }
        } else {
            let operation: ArithmeticOperation = uop == ._INT_ADD ? .add : .sub
            switch shiftedOperand(operand(j, 1), .rcx) {
            case .immediate(let value): asm.arithmetic(operation, .rax, value)
            case .register(let register): asm.arithmetic(operation, .rax, register)
            }
        }
        asm.j(.overflow, guardExit(j))
        defineShifted(j, .rax)
    }

    /// Python's floor division and modulo: the truncating idiv, corrected when the remainder's
    /// sign differs from the divisor's (as `floorDivMod`).
    func emitIntDivision(_ j: Int) {
        emitDecodeInt(operand(j, 0), into: .rax)
        emitDecodeInt(operand(j, 1), into: .rcx)
        asm.test(.rcx, .rcx)
        asm.j(.zero, guardExit(j))
        asm.cqo()
        asm.idiv(.rcx)
        let done = asm.newLabel()
        asm.test(.rdx, .rdx)
        asm.j(.zero, done)
        asm.mov(.r11, .rdx)
        asm.xor(.r11, .rcx)
        asm.j(.noSign, done)
        asm.sub(.rax, 1)
        asm.add(.rdx, .rcx)
        asm.bind(done)
        let result: GPR = superblock.instructions[j].uop == ._INT_FLOOR_DIVIDE ? .rax : .rdx
        emitRangeCheck(result, fail: guardExit(j))   // only -2**49 // -1 leaves the range
        asm.or(result, pool(Boxing.intTag))
        define(j, result)
    }

    /// and/or work on the encodings directly (the tags combine into the tag); xor clears the
    /// tag, which `or` puts back.
    func emitIntBitwise(_ j: Int) {
        guard isUsed(j) else { return }
        let uop = superblock.instructions[j].uop
        copy(operand(j, 0), into: .rax)
        let right = operand(j, 1)
        let operation: ArithmeticOperation = uop == ._INT_AND ? .and : uop == ._INT_OR ? .or : .xor
        asm.arithmetic(operation, .rax, load(right, .rcx))
        if uop == ._INT_XOR { asm.or(.rax, pool(Boxing.intTag)) }
        define(j, .rax)
    }

    /// Exits for shifts outside 0..<64, and when bits are lost or the result leaves the range.
    func emitIntLeftShift(_ j: Int) {
        emitDecodeInt(operand(j, 0), into: .rax)
        emitDecodeInt(operand(j, 1), into: .rcx)
        asm.cmp(.rcx, 64)
        asm.j(.aboveOrEqual, guardExit(j))   // unsigned: negative counts too
        asm.mov(.rdx, .rax)
        asm.shl(.rdx, .cl)
        asm.mov(.r11, .rdx)
        asm.sar(.r11, .cl)
        asm.cmp(.r11, .rax)
        asm.j(.notEqual, guardExit(j))
        emitRangeCheck(.rdx, fail: guardExit(j))
        asm.or(.rdx, pool(Boxing.intTag))
        define(j, .rdx)
    }

    /// Exits for negative counts; counts of 64 and more shift by 63 (all sign bits).
    func emitIntRightShift(_ j: Int) {
        emitDecodeInt(operand(j, 0), into: .rax)
        emitDecodeInt(operand(j, 1), into: .rcx)
        asm.test(.rcx, .rcx)
        asm.j(.sign, guardExit(j))
        asm.mov(.r11, 63)
        asm.cmp(.rcx, 63)
        asm.cmov(.above, .rcx, .r11)
        asm.sar(.rax, .cl)
        asm.or(.rax, pool(Boxing.intTag))
        define(j, .rax)
    }

    /// The condition code of a comparison immediate (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) on
    /// signed ints.
    static func signedCondition(_ comparison: Int64) -> Condition {
        switch comparison {
        case 0: return .less
        case 1: return .lessOrEqual
        case 2: return .equal
        case 3: return .notEqual
        case 4: return .greater
        default: return .greaterOrEqual
        }
    }

    /// Compares the shifted payloads (order-preserving); fused with a following _GUARD_TRUE or
    /// _GUARD_FALSE into a conditional jump to that guard's exit.
    func emitIntCompare(_ j: Int) {
        let condition = Self.signedCondition(superblock.instructions[j].immediate)
        let fused = liveness.fusedWithNextGuard[j]
        guard isUsed(j) || fused else { return }
        let left: GPR
        if case .shiftedInt(let register) = home(of: operand(j, 0)) { left = register } else {
            emitShiftedInt(operand(j, 0), into: .rax)
            left = .rax
        }
        switch shiftedOperand(operand(j, 1), .rcx) {
        case .immediate(let value): asm.cmp(left, value)
        case .register(let register): asm.cmp(left, register)
        }
        if fused {
            let guardUop = superblock.instructions[j + 1].uop
            asm.annotation = annotation(j + 1)
            asm.j(guardUop == ._GUARD_TRUE ? condition.negated : condition, guardExit(j + 1))
            return
        }
        emitBoolean(condition, into: .rax)
        define(j, .rax)
    }
}
