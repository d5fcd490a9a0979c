/// Linear-time operations on magnitudes stored as 64-bit limbs, least significant first, behind
/// raw pointers (a bignum's inline limbs, a local limb, or scratch memory). No arrays and no
/// reference counting: these run on every big-int operation. Callers size the outputs; nothing
/// here allocates, so nothing here can trigger a collection.

public typealias MutableLimbs = UnsafeMutablePointer<UInt>
public typealias Limbs = UnsafePointer<UInt>

/// The count without the zero limbs at the top.
@inline(__always)
func normalizedLimbCount(_ a: Limbs, _ n: Int) -> Int {
    var n = n
    while n > 0 && a[n - 1] == 0 { n -= 1 }
    return n
}

/// -1, 0 or 1 as a < b, a == b, a > b (both normalized: a longer magnitude is larger).
func compareLimbs(_ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) -> Int {
    if n != m { return n < m ? -1 : 1 }
    var i = n - 1
    while i >= 0 {
        if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        i -= 1
    }
    return 0
}

/// r[0...n] = a + b for n >= m: n + 1 limbs, the last one the carry. r may be a.
func addLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    // Carries written as `o1 != o2` (both cannot be set) compile to an adc chain; four limbs per
    // iteration keep the carry in the flags between them.
    var carry = false
    var i = 0
    while i &+ 4 <= m {
        let (s0, p0) = a[i].addingReportingOverflow(b[i])
        let (t0, q0) = s0.addingReportingOverflow(carry ? 1 : 0)
        let (s1, p1) = a[i + 1].addingReportingOverflow(b[i + 1])
        let (t1, q1) = s1.addingReportingOverflow(p0 != q0 ? 1 : 0)
        let (s2, p2) = a[i + 2].addingReportingOverflow(b[i + 2])
        let (t2, q2) = s2.addingReportingOverflow(p1 != q1 ? 1 : 0)
        let (s3, p3) = a[i + 3].addingReportingOverflow(b[i + 3])
        let (t3, q3) = s3.addingReportingOverflow(p2 != q2 ? 1 : 0)
        carry = p3 != q3
        r[i] = t0; r[i + 1] = t1; r[i + 2] = t2; r[i + 3] = t3
        i &+= 4
    }
    while i < m {
        let (s1, o1) = a[i].addingReportingOverflow(b[i])
        let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
        r[i] = s2
        carry = o1 != o2
        i += 1
    }
    // Past b only the carry moves, and it stops at the first limb that does not wrap.
    while i < n && carry {
        let (s, o) = a[i].addingReportingOverflow(1)
        r[i] = s
        carry = o
        i += 1
    }
    if UnsafePointer(r) != a {
        while i < n { r[i] = a[i]; i += 1 }
    }
    r[n] = carry ? 1 : 0
}

/// r[0..<n] += b[0..<m] for m <= n; returns the carry out of r's top limb (not stored).
func accumulateLimbs(_ r: MutableLimbs, _ n: Int, _ b: Limbs, _ m: Int) -> Bool {
    var carry = false
    var i = 0
    while i < m {
        let (s1, o1) = r[i].addingReportingOverflow(b[i])
        let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
        r[i] = s2
        carry = o1 != o2
        i += 1
    }
    while i < n && carry {
        r[i] &+= 1
        carry = r[i] == 0
        i += 1
    }
    return carry
}

