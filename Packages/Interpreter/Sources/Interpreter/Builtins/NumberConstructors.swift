import BigInt
import Bytecode
import Runtime

/// int() and float() constructors, and the text-to-number conversions behind them.
func registerNumberConstructors(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.int) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        for k in 0..<keywordCount where keywordNames.tupleItems[k].stringValue != "base" {
            throw raiseTypeError("'\(keywordNames.tupleItems[k].stringValue)' is an invalid keyword argument for int()")
        }
        let bound = try bindBuiltinArguments("int", args + 1, count - 1, keywordNames, names: ["x", "base"], required: 0, positionalOnly: 1)
        guard let x = bound.optional(0) else {
            if bound.optional(1) != nil { throw raiseTypeError("int() missing string argument") }
            return Value(smallInt: 0)
        }
        if let base = bound.optional(1) {
            let b = try clampedIndex(base)
            guard b == 0 || (2...36).contains(b) else { throw raiseValueError("int() base must be >= 2 and <= 36, or 0") }
            guard isStrValue(x) || x.isObject && x.header.pointee.kind == .bytes else {
                throw raiseTypeError("int() can't convert non-string with explicit base")
            }
            return try parseInt(x, base: b)
        }
        return try intFromValue(x)
    }
    defineConstructor(types.float) { args, count, keywordNames throws(PyError) in
        try checkPositional("float", count - 1, keywordNames, min: 0, max: 1)
        if count == 1 { return Value(float: 0) }
        return try floatFromValue(args[1])
    }
}

/// An index (`__index__`) clamped to the machine range, as PyNumber_AsSsize_t(o, NULL) does.
func clampedIndex(_ v: Value) throws(PyError) -> Int {
    if let n = NumericValue(v) {
        switch n {
        case .int(let i): return i
        case .big(let b): return b.sign == .minus ? Int.min : Int.max
        case .float: break
        }
    }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        guard result.isInt || result.isBool else { throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))") }
        return try clampedIndex(result)
    }
    throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
}

/// int(x) for a value without an explicit base (PyNumber_Long).
func intFromValue(_ x: Value) throws(PyError) -> Value {
    if let n = NumericValue(x) {
        switch n {
        case .int(let i): return newInt(i)
        case .big(let b): return newInt(b)
        case .float(let f): return try floatToInt(f)
        }
    }
    if isStrValue(x) || x.isObject && x.header.pointee.kind == .bytes {
        if let method = userSpecialMethod(x, "__int__") { return try checkedIntResult(call(method, x), "__int__") }
        return try parseInt(x, base: 10)
    }
    if let method = userSpecialMethod(x, "__int__") { return try checkedIntResult(call(method, x), "__int__") }
    if let method = userSpecialMethod(x, "__index__") { return try checkedIntResult(call(method, x), "__index__") }
    if let method = userSpecialMethod(x, "__trunc__") {
        let result = try call(method, x)
        if result.isInt || result.isBool { return try intFromValue(result) }
        if let index = userSpecialMethod(result, "__index__") { return try checkedIntResult(call(index, result), "__index__") }
        throw raiseTypeError("__trunc__ returned non-Integral (type \(typeName(result)))")
    }
    throw raiseTypeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
}

private func checkedIntResult(_ result: Value, _ method: String) throws(PyError) -> Value {
    guard let n = NumericValue(result), !n.isFloat else {
        throw raiseTypeError("\(method) returned non-int (type \(typeName(result)))")
    }
    if result.isBool { return Value(smallInt: result.bits == Value.true.bits ? 1 : 0) }
    return result
}

/// int(f) for a float: truncation toward zero.
func floatToInt(_ f: Double) throws(PyError) -> Value {
    if f.isNaN { throw raiseValueError("cannot convert float NaN to integer") }
    if f.isInfinite { throw raiseOverflowError("cannot convert float infinity to integer") }
    let t = f.rounded(.towardZero)
    if t.magnitude < 9.0e15 { return newInt(Int(t)) }
    return newInt(BigInt(t))
}

