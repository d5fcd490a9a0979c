/// Products of limb magnitudes (see LimbArithmetic.swift for the representation).

/// r[0..<n+m] = a * b, schoolbook: one multiply-accumulate row per limb of the shorter operand.
/// r must not overlap a or b; it need not be zeroed.
func multiplyLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    // Rows run over the longer operand: fewer, longer inner loops.
    let (long, longCount, short, shortCount) = n >= m ? (a, n, b, m) : (b, m, a, n)
    if shortCount == 0 {
        r.update(repeating: 0, count: longCount)
        return
    }
    r[longCount] = multiplyLimbs(r, long, longCount, by: short[0])
    var j = 1
    while j < shortCount {
        r[j + longCount] = multiplyAccumulateLimbs(r + j, long, longCount, by: short[j])
        j += 1
    }
}
