/// Floats: repr() as CPython prints it, and the shortest round-tripping digits behind it.

/// The shortest decimal digits that read back as `d` (finite, nonzero), the closest such when
/// there is a choice (as CPython's dtoa mode 0), with the position of the decimal point:
/// |d| = 0.DIGITS x 10^decimalPoint. Swift's `description` computes exactly these digits.
public func shortestDigits(_ d: Double) -> (digits: [UInt8], decimalPoint: Int) {
    let text = Array(d.magnitude.description.utf8)
    var digits: [UInt8] = []
    digits.reserveCapacity(20)
    var exponent = 0
    var integerDigits = 0
    var seenPoint = false
    var i = 0
    while i < text.count {
        let c = text[i]
        if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            var sign = 1
            var j = i + 1
            if j < text.count && (text[j] == UInt8(ascii: "+") || text[j] == UInt8(ascii: "-")) {
                if text[j] == UInt8(ascii: "-") { sign = -1 }
                j += 1
            }
            var value = 0
            while j < text.count { value = value * 10 + Int(text[j] - UInt8(ascii: "0")); j += 1 }
            exponent = sign * value
            break
        }
        if c == UInt8(ascii: ".") {
            seenPoint = true
        } else {
            digits.append(c)
            if !seenPoint { integerDigits += 1 }
        }
        i += 1
    }
    var decimalPoint = integerDigits + exponent
    var leading = 0
    while leading < digits.count - 1 && digits[leading] == UInt8(ascii: "0") { leading += 1 }
    if leading > 0 {
        digits.removeFirst(leading)
        decimalPoint -= leading
    }
    while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
    return (digits, decimalPoint)
}

/// repr(float) exactly as CPython 3.11 prints it: the shortest round-tripping digits, in
/// positional notation when 1e-4 <= |d| < 1e16, else with an exponent of at least two digits.
public func pythonFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (digits, decimalPoint) = shortestDigits(d)
    var out: [UInt8] = []
    out.reserveCapacity(26)
    if d < 0 { out.append(UInt8(ascii: "-")) }
    let zero = UInt8(ascii: "0")
    if decimalPoint <= -4 || decimalPoint > 16 {
        out.append(digits[0])
        if digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        let exponent = decimalPoint - 1
        out.append(UInt8(ascii: "e"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = Array(String(abs(exponent)).utf8)
        if magnitude.count < 2 { out.append(zero) }
        out.append(contentsOf: magnitude)
    } else if decimalPoint <= 0 {
        out.append(zero)
        out.append(UInt8(ascii: "."))
        for _ in 0 ..< -decimalPoint { out.append(zero) }
        out.append(contentsOf: digits)
    } else if decimalPoint >= digits.count {
        out.append(contentsOf: digits)
        for _ in 0 ..< decimalPoint - digits.count { out.append(zero) }
        out.append(UInt8(ascii: "."))
        out.append(zero)
    } else {
        out.append(contentsOf: digits[..<decimalPoint])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[decimalPoint...])
    }
    return String(decoding: out, as: UTF8.self)
}
