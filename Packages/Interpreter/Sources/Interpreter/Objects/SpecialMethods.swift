import Runtime

#if canImport(Glibc)
import Glibc
#endif

/// The special methods operators look up on user classes, numbered so that a type can keep the
/// result of each lookup in a small table (no Swift String is built or hashed per operation).
enum SpecialMethod {
    /// `__add__` ... `__xor__`, in BinaryOperator order (0..<13).
    static func forward(_ operation: BinaryOperator) -> Int { operation.rawValue }
    /// `__radd__` ... `__rxor__` (13..<26).
    static func reflected(_ operation: BinaryOperator) -> Int { 13 + operation.rawValue }
    /// `__iadd__` ... `__ixor__` (26..<39).
    static func inPlace(_ operation: BinaryOperator) -> Int { 26 + operation.rawValue }
    /// `__lt__`, `__le__`, `__eq__`, `__ne__`, `__gt__`, `__ge__` for COMPARE_OP's oparg (39..<45).
    static func comparison(_ op: Int) -> Int { 39 + op }
    static let neg = 45
    static let pos = 46
    static let invert = 47
    static let bool = 48
    static let len = 49
    static let count = 50

    /// The name of every slot, in order.
    static let names: [String] = {
        let dunders = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"]
        return dunders.map { "__\($0)__" } + dunders.map { "__r\($0)__" } + dunders.map { "__i\($0)__" }
            + ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            + ["__neg__", "__pos__", "__invert__", "__bool__", "__len__"]
    }()
}

/// The interned str of every special method slot, made once (interned strings are GC roots).
nonisolated(unsafe) private var specialMethodNames: UnsafeMutablePointer<Value>? = nil

private func specialMethodName(_ slot: Int) -> Value {
    if let names = specialMethodNames { return names[slot] }
    let names = UnsafeMutablePointer<Value>.allocate(capacity: SpecialMethod.count)
    for (i, name) in SpecialMethod.names.enumerated() { names[i] = internString(name) }
    specialMethodNames = names
    return names[slot]
}

/// A type's table of special method lookups (behind `TypeObject.specialMethodCache`): word 0 is
/// the type version the entries belong to, word 1 a bit per slot already looked up, then one
/// value per slot (NULL: the type has no such method). A version change empties it; the cached
/// methods are never read under another version, so they need not be GC roots (the type's dict
/// keeps them alive while the version holds).
private let tableWords = 2 + SpecialMethod.count

/// The special method `slot` of a user class (looked up on the type, never the instance).
@inline(__always)
func specialMethod(_ type: TypeRef, _ slot: Int) -> Value? {
    if let raw = type.pointee.specialMethodCache {
        let table = raw.assumingMemoryBound(to: UInt64.self)
        let version = type.pointee.version
        if table[0] == UInt64(version) && version != 0 && table[1] & (1 << UInt64(slot)) != 0 {
            let method = Value(bits: table[2 + slot])
            return method.isNull ? nil : method
        }
    }
    return lookUpSpecialMethod(type, slot)
}

@inline(never)
private func lookUpSpecialMethod(_ type: TypeRef, _ slot: Int) -> Value? {
    let method = lookupInType(type, specialMethodName(slot))
    let version = type.pointee.version
    guard version != 0 else { return method }
    let table: UnsafeMutablePointer<UInt64>
    if let raw = type.pointee.specialMethodCache {
        table = raw.assumingMemoryBound(to: UInt64.self)
    } else {
        table = UnsafeMutablePointer<UInt64>.allocate(capacity: tableWords)
        table.initialize(repeating: 0, count: tableWords)
        type.pointee.specialMethodCache = UnsafeMutableRawPointer(table)
    }
    if table[0] != UInt64(version) {
        table[0] = UInt64(version)
        table[1] = 0
    }
    table[2 + slot] = (method ?? .null).bits
    table[1] |= 1 << UInt64(slot)
    return method
}

extension UnsafeMutablePointer where Pointee == TypeObject {
    /// Created by a `class` statement (TypeFlags.heapType, tested without a call to its
    /// addressor in the Runtime module).
    @inline(__always) var isHeapType: Bool { pointee.flags.rawValue & 1 != 0 }
}

/// True for an instance of a plain user class (a `class` statement's, not a built-in subclass).
@inline(__always)
func isUserInstance(_ v: Value) -> Bool {
    v.isObject && v.header.pointee.kind == .instance && v.header.pointee.type.isHeapType
}

/// The special method `slot` of the type of `v` when that type is a user class.
@inline(__always)
func userSpecialMethod(_ v: Value, _ slot: Int) -> Value? {
    guard v.isObject else { return nil }
    let type = v.header.pointee.type
    guard type.isHeapType else { return nil }
    return specialMethod(type, slot)
}

/// A plain Python function of exactly `count` positional parameters.
@inline(__always)
func isPlainMethod(_ method: Value, _ count: Int32) -> Bool {
    guard method.isObject && method.header.pointee.kind == .function else { return false }
    let code = method.object(as: FunctionObject.self).pointee.code
    // *args (0x04), **kwargs (0x08) and generators (0x20) take the general path (literals:
    // CodeFlags' static members are calls from this module).
    return code.pointee.flags & 0x2C == 0 && code.pointee.argCount == count && code.pointee.keywordOnlyArgCount == 0
}

