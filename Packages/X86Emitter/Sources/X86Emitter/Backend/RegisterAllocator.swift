/// Linear-scan register allocation (Poletto and Sarkar) over a superblock's straight-line code.
///
/// Each value that needs a register (see `Liveness`) gets one machine register for its whole
/// interval, or none: it is then *spilled*, living in its register-file slot (stored when
/// defined, loaded into a scratch register at each use). Values that live across a call may only
/// take callee-saved registers; the others prefer caller-saved ones, keeping the callee-saved
/// ones free for values that need them. When no register is free, the value among the current one
/// and the active ones that holds a suitable register and ends last is spilled.
struct RegisterAllocation {
    /// The register of each uop's result (nil: in its slot, or not needed).
    var register: [GPR?]
    /// Stored to its slot when defined (what generic code reads, and every spilled value).
    var synced: [Bool]
    /// Register intervals, for the save/restore around out-of-line calls.
    var intervals: [ClosedRange<Int>?]

    /// Values held in caller-saved registers at position `position` (defined before it, still
    /// needed at or after it): what an out-of-line call at that point must save and restore.
    func liveCallerSaved(at position: Int) -> [(value: Int, register: GPR)] {
        var result: [(Int, GPR)] = []
        for (v, register) in register.enumerated() {
            guard let register, !register.isCalleeSaved, let range = intervals[v],
                  range.lowerBound < position, range.upperBound >= position else { continue }
            result.append((v, register))
        }
        return result
    }
}

enum RegisterAllocator {
    /// Kept across calls: for values that live across a generic uop.
    static let calleeSaved: [GPR] = [.rbx, .rbp, .r12, .r13]
    /// Clobbered by calls.
    static let callerSaved: [GPR] = [.rsi, .rdi, .r8, .r9, .r10]

    static func allocate(_ liveness: Liveness, registers callerSavedPool: [GPR] = callerSaved,
                         calleeSavedPool: [GPR] = calleeSaved) -> RegisterAllocation {
        let count = liveness.count
        var result = RegisterAllocation(register: Array(repeating: nil, count: count), synced: liveness.synced,
                                        intervals: (0 ..< count).map { liveness.interval($0) })
        var active: [(value: Int, end: Int, register: GPR)] = []
        var free = Set(callerSavedPool + calleeSavedPool)
        for v in 0 ..< count {
            guard let range = result.intervals[v] else { continue }
            // Expire intervals that ended before this one starts.
            active.removeAll { entry in
                if entry.end < range.lowerBound { free.insert(entry.register); return true }
                return false
            }
            let candidates = liveness.crossesCall(v) ? calleeSavedPool : callerSavedPool + calleeSavedPool
            if let register = candidates.first(where: { free.contains($0) }) {
                free.remove(register)
                result.register[v] = register
                active.append((v, range.upperBound, register))
                continue
            }
            // Spill whichever ends last: the current value or an active one holding a candidate.
            let victimIndex = active.indices.filter { candidates.contains(active[$0].register) }
                .max { active[$0].end < active[$1].end }
            if let victimIndex, active[victimIndex].end > range.upperBound {
                let victim = active.remove(at: victimIndex)
                result.register[victim.value] = nil
                result.synced[victim.value] = true
                result.register[v] = victim.register
                active.append((v, range.upperBound, victim.register))
            } else {
                result.synced[v] = true
            }
        }
        // A spilled value keeps no interval (nothing to save around calls).
        for v in 0 ..< count where result.register[v] == nil { result.intervals[v] = nil }
        return result
    }
}
