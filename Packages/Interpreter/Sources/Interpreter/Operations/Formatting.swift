#if canImport(Glibc)
import Glibc
#endif
import BigInt
import Runtime

// format(), the format mini-language (CPython's Python/formatter_unicode.c), float digit
// generation (PyOS_double_to_string), str.format (Objects/stringlib/unicode_format.h) and
// %-formatting (PyUnicode_Format).

/// FORMAT_VALUE: applies the conversion (1 !s, 2 !r, 3 !a), then format(value, spec).
func formatValue(_ value: Value, conversion: Int, spec: Value) throws(PyError) -> Value {
    var v = value
    switch conversion {
    case 1: v = try strOf(v)
    case 2: v = try reprOf(v)
    case 3: v = try asciiOf(v)
    default: break
    }
    if spec.isNull || (isStrValue(spec) && spec.strCount == 0) {
        if v.isObject && v.header.pointee.type == rt.pointee.types.str { return v }
        if v.isSmallInt { return smallIntString(v.smallInt) }
        if v.isFloat { return floatReprValue(v.float) }
        return try formatObject(v, spec.isNull ? emptyString() : spec)
    }
    return try formatObject(v, spec)
}

/// format(value, spec): a user __format__, else the built-in format mini-language.
public func formatObject(_ value: Value, _ spec: Value) throws(PyError) -> Value {
    guard isStrValue(spec) else {
        throw raiseTypeError("format() argument 2 must be str, not \(typeName(spec))")
    }
    if let method = userSpecialMethod(value, "__format__"), method.isObject, method.header.pointee.kind == .function {
        let result = try call(method, value, spec)
        guard isStrValue(result) else { throw raiseTypeError("__format__ must return a str, not \(typeName(result))") }
        return result
    }
    if spec.strCount == 0 { return value.isFloat ? floatReprValue(value.float) : try strOf(value) }
    return try formatBuiltin(value, spec)
}

/// repr(float) (which is str(float)) as CPython writes it: the shortest round-trip digits,
/// exponent form below 1e-4 and from 1e16 on, ".0" added to integral values.
func floatReprValue(_ x: Double) -> Value {
    var text: [UInt8] = []
    text.reserveCapacity(24)
    formatDouble(x, 0x72, 0, alternate: false, addDot0: true, alwaysSign: false, noNegativeZero: false, into: &text)
    return text.withUnsafeBufferPointer { newString(latin1: $0) }
}

/// ascii(v): repr with non-ASCII characters escaped.
public func asciiOf(_ v: Value) throws(PyError) -> Value {
    asciiEscaped(try reprOf(v))
}

func hexDigits(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// str(n) for a machine int without going through Swift String.
func smallIntString(_ n: Int) -> Value {
    if n >= 0 && n < 10 { return characterString(UInt32(0x30 + n)) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
        let p = buffer.baseAddress!
        var m = n.magnitude
        var i = 24
        repeat {
            i -= 1
            p[i] = UInt8(0x30 + m % 10)
            m /= 10
        } while m != 0
        if n < 0 { i -= 1; p[i] = 0x2D }
        let s = allocateString(count: 24 - i, width: 1, isASCII: true)
        StrObject.latin1(s).update(from: p + i, count: 24 - i)
        return Value(s)
    }
}

// MARK: the format specification

/// A parsed standard format specifier:
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
    var fill: UInt32 = 0x20
    var align: UInt8 = 0
    var alternate = false
    var noNegativeZero = false
    var sign: UInt8 = 0
    var width = -1
    /// 0, ',' or '_'.
    var thousands: UInt8 = 0
    /// '_' every four digits (b, o, x, X).
    var groupByFour = false
    var precision = -1
    var type: UInt32 = 0
}