/// r[0..<n] = a - b for a >= b, n >= m. r may be a.
func subtractLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, _ b: Limbs, _ m: Int) {
    // As in addLimbs: an sbb chain, four limbs at a time.
    var borrow = false
    var i = 0
    while i &+ 4 <= m {
        let (s0, p0) = a[i].subtractingReportingOverflow(b[i])
        let (t0, q0) = s0.subtractingReportingOverflow(borrow ? 1 : 0)
        let (s1, p1) = a[i + 1].subtractingReportingOverflow(b[i + 1])
        let (t1, q1) = s1.subtractingReportingOverflow(p0 != q0 ? 1 : 0)
        let (s2, p2) = a[i + 2].subtractingReportingOverflow(b[i + 2])
        let (t2, q2) = s2.subtractingReportingOverflow(p1 != q1 ? 1 : 0)
        let (s3, p3) = a[i + 3].subtractingReportingOverflow(b[i + 3])
        let (t3, q3) = s3.subtractingReportingOverflow(p2 != q2 ? 1 : 0)
        borrow = p3 != q3
        r[i] = t0; r[i + 1] = t1; r[i + 2] = t2; r[i + 3] = t3
        i &+= 4
    }
    while i < m {
        let (d1, o1) = a[i].subtractingReportingOverflow(b[i])
        let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
        r[i] = d2
        borrow = o1 != o2
        i += 1
    }
    while i < n && borrow {
        let (d, o) = a[i].subtractingReportingOverflow(1)
        r[i] = d
        borrow = o
        i += 1
    }
    if UnsafePointer(r) != a {
        while i < n { r[i] = a[i]; i += 1 }
    }
}

/// a[0..<n] += 1; returns the carry out of the top limb.
@discardableResult
func incrementLimbs(_ a: MutableLimbs, _ n: Int) -> Bool {
    var i = 0
    while i < n {
        a[i] &+= 1
        if a[i] != 0 { return false }
        i += 1
    }
    return true
}

/// r[0..<n] = a * w + c; returns the limb carried out of the top. r may be a.
func multiplyLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, by w: UInt, adding c: UInt = 0) -> UInt {
    // r[i] = low(a[i] w) + high(a[i-1] w) + carry bit: the products are independent, and the
    // sums form one adc chain over four limbs at a time (see addLimbs).
    var high = c
    var carry = false
    var i = 0
    while i &+ 4 <= n {
        let (h0, l0) = a[i].multipliedFullWidth(by: w)
        let (h1, l1) = a[i + 1].multipliedFullWidth(by: w)
        let (h2, l2) = a[i + 2].multipliedFullWidth(by: w)
        let (h3, l3) = a[i + 3].multipliedFullWidth(by: w)
        let (s0, p0) = l0.addingReportingOverflow(high)
        let (t0, q0) = s0.addingReportingOverflow(carry ? 1 : 0)
        let (s1, p1) = l1.addingReportingOverflow(h0)
        let (t1, q1) = s1.addingReportingOverflow(p0 != q0 ? 1 : 0)
        let (s2, p2) = l2.addingReportingOverflow(h1)
        let (t2, q2) = s2.addingReportingOverflow(p1 != q1 ? 1 : 0)
        let (s3, p3) = l3.addingReportingOverflow(h2)
        let (t3, q3) = s3.addingReportingOverflow(p2 != q2 ? 1 : 0)
        carry = p3 != q3
        high = h3
        r[i] = t0; r[i + 1] = t1; r[i + 2] = t2; r[i + 3] = t3
        i &+= 4
    }
    while i < n {
        let (h, l) = a[i].multipliedFullWidth(by: w)
        let (s, p) = l.addingReportingOverflow(high)
        let (t, q) = s.addingReportingOverflow(carry ? 1 : 0)
        carry = p != q
        high = h
        r[i] = t
        i += 1
    }
    // high <= 2^64 - 2, so the last carry bit fits.
    return high &+ (carry ? 1 : 0)
}

