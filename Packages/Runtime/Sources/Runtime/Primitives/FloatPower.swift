#if canImport(Glibc)
import Glibc
#endif

/// `x ** y` for floats when nothing about it is special: a positive finite base, a finite
/// exponent and a finite result. CPython's float_pow then returns exactly libm's pow (its special
/// cases, x == 1 and y == 0, give what pow gives). nil: the caller takes the full path, which
/// raises or handles the special value.
@inlinable
public func floatPowerFastPath(_ x: Double, _ y: Double) -> Double? {
    guard x > 0, x.isFinite, y.isFinite else { return nil }
    let result = powAsLibm(x, y)
    return result.isFinite ? result : nil
}

/// libm's pow(x, y), bit for bit, with a shortcut for square roots (`d ** 0.5` in n-body and
/// ray tracers): glibc's pow is within 0.54 ulp of the exact result (its documented bound), and
/// sqrt is correctly rounded, so when sqrt's result is within 0.45 ulp of the exact root no
/// other double is within 0.54 ulp of it and pow must return the same bits. The distance comes
/// from the exact residual s*s - x (one fma); about one base in ten is nearer a rounding
/// midpoint and takes pow. Powers of two and extreme exponents take pow as well.
@inlinable
public func powAsLibm(_ x: Double, _ y: Double) -> Double {
    let biasedExponent = (x.bitPattern >> 52) & 0x7FF                    // x > 0: no sign bit
    if y == 0.5 && x > 0 && biasedExponent > 1023 - 960 && biasedExponent < 1023 + 960 {
        let s = x.squareRoot()
        if s.bitPattern & 0x000F_FFFF_FFFF_FFFF != 0 {
            let residual = (-x).addingProduct(s, s)             // exact: s*s - x
            let ulp = Double(bitPattern: (s.bitPattern & 0x7FF0_0000_0000_0000) - (52 << 52))
            // |s - root| = |residual| / (s + root) ~ |residual| / 2s; want < 0.45 ulp(s).
            if abs(residual) < 0.9 * s * ulp { return s }
        }
    }
    return pow(x, y)
}

/// `powAsLibm` as a C function, for machine code to call.
public let powAsLibmAddress: UInt64 = {
    let function: @convention(c) (Double, Double) -> Double = { powAsLibm($0, $1) }
    return UInt64(UInt(bitPattern: unsafeBitCast(function, to: UnsafeRawPointer.self)))
}()
