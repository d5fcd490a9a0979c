import Bytecode
import Runtime

/// Attributes that built-in objects compute rather than store: __class__, __name__, __dict__,
/// exception args, a function's __defaults__, a method's __self__, ... nil when not one.
func specialAttribute(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
    let attribute = name.stringValue
    if attribute == "__class__" { return Value(typeOf(obj)) }
    guard obj.isObject else { return nil }
    if attribute == "__dict__" && isBuiltinSubclassInstance(obj) { return ensureInstanceDict(obj).map { Value($0) } }
    if attribute == "__args__" && obj.header.pointee.type == rt.pointee.types.unionType {
        return newTuple(obj.tupleItems, count: obj.tupleCount)
    }
    switch obj.header.pointee.kind {
    case .type:
        let type = obj.object(as: TypeObject.self)
        switch attribute {
        case "__name__":
            // A built-in's tp_name may carry its module ("collections.deque"); __name__ is the
            // part after the last dot, as CPython's type_name() gives it.
            if type.pointee.flags.contains(.immutable), let dot = type.pointee.name.stringValue.lastIndex(of: ".") {
                return newString(String(type.pointee.name.stringValue[type.pointee.name.stringValue.index(after: dot)...]))
            }
            return type.pointee.name
        case "__qualname__": return type.pointee.qualifiedName
        case "__module__": return type.pointee.module.isObject ? type.pointee.module : internString("builtins")
        case "__mro__": return type.pointee.mro
        case "__bases__": return type.pointee.bases
        case "__base__": return type.pointee.base.isNull ? .none : type.pointee.base
        case "__dict__": return type.pointee.dict
        case "__doc__": return (try lookupName(in: type.pointee.dict, name)) ?? Value.none
        default: return nil
        }
    case .function:
        let function = obj.object(as: FunctionObject.self)
        switch attribute {
        case "__name__": return function.pointee.name
        case "__qualname__": return function.pointee.qualifiedName
        case "__doc__": return function.pointee.doc
        case "__module__": return function.pointee.module
        case "__defaults__": return function.pointee.defaults.isNull ? .none : function.pointee.defaults
        case "__kwdefaults__": return function.pointee.keywordDefaults.isNull ? .none : function.pointee.keywordDefaults
        case "__closure__": return function.pointee.closure.isNull ? .none : function.pointee.closure
        case "__globals__": return function.pointee.globals
        case "__code__": return Value(function.pointee.code)
        case "__dict__":
            return Value(ensureInstanceDict(obj)!)
        default: return nil
        }
    case .code:
        let code = obj.object(as: CodeObject.self)
        switch attribute {
        case "co_name": return code.pointee.name
        case "co_qualname": return code.pointee.qualifiedName
        case "co_filename": return code.pointee.filename
        case "co_argcount": return Value(smallInt: Int(code.pointee.argCount))
        case "co_firstlineno": return Value(smallInt: Int(code.pointee.firstLine))
        case "co_varnames": return code.pointee.localNames
        default: return nil
        }
    case .boundMethod:
        let method = obj.object(as: BoundMethodObject.self)
        switch attribute {
        case "__self__": return method.pointee.receiver
        case "__func__": return method.pointee.function
        case "__name__", "__qualname__", "__doc__", "__module__": return try getAttribute(method.pointee.function, name)
        default: return try getAttributeOrNil(method.pointee.function, name)
        }
    case .builtinFunction:
        let builtin = obj.object(as: BuiltinFunctionObject.self)
        switch attribute {
        case "__name__", "__qualname__": return builtin.pointee.name
        case "__self__": return builtin.pointee.receiver.isNull ? .none : builtin.pointee.receiver
        case "__module__": return builtin.pointee.module.isNull ? .none : builtin.pointee.module
        case "__doc__": return Value.none
        default: return nil
        }
    case .methodDescriptor:
        let method = obj.object(as: MethodDescriptorObject.self)
        switch attribute {
        case "__name__": return method.pointee.name
        case "__qualname__": return newString(method.pointee.ownerType.object(as: TypeObject.self).pointee.name.stringValue + "." + method.pointee.name.stringValue)
        case "__objclass__": return method.pointee.ownerType
        default: return nil
        }
    case .module:
        let module = obj.object(as: ModuleObject.self)
        switch attribute {
        case "__name__": return module.pointee.name
        case "__dict__": return module.pointee.dict
        default: return nil
        }
    case .exception:
        let e = obj.object(as: ExceptionObject.self)
        switch attribute {
        case "args": return e.pointee.args
        case "__traceback__": return e.pointee.traceback
        case "__cause__": return e.pointee.cause
        case "__context__": return e.pointee.context
        case "__suppress_context__": return Value(bool: e.pointee.suppressContext)
        case "__dict__": return Value(ensureInstanceDict(obj)!)
        case "value" where isSubtype(obj.header.pointee.type, of: rt.pointee.types.StopIteration):
            return stopIterationValue(obj)
        case "code" where isSubtype(obj.header.pointee.type, of: rt.pointee.types.SystemExit):
            return systemExitCode(obj)
        default: return exceptionTypeAttribute(obj, attribute)
        }
    case .instance:
        if attribute == "__dict__" { return ensureInstanceDict(obj).map { Value($0) } }
        return nil
    case .generator:
        return generatorAttribute(obj, attribute)
    case .range:
        let (start, stop, step) = rangeBounds(obj)
        switch attribute {
        case "start": return start
        case "stop": return stop
        case "step": return step
        default: return nil
        }
    case .slice:
        let slice = obj.object(as: SliceObject.self)
        switch attribute {
        case "start": return slice.pointee.start
        case "stop": return slice.pointee.stop
        case "step": return slice.pointee.step
        default: return nil
        }
    case .property:
        let property = obj.object(as: PropertyObject.self)
        switch attribute {
        case "fget": return property.pointee.getter
        case "fset": return property.pointee.setter
        case "fdel": return property.pointee.deleter
        case "__doc__": return property.pointee.doc
        default: return nil
        }
    case .traceback:
        let tb = obj.object(as: TracebackObject.self)
        switch attribute {
        case "tb_lineno": return newInt(tb.pointee.line)
        case "tb_next": return tb.pointee.next.isObject ? tb.pointee.next : Value.none
        case "tb_lasti": return newInt(tb.pointee.instructionIndex * 2)
        case "tb_frame": throw raiseUnsupported("frame objects")
        default: return nil
        }
    case .cell:
        guard attribute == "cell_contents" else { return nil }
        let value = obj.object(as: CellObject.self).pointee.value
        if value.isNull { throw raiseValueError("Cell is empty") }
        return value
    case .staticMethod, .classMethod:
        if attribute == "__func__" { return obj.object(as: MethodWrapperObject.self).pointee.function }
        return nil
    default:
        return nil
    }
}