/// The characters of a str or bytes value as ASCII bytes, the way CPython prepares numbers:
/// non-ASCII whitespace becomes a space, non-ASCII decimal digits their ASCII digit, any other
/// non-ASCII character '?' (which no parser accepts).
func numberText(_ v: Value) -> [UInt8] {
    if v.header.pointee.kind == .bytes {
        let b = v.object(as: BytesObject.self)
        return Array(UnsafeBufferPointer(start: BytesObject.data(b), count: b.pointee.count))
    }
    let s = v.object(as: StrObject.self)
    let count = s.pointee.count
    var out = [UInt8](repeating: 0, count: count)
    if s.pointee.isASCII {
        let data = StrObject.latin1(s)
        for i in 0..<count { out[i] = data[i] }
        return out
    }
    for i in 0..<count {
        let c = StrObject.character(s, i)
        if c < 127 {
            out[i] = UInt8(c)
        } else if isPythonWhitespace(c) {
            out[i] = UInt8(ascii: " ")
        } else if let scalar = Unicode.Scalar(c), scalar.properties.numericType == .decimal,
                  let value = scalar.properties.numericValue {
            out[i] = UInt8(ascii: "0") + UInt8(value)
        } else {
            out[i] = UInt8(ascii: "?")
        }
    }
    return out
}

/// Py_ISSPACE: the ASCII whitespace C's isspace accepts.
@inline(__always)
func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

/// The value of a digit character in bases up to 36, or 99.
@inline(__always)
func digitValue(_ c: UInt8) -> Int {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
    default: return 99
    }
}

/// int(text, base) for a str or bytes value, with CPython's literal rules (PyLong_FromString):
/// whitespace, sign, prefixes, single underscores between digits, the digit limit.
func parseInt(_ text: Value, base: Int) throws(PyError) -> Value {
    let chars = numberText(text)
    func invalid() -> PyError {
        var repr: String
        if text.header.pointee.kind == .bytes {
            repr = bytesRepr(Array(chars.prefix(200)))
        } else {
            repr = (try? reprText(text)) ?? "''"
        }
        if repr.unicodeScalars.count > 200 { repr = String(String.UnicodeScalarView(repr.unicodeScalars.prefix(200))) }
        return raiseValueError("invalid literal for int() with base \(base): \(repr)")
    }
    let n = chars.count
    var i = 0
    while i < n && isASCIISpace(chars[i]) { i += 1 }
    var negative = false
    if i < n && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
        negative = chars[i] == UInt8(ascii: "-")
        i += 1
    }
    func at(_ k: Int) -> UInt8 { k < n ? chars[k] : 0 }
    var radix = base
    var errorIfNonzero = false
    if radix == 0 {
        if at(i) != UInt8(ascii: "0") { radix = 10 }
        else {
            switch at(i + 1) | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 10; errorIfNonzero = true
            }
        }
    }
    if at(i) == UInt8(ascii: "0") {
        let p = at(i + 1) | 0x20
        if (radix == 16 && p == UInt8(ascii: "x")) || (radix == 8 && p == UInt8(ascii: "o")) || (radix == 2 && p == UInt8(ascii: "b")) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 }
        }
    }
    if at(i) == UInt8(ascii: "_") { throw invalid() }
    // The run of digits and single underscores.
    let start = i
    var digitCount = 0
    var previous: UInt8 = 0
    while i < n && (digitValue(chars[i]) < radix || chars[i] == UInt8(ascii: "_")) {
        if chars[i] == UInt8(ascii: "_") {
            if previous == UInt8(ascii: "_") { throw invalid() }
        } else {
            digitCount += 1
        }
        previous = chars[i]
        i += 1
    }
    if previous == UInt8(ascii: "_") { throw invalid() }
    let end = i
    if radix & (radix - 1) != 0 && intMaxStringDigits > 0 && digitCount > intMaxStringDigits {
        throw raiseValueError("Exceeds the limit (\(intMaxStringDigits) digits) for integer string conversion: value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    if digitCount == 0 { throw invalid() }
    while i < n && isASCIISpace(chars[i]) { i += 1 }
    if i != n { throw invalid() }
    let magnitude = digitsToMagnitude(chars, start..<end, radix: radix)
    if errorIfNonzero && !magnitude.isZero { throw invalid() }
    return newInt(BigInt(sign: negative ? .minus : .plus, magnitude: magnitude))
}

/// The value of the digits (underscores skipped) in `range` of `chars`.
func digitsToMagnitude(_ chars: [UInt8], _ range: Range<Int>, radix: Int) -> BigUInt {
    let r = UInt(radix)
    // Digits per word-sized chunk: value = value * radix^k + chunk.
    var chunkDigits = 0
    var fullScale: UInt = 1
    while fullScale <= UInt.max / r { fullScale *= r; chunkDigits += 1 }
    var value = BigUInt()
    var chunk: UInt = 0
    var scale: UInt = 1
    var inChunk = 0
    for k in range {
        let c = chars[k]
        if c == UInt8(ascii: "_") { continue }
        chunk = chunk * r + UInt(digitValue(c))
        scale *= r
        inChunk += 1
        if inChunk == chunkDigits {
            value = value.isZero ? BigUInt(chunk) : value * BigUInt(scale) + BigUInt(chunk)
            chunk = 0; scale = 1; inChunk = 0
        }
    }
    if inChunk > 0 { value = value.isZero ? BigUInt(chunk) : value * BigUInt(scale) + BigUInt(chunk) }
    return value
}

/// float(x) (PyNumber_Float, then the string conversion).
func floatFromValue(_ x: Value) throws(PyError) -> Value {
    if let n = NumericValue(x) { return Value(float: try n.asDouble()) }
    if isStrValue(x) || x.isObject && x.header.pointee.kind == .bytes {
        if let method = userSpecialMethod(x, "__float__") { return try checkedFloatResult(x, call(method, x)) }
        guard let d = parseFloat(numberText(x)) else {
            let repr = x.header.pointee.kind == .bytes ? bytesRepr(numberText(x)) : ((try? reprText(x)) ?? "''")
            throw raiseValueError("could not convert string to float: \(repr)")
        }
        return Value(float: d)
    }
    if let method = userSpecialMethod(x, "__float__") { return try checkedFloatResult(x, call(method, x)) }
    if let method = userSpecialMethod(x, "__index__") {
        let result = try call(method, x)
        guard let n = NumericValue(result), !n.isFloat else {
            throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))")
        }
        return Value(float: try n.asDouble())
    }
    throw raiseTypeError("float() argument must be a string or a real number, not '\(typeName(x))'")
}

