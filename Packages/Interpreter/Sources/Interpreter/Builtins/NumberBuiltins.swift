import BigInt
import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#endif

/// int, float and bool: their methods and the numeric built-in functions (abs, divmod, pow, round, hex, bin, oct).
func registerNumberBuiltins(_ builtins: Value) {
    registerNumericFunctions(builtins)
    registerIntMethods()
    registerFloatMethods()
}

// MARK: helpers

/// A 2-tuple; `a` and `b` stay in registers or on the stack (where the collector sees them)
/// while the tuple is allocated.
@inline(never)
func newPair(_ a: Value, _ b: Value) -> Value {
    let t = allocateTuple(count: 2)
    TupleObject.items(t)[0] = a
    TupleObject.items(t)[1] = b
    return Value(t)
}

/// The int value of an int or bool (the caller has checked), as an int (bools become 0 or 1).
@inline(__always)
func plainInt(_ v: Value) -> Value {
    if v.isSmallInt { return v }
    if v.isBool { return Value(smallInt: v.bits == Value.true.bits ? 1 : 0) }
    if v.header.pointee.type == rt.pointee.types.int { return v }
    return newInt(v.bigIntValue)
}

/// True for int, bool and their subclasses (not float).
@inline(__always)
func isIntegral(_ v: Value) -> Bool {
    if v.isSmallInt || v.isBool { return true }
    return v.isObject && v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int
}

/// The value of an int-like argument, through __index__ (PyNumber_Index), or TypeError.
func indexBigInt(_ v: Value) throws(PyError) -> BigInt {
    if isIntegral(v) { return v.bigIntValue }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        guard isIntegral(result) else { throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))") }
        return result.bigIntValue
    }
    throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
}

/// Round-half-even integer quotient of non-negative n / d.
func divideRoundingHalfEven(_ n: BigUInt, _ d: BigUInt) -> BigUInt {
    var (q, r) = n.quotientAndRemainder(dividingBy: d)
    let twice = r << 1
    if twice > d || (twice == d && lowWord(q) & 1 == 1) { q += 1 }
    return q
}

func powerOfTen(_ k: Int) -> BigUInt { BigUInt(10).power(k) }

/// The exact binary value of a finite nonzero double: |d| = m * 2^e.
func decompose(_ d: Double) -> (m: UInt64, e: Int) {
    let exponentBits = Int(d.exponentBitPattern)
    let significand = UInt64(d.significandBitPattern)
    if exponentBits == 0 { return (significand, -1074) }
    return (significand | (1 << 52), exponentBits - 1075)
}

// MARK: built-in functions

private func registerNumericFunctions(_ builtins: Value) {
    defineFunction(builtins, "abs") { args, count, keywordNames throws(PyError) in
        try checkPositional("abs", count, keywordNames, min: 1, max: 1)
        return try absoluteValue(args[0])
    }
    defineFunction(builtins, "divmod") { args, count, keywordNames throws(PyError) in
        try checkPositional("divmod", count, keywordNames, min: 2, max: 2)
        return try divmodValues(args[0], args[1])
    }
    defineFunction(builtins, "pow") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("pow", args, count, keywordNames, names: ["base", "exp", "mod"], required: 2)
        guard let modulus = bound.optional(2), !modulus.isNone else {
            return try binaryOperation(BinaryOperator.power.rawValue, bound[0], bound[1])
        }
        return try ternaryPower(bound[0], bound[1], modulus)
    }
    defineFunction(builtins, "round") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("round", args, count, keywordNames, names: ["number", "ndigits"], required: 1)
        return try roundValue(bound[0], bound.optional(1).flatMap { $0.isNone ? nil : $0 })
    }
    defineFunction(builtins, "hex") { args, count, keywordNames throws(PyError) in
        try checkPositional("hex", count, keywordNames, min: 1, max: 1)
        return newString(try integerText(args[0], radix: 16, prefix: "0x"))
    }
    defineFunction(builtins, "oct") { args, count, keywordNames throws(PyError) in
        try checkPositional("oct", count, keywordNames, min: 1, max: 1)
        return newString(try integerText(args[0], radix: 8, prefix: "0o"))
    }
    defineFunction(builtins, "bin") { args, count, keywordNames throws(PyError) in
        try checkPositional("bin", count, keywordNames, min: 1, max: 1)
        return newString(try integerText(args[0], radix: 2, prefix: "0b"))
    }
}

