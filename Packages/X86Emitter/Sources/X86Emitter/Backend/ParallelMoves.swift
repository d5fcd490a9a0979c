import Runtime
import Superblock

/// The back edge of a peeled loop: every phi takes its new value at once. A phi lives in a
/// register, in its register-file slot (synced), or both; its new value is a constant, a
/// register or a slot, possibly in another form (a boxed value becoming a phi kept as a double,
/// say), so a move may convert. Moves are ordered so that no location is overwritten while a
/// pending move still reads it; a move whose source already is its destination is dropped; a
/// cycle (`a, b = b, a`) is broken through the scratch register rax or xmm0 (rcx carries
/// conversions and memory-to-memory copies).
extension SuperblockCompiler {
    /// A machine location.
    enum Location: Hashable {
        case gpr(GPR)
        case xmm(XMM)
        case slot(Int)
    }

    /// A location and the form of the value in it (slots always hold boxed values).
    struct Place: Equatable {
        var location: Location
        var form: Representation
    }

    func places(of v: Int) -> [Place] {
        var result: [Place] = []
        switch home(of: Ref(uop: v)) {
        case .boxed(let register): result.append(Place(location: .gpr(register), form: .boxed))
        case .shiftedInt(let register): result.append(Place(location: .gpr(register), form: .shiftedInt))
        case .double(let xmm): result.append(Place(location: .xmm(xmm), form: .double))
        case .slot: break
        }
        if allocation.synced[v] { result.append(Place(location: .slot(v), form: .boxed)) }
        return result
    }

    /// Where to read a value from (its register when it has one; nil for constants).
    func source(of ref: Ref) -> Place? {
        ref.isConstant ? nil : places(of: ref.uopIndex).first
    }

    func emitParallelMoves(_ moves: [(destination: Ref, source: Ref)]) {
        // Pending moves: destination <- source (a place, or a constant ref).
        var pending: [(destination: Place, source: Place?, constant: Ref?)] = []
        for move in moves where move.destination != move.source {
            let from = source(of: move.source)
            for destination in places(of: move.destination.uopIndex) where destination != from {
                pending.append((destination, from, from == nil ? move.source : nil))
            }
        }
        while !pending.isEmpty {
            // A move whose destination no other pending move reads can go now.
            if let ready = pending.indices.first(where: { i in
                !pending.indices.contains { k in k != i && pending[k].source?.location == pending[i].destination.location }
            }) {
                let move = pending.remove(at: ready)
                emitMove(to: move.destination, from: move.source, constant: move.constant)
                continue
            }
            // Only cycles remain: park one source in a scratch register and read it from there.
            // (A constant's move can wait behind a cycle but is never part of one.)
            let parked = pending.first { $0.source != nil }!.source!
            var scratch = Place(location: .gpr(.rax), form: parked.form)
            if case .xmm = parked.location { scratch.location = .xmm(.xmm0) }
            emitMove(to: scratch, from: parked, constant: nil)
            for i in pending.indices where pending[i].source?.location == parked.location { pending[i].source = scratch }
        }
    }

    /// The phi's value on entering the loop body: its preamble value. The slot first: the phi's
    /// register may be the preamble value's own (converted in place).
    func emitPhiEntry(_ j: Int) {
        let initial = operand(j, 0)
        let from = source(of: initial)
        for destination in places(of: j).reversed() where destination != from {
            emitMove(to: destination, from: from, constant: from == nil ? initial : nil)
        }
    }

    func emitMove(to destination: Place, from source: Place?, constant: Ref?) {
        switch destination.location {
        case .xmm(let d):
            switch source?.location {
            case .xmm(let s)?: if s != d { asm.movapd(d, s) }
            case .gpr(let s)?:
                if source!.form == .shiftedInt {
                    asm.mov(.rcx, s)
                    emitBoxShifted(.rcx)
                    asm.movq(d, .rcx)
                } else {
                    asm.movq(d, s)
                }
            case .slot(let v)?: asm.movsd(d, slot(Ref(uop: v)))
            case nil: asm.movsd(d, slot(constant!))
            }
        case .gpr(let d):
            let shifted = destination.form == .shiftedInt
            switch source?.location {
            case .gpr(let s)?:
                if s != d { asm.mov(d, s) }
                if source!.form == .shiftedInt && !shifted { emitBoxShifted(d) }
                if source!.form != .shiftedInt && shifted { asm.shl(d, .immediate(Boxing.intShift)) }
            case .xmm(let s)?:
                asm.movq(d, s)
                if shifted { asm.shl(d, .immediate(Boxing.intShift)) }
            case .slot(let v)?:
                asm.mov(d, slot(Ref(uop: v)))
                if shifted { asm.shl(d, .immediate(Boxing.intShift)) }
            case nil:
                if shifted { emitShiftedInt(constant!, into: d) } else { asm.mov(d, slot(constant!)) }
            }
        case .slot(let v):
            let memory = slot(Ref(uop: v))
            switch source?.location {
            case .xmm(let s)?: asm.movsd(memory, s)
            case .gpr(let s)?:
                if source!.form == .shiftedInt {
                    asm.mov(.rcx, s)
                    emitBoxShifted(.rcx)
                    asm.mov(memory, .rcx)
                } else {
                    asm.mov(memory, s)
                }
            case .slot(let w)?:
                asm.mov(.rcx, slot(Ref(uop: w)))
                asm.mov(memory, .rcx)
            case nil:
                asm.mov(.rcx, slot(constant!))
                asm.mov(memory, .rcx)
            }
        }
    }
}
