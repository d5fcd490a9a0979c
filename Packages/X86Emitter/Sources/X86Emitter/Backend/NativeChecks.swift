import Runtime
import Superblock

/// Type tests on NaN-boxed values, shared by the guards and the uops that check as they go.
extension SuperblockCompiler {
    /// Jumps to `fail` unless `pointer` (holding a value) is a heap object; leaves the object's
    /// address in `pointer`. (value ^ tag is below 2^48 exactly when the tag is 0xFFF9.)
    func emitObjectCheck(_ pointer: GPR, fail: Label) {
        asm.xor(pointer, pool(Boxing.objectTag))
        asm.cmp(pointer, pool(1 << 48))
        asm.j(.aboveOrEqual, fail)
    }

    /// The address of a value known to be an object, in `pointer`.
    func emitUntag(_ ref: Ref, into pointer: GPR) {
        copy(ref, into: pointer)
        asm.xor(pointer, pool(Boxing.objectTag))
    }

    /// Jumps to `fail` unless the value is an object of exactly `type` (no subclass); leaves its
    /// address in `pointer`. Clobbers `scratch`.
    func emitExactTypeCheck(_ ref: Ref, _ type: UnsafeMutablePointer<TypeObject>, pointer: GPR, scratch: GPR, fail: Label) {
        copy(ref, into: pointer)
        emitObjectCheck(pointer, fail: fail)
        asm.mov(scratch, Int64(bitPattern: UInt64(UInt(bitPattern: type))))
        asm.cmp(pointer + Layout.headerType, scratch)
        asm.j(.notEqual, fail)
    }

    /// Jumps to `fail` unless the value is an object of layout `kind`; leaves its address in
    /// `pointer`.
    func emitKindCheck(_ ref: Ref, _ kind: ObjectKind, pointer: GPR, fail: Label) {
        copy(ref, into: pointer)
        emitObjectCheck(pointer, fail: fail)
        asm.cmp(pointer + Layout.headerKind, Int32(kind.rawValue), size: .byte)
        asm.j(.notEqual, fail)
    }

    /// Jumps to `fail` unless every value is a small int (their bitwise and is: the top 14
    /// bits all set). Constants and values kept unboxed are decided now. Clobbers rax.
    func emitSmallIntCheck(_ refs: [Ref], fail: Label) {
        if refs.contains(where: { ref in
            if case .double = home(of: ref) { return true }
            return constant(ref).map { !$0.isSmallInt } ?? false
        }) {
            asm.jmp(fail)
            return
        }
        let dynamic = refs.filter { ref in
            if case .shiftedInt = home(of: ref) { return false }
            return constant(ref) == nil
        }
        guard let first = dynamic.first else { return }
        copy(first, into: .rax)
        for ref in dynamic.dropFirst() {
            if let register = register(of: ref) { asm.and(.rax, register) } else { asm.and(.rax, slot(ref)) }
        }
        asm.sar(.rax, 50)
        asm.cmp(.rax, -1)
        asm.j(.notEqual, fail)
    }

    /// Jumps to `fail` unless every value is a float (below the boxed range). Constants and
    /// values kept unboxed are decided now; a value is checked once. Clobbers rax.
    func emitFloatCheck(_ refs: [Ref], fail: Label) {
        if refs.contains(where: { ref in
            if case .shiftedInt = home(of: ref) { return true }
            return constant(ref).map { !$0.isFloat } ?? false
        }) {
            asm.jmp(fail)
            return
        }
        var dynamic: [Ref] = []
        for ref in refs where constant(ref) == nil && !dynamic.contains(ref) {
            if case .double = home(of: ref) { continue }
            dynamic.append(ref)
        }
        guard !dynamic.isEmpty else { return }
        asm.mov(.rax, Int64(bitPattern: Boxing.objectTag))
        for ref in dynamic {
            if let register = register(of: ref) { asm.cmp(register, .rax) } else { asm.cmp(slot(ref), .rax) }
            asm.j(.aboveOrEqual, fail)
        }
    }

    /// Compares the value with a 64-bit constant (flags as for `cmp value, bits`). Clobbers rax
    /// when the value is in its slot.
    func emitCompare(_ ref: Ref, with bits: UInt64) {
        let register = load(ref, .rax)
        if let small = Int32(exactly: Int64(bitPattern: bits)) {
            asm.cmp(register, small)
        } else {
            asm.cmp(register, pool(bits))
        }
    }

    /// A boolean result from a condition: False | 1 is True.
    func emitBoolean(_ condition: Condition, into register: GPR) {
        asm.set(condition, register)
        asm.movzx(register, register, from: .byte, size: .dword)
        asm.or(register, pool(Boxing.false))
    }
}