/// hex/oct/bin: `-0x1f` style text of an int-like value.
func integerText(_ v: Value, radix: Int, prefix: String) throws(PyError) -> String {
    if v.isSmallInt {
        let n = v.smallInt
        return (n < 0 ? "-" : "") + prefix + String(n.magnitude, radix: radix)
    }
    let n = try indexBigInt(v)
    return (n.sign == .minus ? "-" : "") + prefix + String(n.magnitude, radix: radix)
}

/// abs(x).
func absoluteValue(_ v: Value) throws(PyError) -> Value {
    if v.isSmallInt { return newInt(abs(v.smallInt)) }
    if v.isFloat { return Value(float: fabs(v.float)) }
    if let n = NumericValue(v) {
        switch n {
        case .int(let i): return i == Int.min ? newInt(-BigInt(i)) : newInt(abs(i))
        case .big(let b): return newInt(BigInt(sign: .plus, magnitude: b.magnitude))
        case .float(let f): return Value(float: fabs(f))
        }
    }
    if let method = userSpecialMethod(v, "__abs__") { return try call(method, v) }
    throw raiseTypeError("bad operand type for abs(): '\(typeName(v))'")
}

/// divmod(a, b).
func divmodValues(_ a: Value, _ b: Value) throws(PyError) -> Value {
    if (a.isObject || b.isObject) && a.isInt && b.isInt {
        if b.bits == Value(smallInt: 0).bits { throw raiseZeroDivisionError("integer division or modulo by zero") }
        let (q, r) = intDivMod(a, b, quotient: true, remainder: true)
        return newPair(q!, r!)
    }
    if let x = NumericValue(a), let y = NumericValue(b) {
        switch (x, y) {
        case let (.int(i), .int(j)):
            if j == 0 { throw raiseZeroDivisionError("integer division or modulo by zero") }
            if i == Int.min && j == -1 { return newPair(newInt(-BigInt(i)), Value(smallInt: 0)) }
            let (q, r) = floorDivMod(i, j)
            return newPair(newInt(q), newInt(r))
        case (.float, _), (_, .float):
            let vx = try x.asDouble(), wx = try y.asDouble()
            if wx == 0 { throw raiseZeroDivisionError("float divmod()") }
            let (q, r) = floatDivMod(vx, wx)
            return newPair(Value(float: q), Value(float: r))
        default:
            let d = y.asBigInt
            if d.isZero { throw raiseZeroDivisionError("integer division or modulo by zero") }
            let (q, r) = bigFloorDivMod(x.asBigInt, d)
            return newPair(newInt(q), newInt(r))
        }
    }
    let leftMethod = userSpecialMethod(a, "__divmod__")
    let rightMethod = typeOf(a) == typeOf(b) ? nil : userSpecialMethod(b, "__rdivmod__")
    if let rightMethod, isSubtype(typeOf(b), of: typeOf(a)) {
        let result = try call(rightMethod, b, a)
        if result.bits != Value.notImplemented.bits { return result }
    } else {
        if let leftMethod {
            let result = try call(leftMethod, a, b)
            if result.bits != Value.notImplemented.bits { return result }
        }
        if let rightMethod {
            let result = try call(rightMethod, b, a)
            if result.bits != Value.notImplemented.bits { return result }
        }
    }
    throw raiseTypeError("unsupported operand type(s) for divmod(): '\(typeName(a))' and '\(typeName(b))'")
}

/// pow(base, exp, mod) with a modulus.
func ternaryPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PyError) -> Value {
    if isIntegral(base) && isIntegral(exponent) && isIntegral(modulus) {
        return try modularPower(base.bigIntValue, exponent.bigIntValue, modulus.bigIntValue)
    }
    if let method = userSpecialMethod(base, "__pow__") {
        let result = try call(method, base, exponent, modulus)
        if result.bits != Value.notImplemented.bits { return result }
    }
    for v in [base, exponent, modulus] where v.isFloat {
        throw raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers")
    }
    throw raiseTypeError("unsupported operand type(s) for ** or pow(): '\(typeName(base))', '\(typeName(exponent))', '\(typeName(modulus))'")
}

/// pow(a, e, m) for ints (CPython's long_pow with a modulus).
func modularPower(_ a: BigInt, _ e: BigInt, _ m: BigInt) throws(PyError) -> Value {
    if m.isZero { throw raiseValueError("pow() 3rd argument cannot be 0") }
    let negativeModulus = m.sign == .minus
    let modulus = m.magnitude
    if modulus == 1 { return Value(smallInt: 0) }
    var base = BigInt(sign: .plus, magnitude: a.magnitude % modulus)
    if a.sign == .minus && !base.isZero { base = BigInt(modulus) - base }
    var exponent = e.magnitude
    if e.sign == .minus {
        guard let inverse = base.magnitude.inverse(modulus) else {
            throw raiseValueError("base is not invertible for the given modulus")
        }
        base = BigInt(inverse)
        exponent = e.magnitude
    }
    var result: BigUInt
    if modulus.bitWidth <= 63 {
        result = BigUInt(smallModularPower(UInt(lowWord(base.magnitude)), exponent, UInt(lowWord(modulus))))
    } else {
        result = base.magnitude.power(exponent, modulus: modulus)
    }
    if negativeModulus && !result.isZero {
        return newInt(BigInt(result) - BigInt(modulus))
    }
    return newInt(BigInt(result))
}