/// r[0..<n] += a * w; returns the limb carried out of the top (for r[n]).
func multiplyAccumulateLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, by w: UInt) -> UInt {
    // Two adc chains four limbs at a time (see multiplyLimbs(by:)): one assembles the product
    // limbs from the independent multiplications, the other adds them to r.
    var high: UInt = 0
    var productCarry = false, sumCarry = false
    var i = 0
    while i &+ 4 <= n {
        let (h0, l0) = a[i].multipliedFullWidth(by: w)
        let (h1, l1) = a[i + 1].multipliedFullWidth(by: w)
        let (h2, l2) = a[i + 2].multipliedFullWidth(by: w)
        let (h3, l3) = a[i + 3].multipliedFullWidth(by: w)
        let (s0, p0) = l0.addingReportingOverflow(high)
        let (t0, q0) = s0.addingReportingOverflow(productCarry ? 1 : 0)
        let (s1, p1) = l1.addingReportingOverflow(h0)
        let (t1, q1) = s1.addingReportingOverflow(p0 != q0 ? 1 : 0)
        let (s2, p2) = l2.addingReportingOverflow(h1)
        let (t2, q2) = s2.addingReportingOverflow(p1 != q1 ? 1 : 0)
        let (s3, p3) = l3.addingReportingOverflow(h2)
        let (t3, q3) = s3.addingReportingOverflow(p2 != q2 ? 1 : 0)
        productCarry = p3 != q3
        high = h3
        let (u0, x0) = r[i].addingReportingOverflow(t0)
        let (v0, y0) = u0.addingReportingOverflow(sumCarry ? 1 : 0)
        let (u1, x1) = r[i + 1].addingReportingOverflow(t1)
        let (v1, y1) = u1.addingReportingOverflow(x0 != y0 ? 1 : 0)
        let (u2, x2) = r[i + 2].addingReportingOverflow(t2)
        let (v2, y2) = u2.addingReportingOverflow(x1 != y1 ? 1 : 0)
        let (u3, x3) = r[i + 3].addingReportingOverflow(t3)
        let (v3, y3) = u3.addingReportingOverflow(x2 != y2 ? 1 : 0)
        sumCarry = x3 != y3
        r[i] = v0; r[i + 1] = v1; r[i + 2] = v2; r[i + 3] = v3
        i &+= 4
    }
    while i < n {
        let (h, l) = a[i].multipliedFullWidth(by: w)
        let (s, p) = l.addingReportingOverflow(high)
        let (t, q) = s.addingReportingOverflow(productCarry ? 1 : 0)
        productCarry = p != q
        high = h
        let (u, x) = r[i].addingReportingOverflow(t)
        let (v, y) = u.addingReportingOverflow(sumCarry ? 1 : 0)
        sumCarry = x != y
        r[i] = v
        i += 1
    }
    // r + a w < 2^64^(n+1): the top limb high + both carries cannot wrap.
    return high &+ (productCarry ? 1 : 0) &+ (sumCarry ? 1 : 0)
}

/// r[0..<n] = a << s for 0 <= s < 64; returns the bits shifted out of the top. Runs from the top
/// down, so r may be a (or start above it).
func shiftLeftLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, by s: Int) -> UInt {
    if n == 0 { return 0 }
    if s == 0 {
        if UnsafePointer(r) != a { r.update(from: a, count: n) }
        return 0
    }
    let back = UInt.bitWidth - s
    let out = a[n - 1] &>> back
    var i = n - 1
    while i > 0 {
        r[i] = (a[i] &<< s) | (a[i - 1] &>> back)
        i -= 1
    }
    r[0] = a[0] &<< s
    return out
}

/// r[0..<n] = a >> s for 0 <= s < 64 (bits shifted out of the bottom are dropped). Runs from the
/// bottom up, so r may be a (or start below it).
func shiftRightLimbs(_ r: MutableLimbs, _ a: Limbs, _ n: Int, by s: Int) {
    if n == 0 { return }
    if s == 0 {
        if UnsafePointer(r) != a { r.update(from: a, count: n) }
        return
    }
    let back = UInt.bitWidth - s
    var i = 0
    while i < n - 1 {
        r[i] = (a[i] &>> s) | (a[i + 1] &<< back)
        i += 1
    }
    r[n - 1] = a[n - 1] &>> s
}
