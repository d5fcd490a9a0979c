import BigInt
import Runtime

/// Constructors of the central built-in types (args[0] is the type being called).
func registerCoreConstructors(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.object) { args, count, keywordNames throws(PyError) in
        guard count == 1 else { throw raiseTypeError("object() takes no arguments") }
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<InstanceObject>.stride, kind: .instance, type: rt.pointee.types.object)
        let instance = raw.assumingMemoryBound(to: InstanceObject.self)
        instance.pointee.shape = .null
        instance.pointee.dict = .null
        instance.pointee.builtinPart = .null
        return Value(instance)
    }
    defineConstructor(types.bool) { args, count, keywordNames throws(PyError) in
        try checkPositional("bool", count - 1, keywordNames, min: 0, max: 1)
        return count == 1 ? .false : Value(bool: try isTruthy(args[1]))
    }
    defineConstructor(types.list) { args, count, keywordNames throws(PyError) in
        try checkPositional("list", count - 1, keywordNames, min: 0, max: 1)
        let list = newList(capacity: 0)
        if count == 2 { try listExtend(list.object(as: ListObject.self), args[1]) }
        list.header.pointee.type = args[0].object(as: TypeObject.self)
        return list
    }
    defineConstructor(types.tuple) { args, count, keywordNames throws(PyError) in
        try checkPositional("tuple", count - 1, keywordNames, min: 0, max: 1)
        if count == 1 { return newTuple([]) }
        let type = args[0].object(as: TypeObject.self)
        if type == rt.pointee.types.tuple { return try tupleFromIterable(args[1]) }
        let tuple = listToTuple(try listFromIterable(args[1]))
        tuple.header.pointee.type = type
        return tuple
    }
    defineConstructor(types.dict) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - 1 - keywordCount
        guard positional <= 1 else { throw raiseTypeError("dict expected at most 1 argument, got \(positional)") }
        let dict = newDict()
        dict.header.pointee.type = args[0].object(as: TypeObject.self)
        if positional == 1 { try dictUpdateFrom(dict.object(as: DictObject.self), args[1]) }
        for k in 0..<keywordCount {
            try dictSetItem(dict.object(as: DictObject.self), keywordNames.tupleItems[k], args[1 + positional + k])
        }
        return dict
    }
    defineConstructor(types.set) { args, count, keywordNames throws(PyError) in
        try checkPositional("set", count - 1, keywordNames, min: 0, max: 1)
        let set = newSet()
        if count == 2 { try setUpdate(set.object(as: SetObject.self), args[1]) }
        set.header.pointee.type = args[0].object(as: TypeObject.self)
        return set
    }
    defineConstructor(types.frozenset) { args, count, keywordNames throws(PyError) in
        try checkPositional("frozenset", count - 1, keywordNames, min: 0, max: 1)
        if count == 2, args[1].isObject, args[1].header.pointee.type == rt.pointee.types.frozenset,
           args[0].bits == Value(rt.pointee.types.frozenset).bits { return args[1] }
        let set = makeSet(type: args[0].object(as: TypeObject.self), kind: .frozenset)
        if count == 2 { try setUpdate(set.object(as: SetObject.self), args[1]) }
        return set
    }
    defineConstructor(types.range) { args, count, keywordNames throws(PyError) in
        try checkPositional("range", count - 1, keywordNames, min: 1, max: 3)
        return try makeRange(args + 1, count - 1)
    }
    defineConstructor(types.slice) { args, count, keywordNames throws(PyError) in
        try checkPositional("slice", count - 1, keywordNames, min: 1, max: 3)
        switch count {
        case 2: return newSlice(.none, args[1], .none)
        case 3: return newSlice(args[1], args[2], .none)
        default: return newSlice(args[1], args[2], args[3])
        }
    }
    defineConstructor(types.BaseException) { args, count, keywordNames throws(PyError) in
        if !keywordNames.isNull && keywordNames.tupleCount > 0 {
            throw raiseTypeError("\(args[0].object(as: TypeObject.self).pointee.name.stringValue)() takes no keyword arguments")
        }
        return newException(args[0].object(as: TypeObject.self), args: newTuple(args + 1, count: count - 1))
    }
    for (_, type) in types.exceptions where type != types.BaseException {
        type.pointee.constructor = types.BaseException.pointee.constructor
    }
    defineConstructor(types.superType) { args, count, keywordNames throws(PyError) in
        if count == 3 { return try newSuper(args[1], args[2]) }
        if count == 2 { throw raiseRuntimeError("super(): unbound super objects are not supported") }
        // Zero-argument super(): the calling function's __class__ cell and first argument.
        guard let frame = rt.pointee.currentFrame else { throw raiseRuntimeError("super(): no current frame") }
        let code = frame.pointee.code
        guard code.pointee.argCount > 0 || code.pointee.flags & 0x04 != 0 else {
            throw raiseRuntimeError("super(): no arguments")
        }
        var first = Frame.localsPlus(frame)[0]
        if first.isObject && first.header.pointee.kind == .cell && code.pointee.localKinds[0] & 0x40 != 0 {
            first = first.object(as: CellObject.self).pointee.value
        }
        let names = code.pointee.localNames
        for i in 0..<Int(code.pointee.localsPlusCount) where names.tupleItems[i].stringValue == "__class__" {
            let cell = Frame.localsPlus(frame)[i]
            guard cell.isObject, cell.header.pointee.kind == .cell, !cell.object(as: CellObject.self).pointee.value.isNull else {
                throw raiseRuntimeError("super(): empty __class__ cell")
            }
            return try newSuper(cell.object(as: CellObject.self).pointee.value, first)
        }
        throw raiseRuntimeError("super(): __class__ cell not found")
    }
    defineConstructor(types.property) { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("property", args + 1, count - 1, keywordNames,
                                            names: ["fget", "fset", "fdel", "doc"], required: 0)
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<PropertyObject>.stride, kind: .property, type: args[0].object(as: TypeObject.self))
        let property = raw.assumingMemoryBound(to: PropertyObject.self)
        property.pointee.getter = bound.optional(0) ?? .none
        property.pointee.setter = bound.optional(1) ?? .none
        property.pointee.deleter = bound.optional(2) ?? .none
        var doc = bound.optional(3) ?? .none
        if doc.isNone, let getter = bound.optional(0), getter.isObject, getter.header.pointee.kind == .function {
            doc = getter.object(as: FunctionObject.self).pointee.doc
        }
        property.pointee.doc = doc
        return Value(property)
    }
    defineConstructor(types.staticmethod) { args, count, keywordNames throws(PyError) in
        try checkPositional("staticmethod", count - 1, keywordNames, min: 1, max: 1)
        return newMethodWrapper(args[1], kind: .staticMethod)
    }
    defineConstructor(types.classmethod) { args, count, keywordNames throws(PyError) in
        try checkPositional("classmethod", count - 1, keywordNames, min: 1, max: 1)
        return newMethodWrapper(args[1], kind: .classMethod)
    }
    // The three decorators differ only in which slot they replace.
    propertyAccessorSetup(types.property)
}

