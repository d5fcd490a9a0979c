import BigInt
import Bytecode
import Runtime

/// Containers being printed right now (for the `[...]` of self-referencing containers).
nonisolated(unsafe) var reprInProgress: [UInt64] = []

/// repr(v) as a str value.
public func reprOf(_ v: Value) throws(PyError) -> Value {
    guard v.isObject else {
        try checkRecursionHeadroom(" while getting the repr of an object")
        return newString(try reprText(v))
    }
    // PyObject_Repr counts toward the recursion limit (nested containers, user __repr__).
    return try withRecursionCheck(" while getting the repr of an object") { () throws(PyError) -> Value in
        try reprOfObject(v)
    }
}

private func reprOfObject(_ v: Value) throws(PyError) -> Value {
    if v.isObject && v.header.pointee.type.pointee.flags.contains(.heapType),
       let method = lookupInType(v.header.pointee.type, names.dunderRepr),
       method.isObject, method.header.pointee.kind == .function {
        let result = try call(method, v)
        guard isStrValue(result) else { throw raiseTypeError("__repr__ returned non-string (type \(typeName(result)))") }
        return result
    }
    if v.isObject && v.header.pointee.kind == .str { return stringReprValue(v) }
    return newString(try reprText(v))
}

/// repr(v) as Swift text (for built-in values; user classes go through reprOf).
public func reprText(_ v: Value) throws(PyError) -> String {
    if v.isSmallInt { return String(v.smallInt) }
    if v.isFloat { return pythonFloatRepr(v.float) }
    if !v.isObject {
        switch v.bits {
        case Value.none.bits: return "None"
        case Value.true.bits: return "True"
        case Value.false.bits: return "False"
        case Value.notImplemented.bits: return "NotImplemented"
        case Value.ellipsis.bits: return "Ellipsis"
        default: return "<NULL>"
        }
    }
    let type = v.header.pointee.type
    if type.pointee.flags.contains(.heapType), lookupInType(type, names.dunderRepr).map({ $0.header.pointee.kind == .function }) == true {
        return try reprOf(v).stringValue
    }
    return try builtinReprText(v)
}