@inline(__always) private func isAlignment(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

/// CPython's parse_internal_render_format_spec.
func parseFormatSpec(_ specValue: Value, for value: Value, defaultType: UInt32, defaultAlign: UInt8) throws(PyError) -> FormatSpec {
    let s = strObject(specValue)
    let end = s.pointee.count
    @inline(__always) func at(_ i: Int) -> UInt32 { StrObject.character(s, i) }
    var f = FormatSpec()
    f.align = defaultAlign
    f.type = defaultType
    var pos = 0
    var fillSpecified = false, alignSpecified = false
    if end - pos >= 2 && isAlignment(at(pos + 1)) {
        f.align = UInt8(at(pos + 1))
        f.fill = at(pos)
        fillSpecified = true
        alignSpecified = true
        pos += 2
    } else if end - pos >= 1 && isAlignment(at(pos)) {
        f.align = UInt8(at(pos))
        alignSpecified = true
        pos += 1
    }
    if end - pos >= 1 && (at(pos) == 0x2B || at(pos) == 0x2D || at(pos) == 0x20) {
        f.sign = UInt8(at(pos))
        pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x7A {
        f.noNegativeZero = true
        pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x23 {
        f.alternate = true
        pos += 1
    }
    if !fillSpecified && end - pos >= 1 && at(pos) == 0x30 {
        f.fill = 0x30
        if !alignSpecified && defaultAlign == 0x3E { f.align = 0x3D }
        pos += 1
    }
    if let width = try specInteger(s, &pos, end) { f.width = width }
    if end - pos > 0 && at(pos) == 0x2C {
        f.thousands = 0x2C
        pos += 1
    }
    if end - pos > 0 && at(pos) == 0x5F {
        if f.thousands != 0 { throw raiseValueError("Cannot specify both ',' and '_'.") }
        f.thousands = 0x5F
        pos += 1
    }
    if end - pos > 0 && at(pos) == 0x2C && f.thousands == 0x5F {
        throw raiseValueError("Cannot specify both ',' and '_'.")
    }
    if end - pos > 0 && at(pos) == 0x2E {
        pos += 1
        guard let precision = try specInteger(s, &pos, end) else {
            throw raiseValueError("Format specifier missing precision")
        }
        f.precision = precision
    }
    if end - pos > 1 {
        throw raiseValueError("Invalid format specifier '\(substring(specValue, start: 0, count: end).stringValue)' for object of type '\(typeName(value))'")
    }
    if end - pos == 1 { f.type = at(pos) }
    if f.thousands != 0 {
        switch f.type {
        case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0: break
        default:
            if f.thousands == 0x5F && (f.type == 0x62 || f.type == 0x6F || f.type == 0x78 || f.type == 0x58) {
                f.groupByFour = true
                break
            }
            let specifier = Character(Unicode.Scalar(f.thousands))
            if f.type > 32 && f.type < 128 {
                throw raiseValueError("Cannot specify '\(specifier)' with '\(Character(Unicode.Scalar(UInt8(f.type))))'.")
            }
            throw raiseValueError("Cannot specify '\(specifier)' with '\\x\(String(f.type, radix: 16))'.")
        }
    }
    return f
}

/// Decimal digits at `pos` (nil when there are none); "Too many decimal digits" on overflow.
private func specInteger(_ s: StrRef, _ pos: inout Int, _ end: Int) throws(PyError) -> Int? {
    var result = 0
    var digits = 0
    while pos < end {
        let c = StrObject.character(s, pos)
        guard let d = decimalValue(c) else { break }
        let (m, o1) = result.multipliedReportingOverflow(by: 10)
        let (sum, o2) = m.addingReportingOverflow(d)
        if o1 || o2 { throw raiseValueError("Too many decimal digits in format string") }
        result = sum
        digits += 1
        pos += 1
    }
    return digits == 0 ? nil : result
}

/// The value of a decimal digit character (any Unicode Nd), or nil.
func decimalValue(_ c: UInt32) -> Int? {
    if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
    if c < 0x80 { return nil }
    guard characterFlags(c).contains(.decimal), let scalar = Unicode.Scalar(c),
          let value = scalar.properties.numericValue else { return nil }
    return Int(value)
}

private func unknownFormatCode(_ type: UInt32, _ value: Value) -> PyError {
    if type > 32 && type < 128 {
        return raiseValueError("Unknown format code '\(Character(Unicode.Scalar(UInt8(type))))' for object of type '\(typeName(value))'")
    }
    return raiseValueError("Unknown format code '\\x\(String(type, radix: 16))' for object of type '\(typeName(value))'")
}

// MARK: format()

/// The format mini-language for built-in types (str, int, bool, float); other objects accept
/// only the empty spec (object.__format__). `spec` is a non-empty str.
func formatBuiltin(_ value: Value, _ spec: Value) throws(PyError) -> Value {
    if value.isFloat {
        return try formatFloat(value.float, try parseFormatSpec(spec, for: value, defaultType: 0, defaultAlign: 0x3E), value)
    }
    if value.isSmallInt || value.isBool {
        let f = try parseFormatSpec(spec, for: value, defaultType: 0x64, defaultAlign: 0x3E)
        return try formatInteger(.int(value.isBool ? (value.bits == Value.true.bits ? 1 : 0) : value.smallInt), f, value)
    }
    if value.isObject {
        let type = value.header.pointee.type
        let base = type.pointee.builtinBase ?? type
        if value.header.pointee.kind == .str {
            let f = try parseFormatSpec(spec, for: value, defaultType: 0x73, defaultAlign: 0x3C)
            guard f.type == 0x73 else { throw unknownFormatCode(f.type, value) }
            return try formatString(value, f)
        }
        if base == rt.pointee.types.int, let n = NumericValue(value) {
            let f = try parseFormatSpec(spec, for: value, defaultType: 0x64, defaultAlign: 0x3E)
            return try formatInteger(n, f, value)
        }
        if base == rt.pointee.types.float, let n = NumericValue(value), case .float(let d) = n {
            return try formatFloat(d, try parseFormatSpec(spec, for: value, defaultType: 0, defaultAlign: 0x3E), value)
        }
    }
    throw raiseTypeError("unsupported format string passed to \(typeName(value)).__format__")
}

/// format_string_internal.
func formatString(_ value: Value, _ f: FormatSpec) throws(PyError) -> Value {
    if f.sign != 0 {
        throw raiseValueError(f.sign == 0x20 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
    }
    if f.noNegativeZero { throw raiseValueError("Negative zero coercion (z) not allowed in string format specifier") }
    if f.alternate { throw raiseValueError("Alternate form (#) not allowed in string format specifier") }
    if f.align == 0x3D { throw raiseValueError("'=' alignment not allowed in string format specifier") }
    let s = strObject(value)
    var length = s.pointee.count
    if (f.width == -1 || f.width <= length) && (f.precision == -1 || f.precision >= length) {
        return unchangedString(value)
    }
    if f.precision >= 0 && length >= f.precision { length = f.precision }
    let (left, right) = padding(length, f.width, f.align)
    let maxChar = max(length == s.pointee.count ? maxCharacter(s) : maxCharacterIn(s, 0, length),
                      left + right > 0 ? f.fill : 0)
    let result = allocateString(count: left + length + right, maxChar: maxChar)
    fillCharacters(result, at: 0, left, f.fill)
    copyCharacters(from: s, 0, length, to: result, at: left)
    fillCharacters(result, at: left + length, right, f.fill)
    return Value(result)
}

func maxCharacterIn(_ s: StrRef, _ start: Int, _ count: Int) -> UInt32 {
    var m: UInt32 = 0
    for i in start..<(start + count) { m = max(m, StrObject.character(s, i)) }
    return m
}

/// calc_padding: left and right fill for `count` characters in `width`.
@inline(__always)
func padding(_ count: Int, _ width: Int, _ align: UInt8) -> (Int, Int) {
    let total = width >= 0 && width > count ? width : count
    let left: Int
    switch align {
    case 0x3E: left = total - count
    case 0x5E: left = (total - count) / 2
    default: left = 0
    }
    return (left, total - count - left)
}

// MARK: numbers

/// format_long_internal (and the conversion to float for e/f/g/%).
func formatInteger(_ n: NumericValue, _ f: FormatSpec, _ value: Value) throws(PyError) -> Value {
    switch f.type {
    case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E: break
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:
        return try formatFloat(try n.asDouble(), f, value)
    default:
        throw unknownFormatCode(f.type, value)
    }
    if f.precision != -1 { throw raiseValueError("Precision not allowed in integer format specifier") }
    if f.noNegativeZero { throw raiseValueError("Negative zero coercion (z) not allowed in integer format specifier") }
    if f.type == 0x63 {
        if f.sign != 0 { throw raiseValueError("Sign not allowed with integer format specifier 'c'") }
        if f.alternate { throw raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'") }
        let code: Int
        switch n {
        case .int(let i): code = i
        case .big(let b):
            guard Int(exactly: b) != nil else { throw raiseOverflowError("Python int too large to convert to C long") }
            code = -1
        case .float: code = -1
        }
        if code < 0 || code > 0x10FFFF { throw raiseOverflowError("%c arg not in range(0x110000)") }
        // The character is laid out as a "remainder": '=' pads before it like '>'.
        let align = f.align == 0x3D ? 0x3E : f.align
        let (left, right) = padding(1, f.width, align)
        let result = allocateString(count: left + 1 + right, maxChar: max(UInt32(code), left + right > 0 ? f.fill : 0))
        fillCharacters(result, at: 0, left, f.fill)
        fillCharacters(result, at: left, 1, UInt32(code))
        fillCharacters(result, at: left + 1, right, f.fill)
        return Value(result)
    }
    let base: Int
    switch f.type {
    case 0x62: base = 2
    case 0x6F: base = 8
    case 0x78, 0x58: base = 16
    default: base = 10
    }
    var digits: [UInt8]
    let negative: Bool
    switch n {
    case .int(let i):
        negative = i < 0
        digits = magnitudeDigits(i.magnitude, base)
    case .big(let b):
        negative = b.sign == .minus
        if base == 10 {
            var text = try intToDecimalString(b)
            if negative { text.removeFirst() }
            digits = Array(text.utf8)
        } else {
            digits = Array(String(b.magnitude, radix: base).utf8)
        }
    case .float:
        negative = false
        digits = [0x30]
    }
    var prefix: [UInt8] = []
    if f.alternate && base != 10 {
        prefix = [0x30, base == 2 ? 0x62 : base == 8 ? 0x6F : 0x78]
    }
    let grouping: (UInt8, Int)
    if f.type == 0x6E || f.thousands == 0 { grouping = (0, 0) }
    else { grouping = (f.thousands, f.groupByFour ? 4 : 3) }
    return digits.withUnsafeBufferPointer { d in
        layoutNumber(d, negative: negative, prefix: prefix, digitCount: d.count, hasDecimal: false,
                     spec: f, grouping: grouping, toUpper: f.type == 0x58)
    }
}

/// The ASCII digits of a magnitude in base 2, 8, 10 or 16.
func magnitudeDigits(_ m: UInt, _ base: Int) -> [UInt8] {
    if m == 0 { return [0x30] }
    var out: [UInt8] = []
    out.reserveCapacity(base == 10 ? 20 : 64)
    var v = m
    let b = UInt(base)
    while v != 0 {
        out.append(hexDigit(UInt32(v % b)))
        v /= b
    }
    out.reverse()
    return out
}

/// format_float_internal.
func formatFloat(_ x: Double, _ f: FormatSpec, _ value: Value) throws(PyError) -> Value {
    var type = f.type
    switch type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25: break
    default: throw unknownFormatCode(type, value)
    }
    if f.precision > Int(Int32.max) { throw raiseValueError("precision too big") }
    var precision = f.precision
    var defaultPrecision = 6
    var addDot0 = false
    if type == 0 {
        addDot0 = true
        type = 0x72 // 'r'
        defaultPrecision = 0
    }
    if type == 0x6E { type = 0x67 }
    var v = x
    var percent = false
    if type == 0x25 {
        type = 0x66
        v *= 100
        percent = true
    }
    if precision < 0 { precision = defaultPrecision } else if type == 0x72 { type = 0x67 }
    var text: [UInt8] = []
    text.reserveCapacity(32)
    formatDouble(v, UInt8(type), precision, alternate: f.alternate, addDot0: addDot0, alwaysSign: false,
                 noNegativeZero: f.noNegativeZero, into: &text)
    if percent { text.append(0x25) }
    if f.sign != 0x2B && f.sign != 0x20 && f.width == -1 && f.type != 0x6E && f.thousands == 0 {
        return text.withUnsafeBufferPointer { newString(latin1: $0) }
    }
    var negative = false
    var start = 0
    if text.first == 0x2D {
        negative = true
        start = 1
    }
    return text.withUnsafeBufferPointer { all in
        let body = UnsafeBufferPointer(rebasing: all[start...])
        var digitCount = 0
        while digitCount < body.count && body[digitCount] >= 0x30 && body[digitCount] <= 0x39 { digitCount += 1 }
        let hasDecimal = digitCount < body.count && body[digitCount] == 0x2E
        let grouping: (UInt8, Int) = f.type == 0x6E || f.thousands == 0 ? (0, 0) : (f.thousands, 3)
        return layoutNumber(body, negative: negative, prefix: [], digitCount: digitCount, hasDecimal: hasDecimal,
                            spec: f, grouping: grouping, toUpper: false)
    }
}

/// calc_number_widths + fill_number: sign, prefix, grouped digits, decimal point and
/// remainder, padded as the spec says. `body` is the number without its sign: `digitCount`
/// digits, then (when `hasDecimal`) '.', then the remainder (fraction, exponent, '%', or the
/// whole of "inf"/"nan" when digitCount is 0).
func layoutNumber(_ body: UnsafeBufferPointer<UInt8>, negative: Bool, prefix: [UInt8], digitCount: Int, hasDecimal: Bool,
                  spec f: FormatSpec, grouping: (separator: UInt8, size: Int), toUpper: Bool) -> Value {
    let remainderStart = digitCount + (hasDecimal ? 1 : 0)
    let remainderCount = body.count - remainderStart
    var signChar: UInt8 = 0
    switch f.sign {
    case 0x2B: signChar = negative ? 0x2D : 0x2B
    case 0x20: signChar = negative ? 0x2D : 0x20
    default: if negative { signChar = 0x2D }
    }
    let signCount = signChar == 0 ? 0 : 1
    let nonDigits = signCount + prefix.count + (hasDecimal ? 1 : 0) + remainderCount
    let minWidth = f.fill == 0x30 && f.align == 0x3D ? f.width - nonDigits : 0
    let grouped: [UInt8] = digitCount == 0 ? [] :
        groupDigits(UnsafeBufferPointer(rebasing: body[0..<digitCount]), minWidth: minWidth,
                    separator: grouping.separator, size: grouping.size)
    var left = 0, inner = 0, right = 0
    let paddingCount = f.width - (nonDigits + grouped.count)
    if paddingCount > 0 {
        switch f.align {
        case 0x3C: right = paddingCount
        case 0x5E: left = paddingCount / 2; right = paddingCount - left
        case 0x3D: inner = paddingCount
        default: left = paddingCount
        }
    }
    let total = left + signCount + prefix.count + inner + grouped.count + (hasDecimal ? 1 : 0) + remainderCount + right
    let fill = left + inner + right > 0 ? f.fill : 0
    let result = allocateString(count: total, maxChar: max(fill, 0x7F))
    var pos = 0
    @inline(__always) func put(_ c: UInt8) {
        if result.pointee.width == 1 { StrObject.latin1(result)[pos] = c } else { StrObject.ucs4(result)[pos] = UInt32(c) }
        pos += 1
    }
    @inline(__always) func upper(_ c: UInt8) -> UInt8 { toUpper && c >= 0x61 && c <= 0x7A ? c - 32 : c }
    fillCharacters(result, at: pos, left, f.fill); pos += left
    if signCount == 1 { put(signChar) }
    for c in prefix { put(upper(c)) }
    fillCharacters(result, at: pos, inner, f.fill); pos += inner
    for c in grouped { put(upper(c)) }
    if hasDecimal { put(0x2E) }
    for i in remainderStart..<body.count { put(body[i]) }
    fillCharacters(result, at: pos, right, f.fill)
    if fill >= 0x80 { result.pointee.isASCII = false }
    return Value(result)
}

/// _PyUnicode_InsertThousandsGrouping: the digits with a separator every `size` digits (none
/// when size is 0), zero-padded on the left to `minWidth` characters.
func groupDigits(_ digits: UnsafeBufferPointer<UInt8>, minWidth: Int, separator: UInt8, size: Int) -> [UInt8] {
    if size == 0 && minWidth <= digits.count { return Array(digits) }
    var reversed: [UInt8] = []
    reversed.reserveCapacity(max(minWidth, digits.count + digits.count / 3 + 1))
    var remaining = digits.count
    var minWidth = max(0, minWidth)
    var position = digits.count
    var useSeparator = false
    var finished = false
    @inline(__always) func emit(_ chars: Int, _ zeros: Int) {
        if useSeparator { reversed.append(separator) }
        for k in 0..<chars { reversed.append(digits[position - 1 - k]) }
        position -= chars
        for _ in 0..<zeros { reversed.append(0x30) }
    }
    if size > 0 {
        while true {
            let l = min(size, max(max(remaining, minWidth), 1))
            let zeros = max(0, l - remaining)
            let chars = max(0, min(remaining, l))
            emit(chars, zeros)
            useSeparator = true
            remaining -= chars
            minWidth -= l
            if remaining <= 0 && minWidth <= 0 { finished = true; break }
            minWidth -= 1
        }
    }
    if !finished {
        let l = max(max(remaining, minWidth), 1)
        emit(max(0, min(remaining, l)), max(0, l - remaining))
    }
    reversed.reverse()
    return reversed
}

// MARK: float to text

/// PyOS_double_to_string: `type` is e E f F g G or r (repr), flags as CPython's Py_DTSF_*.
func formatDouble(_ x: Double, _ type: UInt8, _ precision: Int, alternate: Bool, addDot0: Bool, alwaysSign: Bool,
                  noNegativeZero: Bool, into out: inout [UInt8]) {
    var code = type
    var upper = false
    switch type {
    case 0x45: upper = true; code = 0x65
    case 0x46: upper = true; code = 0x66
    case 0x47: upper = true; code = 0x67
    default: break
    }
    var mode: Int
    var precision = precision
    switch code {
    case 0x65: mode = 2; precision += 1
    case 0x66: mode = 3
    case 0x67: mode = 2; if precision == 0 { precision = 1 }
    default: mode = 0; precision = 17
    }
    var negative = x.sign == .minus
    var useExponent = false
    var exponent = 0
    if x.isNaN || x.isInfinite {
        if x.isNaN { negative = false }
        if negative { out.append(0x2D) } else if alwaysSign { out.append(0x2B) }
        let word: StaticString = x.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
        word.withUTF8Buffer { out.append(contentsOf: $0) }
        return
    }
    let capacity = mode == 3 ? 340 + precision : 48 + precision
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        let digits = buffer.baseAddress!
        var (digitCount, decimalPoint) = doubleDigits(abs(x), mode: mode, count: precision, into: digits, capacity: capacity)
        if noNegativeZero && negative {
            var allZero = true
            for i in 0..<digitCount where digits[i] != 0x30 { allZero = false; break }
            if allZero { negative = false }
        }
        if negative { out.append(0x2D) } else if alwaysSign { out.append(0x2B) }
        var end = digitCount
        switch code {
        case 0x65:
            useExponent = true
            end = precision
        case 0x66:
            end = decimalPoint + precision
        case 0x67:
            if decimalPoint <= -4 || decimalPoint > (addDot0 ? precision - 1 : precision) { useExponent = true }
            if alternate { end = precision }
        default:
            if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
        }
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let start = decimalPoint <= 0 ? decimalPoint - 1 : 0
        if !useExponent && addDot0 {
            end = end > decimalPoint ? end : decimalPoint + 1
        } else {
            end = end > decimalPoint ? end : decimalPoint
        }
        if decimalPoint <= 0 {
            out.append(contentsOf: repeatElement(0x30, count: decimalPoint - start))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: -decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: -start))
        }
        if decimalPoint > 0 && decimalPoint <= digitCount {
            out.append(contentsOf: UnsafeBufferPointer(start: digits, count: decimalPoint))
            out.append(0x2E)
            out.append(contentsOf: UnsafeBufferPointer(start: digits + decimalPoint, count: digitCount - decimalPoint))
        } else {
            out.append(contentsOf: UnsafeBufferPointer(start: digits, count: digitCount))
        }
        if digitCount < decimalPoint {
            out.append(contentsOf: repeatElement(0x30, count: decimalPoint - digitCount))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: end - decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: end - digitCount))
        }
        digitCount = 0
    }
    if out.last == 0x2E && !alternate { out.removeLast() }
    if useExponent {
        out.append(upper ? 0x45 : 0x65)
        out.append(exponent < 0 ? 0x2D : 0x2B)
        let e = abs(exponent)
        if e < 10 { out.append(0x30) }
        out.append(contentsOf: magnitudeDigits(UInt(e), 10))
    }
}

