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

/// Limb k of p << s (0 <= s < 64), reading p[k] and p[k - 1]: the normalized view of a limb
/// without shifting the whole number.
@inline(__always)
private func shiftedLimb(_ p: Limbs, _ k: Int, _ s: Int) -> UInt {
    if k < 0 { return 0 }
    let low = s > 0 && k > 0 ? p[k - 1] &>> (UInt.bitWidth - s) : 0
    return (p[k] &<< s) | low
}

/// Long division (Knuth's algorithm D) of a (n limbs) by b (m limbs), both normalized, with
/// 2 <= m <= n. Writes the quotient to q[0...n-m] and, when `r` is given, the remainder to
/// r[0..<m]. Returns whether the remainder is nonzero. q and r must not overlap a or b.
@discardableResult
func divideLimbs(quotient q: MutableLimbs, remainder r: MutableLimbs?, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) -> Bool {
    // Knuth shifts both operands until the divisor's top bit is set: then the quotient limb
    // estimated from the top limbs is at most 2 too big. Shifting both by the same amount
    // changes neither the quotient limbs nor where they go, so only the limbs the estimate reads
    // are shifted, on the fly; the running remainder stays unshifted (a copy of a with one more
    // limb on top) and needs no shifting back.
    let shift = b[m - 1].leadingZeroBitCount
    let vTop = shiftedLimb(b, m - 1, shift), vNext = shiftedLimb(b, m - 2, shift)
    return withUnsafeTemporaryAllocation(of: UInt.self, capacity: n + 1) { scratch in
        let u = scratch.baseAddress!
        u.update(from: a, count: n)
        u[n] = 0
        var j = n - m
        while j >= 0 {
            // The top three limbs of the shifted window u[j...j+m]. The bits of u[j+m] shifted
            // out of it are 0: what is left above the window is below b.
            let top = shiftedLimb(u, j + m, shift)
            let mid = shiftedLimb(u, j + m - 1, shift), low = shiftedLimb(u, j + m - 2, shift)
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
            // u[j...j+m] -= q̂ * b, the product's carry and the borrow folded into one limb
            // (q̂ * b[i] + carry <= 2^128 - 2^64, so the high half plus a borrow cannot wrap).
            var carry: UInt = 0
            var i = 0
            while i < m {
                let (ph, pl) = b[i].multipliedFullWidth(by: qhat)
                let (p, o1) = pl.addingReportingOverflow(carry)
                let (d, o2) = u[j + i].subtractingReportingOverflow(p)
                u[j + i] = d
                carry = ph &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                i += 1
            }
            let (d, negative) = u[j + m].subtractingReportingOverflow(carry)
            u[j + m] = d
            if negative {
                // q̂ was one too big: add b back (the carry out cancels the borrow).
                divisionAddBackCount &+= 1
                qhat -= 1
                var c = false
                i = 0
                while i < m {
                    let (s1, o1) = u[j + i].addingReportingOverflow(b[i])
                    let (s2, o2) = s1.addingReportingOverflow(c ? 1 : 0)
                    u[j + i] = s2
                    c = o1 != o2
                    i += 1
                }
                u[j + m] &+= c ? 1 : 0
            }
            q[j] = qhat
            j -= 1
        }
        // The remainder is u[0..<m].
        var nonzero = false
        for i in 0..<m where u[i] != 0 { nonzero = true; break }
        if let r { r.update(from: u, count: m) }
        return nonzero
    }
}