/// Assignments to computed attributes (`f.__defaults__ = ...`, `e.__cause__ = ...`); nil when
/// `name` is not one of them, so the generic path applies.
func setSpecialAttribute(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) -> Bool? {
    guard obj.isObject else { return nil }
    // Instances have one computed attribute: decide without converting the name to text.
    if obj.header.pointee.kind == .instance && name.bits != names.dunderClass.bits { return nil }
    let attribute = name.stringValue
    switch obj.header.pointee.kind {
    case .function:
        let function = obj.object(as: FunctionObject.self)
        switch attribute {
        case "__name__": function.pointee.name = value
        case "__qualname__": function.pointee.qualifiedName = value
        case "__doc__": function.pointee.doc = value
        case "__module__": function.pointee.module = value
        case "__defaults__":
            function.pointee.defaults = value.isNone ? .null : value
            function.pointee.version = 0
        case "__kwdefaults__":
            function.pointee.keywordDefaults = value.isNone ? .null : value
            function.pointee.version = 0
        case "__code__":
            guard value.isObject, value.header.pointee.kind == .code else {
                throw raiseTypeError("__code__ must be set to a code object")
            }
            function.pointee.code = value.object(as: CodeObject.self)
            function.pointee.version = 0
        default: return nil
        }
        return true
    case .exception:
        let e = obj.object(as: ExceptionObject.self)
        switch attribute {
        case "args": e.pointee.args = try tupleFromIterable(value)
        case "__traceback__":
            guard value.isNone || (value.isObject && value.header.pointee.kind == .traceback) else {
                throw raiseTypeError("__traceback__ must be a traceback or None")
            }
            e.pointee.traceback = value
        case "__cause__":
            guard value.isNone || isExceptionInstance(value) else {
                throw raiseTypeError("exception cause must be None or derive from BaseException")
            }
            e.pointee.cause = value
            e.pointee.suppressContext = true
        case "__context__":
            guard value.isNone || isExceptionInstance(value) else {
                throw raiseTypeError("exception context must be None or derive from BaseException")
            }
            e.pointee.context = value
        case "__suppress_context__": e.pointee.suppressContext = try isTruthy(value)
        default: return nil
        }
        return true
    case .instance:
        if attribute == "__class__" {
            guard value.isObject, value.header.pointee.kind == .type,
                  value.object(as: TypeObject.self).pointee.flags.contains(.heapType) else {
                throw raiseTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            obj.header.pointee.type = value.object(as: TypeObject.self)
            return true
        }
        return nil
    default:
        return nil
    }
}

/// isinstance(obj, classinfo) with tuples of classes (and __instancecheck__ on metaclasses).
public func isInstance(_ obj: Value, _ classInfo: Value) throws(PyError) -> Bool {
    if classInfo.isObject && classInfo.header.pointee.kind == .type {
        let type = classInfo.object(as: TypeObject.self)
        if isSubtype(typeOf(obj), of: type) { return true }
        // bool is a subclass of int: already in its MRO. Subclass instances of built-ins too.
        return false
    }
    if classInfo.isObject && classInfo.header.pointee.kind == .tuple {
        for i in 0..<classInfo.tupleCount where try isInstance(obj, classInfo.tupleItems[i]) { return true }
        return false
    }
    throw raiseTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

public func isSubclass(_ cls: Value, _ classInfo: Value) throws(PyError) -> Bool {
    guard cls.isObject && cls.header.pointee.kind == .type else {
        throw raiseTypeError("issubclass() arg 1 must be a class")
    }
    if classInfo.isObject && classInfo.header.pointee.kind == .type {
        return isSubtype(cls.object(as: TypeObject.self), of: classInfo.object(as: TypeObject.self))
    }
    if classInfo.isObject && classInfo.header.pointee.kind == .tuple {
        for i in 0..<classInfo.tupleCount where try isSubclass(cls, classInfo.tupleItems[i]) { return true }
        return false
    }
    throw raiseTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

/// `X | Y` for classes and None (PEP 604): a types.UnionType of the distinct classes, flattened;
/// isinstance and issubclass accept it like a tuple. nil when an operand is not a class, None
/// or a union.
func typeUnion(_ lhs: Value, _ rhs: Value) -> Value? {
    func isUnionOperand(_ v: Value) -> Bool {
        v.isNone || (v.isObject && (v.header.pointee.kind == .type || v.header.pointee.type == rt.pointee.types.unionType))
    }
    guard isUnionOperand(lhs), isUnionOperand(rhs) else { return nil }
    let members = newList(capacity: 0)
    let list = members.object(as: ListObject.self)
    for operand in [lhs, rhs] {
        let items: [Value]
        if operand.isObject && operand.header.pointee.type == rt.pointee.types.unionType {
            items = (0..<operand.tupleCount).map { operand.tupleItems[$0] }
        } else {
            items = [operand.isNone ? Value(rt.pointee.types.noneType) : operand]
        }
        for item in items {
            var seen = false
            for i in 0..<list.pointee.count where list.items[i].bits == item.bits { seen = true }
            if !seen { listAppend(list, item) }
        }
    }
    if list.pointee.count == 1 { return list.items[0] }
    let union = newTuple(list.items, count: list.pointee.count)
    union.header.pointee.type = rt.pointee.types.unionType
    return union
}

/// repr of a types.UnionType: "int | str | None".
func unionRepr(_ union: Value) -> String {
    var parts: [String] = []
    for i in 0..<union.tupleCount {
        let item = union.tupleItems[i]
        if item.bits == Value(rt.pointee.types.noneType).bits { parts.append("None"); continue }
        if item.isObject && item.header.pointee.kind == .type {
            let type = item.object(as: TypeObject.self)
            let name = type.pointee.qualifiedName.isStr ? type.pointee.qualifiedName.stringValue : type.pointee.name.stringValue
            if type.pointee.module.isStr && type.pointee.module.stringValue != "builtins" {
                parts.append(type.pointee.module.stringValue + "." + name)
            } else {
                parts.append(name)
            }
        } else {
            parts.append((try? reprText(item)) ?? "?")
        }
    }
    return parts.joined(separator: " | ")
}
