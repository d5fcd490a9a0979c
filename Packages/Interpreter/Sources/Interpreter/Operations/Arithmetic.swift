import BigInt
import Runtime

/// The NB_* operator codes of BINARY_OP (in-place forms are code + 13).
enum BinaryOperator: Int {
    case add = 0, and, floorDivide, leftShift, matrixMultiply, multiply, remainder, or, power,
         rightShift, subtract, trueDivide, xor

    var symbol: String {
        ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"][rawValue]
    }
    var dunder: String {
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"][rawValue]
    }
}

/// BINARY_OP: `lhs op rhs` for `op` in CPython's NB_* numbering (13+ are in-place forms).
public func binaryOperation(_ op: Int, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value {
    let inPlace = op >= 13
    let operation = unsafeBitCast(UInt8(truncatingIfNeeded: inPlace ? op - 13 : op), to: BinaryOperator.self)
    // Small ints and floats in any mix: no classification, no bignum on the way.
    if let result = try immediateNumberBinary(operation, lhs, rhs) { return result }
    // Plain user-class instances with a number, None or another instance: only their special
    // methods can apply (no built-in number or sequence operation takes them).
    if isUserInstance(lhs) ? (!rhs.isObject || isUserInstance(rhs)) : (!lhs.isObject && isUserInstance(rhs)) {
        if let result = try userBinaryOperation(operation, lhs, rhs, inPlace: inPlace) { return result }
        throw unsupportedOperands(operation, lhs, rhs, inPlace: inPlace)
    }
    // Bignums (with ints) on their limbs, without unpacking into NumericValue's BigInt.
    if (lhs.isObject || rhs.isObject) && lhs.isInt && rhs.isInt,
       let result = try bigIntBinaryInPlace(operation, lhs, rhs) {
        return result
    }
    // Numbers (int, bool, float, bignum) first: the common case.
    if isNumberCandidate(lhs) && isNumberCandidate(rhs), let x = NumericValue(lhs), let y = NumericValue(rhs) {
        if let result = try numericBinary(operation, x, y, lhs, rhs) { return result }
    }
    if let result = try builtinSequenceBinary(operation, lhs, rhs, inPlace: inPlace) { return result }
    if let result = try userBinaryOperation(operation, lhs, rhs, inPlace: inPlace) { return result }
    if operation == .or, let union = typeUnion(lhs, rhs) { return union }
    throw unsupportedOperands(operation, lhs, rhs, inPlace: inPlace)
}

/// Could be a number: an immediate (int, float, bool; None is turned down by NumericValue) or a
/// big int. Containers and strings skip NumericValue entirely (`(head,) + tail`).
@inline(__always)
private func isNumberCandidate(_ v: Value) -> Bool {
    !v.isObject || v.header.pointee.kind == .bigInt
}

/// `lhs op rhs` for two ints, at least one a bignum, computed on the limbs (IntArithmetic.swift);
/// nil for the operators and operands left to the generic path (powers, bit operations, true
/// division, shift counts that are negative or huge).
private func bigIntBinaryInPlace(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    switch operation {
    case .add: return intAdd(lhs, rhs)
    case .subtract: return intSubtract(lhs, rhs)
    case .multiply: return intMultiply(lhs, rhs)
    case .floorDivide:
        if rhs.bits == Value(smallInt: 0).bits { throw raiseZeroDivisionError("integer division or modulo by zero") }
        return intFloorDivide(lhs, rhs)
    case .remainder:
        if rhs.bits == Value(smallInt: 0).bits { throw raiseZeroDivisionError("integer modulo by zero") }
        return intModulo(lhs, rhs)
    case .leftShift:
        guard rhs.isSmallInt, rhs.smallInt >= 0, rhs.smallInt <= bigIntBitLimit else { return nil }
        return intShiftLeft(lhs, rhs.smallInt)
    case .rightShift:
        guard rhs.isSmallInt, rhs.smallInt >= 0 else { return nil }
        return intShiftRight(lhs, rhs.smallInt)
    default:
        return nil
    }
}

/// `lhs op rhs` when both are small ints or floats (mixed ones are floats: a small int is exact
/// as a double), or nil for any other operands and for operators floats do not have.
@inline(__always)
func immediateNumberBinary(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(PyError) -> Value? {
    let a: Double, b: Double
    if lhs.isFloat {
        a = lhs.float
        if rhs.isFloat { b = rhs.float } else if rhs.isSmallInt { b = Double(rhs.smallInt) } else { return nil }
    } else if lhs.isSmallInt {
        if rhs.isSmallInt { return try intBinary(operation, lhs.smallInt, rhs.smallInt) }
        guard rhs.isFloat else { return nil }
        a = Double(lhs.smallInt)
        b = rhs.float
    } else {
        return nil
    }
    switch operation {
    case .add: return Value(float: a + b)
    case .subtract: return Value(float: a - b)
    case .multiply: return Value(float: a * b)
    case .trueDivide where b != 0: return Value(float: a / b)
    default: return try floatBinary(operation, a, b)
    }
}

/// `+ - * /` (or their in-place forms) with a float and a float or small int, which BINARY_OP
/// does not specialize when mixed: nil for anything else (and for division by zero).
@inline(__always)
func floatArithmetic(_ op: Int, _ lhs: Value, _ rhs: Value) -> Value? {
    guard lhs.isFloat || rhs.isFloat, lhs.isFloat || lhs.isSmallInt, rhs.isFloat || rhs.isSmallInt else { return nil }
    let a = lhs.isFloat ? lhs.float : Double(lhs.smallInt)
    let b = rhs.isFloat ? rhs.float : Double(rhs.smallInt)
    switch op >= 13 ? op - 13 : op {
    case BinaryOperator.add.rawValue: return Value(float: a + b)
    case BinaryOperator.subtract.rawValue: return Value(float: a - b)
    case BinaryOperator.multiply.rawValue: return Value(float: a * b)
    case BinaryOperator.trueDivide.rawValue where b != 0: return Value(float: a / b)
    default: return nil
    }
}

@inline(never)
func unsupportedOperands(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) -> PyError {
    if operation == .add, isStrValue(lhs), !isStrValue(rhs) {
        return raiseTypeError("can only concatenate str (not \"\(typeName(rhs))\") to str")
    }
    if operation == .add, lhs.isObject, lhs.header.pointee.kind == .list, !(rhs.isObject && rhs.header.pointee.kind == .list), !inPlace {
        return raiseTypeError("can only concatenate list (not \"\(typeName(rhs))\") to list")
    }
    if operation == .add, lhs.isObject, lhs.header.pointee.kind == .tuple, !(rhs.isObject && rhs.header.pointee.kind == .tuple) {
        return raiseTypeError("can only concatenate tuple (not \"\(typeName(rhs))\") to tuple")
    }
    if operation == .multiply && (isSequence(lhs) && !rhs.isInt && !rhs.isBool || isSequence(rhs) && !lhs.isInt && !lhs.isBool) {
        let other = isSequence(lhs) ? rhs : lhs
        return raiseTypeError("can't multiply sequence by non-int of type '\(typeName(other))'")
    }
    if operation == .power {
        return raiseTypeError("unsupported operand type(s) for \(inPlace ? "**=" : "** or pow()"): '\(typeName(lhs))' and '\(typeName(rhs))'")
    }
    return raiseTypeError("unsupported operand type(s) for \(operation.symbol)\(inPlace ? "=" : ""): '\(typeName(lhs))' and '\(typeName(rhs))'")
}

func isStrValue(_ v: Value) -> Bool { v.isObject && v.header.pointee.kind == .str }

func isSequence(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .str, .list, .tuple, .bytes: return true
    default: return false
    }
}

/// Floor division and modulo with Python's signs (the result takes the divisor's sign).
@inline(__always)
public func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
    var q = a / b
    var m = a - q * b
    if m != 0 && ((m < 0) != (b < 0)) {
        q -= 1
        m += b
    }
    return (q, m)
}