/// b^e mod m for a word-sized modulus.
private func smallModularPower(_ b: UInt, _ e: BigUInt, _ m: UInt) -> UInt {
    func multiply(_ x: UInt, _ y: UInt) -> UInt {
        let product = x.multipliedFullWidth(by: y)
        return m.dividingFullWidth((high: product.high, low: product.low)).remainder
    }
    var result: UInt = 1 % m
    var base = b % m
    let bits = e.bitWidth
    var i = 0
    for word in e.words {
        var w = word
        for _ in 0..<UInt.bitWidth {
            if i >= bits { return result }
            if w & 1 == 1 { result = multiply(result, base) }
            w >>= 1
            base = multiply(base, base)
            i += 1
        }
    }
    return result
}

/// round(number[, ndigits]).
func roundValue(_ number: Value, _ ndigits: Value?) throws(PyError) -> Value {
    if number.isFloat {
        return try roundFloatValue(number.float, ndigits)
    }
    if isIntegral(number) {
        return try roundInt(number, ndigits)
    }
    if let method = userSpecialMethod(number, "__round__") {
        if let ndigits { return try call(method, number, ndigits) }
        return try call(method, number)
    }
    throw raiseTypeError("type \(typeName(number)) doesn't define __round__ method")
}

/// int.__round__: ints round to themselves unless ndigits is negative (ties to even).
func roundInt(_ number: Value, _ ndigits: Value?) throws(PyError) -> Value {
    guard let ndigits else { return plainInt(number) }
    let n = try indexBigInt(ndigits)
    if n.sign != .minus { return plainInt(number) }
    let value = number.bigIntValue
    let magnitude = value.magnitude
    // 10^k > 2|value| rounds to 0: compare sizes before computing a huge power.
    guard let k = Int(exactly: n.magnitude), Double(k) <= Double(magnitude.bitWidth) * 0.30103 + 2 else {
        return Value(smallInt: 0)
    }
    let scale = powerOfTen(k)
    let q = divideRoundingHalfEven(magnitude, scale)
    return newInt(BigInt(sign: value.sign, magnitude: q * scale))
}

/// float.__round__.
func roundFloatValue(_ x: Double, _ ndigits: Value?) throws(PyError) -> Value {
    guard let ndigits else { return try floatToInt(x.rounded(.toNearestOrEven)) }
    let n = try clampedIndex(ndigits)
    return Value(float: try roundFloat(x, n))
}

/// round(x, ndigits) for a float: rounds the exact binary value to ndigits decimals, ties to
/// even, then reads the decimal back correctly rounded (CPython's double_round).
func roundFloat(_ x: Double, _ ndigits: Int) throws(PyError) -> Double {
    if !x.isFinite || x == 0 { return x }
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    let (m, e) = decompose(x)
    var result: Double
    if ndigits >= 0 {
        if e >= 0 { return x }
        // glibc's printf rounds the exact binary value correctly (ties to even) and strtod
        // reads the decimal back correctly rounded: together, CPython's double_round.
        let rounded = withVaList([Int32(ndigits), x]) { arguments in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400 + ndigits) { buffer in
                _ = vsnprintf(buffer.baseAddress!, buffer.count, "%.*f", arguments)
                return strtod(buffer.baseAddress!, nil)
            }
        }
        return rounded
    } else {
        let scale = powerOfTen(-ndigits)
        let r = e >= 0 ? divideRoundingHalfEven(BigUInt(m) << e, scale)
                       : divideRoundingHalfEven(BigUInt(m), scale << -e)
        result = roundedDouble(r * scale, exponent: 0)
        if result.isInfinite { throw raiseOverflowError("rounded value too large to represent") }
    }
    return x < 0 ? -result : result
}

// MARK: int methods