private func checkedFloatResult(_ x: Value, _ result: Value) throws(PyError) -> Value {
    guard result.isFloat else {
        throw raiseTypeError("\(typeName(x)).__float__ returned non-float (type \(typeName(result)))")
    }
    return result
}

/// Python's float literal grammar for float(): whitespace around, single underscores between
/// digits, `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, or inf, infinity, nan
/// (any case, signed). nil when the text is not a float.
func parseFloat(_ chars: [UInt8]) -> Double? {
    var lo = 0, hi = chars.count
    while lo < hi && isASCIISpace(chars[lo]) { lo += 1 }
    while hi > lo && isASCIISpace(chars[hi - 1]) { hi -= 1 }
    if lo == hi { return nil }
    // Remove underscores, each of which must sit between two digits.
    var text: [UInt8] = []
    text.reserveCapacity(hi - lo)
    var previous: UInt8 = 0
    for k in lo..<hi {
        let c = chars[k]
        let isDigit = c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
        if c == UInt8(ascii: "_") {
            if !(previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")) { return nil }
        } else {
            if previous == UInt8(ascii: "_") && !isDigit { return nil }
            text.append(c)
        }
        previous = c
    }
    if previous == UInt8(ascii: "_") { return nil }
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    let word = String(decoding: text[i...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -Double.nan : .nan }
    func isDigit(_ k: Int) -> Bool { k < text.count && text[k] >= UInt8(ascii: "0") && text[k] <= UInt8(ascii: "9") }
    var mantissaDigits = 0
    while isDigit(i) { i += 1; mantissaDigits += 1 }
    if i < text.count && text[i] == UInt8(ascii: ".") {
        i += 1
        while isDigit(i) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { return nil }
    if i < text.count && (text[i] | 0x20) == UInt8(ascii: "e") {
        i += 1
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
        guard isDigit(i) else { return nil }
        while isDigit(i) { i += 1 }
    }
    if i != text.count { return nil }
    return Double(String(decoding: text, as: UTF8.self))
}

func stringReprOf(_ text: String) -> String {
    stringRepr(text)
}

extension String {
    /// Strips the whitespace str.strip() strips.
    func trimmingPythonWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end && isPythonWhitespace(scalars[start].value) { start = scalars.index(after: start) }
        while end > start && isPythonWhitespace(scalars[scalars.index(before: end)].value) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

/// Python's whitespace for str.split()/strip() (Unicode White_Space plus the ASCII separators).
func isPythonWhitespace(_ c: UInt32) -> Bool {
    switch c {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}