public func unaryNegative(_ v: Value) throws(PyError) -> Value {
    if v.isSmallInt { return newInt(-v.smallInt) }
    if v.isFloat { return Value(arithmeticResult: -v.float) }
    if v.isInt { return intNegate(v) }
    if let n = NumericValue(v) {
        switch n {
        case .int(let i): return newInt(-BigInt(i))
        case .big(let b): return newInt(-b)
        case .float(let f): return Value(float: -f)
        }
    }
    if let result = try userUnaryOperation(SpecialMethod.neg, v) { return result }
    throw raiseTypeError("bad operand type for unary -: '\(typeName(v))'")
}

public func unaryPositive(_ v: Value) throws(PyError) -> Value {
    if v.isSmallInt || v.isFloat { return v }
    if let n = NumericValue(v) {
        if case .int(let i) = n { return newInt(i) }
        if case .big(let b) = n { return newInt(b) }
        return v
    }
    if let result = try userUnaryOperation(SpecialMethod.pos, v) { return result }
    throw raiseTypeError("bad operand type for unary +: '\(typeName(v))'")
}

public func unaryInvert(_ v: Value) throws(PyError) -> Value {
    if v.isSmallInt { return Value(smallInt: ~v.smallInt) }
    if let n = NumericValue(v) {
        switch n {
        case .int(let i): return newInt(~i)
        case .big(let b): return newInt(-(b + 1))
        case .float: break
        }
    }
    if let result = try userUnaryOperation(SpecialMethod.invert, v) { return result }
    throw raiseTypeError("bad operand type for unary ~: '\(typeName(v))'")
}
