/// Linear-scan register allocation (Poletto and Sarkar) over a superblock's straight-line code.
///
/// Each value that needs a register (see `Liveness`) gets one machine register for its whole
/// interval, or none: it is then *spilled*, living in its register-file slot (stored when
/// defined, loaded into a scratch register at each use). Values that live across a call may only
/// take callee-saved registers; the others prefer caller-saved ones, keeping the callee-saved
/// ones free for values that need them. When no register is free, the value among the current one
/// and the active ones that holds a suitable register and ends last is spilled.
struct RegisterAllocation {
    /// The general-purpose register of each uop's result (nil: in an xmm register, in its slot,
    /// or not needed).
    var register: [GPR?]
    /// The xmm register of each uop's result (only for `double` values).
    var xmm: [XMM?]
    /// The form of each value while in its register (`boxed` for values without one).
    var representation: [Representation]
    /// Stored to its slot when defined (what generic code reads, and every spilled value).
    var synced: [Bool]
    /// Register intervals, for the save/restore around out-of-line calls.
    var intervals: [ClosedRange<Int>?]

    /// Values held in caller-saved registers (every xmm register is one) at position `position`
    /// (defined before it, still needed at or after it): what an out-of-line call at that point
    /// must save and restore.
    func liveCallerSaved(at position: Int) -> [Int] {
        (0 ..< register.count).filter { v in
            guard let range = intervals[v], range.lowerBound < position, range.upperBound >= position else { return false }
            if xmm[v] != nil { return true }
            return register[v].map { !$0.isCalleeSaved } ?? false
        }
    }
}

enum RegisterAllocator {
    /// Kept across calls: for values that live across a generic uop.
    static let calleeSaved: [GPR] = [.rbx, .rbp, .r12, .r13]
    /// Clobbered by calls.
    static let callerSaved: [GPR] = [.rsi, .rdi, .r8, .r9, .r10]
    /// For doubles (xmm0 and xmm1 are scratch). All are clobbered by calls.
    static let doubles: [XMM] = XMM.allCases.filter { $0 != .xmm0 && $0 != .xmm1 }

    /// A machine register of either class.
    enum Register: Hashable {
        case gpr(GPR)
        case xmm(XMM)
    }

    static func allocate(_ liveness: Liveness, registers callerSavedPool: [GPR] = callerSaved,
                         calleeSavedPool: [GPR] = calleeSaved, doublePool: [XMM] = doubles) -> RegisterAllocation {
        let count = liveness.count
        var result = RegisterAllocation(register: Array(repeating: nil, count: count),
                                        xmm: Array(repeating: nil, count: count),
                                        representation: liveness.representation, synced: liveness.synced,
                                        intervals: (0 ..< count).map { liveness.interval($0) })
        var assigned = [Register?](repeating: nil, count: count)
        var active: [(value: Int, end: Int, register: Register)] = []
        var free = Set(callerSavedPool.map(Register.gpr) + calleeSavedPool.map(Register.gpr) + doublePool.map(Register.xmm))
        for v in 0 ..< count {
            guard let range = result.intervals[v] else { continue }
            // Expire intervals that ended before this one starts.
            active.removeAll { entry in
                if entry.end < range.lowerBound { free.insert(entry.register); return true }
                return false
            }
            let crossesCall = liveness.crossesCall(v)
            // A double that must survive a call stays boxed (in a callee-saved register).
            if result.representation[v] == .double && crossesCall { result.representation[v] = .boxed }
            let candidates: [Register]
            if result.representation[v] == .double {
                candidates = doublePool.map(Register.xmm)
            } else {
                candidates = (crossesCall ? calleeSavedPool : callerSavedPool + calleeSavedPool).map(Register.gpr)
            }
            let hinted = liveness.hints[v].compactMap { assigned[$0] }.filter { candidates.contains($0) }
            if let register = hinted.first(where: { free.contains($0) }) ?? candidates.first(where: { free.contains($0) }) {
                free.remove(register)
                assigned[v] = register
                active.append((v, range.upperBound, register))
                continue
            }
            // Spill whichever ends last: the current value or an active one holding a candidate.
            let victimIndex = active.indices.filter { candidates.contains(active[$0].register) }
                .max { active[$0].end < active[$1].end }
            if let victimIndex, active[victimIndex].end > range.upperBound {
                let victim = active.remove(at: victimIndex)
                assigned[victim.value] = nil
                result.synced[victim.value] = true
                assigned[v] = victim.register
                active.append((v, range.upperBound, victim.register))
            } else {
                result.synced[v] = true
            }
        }
        for v in 0 ..< count {
            switch assigned[v] {
            case .gpr(let register)?:
                result.register[v] = register
                if result.representation[v] == .double { result.representation[v] = .boxed }
            case .xmm(let register)?:
                result.xmm[v] = register
            case nil:
                // A spilled value lives boxed in its slot and keeps no interval (nothing to save
                // around calls).
                result.representation[v] = .boxed
                result.intervals[v] = nil
            }
        }
        return result
    }
}
