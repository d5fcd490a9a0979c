/// Truncating division of limb magnitudes (see LimbArithmetic.swift). Python's floor semantics
/// and signs are applied by the callers (IntArithmetic.swift).

/// q[0..<n] = a / d, returning a % d (d != 0). q may be a.
func divideLimbs(_ q: MutableLimbs, _ a: Limbs, _ n: Int, by d: UInt) -> UInt {
    var remainder: UInt = 0
    var i = n - 1
    while i >= 0 {
        // remainder < d, so the two-limb quotient fits in one limb.
        (q[i], remainder) = d.dividingFullWidth((remainder, a[i]))
        i -= 1
    }
    return remainder
}

/// a % d (d != 0), without the quotient.
func remainderLimbs(_ a: Limbs, _ n: Int, by d: UInt) -> UInt {
    var remainder: UInt = 0
    var i = n - 1
    while i >= 0 {
        remainder = d.dividingFullWidth((remainder, a[i])).remainder
        i -= 1
    }
    return remainder
}

/// How many times long division had to add the divisor back (a qhat estimate two limbs of the
/// divisor could not refute). Rare with 64-bit limbs: tests read it to prove they reached it.
nonisolated(unsafe) var divisionAddBackCount = 0

/// Long division (Knuth's algorithm D) of a (n limbs) by b (m limbs), both normalized, with
/// 2 <= m <= n. Writes the quotient to q[0...n-m] and, when `r` is given, the remainder to
/// r[0..<m]. Returns whether the remainder is nonzero. q and r must not overlap a or b.
@discardableResult
func divideLimbs(quotient q: MutableLimbs, remainder r: MutableLimbs?, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) -> Bool {
    // Shift both so that the divisor's top bit is set: then the quotient limb estimated from the
    // top two limbs of the running remainder and the top limb of the divisor is at most 2 too big.
    let shift = b[m - 1].leadingZeroBitCount
    return withUnsafeTemporaryAllocation(of: UInt.self, capacity: n + 1 + (shift == 0 ? 0 : m)) { scratch in
        let u = scratch.baseAddress!
        u[n] = shiftLeftLimbs(u, a, n, by: shift)
        let v: Limbs
        if shift == 0 {
            v = b
        } else {
            let shifted = u + n + 1
            _ = shiftLeftLimbs(shifted, b, m, by: shift)
            v = UnsafePointer(shifted)
        }
        let vTop = v[m - 1], vNext = v[m - 2]
        var j = n - m
        while j >= 0 {
            let top = u[j + m], mid = u[j + m - 1], low = u[j + m - 2]
            // Estimate q̂ = (top, mid) / vTop, capped at 2^64 - 1 (top <= vTop always holds).
            var qhat: UInt, rhat: UInt, rhatOverflow: Bool
            if top >= vTop {
                qhat = UInt.max
                (rhat, rhatOverflow) = mid.addingReportingOverflow(vTop)
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((top, mid))
                rhatOverflow = false
            }
            // Refine with the next divisor limb: afterwards q̂ is exact or one too big. Once r̂
            // reaches 2^64 the test cannot fail any more.
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                if ph < rhat || (ph == rhat && pl <= low) { break }
                qhat -= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(vTop)
            }
            // u[j...j+m] -= q̂ * v, the product's carry and the borrow folded into one limb
            // (q̂ * v[i] + carry <= 2^128 - 2^64, so the high half plus a borrow cannot wrap).
            var carry: UInt = 0
            var i = 0
            while i < m {
                let (ph, pl) = v[i].multipliedFullWidth(by: qhat)
                let (p, o1) = pl.addingReportingOverflow(carry)
                let (d, o2) = u[j + i].subtractingReportingOverflow(p)
                u[j + i] = d
                carry = ph &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                i += 1
            }
            let (d, negative) = u[j + m].subtractingReportingOverflow(carry)
            u[j + m] = d
            if negative {
                // q̂ was one too big: add v back (the carry out cancels the borrow).
                divisionAddBackCount &+= 1
                qhat -= 1
                var c = false
                i = 0
                while i < m {
                    let (s1, o1) = u[j + i].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c ? 1 : 0)
                    u[j + i] = s2
                    c = o1 || o2
                    i += 1
                }
                u[j + m] &+= c ? 1 : 0
            }
            q[j] = qhat
            j -= 1
        }
        // The remainder is u[0..<m], still shifted.
        var nonzero = false
        for i in 0..<m where u[i] != 0 { nonzero = true; break }
        if let r { shiftRightLimbs(r, u, m, by: shift) }
        return nonzero
    }
}