/// Defines a read-only attribute computed from the instance (a property with a built-in getter).
func defineGetter(_ type: TypeRef, _ name: String, _ getter: BuiltinFunction) {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<BuiltinFunctionObject>.stride, kind: .builtinFunction, type: rt.pointee.types.builtinFunction)
    let builtin = raw.assumingMemoryBound(to: BuiltinFunctionObject.self)
    builtin.pointee.function = getter
    builtin.pointee.name = internString(name)
    builtin.pointee.receiver = .null
    builtin.pointee.module = .null
    builtin.pointee.ownerType = Value(type)
    let function = Value(builtin)
    let propertyRaw = rt.pointee.heap.allocate(size: MemoryLayout<PropertyObject>.stride, kind: .property, type: rt.pointee.types.property)
    let property = propertyRaw.assumingMemoryBound(to: PropertyObject.self)
    property.pointee.getter = function
    property.pointee.setter = .none
    property.pointee.deleter = .none
    property.pointee.doc = .none
    defineTypeAttribute(type, name, Value(property))
}

/// The instance of an int method (int, bool, or a subclass), as a number.
@inline(__always)
private func intReceiver(_ v: Value) -> NumericValue {
    if v.isSmallInt { return .int(v.smallInt) }
    if v.isBool { return .int(v.bits == Value.true.bits ? 1 : 0) }
    return .big(v.bigIntValue)
}

private let comparisonNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]

/// int.__add__, int.__radd__, ...: NotImplemented unless the other operand is an int or bool.
private func intOperatorMethod(_ operation: BinaryOperator, reflected: Bool, _ args: UnsafeMutablePointer<Value>,
                               _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let name = "int.__\(reflected ? "r" : "")\(operation.dunder)__"
    try checkPositional(name, count - 1, keywordNames, min: 1, max: operation == .power ? 2 : 1)
    if operation == .power && count == 3 && !args[2].isNone {
        guard isIntegral(args[1]), isIntegral(args[2]) else { return .notImplemented }
        return reflected ? try modularPower(args[1].bigIntValue, args[0].bigIntValue, args[2].bigIntValue)
                         : try modularPower(args[0].bigIntValue, args[1].bigIntValue, args[2].bigIntValue)
    }
    guard isIntegral(args[1]) else { return .notImplemented }
    let (a, b) = reflected ? (args[1], args[0]) : (args[0], args[1])
    return try numericBinary(operation, intReceiver(a), intReceiver(b), a, b) ?? .notImplemented
}

private func intComparisonMethod(_ op: Int, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    try checkPositional("int.\(comparisonNames[op])", count - 1, keywordNames, min: 1, max: 1)
    guard isIntegral(args[1]) else { return .notImplemented }
    return Value(bool: compareNumbers(intReceiver(args[0]), intReceiver(args[1]), op))
}

/// float.__add__, float.__radd__, ...: NotImplemented unless the other operand is a number.
private func floatOperatorMethod(_ operation: BinaryOperator, reflected: Bool, _ args: UnsafeMutablePointer<Value>,
                                 _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let name = "float.__\(reflected ? "r" : "")\(operation.dunder)__"
    try checkPositional(name, count - 1, keywordNames, min: 1, max: operation == .power ? 2 : 1)
    if operation == .power && count == 3 && !args[2].isNone {
        throw raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers")
    }
    guard let other = NumericValue(args[1]) else { return .notImplemented }
    let this = NumericValue.float(floatReceiver(args[0]))
    return reflected ? try numericBinary(operation, other, this, args[1], args[0]) ?? .notImplemented
                     : try numericBinary(operation, this, other, args[0], args[1]) ?? .notImplemented
}

private func floatComparisonMethod(_ op: Int, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    try checkPositional("float.\(comparisonNames[op])", count - 1, keywordNames, min: 1, max: 1)
    guard let other = NumericValue(args[1]) else { return .notImplemented }
    return Value(bool: compareNumbers(.float(floatReceiver(args[0])), other, op))
}