/// _Py_dg_dtoa's digits for a finite `x` >= 0: mode 0 the shortest digits that round-trip,
/// mode 2 `count` significant digits, mode 3 `count` digits after the point; correctly rounded
/// (exact integer arithmetic when the scaled value fits, else glibc's printf), trailing zeros
/// removed. Writes the digits to `buffer`; returns their count and the decimal point position.
func doubleDigits(_ x: Double, mode: Int, count: Int, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> (Int, Int) {
    if x == 0 {
        buffer[0] = 0x30
        return (1, 1)
    }
    var n = 0
    var decimalPoint = 0
    if mode == 3, let scaled = scaledRound(x, count) {
        if scaled == 0 { return (0, -count) }
        n = writeDecimal(scaled, buffer)
        decimalPoint = n - count
    } else if mode == 2, count <= 19, let (scaled, power) = significantDigits(x, count) {
        n = writeDecimal(scaled, buffer)
        decimalPoint = power + 1
    } else if mode == 0 {
        // Swift's description is the shortest round-trip representation, closest to x.
        var seenPoint = false, inExponent = false, exponentNegative = false
        var exponent = 0, integerDigits = 0
        for c in x.description.utf8 {
            if inExponent {
                if c == 0x2D { exponentNegative = true } else if c >= 0x30 && c <= 0x39 { exponent = exponent * 10 + Int(c - 0x30) }
            } else if c == 0x2E {
                seenPoint = true
            } else if c == 0x65 || c == 0x45 {
                inExponent = true
            } else if c >= 0x30 && c <= 0x39 {
                buffer[n] = c
                n += 1
                if !seenPoint { integerDigits += 1 }
            }
        }
        decimalPoint = integerDigits + (exponentNegative ? -exponent : exponent)
    } else {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { text in
            let p = text.baseAddress!
            let length: Int32
            if mode == 2 {
                length = withVaList([Int32(count - 1), x]) { vsnprintf(p, capacity, "%.*e", $0) }
            } else {
                length = withVaList([Int32(count), x]) { vsnprintf(p, capacity, "%.*f", $0) }
            }
            var i = 0
            var integerDigits = 0
            var seenPoint = false
            while i < Int(length) {
                let c = UInt8(bitPattern: p[i])
                if c == 0x2E { seenPoint = true }
                else if c == 0x65 { break }
                else {
                    buffer[n] = c
                    n += 1
                    if !seenPoint { integerDigits += 1 }
                }
                i += 1
            }
            if mode == 2 {
                var exponent = 0
                var exponentNegative = false
                i += 1
                while i < Int(length) {
                    let c = UInt8(bitPattern: p[i])
                    if c == 0x2D { exponentNegative = true } else if c >= 0x30 && c <= 0x39 { exponent = exponent * 10 + Int(c - 0x30) }
                    i += 1
                }
                decimalPoint = 1 + (exponentNegative ? -exponent : exponent)
            } else {
                decimalPoint = integerDigits
            }
        }
    }
    // Strip leading zeros (moving the point) and trailing zeros.
    var leading = 0
    while leading < n && buffer[leading] == 0x30 { leading += 1 }
    if leading == n { return (0, -count) }
    if leading > 0 {
        (buffer).update(from: buffer + leading, count: n - leading)
        n -= leading
        decimalPoint -= leading
    }
    while n > 0 && buffer[n - 1] == 0x30 { n -= 1 }
    return (n, decimalPoint)
}

private let powersOfTen: [UInt64] = {
    var table: [UInt64] = [1]
    for _ in 1...19 { table.append(table.last! * 10) }
    return table
}()

/// x * 10^p rounded to an integer (half to even) with exact arithmetic, or nil when the value
/// or the scale is out of the fast range.
@inline(__always)
func scaledRound(_ x: Double, _ p: Int) -> UInt64? {
    guard p >= -19 && p <= 19 else { return nil }
    let bits = x.bitPattern
    let exponentBits = Int((bits >> 52) & 0x7FF)
    let fraction = bits & ((1 << 52) - 1)
    let mantissa = exponentBits == 0 ? fraction : fraction | (1 << 52)
    let e = (exponentBits == 0 ? 1 : exponentBits) - 1075
    if p < 0 {
        // x / 10^-p = (mantissa * 2^e) / 10^-p as a fraction of two 128-bit integers.
        guard e <= 74 && e > -64 else { return nil }
        let numerator = UInt128(mantissa) << max(e, 0)
        let denominator = UInt128(powersOfTen[-p]) << max(-e, 0)
        var q = numerator / denominator
        let r = numerator % denominator
        if r << 1 > denominator || (r << 1 == denominator && q & 1 == 1) { q += 1 }
        guard q <= UInt128(UInt64.max) else { return nil }
        return UInt64(q)
    }
    let product = UInt128(mantissa) * UInt128(powersOfTen[p])
    if e >= 0 {
        guard e < 64, product < (UInt128(1) << (64 - e)) else { return nil }
        return UInt64(product << e)
    }
    let shift = -e
    // product < 2^117: at 2^118 and beyond the quotient is 0 and the remainder below half.
    if shift >= 118 { return 0 }
    var q = product >> shift
    let r = product & ((UInt128(1) << shift) - 1)
    let half = UInt128(1) << (shift - 1)
    if r > half || (r == half && q & 1 == 1) { q += 1 }
    guard q <= UInt128(UInt64.max) else { return nil }
    return UInt64(q)
}

/// `count` significant digits of x (as an integer) and the decimal exponent of the first one,
/// correctly rounded, or nil outside the fast range.
@inline(__always)
private func significantDigits(_ x: Double, _ count: Int) -> (UInt64, Int)? {
    var k = Int(floor(log10(x)))
    for _ in 0..<3 {
        guard let scaled = scaledRound(x, count - 1 - k) else { return nil }
        if scaled >= powersOfTen[count] { k += 1; continue }
        if scaled < powersOfTen[count - 1] { k -= 1; continue }
        return (scaled, k)
    }
    return nil
}

/// The decimal digits of n (n > 0) at `buffer`; returns their count.
@inline(__always)
private func writeDecimal(_ n: UInt64, _ buffer: UnsafeMutablePointer<UInt8>) -> Int {
    var digits = 0
    var m = n
    repeat { digits += 1; m /= 10 } while m != 0
    m = n
    var i = digits
    repeat {
        i -= 1
        buffer[i] = UInt8(0x30 + m % 10)
        m /= 10
    } while m != 0
    return digits
}

// MARK: str.format

/// Where str.format finds its fields: positional arguments and keyword arguments, or (for
/// format_map) a mapping alone.
struct FormatArguments {
    var positional: UnsafeMutablePointer<Value>?
    var positionalCount: Int
    /// Keyword names (a tuple) with their values, or NULL.
    var keywordNames: Value
    var keywordValues: UnsafeMutablePointer<Value>?
    /// For format_map: the mapping; NULL otherwise.
    var mapping: Value
}

private enum AutoNumbering { case initial, automatic, manual }

/// str.format(*args, **kwargs) / str.format_map(mapping).
func formatString(_ format: Value, _ arguments: FormatArguments) throws(PyError) -> Value {
    var builder = StringBuilder(capacity: format.strCount + 16)
    var state = AutoNumbering.initial
    var next = 0
    let s = strObject(format)
    try buildFormatted(s, 0, s.pointee.count, arguments, depth: 2, &state, &next, &builder)
    return builder.build()
}

private func buildFormatted(_ s: StrRef, _ start: Int, _ end: Int, _ arguments: FormatArguments, depth: Int,
                            _ state: inout AutoNumbering, _ next: inout Int, _ out: inout StringBuilder) throws(PyError) {
    if depth <= 0 { throw raiseValueError("Max string recursion exceeded") }
    @inline(__always) func at(_ i: Int) -> UInt32 { StrObject.character(s, i) }
    var pos = start
    while pos < end {
        // Literal text up to the next '{' or '}'.
        let literalStart = pos
        var c: UInt32 = 0
        var markup = false
        while pos < end {
            c = at(pos)
            pos += 1
            if c == 0x7B || c == 0x7D { markup = true; break }
        }
        let atEnd = pos >= end
        var literalEnd = pos
        if c == 0x7D && markup && (atEnd || at(pos) != 0x7D) {
            throw raiseValueError("Single '}' encountered in format string")
        }
        if atEnd && c == 0x7B && markup { throw raiseValueError("Single '{' encountered in format string") }
        if markup {
            if !atEnd && at(pos) == c {
                // An escaped brace: literal text including one brace.
                pos += 1
                markup = false
            } else {
                literalEnd -= 1
            }
        }
        out.append(s, literalStart, literalEnd - literalStart)
        if !markup { continue }

        // parse_field: the field name up to ':' '!' or '}'.
        let nameStart = pos
        c = 0
        while pos < end {
            c = at(pos)
            pos += 1
            if c == 0x7B { throw raiseValueError("unexpected '{' in field name") }
            if c == 0x5B {
                while pos < end && at(pos) != 0x5D { pos += 1 }
                continue
            }
            if c == 0x7D || c == 0x3A || c == 0x21 { break }
        }
        let nameEnd = pos - 1
        var conversion: UInt32 = 0
        var specStart = 0, specEnd = 0
        var specNeedsExpanding = false
        if c == 0x21 || c == 0x3A {
            var hasSpec = true
            if c == 0x21 {
                if pos >= end { throw raiseValueError("end of string while looking for conversion specifier") }
                conversion = at(pos)
                pos += 1
                if pos < end {
                    let after = at(pos)
                    pos += 1
                    if after == 0x7D { hasSpec = false }
                    else if after != 0x3A { throw raiseValueError("expected ':' after conversion specifier") }
                }
            }
            if hasSpec {
                specStart = pos
                var depthCount = 1
                var closed = false
                while pos < end {
                    let d = at(pos)
                    pos += 1
                    if d == 0x7B { specNeedsExpanding = true; depthCount += 1 }
                    else if d == 0x7D {
                        depthCount -= 1
                        if depthCount == 0 { specEnd = pos - 1; closed = true; break }
                    }
                }
                if !closed { throw raiseValueError("unmatched '{' in format spec") }
            }
        } else if c != 0x7D {
            throw raiseValueError("expected '}' before end of string")
        }

        // output_markup.
        var field = try fieldObject(s, nameStart, nameEnd, arguments, &state, &next)
        if conversion != 0 {
            switch conversion {
            case 0x72: field = try reprOf(field)
            case 0x73: field = try strOf(field)
            case 0x61: field = try asciiOf(field)
            default:
                if conversion > 32 && conversion < 127 {
                    throw raiseValueError("Unknown conversion specifier \(Character(Unicode.Scalar(UInt8(conversion))))")
                }
                throw raiseValueError("Unknown conversion specifier \\x\(String(conversion, radix: 16))")
            }
        }
        let spec: Value
        if specNeedsExpanding {
            var inner = StringBuilder()
            try buildFormatted(s, specStart, specEnd, arguments, depth: depth - 1, &state, &next, &inner)
            spec = inner.build()
        } else {
            spec = substring(Value(s), start: specStart, count: specEnd - specStart)
        }
        let formatted = try formatObject(field, spec)
        out.append(str: formatted)
    }
}

/// get_field_object: the argument a field name designates, with its .attribute and [index]
/// parts applied.
private func fieldObject(_ s: StrRef, _ start: Int, _ end: Int, _ arguments: FormatArguments,
                         _ state: inout AutoNumbering, _ next: inout Int) throws(PyError) -> Value {
    @inline(__always) func at(_ i: Int) -> UInt32 { StrObject.character(s, i) }
    var firstEnd = start
    while firstEnd < end && at(firstEnd) != 0x5B && at(firstEnd) != 0x2E { firstEnd += 1 }
    var index = try fieldInteger(s, start, firstEnd)
    let isEmpty = firstEnd == start
    let numeric = isEmpty || index != -1
    if state == .initial && numeric { state = isEmpty ? .automatic : .manual }
    if numeric {
        if state == .manual && isEmpty {
            throw raiseValueError("cannot switch from manual field specification to automatic field numbering")
        }
        if state == .automatic && !isEmpty {
            throw raiseValueError("cannot switch from automatic field numbering to manual field specification")
        }
    }
    if isEmpty {
        index = next
        next += 1
    }
    var object: Value
    if index == -1 {
        let key = substring(Value(s), start: start, count: firstEnd - start)
        if !arguments.mapping.isNull {
            object = try getItem(arguments.mapping, key)
        } else {
            var found: Value? = nil
            if arguments.keywordNames.isObject {
                let names = arguments.keywordNames
                for k in 0..<names.tupleCount where stringsEqual(strObject(names.tupleItems[k]), strObject(key)) {
                    found = arguments.keywordValues![k]
                    break
                }
            }
            guard let value = found else { throw raiseKeyError(key) }
            object = value
        }
    } else {
        if !arguments.mapping.isNull { throw raiseValueError("Format string contains positional fields") }
        guard index < arguments.positionalCount else {
            throw raise(rt.pointee.types.IndexError, "Replacement index \(index) out of range for positional args tuple")
        }
        object = arguments.positional![index]
    }
    // The rest: .name and [key] parts.
    var pos = firstEnd
    while pos < end {
        let c = at(pos)
        pos += 1
        let nameStart = pos
        let nameEnd: Int
        let isAttribute: Bool
        if c == 0x2E {
            isAttribute = true
            while pos < end && at(pos) != 0x5B && at(pos) != 0x2E { pos += 1 }
            nameEnd = pos
        } else if c == 0x5B {
            isAttribute = false
            while pos < end && at(pos) != 0x5D { pos += 1 }
            if pos >= end { throw raiseValueError("Missing ']' in format string") }
            nameEnd = pos
            pos += 1
        } else {
            throw raiseValueError("Only '.' or '[' may follow ']' in format field specifier")
        }
        let itemIndex = isAttribute ? -1 : try fieldInteger(s, nameStart, nameEnd)
        if nameStart == nameEnd { throw raiseValueError("Empty attribute in format string") }
        if isAttribute {
            object = try getAttribute(object, internString(substring(Value(s), start: nameStart, count: nameEnd - nameStart).stringValue))
        } else if itemIndex == -1 {
            object = try getItem(object, substring(Value(s), start: nameStart, count: nameEnd - nameStart))
        } else {
            object = try getItem(object, newInt(itemIndex))
        }
    }
    return object
}

/// A field name part made only of decimal digits as an int, else -1.
private func fieldInteger(_ s: StrRef, _ start: Int, _ end: Int) throws(PyError) -> Int {
    if start >= end { return -1 }
    var result = 0
    for i in start..<end {
        guard let d = decimalValue(StrObject.character(s, i)) else { return -1 }
        let (m, o1) = result.multipliedReportingOverflow(by: 10)
        let (sum, o2) = m.addingReportingOverflow(d)
        if o1 || o2 { throw raiseValueError("Too many decimal digits in format string") }
        result = sum
    }
    return result
}

// MARK: %-formatting

/// Whether `%` treats its right operand as a mapping (PyMapping_Check, minus tuples and strs).
private func isFormatMapping(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .tuple, .str: return false
    case .dict, .list, .bytes, .range: return true
    default:
        if v.header.pointee.type == rt.pointee.types.dictKeys { return false }
        return userSpecialMethod(v, "__getitem__") != nil
    }
}