/// property.getter / .setter / .deleter return a copy with one accessor replaced.
private func propertyAccessorSetup(_ type: TypeRef) {
    defineMethod(type, "getter") { args, count, keywordNames throws(PyError) in
        try copyProperty(args, count, keywordNames) { p, f in p.pointee.getter = f }
    }
    defineMethod(type, "setter") { args, count, keywordNames throws(PyError) in
        try copyProperty(args, count, keywordNames) { p, f in p.pointee.setter = f }
    }
    defineMethod(type, "deleter") { args, count, keywordNames throws(PyError) in
        try copyProperty(args, count, keywordNames) { p, f in p.pointee.deleter = f }
    }
}

private func copyProperty(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                          _ change: (UnsafeMutablePointer<PropertyObject>, Value) -> Void) throws(PyError) -> Value {
    try checkPositional("property", count - 1, keywordNames, min: 1, max: 1)
    let old = args[0].object(as: PropertyObject.self)
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<PropertyObject>.stride, kind: .property, type: args[0].header.pointee.type)
    let property = raw.assumingMemoryBound(to: PropertyObject.self)
    property.pointee.getter = old.pointee.getter
    property.pointee.setter = old.pointee.setter
    property.pointee.deleter = old.pointee.deleter
    property.pointee.doc = old.pointee.doc
    change(property, args[1])
    return Value(property)
}

/// dict(mapping) / dict(iterable of pairs) / d.update(...).
func dictUpdateFrom(_ dict: DictRef, _ source: Value) throws(PyError) {
    if isMapping(source) {
        try dictMerge(dict, source, allowRepeats: true)
        return
    }
    var index = 0
    try forEachItem(source) { item throws(PyError) in
        let pair: Value
        do throws(PyError) {
            pair = try listFromIterable(item)
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) {
                _ = takeCurrentException()
                throw raiseTypeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            throw error
        }
        let list = pair.object(as: ListObject.self)
        guard list.pointee.count == 2 else {
            throw raiseValueError("dictionary update sequence element #\(index) has length \(list.pointee.count); 2 is required")
        }
        try dictSetItem(dict, list.items[0], list.items[1])
        index += 1
    }
}
