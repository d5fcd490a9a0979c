/// Products of limb magnitudes (see LimbArithmetic.swift for the representation).

/// Both operands at least this long (in limbs) are multiplied by Karatsuba's method; below it
/// schoolbook's smaller constant wins. Measured by timing both on random square operands
/// (x86-64): even below 64 limbs, 1.4x faster at 128, 3x at 1000, 11x at 10000. A variable so
/// that tests can force the recursion on small operands.
nonisolated(unsafe) var karatsubaThreshold = 48

/// r[0..<n+m] = a * b. r must not overlap a or b; it need not be zeroed. Operands need not be
/// normalized.
func multiplyLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    let (long, longCount, short, shortCount) = n >= m ? (a, n, b, m) : (b, m, a, n)
    if shortCount < karatsubaThreshold {
        schoolbookMultiply(r, long, longCount, short, shortCount)
    } else if 2 * shortCount <= longCount {
        unbalancedMultiply(r, long, longCount, short, shortCount)
    } else {
        karatsubaMultiply(r, long, longCount, short, shortCount)
    }
}

/// r[0..<n+m] = a * b, one multiply-accumulate row per limb of b (n >= m).
private func schoolbookMultiply(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    if m == 0 {
        r.update(repeating: 0, count: n)
        return
    }
    r[n] = multiplyLimbs(r, a, n, by: b[0])
    var j = 1
    while j < m {
        r[j + n] = multiplyAccumulateLimbs(r + j, a, n, by: b[j])
        j += 1
    }
}

/// a * b for m <= n / 2: Karatsuba only pays on halves of similar length, so a is cut into
/// m-limb pieces, each multiplied by b and added in at its offset.
private func unbalancedMultiply(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    r.update(repeating: 0, count: n + m)
    withUnsafeTemporaryAllocation(of: UInt.self, capacity: 2 * m) { scratch in
        let piece = scratch.baseAddress!
        var offset = 0
        while offset < n {
            let length = min(m, n - offset)
            multiplyLimbs(piece, a + offset, length, b, m)
            // The running sum stays below B^(offset + length + m): the carry cannot leave r.
            _ = accumulateLimbs(r + offset, n + m - offset, piece, length + m)
            offset += length
        }
    }
}

/// a * b for n / 2 < m <= n, with a = a1 B^h + a0, b = b1 B^h + b0 (h = ceil(n / 2)):
/// a0 b0 and a1 b1 go straight into r, and (a0 + a1)(b0 + b1) - a0 b0 - a1 b1 is added at h:
/// three half-size products instead of four.
private func karatsubaMultiply(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    let h = (n + 1) / 2
    let a1Count = n - h, b1Count = m - h
    multiplyLimbs(r, a, h, b, h)
    multiplyLimbs(r + 2 * h, a + h, a1Count, b + h, b1Count)
    withUnsafeTemporaryAllocation(of: UInt.self, capacity: 4 * h + 4) { scratch in
        let sa = scratch.baseAddress!, sb = sa + h + 1, p = sb + h + 1
        addLimbs(sa, a, h, a + h, a1Count)
        addLimbs(sb, b, h, b + h, b1Count)
        multiplyLimbs(p, sa, h + 1, sb, h + 1)
        // p = a0 b1 + a1 b0 now, which is below B^(n + m - h): its limbs past that are 0.
        subtractLimbs(p, p, 2 * h + 2, r, 2 * h)
        subtractLimbs(p, p, 2 * h + 2, r + 2 * h, a1Count + b1Count)
        let length = n + m - h
        _ = accumulateLimbs(r + h, length, p, min(2 * h + 2, length))
    }
}
