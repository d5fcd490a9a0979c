import BigInt
import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// The `math` module: glibc's libm for the float functions (as CPython on Linux), CPython's own
/// algorithms where it has them (mathFsum, hypot/dist's vector norm, gamma, lgamma, log of huge
/// ints, pow's special values), and its error rules and messages.
func registerMathModule() {
    registerModule("math") { () throws(PyError) -> Value in mathMakeMathModule() }
}

// MARK: error rules

/// CPython's errno values for math errors.
private enum MathErrno { case none, domain, range }

private func mathDomainError() -> PyError { raiseValueError("math domain error") }
private func mathRangeError() -> PyError { raiseOverflowError("math range error") }

/// is_error(): EDOM is a ValueError; ERANGE an OverflowError unless the result is tiny
/// (an underflow, which is not an error).
private func mathCheckErrno(_ errno: MathErrno, _ r: Double) throws(PyError) {
    switch errno {
    case .none: return
    case .domain: throw mathDomainError()
    case .range: if abs(r) >= 1.5 { throw mathRangeError() }
    }
}

/// math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument is a
/// range error when the function can overflow, else a domain error (a singularity).
@inline(__always)
private func mathMath1(_ x: Double, _ r: Double, canOverflow: Bool) throws(PyError) -> Value {
    if r.isNaN && !x.isNaN { throw mathDomainError() }
    if r.isInfinite && x.isFinite { throw canOverflow ? mathRangeError() : mathDomainError() }
    return Value(float: r)
}

/// math_2: NaN from non-NaNs is EDOM, an infinity from finite arguments ERANGE.
private func mathMath2(_ x: Double, _ y: Double, _ r: Double) throws(PyError) -> Value {
    var errno = MathErrno.none
    if r.isNaN {
        if !x.isNaN && !y.isNaN { errno = .domain }
    } else if r.isInfinite {
        if x.isFinite && y.isFinite { errno = .range }
    }
    try mathCheckErrno(errno, r)
    return Value(float: r)
}

/// The one argument of a METH_O function ("math.sqrt() takes exactly one argument (2 given)").
@inline(__always)
private func mathOneArgument(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("math.\(name)() takes no keyword arguments") }
    if count != 1 { throw raiseTypeError("math.\(name)() takes exactly one argument (\(count) given)") }
    return args[0]
}

/// The two arguments of a positional-only function ("fmod expected 2 arguments, got 1").
@inline(__always)
private func mathTwoArguments(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("math.\(name)() takes no keyword arguments") }
    try modCheckCount(name, count, min: 2, max: 2)
}

/// An exact float to int conversion (PyLong_FromDouble).
func modIntFromDouble(_ d: Double) throws(PyError) -> Value {
    if d.isInfinite { throw raiseOverflowError("cannot convert float infinity to integer") }
    if d.isNaN { throw raiseValueError("cannot convert float NaN to integer") }
    if abs(d) < 9.0e15 { return newInt(Int(d)) }
    return newInt(BigInt(exactly: d.rounded(.towardZero))!)
}

/// An int value as a plain int (bool and int subclasses become int).
private func mathPlainInt(_ v: Value) -> Value {
    if v.isSmallInt { return v }
    if v.isBool { return Value(smallInt: v.bits == Value.true.bits ? 1 : 0) }
    if v.header.pointee.type == rt.pointee.types.int { return v }
    return newInt(v.bigIntValue)
}

// MARK: logarithms

private func mathMLog(_ x: Double) -> (Double, MathErrno) {
    if x.isFinite {
        if x > 0 { return (Glibc.log(x), .none) }
        return (x == 0 ? -Double.infinity : Double.nan, .domain)
    }
    if x.isNaN || x > 0 { return (x, .none) }
    return (Double.nan, .domain)
}

private func mathMLog2(_ x: Double) -> (Double, MathErrno) {
    if x.isFinite {
        if x > 0 { return (Glibc.log2(x), .none) }
        return (x == 0 ? -Double.infinity : Double.nan, .domain)
    }
    if x.isNaN || x > 0 { return (x, .none) }
    return (Double.nan, .domain)
}