/// str % args.
func percentFormat(_ format: Value, _ args: Value) throws(PyError) -> Value {
    let s = strObject(format)
    let length = s.pointee.count
    @inline(__always) func at(_ i: Int) -> UInt32 { i < length ? StrObject.character(s, i) : 0 }
    let isTuple = args.isObject && args.header.pointee.kind == .tuple
    var argumentCount = isTuple ? args.tupleCount : -1
    var argumentIndex = isTuple ? 0 : -2
    let dict: Value = isFormatMapping(args) ? args : .null
    var current = args
    var out = StringBuilder(capacity: length + 16)

    func nextArgument() throws(PyError) -> Value {
        if argumentIndex < argumentCount {
            let i = argumentIndex
            argumentIndex += 1
            return argumentCount < 0 ? current : current.tupleItems[i]
        }
        throw raiseTypeError("not enough arguments for format string")
    }

    var position = 0
    var remaining = length
    while true {
        remaining -= 1
        if remaining < 0 { break }
        if at(position) != 0x25 {
            let literalStart = position
            position += 1
            while remaining >= 0 && at(position) != 0x25 {
                position += 1
                remaining -= 1
            }
            if remaining < 0 { position -= 1 }
            out.append(s, literalStart, position - literalStart)
            continue
        }
        position += 1
        // unicode_format_arg
        var ch = at(position)
        if ch == 0x25 {
            position += 1
            remaining -= 1
            out.append(ascii: 0x25)
            continue
        }
        var flags = PercentFlags()
        var width = -1
        var precision = -1
        if at(position) == 0x28 {
            if dict.isNull { throw raiseTypeError("format requires a mapping") }
            position += 1
            remaining -= 1
            let keyStart = position
            var depth = 1
            while depth > 0 {
                remaining -= 1
                if remaining < 0 { break }
                ch = at(position)
                if ch == 0x29 { depth -= 1 } else if ch == 0x28 { depth += 1 }
                position += 1
            }
            let keyLength = position - keyStart - 1
            if remaining < 0 || depth > 0 { throw raiseValueError("incomplete format key") }
            let key = substring(format, start: keyStart, count: keyLength)
            current = try getItem(dict, key)
            argumentCount = -1
            argumentIndex = -2
        }
        while true {
            remaining -= 1
            if remaining < 0 { break }
            ch = at(position)
            position += 1
            switch ch {
            case 0x2D: flags.leftJustify = true; continue
            case 0x2B: flags.sign = true; continue
            case 0x20: flags.blank = true; continue
            case 0x23: flags.alternate = true; continue
            case 0x30: flags.zero = true; continue
            default: break
            }
            break
        }
        if ch == 0x2A {
            let v = try nextArgument()
            guard v.isInt || v.isBool || (v.isObject && typeOf(v).pointee.builtinBase == rt.pointee.types.int) else {
                throw raiseTypeError("* wants int")
            }
            guard let w = v.exactInt ?? NumericValue(v).flatMap({ if case .int(let i) = $0 { return i } else { return nil } }) else {
                throw raiseOverflowError("Python int too large to convert to C ssize_t")
            }
            width = w
            if width < 0 {
                flags.leftJustify = true
                width = -width
            }
            remaining -= 1
            if remaining >= 0 {
                ch = at(position)
                position += 1
            }
        } else if ch >= 0x30 && ch <= 0x39 {
            width = Int(ch - 0x30)
            while true {
                remaining -= 1
                if remaining < 0 { break }
                ch = at(position)
                position += 1
                if ch < 0x30 || ch > 0x39 { break }
                let (m, o1) = width.multipliedReportingOverflow(by: 10)
                let (sum, o2) = m.addingReportingOverflow(Int(ch - 0x30))
                if o1 || o2 { throw raiseValueError("width too big") }
                width = sum
            }
        }
        if ch == 0x2E {
            precision = 0
            remaining -= 1
            if remaining >= 0 {
                ch = at(position)
                position += 1
            }
            if ch == 0x2A {
                let v = try nextArgument()
                guard v.isInt || v.isBool || (v.isObject && typeOf(v).pointee.builtinBase == rt.pointee.types.int) else {
                    throw raiseTypeError("* wants int")
                }
                guard let p = v.exactInt ?? NumericValue(v).flatMap({ if case .int(let i) = $0 { return i } else { return nil } }),
                      p <= Int(Int32.max), p >= Int(Int32.min) else {
                    throw raiseOverflowError("Python int too large to convert to C int")
                }
                precision = max(0, p)
                remaining -= 1
                if remaining >= 0 {
                    ch = at(position)
                    position += 1
                }
            } else if ch >= 0x30 && ch <= 0x39 {
                precision = Int(ch - 0x30)
                while true {
                    remaining -= 1
                    if remaining < 0 { break }
                    ch = at(position)
                    position += 1
                    if ch < 0x30 || ch > 0x39 { break }
                    if precision > (Int(Int32.max) - Int(ch - 0x30)) / 10 { throw raiseValueError("precision too big") }
                    precision = precision * 10 + Int(ch - 0x30)
                }
            }
        }
        if remaining >= 0 && (ch == 0x68 || ch == 0x6C || ch == 0x4C) {
            remaining -= 1
            if remaining >= 0 {
                ch = at(position)
                position += 1
            }
        }
        if remaining < 0 { throw raiseValueError("incomplete format") }

        // unicode_format_arg_format
        let v = try nextArgument()
        var text: Value
        var isNumber = false
        switch ch {
        case 0x73, 0x72, 0x61:
            if ch == 0x73 { text = isStrValue(v) && v.header.pointee.type == rt.pointee.types.str ? v : try strOf(v) }
            else if ch == 0x72 { text = try reprOf(v) }
            else { text = try asciiOf(v) }
        case 0x69, 0x64, 0x75, 0x6F, 0x78, 0x58:
            text = try percentInteger(v, UInt8(ch), flags, precision)
            isNumber = true
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:
            let d = try floatArgument(v)
            var bytes: [UInt8] = []
            formatDouble(d, UInt8(ch), precision < 0 ? 6 : precision, alternate: flags.alternate, addDot0: false,
                         alwaysSign: false, noNegativeZero: false, into: &bytes)
            text = bytes.withUnsafeBufferPointer { newString(latin1: $0) }
            isNumber = true
        case 0x63:
            text = characterString(try percentCharacter(v))
        default:
            let shown = ch >= 31 && ch <= 126 ? Character(Unicode.Scalar(UInt8(ch))) : "?"
            throw raiseValueError("unsupported format character '\(shown)' (0x\(String(ch, radix: 16))) at index \(position - 1)")
        }
        percentOutput(&out, text, ch, flags, width: width, precision: precision, isNumber: isNumber)
        if !dict.isNull && argumentIndex < argumentCount {
            throw raiseTypeError("not all arguments converted during string formatting")
        }
    }
    if argumentIndex < argumentCount && dict.isNull {
        throw raiseTypeError("not all arguments converted during string formatting")
    }
    return out.build()
}

