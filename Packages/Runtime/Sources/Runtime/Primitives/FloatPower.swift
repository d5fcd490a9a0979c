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
    let result = pow(x, y)
    return result.isFinite ? result : nil
}