private func registerIntMethods() {
    let int = rt.pointee.types.int
    defineMethod(int, "bit_length") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.bit_length", count - 1, keywordNames, min: 0, max: 0)
        switch intReceiver(args[0]) {
        case .int(let i): return Value(smallInt: Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case .big(let b): return newInt(b.magnitude.bitWidth)
        case .float: return .none
        }
    }
    defineMethod(int, "bit_count") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.bit_count", count - 1, keywordNames, min: 0, max: 0)
        switch intReceiver(args[0]) {
        case .int(let i): return Value(smallInt: i.magnitude.nonzeroBitCount)
        case .big(let b): return newInt(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        case .float: return .none
        }
    }
    defineMethod(int, "conjugate") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.conjugate", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "as_integer_ratio") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.as_integer_ratio", count - 1, keywordNames, min: 0, max: 0)
        return newPair(plainInt(args[0]), Value(smallInt: 1))
    }
    defineMethod(int, "to_bytes") { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("to_bytes", args + 1, count - 1, keywordNames,
                                            names: ["length", "byteorder", "signed"], required: 0, keywordOnlyFrom: 2)
        var length = 1
        if let v = bound.optional(0) {
            guard let n = Int(exactly: try indexBigInt(v)) else {
                throw raiseOverflowError("Python int too large to convert to C ssize_t")
            }
            length = n
        }
        let little = try byteOrderIsLittle(bound.optional(1), function: "to_bytes")
        let signed = try bound.optional(2).map { v throws(PyError) in try isTruthy(v) } ?? false
        if length < 0 { throw raiseValueError("length argument must be non-negative") }
        if length > bigIntBitLimit { throw raise(newException(rt.pointee.types.MemoryError, args: newTuple([]))) }
        return try intToBytes(args[0].bigIntValue, length: length, little: little, signed: signed)
    }
    defineMethod(int, "from_bytes", classMethod: true) { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("from_bytes", args + 1, count - 1, keywordNames,
                                            names: ["bytes", "byteorder", "signed"], required: 1, keywordOnlyFrom: 2)
        let little = try byteOrderIsLittle(bound.optional(1), function: "from_bytes")
        let signed = try bound.optional(2).map { v throws(PyError) in try isTruthy(v) } ?? false
        let bytes = try bytesArgument(bound[0])
        let result = intFromBytes(bytes, little: little, signed: signed)
        // A subclass (bool, or a user class) gets cls(result), as CPython does.
        if args[0].bits != Value(rt.pointee.types.int).bits { return try call(args[0], result) }
        return result
    }
    defineMethod(int, "__index__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__index__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__int__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__int__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__trunc__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__trunc__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__floor__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__floor__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__ceil__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__ceil__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__pos__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__pos__", count - 1, keywordNames, min: 0, max: 0)
        return plainInt(args[0])
    }
    defineMethod(int, "__float__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__float__", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: try intReceiver(args[0]).asDouble())
    }
    defineMethod(int, "__abs__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__abs__", count - 1, keywordNames, min: 0, max: 0)
        return try absoluteValue(plainInt(args[0]))
    }
    defineMethod(int, "__neg__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__neg__", count - 1, keywordNames, min: 0, max: 0)
        return try unaryNegative(plainInt(args[0]))
    }
    defineMethod(int, "__invert__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__invert__", count - 1, keywordNames, min: 0, max: 0)
        return try unaryInvert(plainInt(args[0]))
    }
    defineMethod(int, "__bool__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__bool__", count - 1, keywordNames, min: 0, max: 0)
        return Value(bool: !args[0].bigIntValue.isZero)
    }
    defineMethod(int, "__hash__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__hash__", count - 1, keywordNames, min: 0, max: 0)
        return newInt(try hashValue(plainInt(args[0])))
    }
    defineMethod(int, "__repr__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__repr__", count - 1, keywordNames, min: 0, max: 0)
        return newString(try reprText(plainInt(args[0])))
    }
    defineMethod(int, "__round__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__round__", count - 1, keywordNames, min: 0, max: 1)
        return try roundInt(args[0], count > 1 && !args[1].isNone ? args[1] : nil)
    }
    defineMethod(int, "__divmod__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__divmod__", count - 1, keywordNames, min: 1, max: 1)
        guard isIntegral(args[1]) else { return .notImplemented }
        return try divmodValues(args[0], args[1])
    }
    defineMethod(int, "__rdivmod__") { args, count, keywordNames throws(PyError) in
        try checkPositional("int.__rdivmod__", count - 1, keywordNames, min: 1, max: 1)
        guard isIntegral(args[1]) else { return .notImplemented }
        return try divmodValues(args[1], args[0])
    }
    defineMethod(int, "__add__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.add, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__radd__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.add, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__sub__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.subtract, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rsub__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.subtract, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__mul__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.multiply, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rmul__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.multiply, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__truediv__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.trueDivide, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rtruediv__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.trueDivide, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__floordiv__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.floorDivide, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rfloordiv__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.floorDivide, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__mod__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.remainder, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rmod__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.remainder, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__pow__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.power, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rpow__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.power, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__lshift__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.leftShift, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rlshift__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.leftShift, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__rshift__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.rightShift, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rrshift__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.rightShift, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__and__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.and, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rand__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.and, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__or__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.or, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__ror__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.or, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__xor__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.xor, reflected: false, args, count, keywordNames)
    }
    defineMethod(int, "__rxor__") { args, count, keywordNames throws(PyError) in
        try intOperatorMethod(.xor, reflected: true, args, count, keywordNames)
    }
    defineMethod(int, "__lt__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(0, args, count, keywordNames)
    }
    defineMethod(int, "__le__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(1, args, count, keywordNames)
    }
    defineMethod(int, "__eq__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(2, args, count, keywordNames)
    }
    defineMethod(int, "__ne__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(3, args, count, keywordNames)
    }
    defineMethod(int, "__gt__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(4, args, count, keywordNames)
    }
    defineMethod(int, "__ge__") { args, count, keywordNames throws(PyError) in
        try intComparisonMethod(5, args, count, keywordNames)
    }
    defineGetter(int, "real") { args, _, _ throws(PyError) in plainInt(args[0]) }
    defineGetter(int, "imag") { _, _, _ throws(PyError) in Value(smallInt: 0) }
    defineGetter(int, "numerator") { args, _, _ throws(PyError) in plainInt(args[0]) }
    defineGetter(int, "denominator") { _, _, _ throws(PyError) in Value(smallInt: 1) }
}