struct PercentFlags {
    var leftJustify = false
    var sign = false
    var blank = false
    var alternate = false
    var zero = false
}

/// PyFloat_AsDouble for %e %f %g.
private func floatArgument(_ v: Value) throws(PyError) -> Double {
    if v.isFloat { return v.float }
    if let n = NumericValue(v) { return try n.asDouble() }
    if let method = userSpecialMethod(v, "__float__") {
        let result = try call(method, v)
        guard result.isFloat else { throw raiseTypeError("\(typeName(v)).__float__ returned non-float (type \(typeName(result)))") }
        return result.float
    }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        if let n = NumericValue(result) { return try n.asDouble() }
    }
    throw raiseTypeError("must be real number, not \(typeName(v))")
}

/// formatchar: %c takes an int or a one-character str.
private func percentCharacter(_ v: Value) throws(PyError) -> UInt32 {
    if isStrValue(v) {
        if v.strCount == 1 { return StrObject.character(strObject(v), 0) }
        throw raiseTypeError("%c requires int or char")
    }
    let index: Value
    if v.isInt || v.isBool || (v.isObject && typeOf(v).pointee.builtinBase == rt.pointee.types.int) {
        index = v
    } else if let method = userSpecialMethod(v, "__index__") {
        index = try call(method, v)
    } else {
        throw raiseTypeError("%c requires int or char")
    }
    guard let n = NumericValue(index) else { throw raiseTypeError("%c requires int or char") }
    switch n {
    case .int(let i) where i >= 0 && i <= 0x10FFFF: return UInt32(i)
    default: throw raiseOverflowError("%c arg not in range(0x110000)")
    }
}

