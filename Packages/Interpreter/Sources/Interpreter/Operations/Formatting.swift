import Runtime

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
        return try formatObject(v, spec.isNull ? newString("") : spec)
    }
    return try formatObject(v, spec)
}

/// format(value, spec): a user __format__, else the built-in format mini-language.
public func formatObject(_ value: Value, _ spec: Value) throws(PyError) -> Value {
    guard isStrValue(spec) else {
        throw raiseTypeError("format() argument 2 must be str, not \(typeName(spec))")
    }
    if let method = userSpecialMethod(value, "__format__") {
        let result = try call(method, value, spec)
        guard isStrValue(result) else { throw raiseTypeError("__format__ must return a str, not \(typeName(result))") }
        return result
    }
    if spec.strCount == 0 { return try strOf(value) }
    return try formatBuiltin(value, spec)
}

/// ascii(v): repr with non-ASCII characters escaped.
public func asciiOf(_ v: Value) throws(PyError) -> Value {
    let repr = try reprOf(v)
    let s = repr.object(as: StrObject.self)
    if s.pointee.isASCII { return repr }
    var out = ""
    for i in 0..<s.pointee.count {
        let c = StrObject.character(s, i)
        if c < 0x80 {
            out.unicodeScalars.append(Unicode.Scalar(c)!)
        } else if c < 0x100 {
            out += "\\x" + hexDigits(c, 2)
        } else if c < 0x10000 {
            out += "\\u" + hexDigits(c, 4)
        } else {
            out += "\\U" + hexDigits(c, 8)
        }
    }
    return newString(out)
}

func hexDigits(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// The format mini-language for built-in types (str, int, float, bool).
func formatBuiltin(_ value: Value, _ spec: Value) throws(PyError) -> Value {
    throw raiseUnsupported("format specifications")
}

/// str % args.
func percentFormat(_ format: Value, _ args: Value) throws(PyError) -> Value {
    throw raiseUnsupported("%-formatting")
}