/// The built-in repr of an object, whatever `__repr__` its class defines (`super().__repr__()`
/// in a subclass of list).
func builtinReprText(_ v: Value) throws(PyError) -> String {
    guard v.isObject else { return try reprText(v) }
    let type = v.header.pointee.type
    if type == rt.pointee.types.unionType { return unionRepr(v) }
    switch v.header.pointee.kind {
    case .str: return stringReprValue(v).stringValue
    case .bigInt: return try intToDecimalString(v)
    case .bytes:
        let b = v.object(as: BytesObject.self)
        return bytesRepr(Array(UnsafeBufferPointer(start: BytesObject.data(b), count: b.pointee.count)))
    case .list, .tuple, .dict, .set, .frozenset:
        return try containerRepr(v)
    case .range:
        return try rangeRepr(v)
    case .slice:
        let s = v.object(as: SliceObject.self)
        return "slice(\(try reprText(s.pointee.start)), \(try reprText(s.pointee.stop)), \(try reprText(s.pointee.step)))"
    case .type:
        let t = v.object(as: TypeObject.self)
        if t.pointee.module.isObject && t.pointee.module.stringValue != "builtins" {
            return "<class '\(t.pointee.module.stringValue).\(t.pointee.qualifiedName.stringValue)'>"
        }
        return "<class '\(t.pointee.name.stringValue)'>"
    case .function:
        return "<function \(v.object(as: FunctionObject.self).pointee.qualifiedName.stringValue) at \(address(v))>"
    case .builtinFunction:
        let b = v.object(as: BuiltinFunctionObject.self)
        if b.pointee.receiver.isNull || b.pointee.receiver.header.pointee.kind == .module {
            return "<built-in function \(b.pointee.name.stringValue)>"
        }
        return "<built-in method \(b.pointee.name.stringValue) of \(typeName(b.pointee.receiver)) object at \(address(b.pointee.receiver))>"
    case .methodDescriptor:
        let m = v.object(as: MethodDescriptorObject.self)
        return "<method '\(m.pointee.name.stringValue)' of '\(m.pointee.ownerType.object(as: TypeObject.self).pointee.name.stringValue)' objects>"
    case .memberDescriptor:
        let m = v.object(as: MethodDescriptorObject.self)
        return "<member '\(m.pointee.name.stringValue)' of '\(m.pointee.ownerType.object(as: TypeObject.self).pointee.name.stringValue)' objects>"
    case .boundMethod:
        let m = v.object(as: BoundMethodObject.self)
        let function = m.pointee.function
        let name = function.isObject && function.header.pointee.kind == .function
            ? function.object(as: FunctionObject.self).pointee.qualifiedName.stringValue : "?"
        return "<bound method \(name) of \(try reprOf(m.pointee.receiver).stringValue)>"
    case .module:
        return "<module '\(v.object(as: ModuleObject.self).pointee.name.stringValue)' (built-in)>"
    case .exception:
        return try exceptionRepr(v)
    case .cell:
        return "<cell at \(address(v))>"
    case .generator:
        return "<generator object \(v.object(as: GeneratorObject.self).pointee.qualifiedName.stringValue) at \(address(v))>"
    case .namespace:
        if type == rt.pointee.types.dictKeys || type == rt.pointee.types.dictValues || type == rt.pointee.types.dictItems {
            return try dictViewRepr(v)
        }
        if type == rt.pointee.types.simpleNamespace {
            var parts: [String] = []
            try dictForEach(v.object(as: NamespaceObject.self).pointee.dict.object(as: DictObject.self)) { key, value throws(PyError) in
                parts.append("\(key.stringValue)=\(try reprOf(value).stringValue)")
            }
            return "namespace(\(parts.joined(separator: ", ")))"
        }
        return "<\(type.pointee.name.stringValue) object at \(address(v))>"
    case .property:
        return "<property object at \(address(v))>"
    case .superObject:
        let s = v.object(as: SuperObject.self)
        return "<super: <class '\(s.pointee.startType.object(as: TypeObject.self).pointee.name.stringValue)'>, <\(typeName(s.pointee.object)) object>>"
    default:
        return "<\(qualifiedTypeName(type)) object at \(address(v))>"
    }
}

func qualifiedTypeName(_ type: TypeRef) -> String {
    let name = type.pointee.qualifiedName.isObject ? type.pointee.qualifiedName.stringValue : type.pointee.name.stringValue
    if type.pointee.module.isObject && type.pointee.module.stringValue != "builtins" {
        return type.pointee.module.stringValue + "." + name
    }
    return name
}

/// CPython prints addresses as 0x followed by lowercase hex.
func address(_ v: Value) -> String {
    "0x" + String(UInt(bitPattern: v.objectAddress), radix: 16)
}

/// Decimal text of an int, with CPython 3.11's limit on huge conversions.
public func intToDecimalString(_ n: BigInt) throws(PyError) -> String {
    let limit = intMaxStringDigits
    let tooLong = "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    // Refuse before the (quadratic) conversion when the size alone exceeds the limit.
    if limit > 0 && Double(n.magnitude.bitWidth - 1) * 0.30102999566398120 >= Double(limit) + 1 {
        throw raiseValueError(tooLong)
    }
    let text = String(n)
    let digits = n.sign == .minus ? text.utf8.count - 1 : text.utf8.count
    if limit > 0 && digits > limit { throw raiseValueError(tooLong) }
    return text
}

/// Decimal text of an int object (bignums and int subclasses), converted on its limbs.
public func intToDecimalString(_ v: Value) throws(PyError) -> String {
    let limit = intMaxStringDigits
    let tooLong = "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    // Refuse before the (quadratic) conversion when the size alone exceeds the limit.
    if limit > 0 && Double(intBitLength(v) - 1) * 0.30102999566398120 >= Double(limit) + 1 {
        throw raiseValueError(tooLong)
    }
    let bytes = intDecimalBytes(v)
    let digits = bytes.first == UInt8(ascii: "-") ? bytes.count - 1 : bytes.count
    if limit > 0 && digits > limit { throw raiseValueError(tooLong) }
    return String(decoding: bytes, as: UTF8.self)
}

/// sys.set_int_max_str_digits (0 disables the limit).
nonisolated(unsafe) public var intMaxStringDigits = 4300