/// mainformatlong + _PyUnicode_FormatLong: the digits of an int argument for %d %i %u %o %x %X,
/// with "0x"/"0o" when alternate and zero-padded to the precision.
private func percentInteger(_ v: Value, _ type: UInt8, _ flags: PercentFlags, _ precision: Int) throws(PyError) -> Value {
    var number: NumericValue
    let isIntLike = v.isSmallInt || v.isBool || (v.isObject && v.header.pointee.kind == .bigInt && typeOf(v).pointee.builtinBase == rt.pointee.types.int)
    if isIntLike, let n = NumericValue(v) {
        number = n
    } else {
        let isNumber = v.isFloat || userSpecialMethod(v, "__index__") != nil || userSpecialMethod(v, "__int__") != nil
            || userSpecialMethod(v, "__float__") != nil
        func wrongType() -> PyError {
            if type == 0x6F || type == 0x78 || type == 0x58 {
                return raiseTypeError("%\(Character(Unicode.Scalar(type))) format: an integer is required, not \(typeName(v))")
            }
            return raiseTypeError("%\(Character(Unicode.Scalar(type))) format: a real number is required, not \(typeName(v))")
        }
        guard isNumber else { throw wrongType() }
        let converted: Value
        do throws(PyError) {
            if type == 0x6F || type == 0x78 || type == 0x58 {
                guard let method = userSpecialMethod(v, "__index__") else { throw wrongType() }
                converted = try call(method, v)
            } else {
                converted = try intFromValue(v)
            }
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) {
                _ = takeCurrentException()
                throw wrongType()
            }
            throw error
        }
        guard let n = NumericValue(converted) else { throw wrongType() }
        number = n
    }
    if case .float(let d) = number { number = .big(BigInt(d)) }
    let negative: Bool
    var digits: [UInt8]
    let base = type == 0x6F ? 8 : (type == 0x78 || type == 0x58) ? 16 : 10
    switch number {
    case .int(let i):
        negative = i < 0
        digits = magnitudeDigits(i.magnitude, base)
    case .big(let b):
        negative = b.sign == .minus
        if base == 10 {
            var text = try intToDecimalString(b)
            if negative { text.removeFirst() }
            digits = Array(text.utf8)
        } else {
            digits = Array(String(b.magnitude, radix: base).utf8)
        }
    case .float:
        negative = false
        digits = [0x30]
    }
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + 4 + max(0, precision))
    if negative { out.append(0x2D) }
    if flags.alternate && base != 10 { out.append(0x30); out.append(base == 8 ? 0x6F : 0x78) }
    if precision > digits.count { out.append(contentsOf: repeatElement(0x30, count: precision - digits.count)) }
    out.append(contentsOf: digits)
    if type == 0x58 {
        for i in 0..<out.count where out[i] >= 0x61 && out[i] <= 0x78 { out[i] -= 32 }
    }
    return out.withUnsafeBufferPointer { newString(latin1: $0) }
}

