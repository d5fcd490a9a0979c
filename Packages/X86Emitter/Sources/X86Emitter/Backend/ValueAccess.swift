import Runtime
import Superblock

/// Reading and writing SSA values in whatever form they are kept (see `Representation`).
/// Memory always holds boxed values; conversions happen only where a form meets another.
extension SuperblockCompiler {
    /// Where a value is while the code runs.
    enum Home: Equatable {
        case boxed(GPR)
        case shiftedInt(GPR)
        case double(XMM)
        /// In its register-file slot (spilled values, constants, values only generic code reads).
        case slot
    }

    func home(of ref: Ref) -> Home {
        if ref.isConstant { return .slot }
        let v = ref.uopIndex
        if let xmm = allocation.xmm[v] { return .double(xmm) }
        if let register = allocation.register[v] {
            return allocation.representation[v] == .shiftedInt ? .shiftedInt(register) : .boxed(register)
        }
        return .slot
    }

    /// The register holding the value boxed, if any.
    func register(of ref: Ref) -> GPR? {
        if case .boxed(let register) = home(of: ref) { return register }
        return nil
    }

    /// A register holding the boxed value: its own, or `scratch`.
    func load(_ ref: Ref, _ scratch: GPR) -> GPR {
        if let register = register(of: ref) { return register }
        copy(ref, into: scratch)
        return scratch
    }

    /// Copies the boxed value into `destination`, which the caller may then change.
    func copy(_ ref: Ref, into destination: GPR) {
        switch home(of: ref) {
        case .boxed(let register):
            if register != destination { asm.mov(destination, register) }
        case .shiftedInt(let register):
            if register != destination { asm.mov(destination, register) }
            emitBoxShifted(destination)
        case .double(let xmm):
            asm.movq(destination, xmm)
        case .slot:
            asm.mov(destination, slot(ref))
        }
    }

    /// payload << 14 in `register` becomes the boxed small int.
    func emitBoxShifted(_ register: GPR) {
        asm.sar(register, .immediate(Boxing.intShift))
        asm.or(register, pool(Boxing.intTag))
    }

    /// Writes the boxed value to `memory` (rax is scratch for shifted ints).
    func emitStoreBoxed(_ ref: Ref, to memory: Memory) {
        switch home(of: ref) {
        case .double(let xmm): asm.movsd(memory, xmm)
        case .boxed(let register): asm.mov(memory, register)
        default: asm.mov(memory, load(ref, .rax))
        }
    }

    /// Reloads a value's register from its slot (after an out-of-line call clobbered it).
    func emitReload(_ v: Int) {
        let ref = Ref(uop: v)
        switch home(of: ref) {
        case .boxed(let register): asm.mov(register, slot(ref))
        case .shiftedInt(let register):
            asm.mov(register, slot(ref))
            asm.shl(register, .immediate(Boxing.intShift))
        case .double(let xmm): asm.movsd(xmm, slot(ref))
        case .slot: break
        }
    }

    /// Uop j's boxed result is in `source`: move it to its register and/or store it to its slot.
    func define(_ j: Int, _ source: GPR) {
        if allocation.synced[j] { asm.mov(slot(Ref(uop: j)), source) }
        switch home(of: Ref(uop: j)) {
        case .boxed(let register):
            if register != source { asm.mov(register, source) }
        case .shiftedInt(let register):
            if register != source { asm.mov(register, source) }
            asm.shl(register, .immediate(Boxing.intShift))
        case .double(let xmm):
            asm.movq(xmm, source)
        case .slot:
            break
        }
    }

    /// Uop j's result is a double in `source`.
    func defineDouble(_ j: Int, _ source: XMM) {
        let ref = Ref(uop: j)
        if allocation.synced[j] { asm.movsd(slot(ref), source) }
        switch home(of: ref) {
        case .double(let xmm):
            if xmm != source { asm.movapd(xmm, source) }
        case .boxed(let register), .shiftedInt(let register):
            asm.movq(register, source)
        case .slot:
            break
        }
    }

    /// Uop j's result is a small int, shifted, in `source` (which this may change).
    func defineShifted(_ j: Int, _ source: GPR) {
        switch home(of: Ref(uop: j)) {
        case .shiftedInt(let register):
            if register != source { asm.mov(register, source) }
            if allocation.synced[j] {
                asm.mov(.rcx, register)
                emitBoxShifted(.rcx)
                asm.mov(slot(Ref(uop: j)), .rcx)
            }
        default:
            emitBoxShifted(source)
            define(j, source)
        }
    }

    /// Whether anything reads uop j's result.
    func isUsed(_ j: Int) -> Bool {
        allocation.register[j] != nil || allocation.xmm[j] != nil || allocation.synced[j]
    }

    // MARK: Doubles

    /// The value's xmm register if it has one, else `scratch` loaded with it.
    func loadDouble(_ ref: Ref, _ scratch: XMM) -> XMM {
        if case .double(let xmm) = home(of: ref) { return xmm }
        copyDouble(ref, into: scratch)
        return scratch
    }

    /// Copies the value's bits into `destination`.
    func copyDouble(_ ref: Ref, into destination: XMM) {
        switch home(of: ref) {
        case .double(let xmm):
            if xmm != destination { asm.movapd(destination, xmm) }
        case .boxed(let register):
            asm.movq(destination, register)
        case .shiftedInt:
            asm.movq(destination, load(ref, .rax))
        case .slot:
            if let value = constant(ref) { asm.movsd(destination, pool(value.bits)) } else { asm.movsd(destination, slot(ref)) }
        }
    }

    /// `destination op= value`, reading the value from its register or memory where it can.
    func emitDoubleOperation(_ operation: ScalarDoubleOperation, _ destination: XMM, _ ref: Ref) {
        switch home(of: ref) {
        case .double(let xmm): asm.scalarDouble(operation, destination, xmm)
        case .slot: asm.scalarDouble(operation, destination, slot(ref))
        default: asm.scalarDouble(operation, destination, loadDouble(ref, .xmm1))
        }
    }

    // MARK: Shifted ints

    /// `destination` = payload << 14.
    func emitShiftedInt(_ ref: Ref, into destination: GPR) {
        if let value = constant(ref), value.isSmallInt {
            asm.mov(destination, Int64(value.smallInt) << Int64(Boxing.intShift))
            return
        }
        if case .shiftedInt(let register) = home(of: ref) {
            if register != destination { asm.mov(destination, register) }
            return
        }
        copy(ref, into: destination)
        asm.shl(destination, .immediate(Boxing.intShift))
    }

    /// An int operand, shifted: an immediate when it is a constant that fits, the value's own
    /// register when it is kept shifted, else `scratch` loaded with it.
    enum ShiftedOperand {
        case immediate(Int32)
        case register(GPR)
    }

    func shiftedOperand(_ ref: Ref, _ scratch: GPR) -> ShiftedOperand {
        if let value = constant(ref), value.isSmallInt,
           let shifted = Int32(exactly: value.smallInt << Int(Boxing.intShift)) {
            return .immediate(shifted)
        }
        if case .shiftedInt(let register) = home(of: ref) { return .register(register) }
        emitShiftedInt(ref, into: scratch)
        return .register(scratch)
    }
}