private func byteOrderIsLittle(_ v: Value?, function: String) throws(PyError) -> Bool {
    guard let v else { return false }
    guard isStrValue(v) else {
        throw raiseTypeError("\(function)() argument 'byteorder' must be str, not \(typeName(v))")
    }
    switch v.stringValue {
    case "little": return true
    case "big": return false
    default: throw raiseValueError("byteorder must be either 'little' or 'big'")
    }
}

/// The bytes of a bytes object or of an iterable of ints in range(256).
private func bytesArgument(_ v: Value) throws(PyError) -> [UInt8] {
    if v.isObject && v.header.pointee.kind == .bytes {
        let b = v.object(as: BytesObject.self)
        return Array(UnsafeBufferPointer(start: BytesObject.data(b), count: b.pointee.count))
    }
    if isStrValue(v) || !v.isObject { throw raiseTypeError("cannot convert '\(typeName(v))' object to bytes") }
    var bytes: [UInt8] = []
    try forEachItem(v) { item throws(PyError) in
        guard isIntegral(item) else { throw raiseTypeError("'\(typeName(item))' object cannot be interpreted as an integer") }
        guard let b = item.exactInt, b >= 0, b < 256 else { throw raiseValueError("bytes must be in range(0, 256)") }
        bytes.append(UInt8(b))
    }
    return bytes
}

/// int.to_bytes.
private func intToBytes(_ n: BigInt, length: Int, little: Bool, signed: Bool) throws(PyError) -> Value {
    if n.sign == .minus && !signed { throw raiseOverflowError("can't convert negative int to unsigned") }
    // Two's complement in `length` bytes: n mod 256^length, and check it fits.
    let bits = n.magnitude.bitWidth
    let fits: Bool
    if signed {
        // -2^(8L-1) <= n < 2^(8L-1)
        if n.sign == .minus {
            let m = n.magnitude - 1
            fits = m.bitWidth <= length * 8 - 1
        } else {
            fits = bits <= length * 8 - 1 || n.isZero
        }
    } else {
        fits = bits <= length * 8
    }
    if !fits { throw raiseOverflowError("int too big to convert") }
    var value: BigUInt
    if n.sign == .minus {
        value = (BigUInt(1) << (length * 8)) - n.magnitude
    } else {
        value = n.magnitude
    }
    var bytes = [UInt8](repeating: 0, count: length)
    var i = 0
    while i < length && !value.isZero {
        bytes[i] = UInt8(truncatingIfNeeded: lowWord(value))
        value >>= 8
        i += 1
    }
    if !little { bytes.reverse() }
    return newBytes(bytes)
}

/// int.from_bytes.
private func intFromBytes(_ bytes: [UInt8], little: Bool, signed: Bool) -> Value {
    let ordered = little ? bytes : bytes.reversed()
    var words = [UInt](repeating: 0, count: (ordered.count + 7) / 8)
    for (i, byte) in ordered.enumerated() { words[i / 8] |= UInt(byte) << (UInt(i % 8) * 8) }
    var value = BigInt(sign: .plus, magnitude: BigUInt(words: words))
    if signed, let top = ordered.last, top & 0x80 != 0 {
        value -= BigInt(BigUInt(1) << (ordered.count * 8))
    }
    return newInt(value)
}

// MARK: float methods

/// The double of a float method's instance.
@inline(__always)
private func floatReceiver(_ v: Value) -> Double { v.isFloat ? v.float : 0 }