/// The frame for calling `method` with exactly `count` positional arguments when it is a plain
/// Python function taking exactly those (the common special method), else nil. The caller
/// stores the arguments in the frame's first locals and runs it.
@inline(__always)
private func simpleFrame(_ method: Value, _ count: Int32) throws(PyError) -> FrameRef? {
    guard isPlainMethod(method, count) else { return nil }
    let function = method.object(as: FunctionObject.self)
    let code = function.pointee.code
    let frame = try allocateFrame(code, function: method, globals: function.pointee.globals, builtins: function.pointee.builtins)
    frame.pointee.previous = rt.pointee.currentFrame
    return frame
}

/// `method(a)` for a special method: a plain Python function runs straight in a new frame.
@inline(__always)
func call1(_ method: Value, _ a: Value) throws(PyError) -> Value {
    if let frame = try simpleFrame(method, 1) {
        Frame.localsPlus(frame)[0] = a
        return try evalFrame(frame)
    }
    return try withScratch(1) { scratch throws(PyError) in
        scratch[0] = a
        return try callObject(method, scratch, 1)
    }
}

/// `method(a, b)` for a special method: a plain Python function runs straight in a new frame.
@inline(__always)
func call2(_ method: Value, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if let frame = try simpleFrame(method, 2) {
        let locals = Frame.localsPlus(frame)
        locals[0] = a
        locals[1] = b
        return try evalFrame(frame)
    }
    return try withScratch(2) { scratch throws(PyError) in
        scratch[0] = a
        scratch[1] = b
        return try callObject(method, scratch, 2)
    }
}

/// The frame for `lhs op rhs` (op < 13, not in place) when Tier 1 can run the left operand's
/// special method in its own loop: a plain user-class instance with a number, None or an
/// instance of the same class on the right (no reflected method could be asked instead, and
/// NotImplemented can only end in TypeError), and a method that is a plain function of two
/// parameters. The frame holds the operands; the caller keeps them on its stack.
@inline(__always)
func binaryOperatorFrame(_ op: Int, _ lhs: Value, _ rhs: Value) throws(PyError) -> FrameRef? {
    guard isUserInstance(lhs) else { return nil }
    let type = lhs.header.pointee.type
    guard !rhs.isObject || rhs.header.pointee.type == type,
          let method = specialMethod(type, op),
          let frame = try simpleFrame(method, 2) else { return nil }
    let locals = Frame.localsPlus(frame)
    locals[0] = lhs
    locals[1] = rhs
    frame.pointee.flags.formUnion(.binaryOperator)
    return frame
}

/// The frame for `number op instance` (op < 13): a small int or float on the left, whose own
/// method returns NotImplemented for any user instance, so CPython runs the right operand's
/// reflected method (`__rmul__` ...) — here in Tier 1's loop when it is a plain function of two
/// parameters. Locals are (instance, number); like `binaryOperatorFrame`, the caller keeps the
/// operands and NotImplemented ends in the same TypeError.
@inline(__always)
func reflectedOperatorFrame(_ op: Int, _ lhs: Value, _ rhs: Value) throws(PyError) -> FrameRef? {
    guard lhs.isSmallInt || lhs.isFloat, isUserInstance(rhs),
          let method = specialMethod(rhs.header.pointee.type, 13 + op),
          let frame = try simpleFrame(method, 2) else { return nil }
    let locals = Frame.localsPlus(frame)
    locals[0] = rhs
    locals[1] = lhs
    frame.pointee.flags.formUnion(.binaryOperator)
    return frame
}

/// For BINARY_OP_USER's cache, when `binaryOperatorFrame` would run the operator in a frame and
/// the projector can see why (a versioned class): the version of the class whose method runs
/// (bits 0-31), the other operand's kind (bits 32-39: 0 an instance of the same class, 1 a small
/// int, 2 a float) and whether the method is the right operand's reflected one (bit 40).
func userBinaryOperands(_ op: Int, _ lhs: Value, _ rhs: Value) -> UInt64? {
    let reflected = !isUserInstance(lhs)
    let owner = reflected ? rhs : lhs, other = reflected ? lhs : rhs
    guard isUserInstance(owner) else { return nil }
    let type = owner.header.pointee.type
    let version = type.pointee.version
    guard version != 0, let method = specialMethod(type, reflected ? 13 + op : op), isPlainMethod(method, 2) else { return nil }
    let kind: UInt64
    if other.isObject {
        guard !reflected, other.header.pointee.type == type else { return nil }
        kind = 0
    } else if other.isSmallInt {
        kind = 1
    } else if other.isFloat {
        kind = 2
    } else {
        return nil
    }
    return UInt64(version) | kind << 32 | (reflected ? 1 << 40 : 0)
}

/// BINARY_OP_USER's guard: the operands are still what its cache recorded.
@inline(__always)
func userBinaryOperandsMatch(_ cached: UInt64, _ lhs: Value, _ rhs: Value) -> Bool {
    let reflected = cached & (1 << 40) != 0
    let owner = reflected ? rhs : lhs, other = reflected ? lhs : rhs
    guard owner.isObject, UInt64(owner.header.pointee.type.pointee.version) == cached & 0xFFFF_FFFF else { return false }
    switch (cached >> 32) & 0xFF {
    case 0: return other.isObject && other.header.pointee.type == owner.header.pointee.type
    case 1: return other.isSmallInt
    default: return other.isFloat
    }
}

/// A binary operator's method run by `binaryOperatorFrame` returned NotImplemented.
@inline(never)
func binaryOperatorNotImplemented(_ word: UInt64, _ lhs: Value, _ rhs: Value) -> PyError {
    let op = Int(truncatingIfNeeded: (word >> 8) & 0xFF_FFFF)
    return unsupportedOperands(unsafeBitCast(UInt8(truncatingIfNeeded: op), to: BinaryOperator.self), lhs, rhs, inPlace: false)
}