private func mathMLog10(_ x: Double) -> (Double, MathErrno) {
    if x.isFinite {
        if x > 0 { return (Glibc.log10(x), .none) }
        return (x == 0 ? -Double.infinity : Double.nan, .domain)
    }
    if x.isNaN || x > 0 { return (x, .none) }
    return (Double.nan, .domain)
}

/// _PyLong_Frexp: a positive big int as x * 2**e with 0.5 <= x < 1, x correctly rounded.
private func mathBigFrexp(_ n: BigUInt) -> (Double, Int) {
    let bits = n.bitWidth
    var top: UInt64
    if bits <= 55 {
        top = UInt64(n) << (55 - bits)
    } else {
        let shift = bits - 55
        top = UInt64(n >> shift)
        if (n & ((BigUInt(1) << shift) - 1)) != 0 { top |= 1 }
    }
    var x = Double(top) / 36028797018963968.0   // 2**55
    var e = bits
    if x == 1.0 { x = 0.5; e += 1 }
    return (x, e)
}

/// loghelper: ints of any size are handled exactly; everything else goes through math_1.
private func mathLogHelper(_ v: Value, _ function: (Double) -> (Double, MathErrno)) throws(PyError) -> Double {
    if modIsInt(v) {
        let n = modBig(v)
        guard n.sign == .plus && !n.isZero else { throw mathDomainError() }
        if let x = modBigToDouble(n) { return function(x).0 }
        let (x, e) = mathBigFrexp(n.magnitude)
        return function(x).0 + function(2.0).0 * Double(e)
    }
    let x = try modDouble(v)
    let (r, _) = function(x)
    if r.isNaN && !x.isNaN { throw mathDomainError() }
    if r.isInfinite && x.isFinite { throw mathDomainError() }
    return r
}

// MARK: gamma (CPython's Lanczos implementation)

private let mathLanczosG = 6.024680040776729583740234375
private let mathLanczosGMinusHalf = 5.524680040776729583740234375
private let mathLanczosNumerator: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
private let mathLanczosDenominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]
private let mathGammaIntegral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]
private let mathLogPi = 1.144729885849400174143427351353058711647

private func mathLanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
        for i in stride(from: 12, through: 0, by: -1) {
            num = num * x + mathLanczosNumerator[i]
            den = den * x + mathLanczosDenominator[i]
        }
    } else {
        for i in 0..<13 {
            num = num / x + mathLanczosNumerator[i]
            den = den / x + mathLanczosDenominator[i]
        }
    }
    return num / den
}

/// sin(pi * x), accurate for integral and near-integral x.
private func mathSinPi(_ x: Double) -> Double {
    let y = fmod(abs(x), 2.0)
    let n = Int(Glibc.round(2.0 * y))
    let r: Double
    switch n {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1.0 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
}

private func mathMGamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite {
        if x.isNaN || x > 0 { return (x, .none) }
        return (Double.nan, .domain)
    }
    if x == 0 { return (copysign(Double.infinity, x), .domain) }
    if x == Glibc.floor(x) {
        if x < 0 { return (Double.nan, .domain) }
        if x <= 23 { return (mathGammaIntegral[Int(x) - 1], .none) }
    }
    let absx = abs(x)
    if absx < 1e-20 {
        let r = 1.0 / x
        return (r, r.isInfinite ? .range : .none)
    }
    if absx > 200.0 {
        if x < 0 { return (0.0 / mathSinPi(x), .none) }
        return (Double.infinity, .range)
    }
    let y = absx + mathLanczosGMinusHalf
    var z: Double
    if absx > mathLanczosGMinusHalf {
        let q = y - absx
        z = q - mathLanczosGMinusHalf
    } else {
        let q = y - mathLanczosGMinusHalf
        z = q - absx
    }
    z = z * mathLanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / mathSinPi(absx) / absx * exp(y) / mathLanczosSum(absx)
        r -= z * r
        if absx < 140.0 {
            r /= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
        }
    } else {
        r = mathLanczosSum(absx) / exp(y)
        r += z * r
        if absx < 140.0 {
            r *= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
        }
    }
    return (r, r.isInfinite ? .range : .none)
}