/// float.as_integer_ratio.
func floatIntegerRatio(_ d: Double) throws(PyError) -> Value {
    if d.isNaN { throw raiseValueError("cannot convert NaN to integer ratio") }
    if d.isInfinite { throw raiseOverflowError("cannot convert Infinity to integer ratio") }
    if d == 0 { return newPair(Value(smallInt: 0), Value(smallInt: 1)) }
    var (m, e) = decompose(d)
    let zeros = min(m.trailingZeroBitCount, e < 0 ? -e : 0)
    m >>= UInt64(zeros)
    e += zeros
    let sign: BigInt.Sign = d < 0 ? .minus : .plus
    if e >= 0 {
        return newPair(newInt(BigInt(sign: sign, magnitude: BigUInt(m) << e)), Value(smallInt: 1))
    }
    return newPair(newInt(BigInt(sign: sign, magnitude: BigUInt(m))), newInt(BigInt(BigUInt(1) << -e)))
}

/// float.hex.
func floatHex(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return pythonFloatRepr(x) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    var (m, e) = frexpParts(fabs(x))
    let shift = 1 - max(-1021 - e, 0)
    m = scalbn(m, Int32(shift))
    e -= shift
    var digits = ""
    var leading = Int(m)
    digits.append(hexDigit(leading))
    m -= Double(leading)
    digits.append(".")
    for _ in 0..<13 {
        m *= 16.0
        leading = Int(m)
        digits.append(hexDigit(leading))
        m -= Double(leading)
    }
    let exponent = e < 0 ? "-\(-e)" : "+\(e)"
    return (x < 0 ? "-0x" : "0x") + digits + "p" + exponent
}

private func hexDigit(_ d: Int) -> Character { Character(Unicode.Scalar(UInt8(d < 10 ? 48 + d : 87 + d))) }

private func frexpParts(_ x: Double) -> (Double, Int) {
    var e: Int32 = 0
    let m = frexp(x, &e)
    return (m, Int(e))
}

/// float.fromhex: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`, or inf/nan,
/// with whitespace around; rounded once, ties to even.
func floatFromHex(_ text: String) throws(PyError) -> Double {
    let chars = Array(text.utf8)
    func invalid() -> PyError { raiseValueError("invalid hexadecimal floating-point string") }
    var i = 0, n = chars.count
    while i < n && isASCIISpace(chars[i]) { i += 1 }
    while n > i && isASCIISpace(chars[n - 1]) { n -= 1 }
    var negative = false
    if i < n && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
        negative = chars[i] == UInt8(ascii: "-")
        i += 1
    }
    let rest = String(decoding: chars[i..<n], as: UTF8.self).lowercased()
    if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
    if rest == "nan" { return negative ? -Double.nan : .nan }
    if i + 1 < n && chars[i] == UInt8(ascii: "0") && (chars[i + 1] | 0x20) == UInt8(ascii: "x") { i += 2 }
    var mantissa = BigUInt()
    var digitCount = 0
    var fractionDigits = 0
    var seenPoint = false
    while i < n {
        let c = chars[i]
        if c == UInt8(ascii: ".") {
            if seenPoint { break }
            seenPoint = true
            i += 1
            continue
        }
        let v = digitValue(c)
        guard v < 16 else { break }
        mantissa = (mantissa << 4) + BigUInt(v)
        digitCount += 1
        if seenPoint { fractionDigits += 1 }
        i += 1
    }
    if digitCount == 0 { throw invalid() }
    var exponent = 0
    if i < n && (chars[i] | 0x20) == UInt8(ascii: "p") {
        i += 1
        var expNegative = false
        if i < n && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
            expNegative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < n, digitValue(chars[i]) < 10 else { throw invalid() }
        while i < n && digitValue(chars[i]) < 10 {
            exponent = min(exponent * 10 + digitValue(chars[i]), 1 << 40)
            i += 1
        }
        if expNegative { exponent = -exponent }
    }
    if i != n { throw invalid() }
    let value = roundedDouble(mantissa, exponent: exponent - 4 * fractionDigits)
    if value.isInfinite { throw raiseOverflowError("hexadecimal value too large to represent as a float") }
    return negative ? -value : value
}

