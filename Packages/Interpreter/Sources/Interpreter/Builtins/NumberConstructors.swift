import BigInt
import Runtime

/// int() and float() constructors.
func registerNumberConstructors(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.int) { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("int", args + 1, count - 1, keywordNames, names: ["x", "base"], required: 0, positionalOnly: 1)
        guard let x = bound.optional(0) else { return Value(smallInt: 0) }
        let result: Value
        if let base = bound.optional(1) {
            guard isStrValue(x) else { throw raiseTypeError("int() can't convert non-string with explicit base") }
            guard let b = try indexValue(base) else { throw raiseTypeError("'\(typeName(base))' object cannot be interpreted as an integer") }
            result = try parseInt(x, base: b)
        } else {
            result = try intFromValue(x)
        }
        return result
    }
    defineConstructor(types.float) { args, count, keywordNames throws(PyError) in
        try checkPositional("float", count - 1, keywordNames, min: 0, max: 1)
        if count == 1 { return Value(float: 0) }
        return try floatFromValue(args[1])
    }
}

/// int(x) for a value without an explicit base.
func intFromValue(_ x: Value) throws(PyError) -> Value {
    if let n = NumericValue(x) {
        switch n {
        case .int(let i): return newInt(i)
        case .big(let b): return newInt(b)
        case .float(let f):
            if f.isNaN { throw raiseValueError("cannot convert float NaN to integer") }
            if f.isInfinite { throw raiseOverflowError("cannot convert float infinity to integer") }
            return newInt(BigInt(f.rounded(.towardZero)))
        }
    }
    if isStrValue(x) { return try parseInt(x, base: 10) }
    if let method = userSpecialMethod(x, "__int__") ?? userSpecialMethod(x, "__index__") { return try call(method, x) }
    throw raiseTypeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
}

/// int(text, base) with Python's literal rules (sign, whitespace, underscores, prefixes).
func parseInt(_ text: Value, base: Int) throws(PyError) -> Value {
    guard base == 0 || (2...36).contains(base) else { throw raiseValueError("int() base must be >= 2 and <= 36, or 0") }
    let original = text.stringValue
    func invalid() -> PyError {
        raiseValueError("invalid literal for int() with base \(base): \(stringReprOf(original))")
    }
    var s = Substring(original.trimmingPythonWhitespace())
    var negative = false
    if s.first == "+" || s.first == "-" { negative = s.first == "-"; s = s.dropFirst() }
    var radix = base
    let lower = s.lowercased()
    if (base == 16 || base == 0) && lower.hasPrefix("0x") { radix = 16; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    else if (base == 8 || base == 0) && lower.hasPrefix("0o") { radix = 8; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    else if (base == 2 || base == 0) && lower.hasPrefix("0b") { radix = 2; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    else if base == 0 {
        radix = 10
        if s.count > 1 && s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid() }
    }
    guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { throw invalid() }
    let digits = s.filter { $0 != "_" }
    guard digits.allSatisfy({ $0.isASCII }), let value = BigInt(String(digits), radix: radix) else { throw invalid() }
    if radix == 10 && digits.count > intMaxStringDigits && intMaxStringDigits > 0 {
        throw raiseValueError("Exceeds the limit (\(intMaxStringDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    return newInt(negative ? -value : value)
}

/// float(x).
func floatFromValue(_ x: Value) throws(PyError) -> Value {
    if let n = NumericValue(x) { return Value(float: try n.asDouble()) }
    if isStrValue(x) {
        let text = x.stringValue
        let trimmed = text.trimmingPythonWhitespace().lowercased().replacingUnderscoresInNumber()
        switch trimmed {
        case "inf", "+inf", "infinity", "+infinity": return Value(float: .infinity)
        case "-inf", "-infinity": return Value(float: -.infinity)
        case "nan", "+nan", "-nan": return Value(float: .nan)
        default: break
        }
        if let trimmed, let d = Double(trimmed), trimmed.allSatisfy({ "0123456789+-.e".contains($0) }) {
            return Value(float: d)
        }
        throw raiseValueError("could not convert string to float: \(stringReprOf(text))")
    }
    if let method = userSpecialMethod(x, "__float__") { return try call(method, x) }
    throw raiseTypeError("float() argument must be a string or a real number, not '\(typeName(x))'")
}

func stringReprOf(_ text: String) -> String {
    (try? reprText(newString(text))) ?? "'\(text)'"
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

extension String {
    /// "1_000.5" -> "1000.5"; nil when underscores are misplaced.
    func replacingUnderscoresInNumber() -> String? {
        if !contains("_") { return self }
        let chars = Array(self)
        for (i, c) in chars.enumerated() where c == "_" {
            guard i > 0, i < chars.count - 1, chars[i - 1].isNumber, chars[i + 1].isNumber else { return nil }
        }
        return String(chars.filter { $0 != "_" })
    }
}

/// Python's whitespace for str.split()/strip() (Unicode White_Space plus the ASCII separators).
func isPythonWhitespace(_ c: UInt32) -> Bool {
    switch c {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}