private func mathMLgamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite {
        if x.isNaN { return (x, .none) }
        return (Double.infinity, .none)
    }
    if x == Glibc.floor(x) && x <= 2.0 {
        if x <= 0 { return (Double.infinity, .domain) }
        return (0.0, .none)
    }
    let absx = abs(x)
    if absx < 1e-20 { return (-Glibc.log(absx), .none) }
    var r = Glibc.log(mathLanczosSum(absx)) - mathLanczosG
    r += (absx - 0.5) * (Glibc.log(absx + mathLanczosG - 0.5) - 1)
    if x < 0 {
        r = mathLogPi - Glibc.log(abs(mathSinPi(absx))) - Glibc.log(absx) - r
    }
    return (r, r.isInfinite ? .range : .none)
}

// MARK: vector norm (hypot, dist)

/// CPython 3.11's vector_norm: scaled, Veltkamp-Dekker split squares, compensated summation and
/// a differential correction of the square root.
private func mathVectorNorm(_ vec: UnsafeMutablePointer<Double>, _ n: Int, _ max: Double, _ foundNaN: Bool) -> Double {
    let t27 = 134217729.0
    if max.isInfinite { return max }
    if foundNaN { return Double.nan }
    if max == 0.0 || n <= 1 { return max }
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
    var oldcsum: Double, x: Double, t: Double, hi: Double, lo: Double
    let maxE = max.exponent + 1   // frexp's exponent
    if maxE >= -1023 {
        let scale = Glibc.ldexp(1.0, Int32(-maxE))
        for i in 0..<n {
            x = vec[i] * scale
            t = x * t27
            hi = t - (t - x)
            lo = x - hi
            x = hi * hi
            oldcsum = csum
            csum += x
            frac1 += (oldcsum - csum) + x
            x = 2.0 * hi * lo
            oldcsum = csum
            csum += x
            frac2 += (oldcsum - csum) + x
            frac3 += lo * lo
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
        x = h
        t = x * t27
        hi = t - (t - x)
        lo = x - hi
        x = -hi * hi
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
        x = -2.0 * hi * lo
        oldcsum = csum
        csum += x
        frac2 += (oldcsum - csum) + x
        x = -lo * lo
        oldcsum = csum
        csum += x
        frac3 += (oldcsum - csum) + x
        x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    }
    for i in 0..<n {
        x = vec[i] / max
        x = x * x
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
    }
    return max * (csum - 1.0 + frac1).squareRoot()
}

// MARK: mathFsum

/// CPython's math.fsum: Shewchuk/Hettinger exact partials, then a correctly rounded total.
private func mathFsum(_ iterable: Value) throws(PyError) -> Value {
    var partials: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    let iterator = try getIterator(iterable)
    while let item = try iteratorNext(iterator) {
        var x = try modDouble(item)
        let xsave = x
        var i = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if abs(x) < abs(y) { swap(&x, &y) }
            let hi = x + y
            let yr = hi - x
            let lo = y - yr
            if lo != 0.0 {
                partials[i] = lo
                i += 1
            }
            x = hi
        }
        partials.removeSubrange(i...)
        if x != 0.0 {
            if !x.isFinite {
                if xsave.isFinite { throw raiseOverflowError("intermediate overflow in fsum") }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
    }
    if specialSum != 0.0 {
        if infSum.isNaN { throw raiseValueError("-inf + inf in fsum") }
        return Value(float: specialSum)
    }
    var hi = 0.0
    var n = partials.count
    if n > 0 {
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0.0 { break }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return Value(float: hi)
}

// MARK: integer functions

/// mathFactorial(n) by binary splitting of the product.
private func mathFactorial(_ n: Int) -> BigInt {
    func product(_ low: Int, _ high: Int) -> BigInt {
        // Product of low...high inclusive.
        if high - low < 16 {
            var p = BigInt(1)
            var i = low
            while i <= high { p *= BigInt(i); i += 1 }
            return p
        }
        let mid = (low + high) / 2
        return product(low, mid) * product(mid + 1, high)
    }
    if n < 2 { return 1 }
    return product(2, n)
}

/// P(n, k) or C(n, k) by CPython's recursive splitting.
private func mathPermComb(_ n: BigInt, _ k: Int, comb: Bool) -> BigInt {
    if k == 0 { return 1 }
    if k == 1 { return n }
    if k < 20 {
        var result = BigInt(1)
        for i in 0..<k { result *= n - BigInt(i) }
        if comb { result /= mathFactorial(k) }
        return result
    }
    let j = k / 2
    var a = mathPermComb(n, j, comb: comb)
    let b = mathPermComb(n - BigInt(j), k - j, comb: comb)
    a *= b
    if comb { a /= mathPermComb(BigInt(k), j, comb: true) }
    return a
}

private func mathGcdBig(_ a: BigInt, _ b: BigInt) -> BigInt {
    BigInt(a.magnitude.greatestCommonDivisor(with: b.magnitude))
}

/// PyNumber_Index of an argument, with CPython's TypeError.
private func mathIndexArgument(_ v: Value) throws(PyError) -> BigInt {
    guard let big = try modIndexBig(v) else {
        throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
    return big
}

// MARK: the module

private func mathMakeMathModule() -> Value {
    let m = makeModule("math")
    modSet(m, "pi", Value(float: Double.pi))
    modSet(m, "e", Value(float: M_E))
    modSet(m, "tau", Value(float: 2 * Double.pi))
    modSet(m, "inf", Value(float: Double.infinity))
    modSet(m, "nan", Value(float: Double.nan))

    // One-argument libm functions: (name, function, can overflow).
    modFunction(m, "sqrt") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("sqrt", a, n, k)); return try mathMath1(x, x.squareRoot(), canOverflow: false)
    }
    modFunction(m, "exp") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("exp", a, n, k)); return try mathMath1(x, Glibc.exp(x), canOverflow: true)
    }
    modFunction(m, "exp2") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("exp2", a, n, k)); return try mathMath1(x, Glibc.exp2(x), canOverflow: true)
    }
    modFunction(m, "expm1") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("expm1", a, n, k)); return try mathMath1(x, Glibc.expm1(x), canOverflow: true)
    }
    modFunction(m, "log1p") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("log1p", a, n, k)); return try mathMath1(x, Glibc.log1p(x), canOverflow: false)
    }
    modFunction(m, "sin") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("sin", a, n, k)); return try mathMath1(x, Glibc.sin(x), canOverflow: false)
    }
    modFunction(m, "cos") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("cos", a, n, k)); return try mathMath1(x, Glibc.cos(x), canOverflow: false)
    }
    modFunction(m, "tan") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("tan", a, n, k)); return try mathMath1(x, Glibc.tan(x), canOverflow: false)
    }
    modFunction(m, "asin") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("asin", a, n, k)); return try mathMath1(x, Glibc.asin(x), canOverflow: false)
    }
    modFunction(m, "acos") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("acos", a, n, k)); return try mathMath1(x, Glibc.acos(x), canOverflow: false)
    }
    modFunction(m, "atan") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("atan", a, n, k)); return try mathMath1(x, Glibc.atan(x), canOverflow: false)
    }
    modFunction(m, "sinh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("sinh", a, n, k)); return try mathMath1(x, Glibc.sinh(x), canOverflow: true)
    }
    modFunction(m, "cosh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("cosh", a, n, k)); return try mathMath1(x, Glibc.cosh(x), canOverflow: true)
    }
    modFunction(m, "tanh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("tanh", a, n, k)); return try mathMath1(x, Glibc.tanh(x), canOverflow: false)
    }
    modFunction(m, "asinh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("asinh", a, n, k)); return try mathMath1(x, Glibc.asinh(x), canOverflow: false)
    }
    modFunction(m, "acosh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("acosh", a, n, k)); return try mathMath1(x, Glibc.acosh(x), canOverflow: false)
    }
    modFunction(m, "atanh") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("atanh", a, n, k)); return try mathMath1(x, Glibc.atanh(x), canOverflow: false)
    }
    modFunction(m, "cbrt") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("cbrt", a, n, k)); return try mathMath1(x, Glibc.cbrt(x), canOverflow: false)
    }
    modFunction(m, "fabs") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("fabs", a, n, k)); return Value(float: abs(x))
    }
    modFunction(m, "erf") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("erf", a, n, k)); return Value(float: Glibc.erf(x))
    }
    modFunction(m, "erfc") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("erfc", a, n, k)); return Value(float: Glibc.erfc(x))
    }
    modFunction(m, "gamma") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("gamma", a, n, k))
        let (r, errno) = mathMGamma(x)
        try mathCheckErrno(errno, r)
        return Value(float: r)
    }
    modFunction(m, "lgamma") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("lgamma", a, n, k))
        let (r, errno) = mathMLgamma(x)
        try mathCheckErrno(errno, r)
        return Value(float: r)
    }
    modFunction(m, "degrees") { a, n, k throws(PyError) in
        Value(float: try modDouble(try mathOneArgument("degrees", a, n, k)) * (180.0 / Double.pi))
    }
    modFunction(m, "radians") { a, n, k throws(PyError) in
        Value(float: try modDouble(try mathOneArgument("radians", a, n, k)) * (Double.pi / 180.0))
    }
    modFunction(m, "isfinite") { a, n, k throws(PyError) in
        Value(bool: try modDouble(try mathOneArgument("isfinite", a, n, k)).isFinite)
    }
    modFunction(m, "isinf") { a, n, k throws(PyError) in
        Value(bool: try modDouble(try mathOneArgument("isinf", a, n, k)).isInfinite)
    }
    modFunction(m, "isnan") { a, n, k throws(PyError) in
        Value(bool: try modDouble(try mathOneArgument("isnan", a, n, k)).isNaN)
    }
    modFunction(m, "ulp") { a, n, k throws(PyError) in
        var x = try modDouble(try mathOneArgument("ulp", a, n, k))
        if x.isNaN { return Value(float: x) }
        x = abs(x)
        if x.isInfinite { return Value(float: x) }
        let up = Glibc.nextafter(x, Double.infinity)
        if up.isInfinite { return Value(float: x - Glibc.nextafter(x, -Double.infinity)) }
        return Value(float: up - x)
    }

    // Logarithms.
    modFunction(m, "log") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("log() takes no keyword arguments") }
        guard n == 1 || n == 2 else { throw raiseTypeError("math.log requires 1 to 2 arguments") }
        let num = try mathLogHelper(a[0], mathMLog)
        if n == 1 { return Value(float: num) }
        let den = try mathLogHelper(a[1], mathMLog)
        if den == 0 { throw raiseZeroDivisionError("float division by zero") }
        return Value(float: num / den)
    }
    modFunction(m, "log2") { a, n, k throws(PyError) in
        Value(float: try mathLogHelper(try mathOneArgument("log2", a, n, k), mathMLog2))
    }
    modFunction(m, "log10") { a, n, k throws(PyError) in
        Value(float: try mathLogHelper(try mathOneArgument("log10", a, n, k), mathMLog10))
    }

    // Two-argument float functions.
    modFunction(m, "atan2") { a, n, k throws(PyError) in
        try mathTwoArguments("atan2", n, k)
        let y = try modDouble(a[0]), x = try modDouble(a[1])
        return try mathMath2(y, x, Glibc.atan2(y, x))
    }
    modFunction(m, "copysign") { a, n, k throws(PyError) in
        try mathTwoArguments("copysign", n, k)
        let x = try modDouble(a[0]), y = try modDouble(a[1])
        return try mathMath2(x, y, Glibc.copysign(x, y))
    }
    modFunction(m, "remainder") { a, n, k throws(PyError) in
        try mathTwoArguments("remainder", n, k)
        let x = try modDouble(a[0]), y = try modDouble(a[1])
        return try mathMath2(x, y, Glibc.remainder(x, y))
    }
    modFunction(m, "nextafter") { a, n, k throws(PyError) in
        try mathTwoArguments("nextafter", n, k)
        let x = try modDouble(a[0]), y = try modDouble(a[1])
        return Value(float: Glibc.nextafter(x, y))
    }
    modFunction(m, "fmod") { a, n, k throws(PyError) in
        try mathTwoArguments("fmod", n, k)
        let x = try modDouble(a[0]), y = try modDouble(a[1])
        if y.isInfinite && x.isFinite { return Value(float: x) }
        let r = Glibc.fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw mathDomainError() }
        return Value(float: r)
    }
    modFunction(m, "pow") { a, n, k throws(PyError) in
        try mathTwoArguments("pow", n, k)
        let x = try modDouble(a[0]), y = try modDouble(a[1])
        var r = 0.0
        var errno = MathErrno.none
        if !x.isFinite || !y.isFinite {
            if x.isNaN {
                r = y == 0 ? 1 : x
            } else if y.isNaN {
                r = x == 1 ? 1 : y
            } else if x.isInfinite {
                let oddY = y.isFinite && Glibc.fmod(abs(y), 2.0) == 1.0
                if y > 0 { r = oddY ? x : abs(x) } else if y == 0 { r = 1 } else { r = oddY ? copysign(0.0, x) : 0.0 }
            } else {
                if abs(x) == 1.0 { r = 1 } else if y > 0 && abs(x) > 1.0 { r = y } else if y < 0 && abs(x) < 1.0 { r = -y } else { r = 0 }
            }
        } else {
            r = Glibc.pow(x, y)
            if !r.isFinite {
                if r.isNaN { errno = .domain } else { errno = x == 0 ? .domain : .range }
            }
        }
        try mathCheckErrno(errno, r)
        return Value(float: r)
    }
    modFunction(m, "ldexp") { a, n, k throws(PyError) in
        try mathTwoArguments("ldexp", n, k)
        let x = try modDouble(a[0])
        let i = a[1]
        guard modIsInt(i) else { throw raiseTypeError("Expected an int as second argument to ldexp.") }
        let big = modBig(i)
        let exponent = Int(exactly: big) ?? (big.sign == .minus ? Int.min : Int.max)
        var r: Double
        var errno = MathErrno.none
        if x == 0 || !x.isFinite {
            r = x
        } else if exponent > Int(Int32.max) {
            r = copysign(Double.infinity, x)
            errno = .range
        } else if exponent < Int(Int32.min) {
            r = copysign(0.0, x)
        } else {
            r = Glibc.ldexp(x, Int32(exponent))
            if r.isInfinite { errno = .range }
        }
        try mathCheckErrno(errno, r)
        return Value(float: r)
    }
    modFunction(m, "frexp") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("frexp", a, n, k))
        if x.isNaN || x.isInfinite || x == 0 { return newTuple([Value(float: x), Value(smallInt: 0)]) }
        var e: Int32 = 0
        let mantissa = Glibc.frexp(x, &e)
        return newTuple([Value(float: mantissa), Value(smallInt: Int(e))])
    }
    modFunction(m, "modf") { a, n, k throws(PyError) in
        let x = try modDouble(try mathOneArgument("modf", a, n, k))
        if x.isInfinite { return newTuple([Value(float: copysign(0.0, x)), Value(float: x)]) }
        if x.isNaN { return newTuple([Value(float: x), Value(float: x)]) }
        var integral = 0.0
        let fraction = Glibc.modf(x, &integral)
        return newTuple([Value(float: fraction), Value(float: integral)])
    }

    // Rounding to ints.
    modFunction(m, "floor") { a, n, k throws(PyError) in
        let v = try mathOneArgument("floor", a, n, k)
        if v.isFloat { return try modIntFromDouble(Glibc.floor(v.float)) }
        if modIsInt(v) { return mathPlainInt(v) }
        if let method = userSpecialMethod(v, "__floor__") { return try call(method, v) }
        return try modIntFromDouble(Glibc.floor(try modDouble(v)))
    }
    modFunction(m, "ceil") { a, n, k throws(PyError) in
        let v = try mathOneArgument("ceil", a, n, k)
        if v.isFloat { return try modIntFromDouble(Glibc.ceil(v.float)) }
        if modIsInt(v) { return mathPlainInt(v) }
        if let method = userSpecialMethod(v, "__ceil__") { return try call(method, v) }
        return try modIntFromDouble(Glibc.ceil(try modDouble(v)))
    }
    modFunction(m, "trunc") { a, n, k throws(PyError) in
        let v = try mathOneArgument("trunc", a, n, k)
        if v.isFloat { return try modIntFromDouble(v.float.rounded(.towardZero)) }
        if modIsInt(v) { return mathPlainInt(v) }
        if let method = userSpecialMethod(v, "__trunc__") { return try call(method, v) }
        throw raiseTypeError("type \(typeName(v)) doesn't define __trunc__ method")
    }

    // Sums, norms, products.
    modFunction(m, "fsum") { a, n, k throws(PyError) in
        try mathFsum(try mathOneArgument("fsum", a, n, k))
    }
    modFunction(m, "hypot") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("math.hypot() takes no keyword arguments") }
        let coordinates = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        defer { coordinates.deallocate() }
        var maximum = 0.0
        var foundNaN = false
        for i in 0..<n {
            let x = abs(try modDouble(a[i]))
            coordinates[i] = x
            foundNaN = foundNaN || x.isNaN
            if x > maximum { maximum = x }
        }
        return Value(float: mathVectorNorm(coordinates, n, maximum, foundNaN))
    }
    modFunction(m, "dist") { a, n, k throws(PyError) in
        try mathTwoArguments("dist", n, k)
        let p = try tupleFromIterable(a[0])
        let q = try tupleFromIterable(a[1])
        let count = p.tupleCount
        guard count == q.tupleCount else { throw raiseValueError("both points must have the same number of dimensions") }
        let diffs = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        defer { diffs.deallocate() }
        var maximum = 0.0
        var foundNaN = false
        for i in 0..<count {
            let px = try modDouble(p.tupleItems[i])
            let qx = try modDouble(q.tupleItems[i])
            let x = abs(px - qx)
            diffs[i] = x
            foundNaN = foundNaN || x.isNaN
            if x > maximum { maximum = x }
        }
        return Value(float: mathVectorNorm(diffs, count, maximum, foundNaN))
    }
    modFunction(m, "prod") { a, n, k throws(PyError) in
        let keywordCount = modKeywordCount(k)
        let positional = n - keywordCount
        guard positional == 1 else {
            throw raiseTypeError("prod() takes exactly 1 positional argument (\(positional) given)")
        }
        var start = Value(smallInt: 1)
        for i in 0..<keywordCount {
            let name = k.tupleItems[i].stringValue
            guard name == "start" else { throw raiseTypeError("'\(name)' is an invalid keyword argument for prod()") }
            start = a[positional + i]
        }
        var result = start
        let iterator = try getIterator(a[0])
        while let item = try iteratorNext(iterator) {
            result = try binaryOperation(BinaryOperator.multiply.rawValue, result, item)
        }
        return result
    }
    modFunction(m, "isclose") { a, n, k throws(PyError) in
        let keywordCount = modKeywordCount(k)
        let positional = n - keywordCount
        if positional > 2 { throw raiseTypeError("isclose() takes exactly 2 positional arguments (\(positional) given)") }
        var values: (Value, Value, Value, Value) = (.null, .null, .null, .null)
        if positional > 0 { values.0 = a[0] }
        if positional > 1 { values.1 = a[1] }
        for i in 0..<keywordCount {
            let name = k.tupleItems[i].stringValue
            let v = a[positional + i]
            switch name {
            case "a":
                if positional >= 1 { throw raiseTypeError("argument for isclose() given by name ('a') and position (1)") }
                values.0 = v
            case "b":
                if positional >= 2 { throw raiseTypeError("argument for isclose() given by name ('b') and position (2)") }
                values.1 = v
            case "rel_tol": values.2 = v
            case "abs_tol": values.3 = v
            default: throw raiseTypeError("'\(name)' is an invalid keyword argument for isclose()")
            }
        }
        if values.0.isNull { throw raiseTypeError("isclose() missing required argument 'a' (pos 1)") }
        if values.1.isNull { throw raiseTypeError("isclose() missing required argument 'b' (pos 2)") }
        let x = try modDouble(values.0), y = try modDouble(values.1)
        let relTol = values.2.isNull ? 1e-09 : try modDouble(values.2)
        let absTol = values.3.isNull ? 0.0 : try modDouble(values.3)
        if relTol < 0 || absTol < 0 { throw raiseValueError("tolerances must be non-negative") }
        if x == y { return .true }
        if x.isInfinite || y.isInfinite { return .false }
        let diff = abs(y - x)
        return Value(bool: diff <= abs(relTol * y) || diff <= abs(relTol * x) || diff <= absTol)
    }

    // Integer functions.
    modFunction(m, "factorial") { a, n, k throws(PyError) in
        let v = try mathOneArgument("factorial", a, n, k)
        let big = try mathIndexArgument(v)
        if big.sign == .minus { throw raiseValueError("factorial() not defined for negative values") }
        guard let x = Int(exactly: big) else {
            throw raiseOverflowError("factorial() argument should not exceed \(Int.max)")
        }
        return newInt(mathFactorial(x))
    }
    modFunction(m, "isqrt") { a, n, k throws(PyError) in
        let big = try mathIndexArgument(try mathOneArgument("isqrt", a, n, k))
        if big.sign == .minus && !big.isZero { throw raiseValueError("isqrt() argument must be nonnegative") }
        return newInt(BigInt(big.magnitude.squareRoot()))
    }
    modFunction(m, "gcd") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("math.gcd() takes no keyword arguments") }
        if n == 1 { return newInt(BigInt(try mathIndexArgument(a[0]).magnitude)) }
        var result = BigInt(0)
        for i in 0..<n {
            let x = try mathIndexArgument(a[i])
            if result != 1 { result = mathGcdBig(result, x) }
        }
        return newInt(result)
    }
    modFunction(m, "lcm") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("math.lcm() takes no keyword arguments") }
        if n == 0 { return Value(smallInt: 1) }
        var result = BigInt(try mathIndexArgument(a[0]).magnitude)
        for i in 1..<max(n, 1) {
            let x = try mathIndexArgument(a[i])
            if result.isZero { continue }
            if x.isZero { result = 0; continue }
            let g = mathGcdBig(result, x)
            result = BigInt((result / g).magnitude * x.magnitude)
        }
        return newInt(result)
    }
    modFunction(m, "comb") { a, n, k throws(PyError) in
        try mathTwoArguments("comb", n, k)
        let total = try mathIndexArgument(a[0])
        let chosen = try mathIndexArgument(a[1])
        if total.sign == .minus && !total.isZero { throw raiseValueError("n must be a non-negative integer") }
        if chosen.sign == .minus && !chosen.isZero { throw raiseValueError("k must be a non-negative integer") }
        if chosen > total { return Value(smallInt: 0) }
        let smaller = min(total - chosen, chosen)
        guard let kk = Int(exactly: smaller) else {
            throw raiseOverflowError("min(n - k, k) must not exceed \(Int.max)")
        }
        return newInt(mathPermComb(total, kk, comb: true))
    }
    modFunction(m, "perm") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("math.perm() takes no keyword arguments") }
        try modCheckCount("perm", n, min: 1, max: 2)
        if n == 1 || a[1].isNone {
            let big = try mathIndexArgument(a[0])
            if big.sign == .minus && !big.isZero { throw raiseValueError("factorial() not defined for negative values") }
            guard let x = Int(exactly: big) else {
                throw raiseOverflowError("factorial() argument should not exceed \(Int.max)")
            }
            return newInt(mathFactorial(x))
        }
        let total = try mathIndexArgument(a[0])
        let chosen = try mathIndexArgument(a[1])
        if total.sign == .minus && !total.isZero { throw raiseValueError("n must be a non-negative integer") }
        if chosen.sign == .minus && !chosen.isZero { throw raiseValueError("k must be a non-negative integer") }
        if total < chosen { return Value(smallInt: 0) }
        guard let kk = Int(exactly: chosen) else {
            throw raiseOverflowError("k must not exceed \(Int.max)")
        }
        return newInt(mathPermComb(total, kk, comb: false))
    }
    return m
}