private func registerFloatMethods() {
    let float = rt.pointee.types.float
    defineMethod(float, "is_integer") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.is_integer", count - 1, keywordNames, min: 0, max: 0)
        let d = floatReceiver(args[0])
        return Value(bool: d.isFinite && d == d.rounded(.towardZero))
    }
    defineMethod(float, "as_integer_ratio") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.as_integer_ratio", count - 1, keywordNames, min: 0, max: 0)
        return try floatIntegerRatio(floatReceiver(args[0]))
    }
    defineMethod(float, "conjugate") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.conjugate", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: floatReceiver(args[0]))
    }
    defineMethod(float, "hex") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.hex", count - 1, keywordNames, min: 0, max: 0)
        return newString(floatHex(floatReceiver(args[0])))
    }
    defineMethod(float, "fromhex", classMethod: true) { args, count, keywordNames throws(PyError) in
        try checkPositional("fromhex", count - 1, keywordNames, min: 1, max: 1)
        guard isStrValue(args[1]) else { throw raiseTypeError("bad argument type for built-in operation") }
        let value = Value(float: try floatFromHex(args[1].stringValue))
        if args[0].bits != Value(rt.pointee.types.float).bits { return try call(args[0], value) }
        return value
    }
    defineMethod(float, "__int__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__int__", count - 1, keywordNames, min: 0, max: 0)
        return try floatToInt(floatReceiver(args[0]))
    }
    defineMethod(float, "__trunc__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__trunc__", count - 1, keywordNames, min: 0, max: 0)
        return try floatToInt(floatReceiver(args[0]))
    }
    defineMethod(float, "__floor__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__floor__", count - 1, keywordNames, min: 0, max: 0)
        return try floatToInt(floor(floatReceiver(args[0])))
    }
    defineMethod(float, "__ceil__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__ceil__", count - 1, keywordNames, min: 0, max: 0)
        return try floatToInt(ceil(floatReceiver(args[0])))
    }
    defineMethod(float, "__float__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__float__", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: floatReceiver(args[0]))
    }
    defineMethod(float, "__pos__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__pos__", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: floatReceiver(args[0]))
    }
    defineMethod(float, "__neg__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__neg__", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: -floatReceiver(args[0]))
    }
    defineMethod(float, "__abs__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__abs__", count - 1, keywordNames, min: 0, max: 0)
        return Value(float: fabs(floatReceiver(args[0])))
    }
    defineMethod(float, "__bool__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__bool__", count - 1, keywordNames, min: 0, max: 0)
        return Value(bool: floatReceiver(args[0]) != 0)
    }
    defineMethod(float, "__hash__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__hash__", count - 1, keywordNames, min: 0, max: 0)
        return newInt(hashDouble(floatReceiver(args[0])))
    }
    defineMethod(float, "__repr__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__repr__", count - 1, keywordNames, min: 0, max: 0)
        return newString(pythonFloatRepr(floatReceiver(args[0])))
    }
    defineMethod(float, "__round__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__round__", count - 1, keywordNames, min: 0, max: 1)
        return try roundFloatValue(floatReceiver(args[0]), count > 1 && !args[1].isNone ? args[1] : nil)
    }
    defineMethod(float, "__divmod__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__divmod__", count - 1, keywordNames, min: 1, max: 1)
        guard NumericValue(args[1]) != nil else { return .notImplemented }
        return try divmodValues(args[0], args[1])
    }
    defineMethod(float, "__rdivmod__") { args, count, keywordNames throws(PyError) in
        try checkPositional("float.__rdivmod__", count - 1, keywordNames, min: 1, max: 1)
        guard NumericValue(args[1]) != nil else { return .notImplemented }
        return try divmodValues(args[1], args[0])
    }
    defineMethod(float, "__add__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.add, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__radd__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.add, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__sub__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.subtract, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rsub__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.subtract, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__mul__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.multiply, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rmul__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.multiply, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__truediv__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.trueDivide, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rtruediv__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.trueDivide, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__floordiv__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.floorDivide, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rfloordiv__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.floorDivide, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__mod__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.remainder, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rmod__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.remainder, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__pow__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.power, reflected: false, args, count, keywordNames)
    }
    defineMethod(float, "__rpow__") { args, count, keywordNames throws(PyError) in
        try floatOperatorMethod(.power, reflected: true, args, count, keywordNames)
    }
    defineMethod(float, "__lt__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(0, args, count, keywordNames)
    }
    defineMethod(float, "__le__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(1, args, count, keywordNames)
    }
    defineMethod(float, "__eq__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(2, args, count, keywordNames)
    }
    defineMethod(float, "__ne__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(3, args, count, keywordNames)
    }
    defineMethod(float, "__gt__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(4, args, count, keywordNames)
    }
    defineMethod(float, "__ge__") { args, count, keywordNames throws(PyError) in
        try floatComparisonMethod(5, args, count, keywordNames)
    }
    defineGetter(float, "real") { args, _, _ throws(PyError) in Value(float: floatReceiver(args[0])) }
    defineGetter(float, "imag") { _, _, _ throws(PyError) in Value(float: 0.0) }
}