func containerRepr(_ v: Value) throws(PyError) -> String {
    let kind = v.header.pointee.kind
    let type = v.header.pointee.type
    if reprInProgress.contains(v.bits) {
        switch kind {
        case .list: return "[...]"
        case .dict: return "{...}"
        default: return "\(type.pointee.name.stringValue)(...)"
        }
    }
    reprInProgress.append(v.bits)
    defer { reprInProgress.removeLast() }
    var parts: [String] = []
    switch kind {
    case .list:
        let list = v.object(as: ListObject.self)
        var i = 0
        while i < list.pointee.count {
            parts.append(try reprOf(list.items[i]).stringValue)
            i += 1
        }
        return wrapForSubclass(type, "[" + parts.joined(separator: ", ") + "]")
    case .tuple:
        for i in 0..<v.tupleCount { parts.append(try reprOf(v.tupleItems[i]).stringValue) }
        return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
    case .dict:
        try dictForEachLive(v.object(as: DictObject.self)) { key, value throws(PyError) in
            parts.append(try reprOf(key).stringValue + ": " + (try reprOf(value).stringValue))
        }
        return wrapForSubclass(type, "{" + parts.joined(separator: ", ") + "}")
    default:
        try setForEach(v.object(as: SetObject.self)) { key throws(PyError) in parts.append(try reprOf(key).stringValue) }
        let name = type.pointee.name.stringValue
        if parts.isEmpty { return "\(name)()" }
        if kind == .set && type == rt.pointee.types.set { return "{" + parts.joined(separator: ", ") + "}" }
        return "\(name)({" + parts.joined(separator: ", ") + "})"
    }
}

/// list and dict subclasses print like their base (CPython does not wrap them).
private func wrapForSubclass(_ type: TypeRef, _ text: String) -> String { text }

func exceptionRepr(_ v: Value) throws(PyError) -> String {
    let e = v.object(as: ExceptionObject.self)
    let name = v.header.pointee.type.pointee.name.stringValue
    let args = e.pointee.args
    if args.isObject && args.tupleCount == 1 {
        return "\(name)(\(try reprOf(args.tupleItems[0]).stringValue))"
    }
    let text = args.isObject ? try reprText(args) : "()"
    return name + text
}

/// str(v) as a str value.
public func strOf(_ v: Value) throws(PyError) -> Value {
    if v.isObject {
        let type = v.header.pointee.type
        if type == rt.pointee.types.str { return v }
        return try withRecursionCheck(" while getting the str of an object") { () throws(PyError) -> Value in
            try strOfObject(v)
        }
    }
    try checkRecursionHeadroom(" while getting the str of an object")
    return try reprOf(v)
}

private func strOfObject(_ v: Value) throws(PyError) -> Value {
    if true {
        let type = v.header.pointee.type
        if type.pointee.flags.contains(.heapType), let method = lookupInType(type, names.dunderStr),
           method.isObject, method.header.pointee.kind == .function {
            let result = try call(method, v)
            guard isStrValue(result) else { throw raiseTypeError("__str__ returned non-string (type \(typeName(result)))") }
            return result
        }
        switch v.header.pointee.kind {
        case .str:
            return newString(codePoints: codePointsOf(v))
        case .exception:
            return try exceptionStrText(v)
        default:
            break
        }
    }
    return try reprOf(v)
}

/// The code points of a str, for copying it.
func codePointsOf(_ v: Value) -> [UInt32] {
    let s = v.object(as: StrObject.self)
    return (0..<s.pointee.count).map { StrObject.character(s, $0) }
}

func dictViewRepr(_ v: Value) throws(PyError) -> String {
    let type = v.header.pointee.type
    let dict = viewDict(v).object(as: DictObject.self)
    var parts: [String] = []
    try dictForEachLive(dict) { key, value throws(PyError) in
        if type == rt.pointee.types.dictKeys { parts.append(try reprOf(key).stringValue) }
        else if type == rt.pointee.types.dictValues { parts.append(try reprOf(value).stringValue) }
        else { parts.append("(" + (try reprOf(key).stringValue) + ", " + (try reprOf(value).stringValue) + ")") }
    }
    return "\(type.pointee.name.stringValue)([\(parts.joined(separator: ", "))])"
}