/// unicode_format_arg_output: width, precision (truncation for %s %r %a), sign and padding.
private func percentOutput(_ out: inout StringBuilder, _ text: Value, _ ch: UInt32, _ flags: PercentFlags,
                           width: Int, precision: Int, isNumber: Bool) {
    let s = strObject(text)
    var length = s.pointee.count
    var width = width
    if (width == -1 || width <= length) && (precision == -1 || precision >= length) && !(flags.sign || flags.blank) {
        out.append(s, 0, length)
        return
    }
    if ch == 0x73 || ch == 0x72 || ch == 0x61 {
        if precision >= 0 && length > precision { length = precision }
    }
    var sign = isNumber
    let fill: UInt32 = sign && flags.zero ? 0x30 : 0x20
    var index = 0
    var signChar: UInt32 = 0
    if sign {
        let first = length > 0 ? StrObject.character(s, 0) : 0
        if first == 0x2D || first == 0x2B {
            signChar = first
            length -= 1
            index += 1
        } else if flags.sign {
            signChar = 0x2B
        } else if flags.blank {
            signChar = 0x20
        } else {
            sign = false
        }
    }
    if width < length { width = length }
    if sign {
        if fill != 0x20 { out.append(signChar) }
        if width > length { width -= 1 }
    }
    let hasPrefix = flags.alternate && (ch == 0x78 || ch == 0x58 || ch == 0x6F)
    if hasPrefix {
        if fill != 0x20 {
            out.append(0x30)
            out.append(ch)
            index += 2
        }
        width -= 2
        if width < 0 { width = 0 }
        length -= 2
    }
    if width > length && !flags.leftJustify {
        out.append(repeating: fill, count: width - length)
        width = length
    }
    if fill == 0x20 {
        if sign { out.append(signChar) }
        if hasPrefix {
            out.append(0x30)
            out.append(ch)
            index += 2
        }
    }
    if length > 0 { out.append(s, index, length) }
    if width > length { out.append(repeating: 0x20, count: width - length) }
}
