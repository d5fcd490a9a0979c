import BigInt
import Runtime

/// The `operator` module: the operators as functions (with CPython's behaviour, since they go
/// through the same operations as the bytecode), and itemgetter, attrgetter, methodcaller.
func registerOperatorModule() {
    registerModule("operator") { () throws(PyError) -> Value in opmMakeOperatorModule() }
}

@inline(__always)
private func opmTwoArguments(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
    if count != 2 { throw raiseTypeError("\(name) expected 2 arguments, got \(count)") }
}

@inline(__always)
private func opmOneArgument(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
    if count != 1 { throw raiseTypeError("\(name)() takes exactly one argument (\(count) given)") }
}

/// abs(x) (PyNumber_Absolute).
func modAbsolute(_ v: Value) throws(PyError) -> Value {
    if let n = NumericValue(v) {
        switch n {
        case .int(let i): return i == Int.min ? newInt(-BigInt(i)) : newInt(abs(i))
        case .big(let b): return newInt(BigInt(b.magnitude))
        case .float(let d): return Value(float: abs(d))
        }
    }
    if let method = userSpecialMethod(v, "__abs__") { return try call(method, v) }
    throw raiseTypeError("bad operand type for abs(): '\(typeName(v))'")
}

nonisolated(unsafe) private var opmItemGetterType: TypeRef?
nonisolated(unsafe) private var opmAttrGetterType: TypeRef?
nonisolated(unsafe) private var opmMethodCallerType: TypeRef?

/// getattr with a dotted name ("a.b.c").
private func opmDottedAttribute(_ obj: Value, _ names: Value) throws(PyError) -> Value {
    var current = obj
    for i in 0..<names.tupleCount { current = try getAttribute(current, names.tupleItems[i]) }
    return current
}

private func opmMakeOperatorModule() -> Value {
    let m = makeModule("operator")
    // Binary operators by BINARY_OP number; in-place forms add 13.
    modFunction(m, "add") { a, n, k throws(PyError) in try opmTwoArguments("add", n, k); return try binaryOperation(0, a[0], a[1]) }
    modFunction(m, "and_") { a, n, k throws(PyError) in try opmTwoArguments("and_", n, k); return try binaryOperation(1, a[0], a[1]) }
    modFunction(m, "floordiv") { a, n, k throws(PyError) in try opmTwoArguments("floordiv", n, k); return try binaryOperation(2, a[0], a[1]) }
    modFunction(m, "lshift") { a, n, k throws(PyError) in try opmTwoArguments("lshift", n, k); return try binaryOperation(3, a[0], a[1]) }
    modFunction(m, "matmul") { a, n, k throws(PyError) in try opmTwoArguments("matmul", n, k); return try binaryOperation(4, a[0], a[1]) }
    modFunction(m, "mul") { a, n, k throws(PyError) in try opmTwoArguments("mul", n, k); return try binaryOperation(5, a[0], a[1]) }
    modFunction(m, "mod") { a, n, k throws(PyError) in try opmTwoArguments("mod", n, k); return try binaryOperation(6, a[0], a[1]) }
    modFunction(m, "or_") { a, n, k throws(PyError) in try opmTwoArguments("or_", n, k); return try binaryOperation(7, a[0], a[1]) }
    modFunction(m, "pow") { a, n, k throws(PyError) in try opmTwoArguments("pow", n, k); return try binaryOperation(8, a[0], a[1]) }
    modFunction(m, "rshift") { a, n, k throws(PyError) in try opmTwoArguments("rshift", n, k); return try binaryOperation(9, a[0], a[1]) }
    modFunction(m, "sub") { a, n, k throws(PyError) in try opmTwoArguments("sub", n, k); return try binaryOperation(10, a[0], a[1]) }
    modFunction(m, "truediv") { a, n, k throws(PyError) in try opmTwoArguments("truediv", n, k); return try binaryOperation(11, a[0], a[1]) }
    modFunction(m, "xor") { a, n, k throws(PyError) in try opmTwoArguments("xor", n, k); return try binaryOperation(12, a[0], a[1]) }
    modFunction(m, "iadd") { a, n, k throws(PyError) in try opmTwoArguments("iadd", n, k); return try binaryOperation(13, a[0], a[1]) }
    modFunction(m, "iand") { a, n, k throws(PyError) in try opmTwoArguments("iand", n, k); return try binaryOperation(14, a[0], a[1]) }
    modFunction(m, "ifloordiv") { a, n, k throws(PyError) in try opmTwoArguments("ifloordiv", n, k); return try binaryOperation(15, a[0], a[1]) }
    modFunction(m, "ilshift") { a, n, k throws(PyError) in try opmTwoArguments("ilshift", n, k); return try binaryOperation(16, a[0], a[1]) }
    modFunction(m, "imatmul") { a, n, k throws(PyError) in try opmTwoArguments("imatmul", n, k); return try binaryOperation(17, a[0], a[1]) }
    modFunction(m, "imul") { a, n, k throws(PyError) in try opmTwoArguments("imul", n, k); return try binaryOperation(18, a[0], a[1]) }
    modFunction(m, "imod") { a, n, k throws(PyError) in try opmTwoArguments("imod", n, k); return try binaryOperation(19, a[0], a[1]) }
    modFunction(m, "ior") { a, n, k throws(PyError) in try opmTwoArguments("ior", n, k); return try binaryOperation(20, a[0], a[1]) }
    modFunction(m, "ipow") { a, n, k throws(PyError) in try opmTwoArguments("ipow", n, k); return try binaryOperation(21, a[0], a[1]) }
    modFunction(m, "irshift") { a, n, k throws(PyError) in try opmTwoArguments("irshift", n, k); return try binaryOperation(22, a[0], a[1]) }
    modFunction(m, "isub") { a, n, k throws(PyError) in try opmTwoArguments("isub", n, k); return try binaryOperation(23, a[0], a[1]) }
    modFunction(m, "itruediv") { a, n, k throws(PyError) in try opmTwoArguments("itruediv", n, k); return try binaryOperation(24, a[0], a[1]) }
    modFunction(m, "ixor") { a, n, k throws(PyError) in try opmTwoArguments("ixor", n, k); return try binaryOperation(25, a[0], a[1]) }
    modFunction(m, "concat") { a, n, k throws(PyError) in
        try opmTwoArguments("concat", n, k)
        guard opmIsSequenceValue(a[0]) else { throw raiseTypeError("'\(typeName(a[0]))' object can't be concatenated") }
        return try binaryOperation(0, a[0], a[1])
    }
    modFunction(m, "iconcat") { a, n, k throws(PyError) in
        try opmTwoArguments("iconcat", n, k)
        guard opmIsSequenceValue(a[0]) else { throw raiseTypeError("'\(typeName(a[0]))' object can't be concatenated") }
        return try binaryOperation(13, a[0], a[1])
    }

    // Comparisons.
    modFunction(m, "lt") { a, n, k throws(PyError) in try opmTwoArguments("lt", n, k); return try richCompare(a[0], a[1], 0) }
    modFunction(m, "le") { a, n, k throws(PyError) in try opmTwoArguments("le", n, k); return try richCompare(a[0], a[1], 1) }
    modFunction(m, "eq") { a, n, k throws(PyError) in try opmTwoArguments("eq", n, k); return try richCompare(a[0], a[1], 2) }
    modFunction(m, "ne") { a, n, k throws(PyError) in try opmTwoArguments("ne", n, k); return try richCompare(a[0], a[1], 3) }
    modFunction(m, "gt") { a, n, k throws(PyError) in try opmTwoArguments("gt", n, k); return try richCompare(a[0], a[1], 4) }
    modFunction(m, "ge") { a, n, k throws(PyError) in try opmTwoArguments("ge", n, k); return try richCompare(a[0], a[1], 5) }
    modFunction(m, "is_") { a, n, k throws(PyError) in try opmTwoArguments("is_", n, k); return Value(bool: a[0].bits == a[1].bits) }
    modFunction(m, "is_not") { a, n, k throws(PyError) in try opmTwoArguments("is_not", n, k); return Value(bool: a[0].bits != a[1].bits) }

    // Unary operators.
    modFunction(m, "neg") { a, n, k throws(PyError) in try opmOneArgument("neg", n, k); return try unaryNegative(a[0]) }
    modFunction(m, "pos") { a, n, k throws(PyError) in try opmOneArgument("pos", n, k); return try unaryPositive(a[0]) }
    modFunction(m, "invert") { a, n, k throws(PyError) in try opmOneArgument("invert", n, k); return try unaryInvert(a[0]) }
    modFunction(m, "inv") { a, n, k throws(PyError) in try opmOneArgument("inv", n, k); return try unaryInvert(a[0]) }
    modFunction(m, "abs") { a, n, k throws(PyError) in try opmOneArgument("abs", n, k); return try modAbsolute(a[0]) }
    modFunction(m, "not_") { a, n, k throws(PyError) in try opmOneArgument("not_", n, k); return Value(bool: !(try isTruthy(a[0]))) }
    modFunction(m, "truth") { a, n, k throws(PyError) in try opmOneArgument("truth", n, k); return Value(bool: try isTruthy(a[0])) }
    modFunction(m, "index") { a, n, k throws(PyError) in
        try opmOneArgument("index", n, k)
        guard let v = try modIndexValue(a[0]) else {
            throw raiseTypeError("'\(typeName(a[0]))' object cannot be interpreted as an integer")
        }
        return v
    }

    // Sequences.
    modFunction(m, "getitem") { a, n, k throws(PyError) in try opmTwoArguments("getitem", n, k); return try getItem(a[0], a[1]) }
    modFunction(m, "setitem") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("setitem() takes no keyword arguments") }
        if n != 3 { throw raiseTypeError("setitem expected 3 arguments, got \(n)") }
        try setItem(a[0], a[1], a[2])
        return .none
    }
    modFunction(m, "delitem") { a, n, k throws(PyError) in
        try opmTwoArguments("delitem", n, k)
        try deleteItem(a[0], a[1])
        return .none
    }
    modFunction(m, "contains") { a, n, k throws(PyError) in try opmTwoArguments("contains", n, k); return Value(bool: try containsItem(a[0], a[1])) }
    modFunction(m, "countOf") { a, n, k throws(PyError) in
        try opmTwoArguments("countOf", n, k)
        var found = 0
        try forEachItem(a[0]) { item throws(PyError) in if try valuesEqual(item, a[1]) { found += 1 } }
        return newInt(found)
    }
    modFunction(m, "indexOf") { a, n, k throws(PyError) in
        try opmTwoArguments("indexOf", n, k)
        var index = 0
        var found = -1
        let iterator = try getIterator(a[0])
        while let item = try iteratorNext(iterator) {
            if try valuesEqual(item, a[1]) { found = index; break }
            index += 1
        }
        if found < 0 { throw raiseValueError("sequence.index(x): x not in sequence") }
        return newInt(found)
    }
    modFunction(m, "length_hint") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("length_hint() takes no keyword arguments") }
        try modCheckCount("length_hint", n, min: 1, max: 2)
        do throws(PyError) {
            return newInt(try length(a[0]))
        } catch {
            guard currentExceptionMatches(rt.pointee.types.TypeError) else { throw error }
            _ = takeCurrentException()
            if let hint = userSpecialMethod(a[0], "__length_hint__") ?? (a[0].isObject ? lookupInType(typeOf(a[0]), internString("__length_hint__")) : nil) {
                return try call(hint, a[0])
            }
            return n > 1 ? a[1] : Value(smallInt: 0)
        }
    }

    // itemgetter(*items): slots [items tuple].
    let itemGetter = makeModuleType("operator.itemgetter")
    opmItemGetterType = itemGetter
    modSet(m, "itemgetter", Value(itemGetter))
    modSetNew(itemGetter) { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("itemgetter() takes no keyword arguments") }
        if count < 2 { throw raiseTypeError("itemgetter expected 1 argument, got 0") }
        let getter = modNewSlotObject(args[0].object(as: TypeObject.self), slots: 1)
        modSlots(getter)[0] = newTuple(args + 1, count: count - 1)
        return getter
    }
    defineMethod(itemGetter, "__call__") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("itemgetter() takes no keyword arguments") }
        if count != 2 { throw raiseTypeError("itemgetter expected 1 argument, got \(count - 1)") }
        let items = modSlots(args[0])[0]
        let obj = args[1]
        if items.tupleCount == 1 { return try getItem(obj, items.tupleItems[0]) }
        let result = allocateTuple(count: items.tupleCount)
        for i in 0..<items.tupleCount { TupleObject.items(result)[i] = .none }
        for i in 0..<items.tupleCount { TupleObject.items(result)[i] = try getItem(obj, items.tupleItems[i]) }
        return Value(result)
    }
    modDefineSlot(itemGetter, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let items = modSlots(args[0])[0]
        var parts: [String] = []
        for i in 0..<items.tupleCount { parts.append(try reprOf(items.tupleItems[i]).stringValue) }
        return newString("operator.itemgetter(\(parts.joined(separator: ", ")))")
    }

    // attrgetter(*attrs): slots [tuple of name tuples (dotted names split), original names].
    let attrGetter = makeModuleType("operator.attrgetter")
    opmAttrGetterType = attrGetter
    modSet(m, "attrgetter", Value(attrGetter))
    modSetNew(attrGetter) { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("attrgetter() takes no keyword arguments") }
        if count < 2 { throw raiseTypeError("attrgetter expected 1 argument, got 0") }
        let paths = allocateTuple(count: count - 1)
        for i in 0..<(count - 1) { TupleObject.items(paths)[i] = .none }
        for i in 0..<(count - 1) {
            let name = args[1 + i]
            guard isStrValue(name) else { throw raiseTypeError("attribute name must be a string") }
            let parts = name.stringValue.split(separator: ".", omittingEmptySubsequences: false).map { internString(String($0)) }
            TupleObject.items(paths)[i] = newTuple(parts)
        }
        let getter = modNewSlotObject(args[0].object(as: TypeObject.self), slots: 2)
        modSlots(getter)[0] = Value(paths)
        modSlots(getter)[1] = newTuple(args + 1, count: count - 1)
        return getter
    }
    defineMethod(attrGetter, "__call__") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("attrgetter() takes no keyword arguments") }
        if count != 2 { throw raiseTypeError("attrgetter expected 1 argument, got \(count - 1)") }
        let paths = modSlots(args[0])[0]
        if paths.tupleCount == 1 { return try opmDottedAttribute(args[1], paths.tupleItems[0]) }
        let result = allocateTuple(count: paths.tupleCount)
        for i in 0..<paths.tupleCount { TupleObject.items(result)[i] = .none }
        for i in 0..<paths.tupleCount { TupleObject.items(result)[i] = try opmDottedAttribute(args[1], paths.tupleItems[i]) }
        return Value(result)
    }
    modDefineSlot(attrGetter, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let names = modSlots(args[0])[1]
        var parts: [String] = []
        for i in 0..<names.tupleCount { parts.append(try reprOf(names.tupleItems[i]).stringValue) }
        return newString("operator.attrgetter(\(parts.joined(separator: ", ")))")
    }

    // methodcaller(name, /, *args, **kwargs): slots [name, args tuple, kwargs dict].
    let methodCaller = makeModuleType("operator.methodcaller")
    opmMethodCallerType = methodCaller
    modSet(m, "methodcaller", Value(methodCaller))
    modSetNew(methodCaller) { args, count, keywordNames throws(PyError) in
        let keywordCount = modKeywordCount(keywordNames)
        let positional = count - 1 - keywordCount
        if positional < 1 { throw raiseTypeError("methodcaller needs at least one argument, the method name") }
        guard isStrValue(args[1]) else { throw raiseTypeError("method name must be a string") }
        let caller = modNewSlotObject(args[0].object(as: TypeObject.self), slots: 3)
        modSlots(caller)[0] = internString(args[1].stringValue)
        modSlots(caller)[1] = newTuple(args + 2, count: positional - 1)
        let kwargs = newDict()
        modSlots(caller)[2] = kwargs
        for i in 0..<keywordCount {
            try dictSetItem(kwargs.object(as: DictObject.self), keywordNames.tupleItems[i], args[1 + positional + i])
        }
        return caller
    }
    defineMethod(methodCaller, "__call__") { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("methodcaller() takes no keyword arguments") }
        if count != 2 { throw raiseTypeError("methodcaller expected 1 argument, got \(count - 1)") }
        let slots = modSlots(args[0])
        let method = try getAttribute(args[1], slots[0])
        return try callWithUnpacked(method, slots[1], slots[2])
    }
    modDefineSlot(methodCaller, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        var parts = [try reprOf(slots[0]).stringValue]
        for i in 0..<slots[1].tupleCount { parts.append(try reprOf(slots[1].tupleItems[i]).stringValue) }
        try dictForEach(slots[2].object(as: DictObject.self)) { key, value throws(PyError) in
            parts.append("\(key.stringValue)=\(try reprOf(value).stringValue)")
        }
        return newString("operator.methodcaller(\(parts.joined(separator: ", ")))")
    }
    return m
}

/// PySequence_Check for concat: objects with item access that are not dicts.
private func opmIsSequenceValue(_ v: Value) -> Bool {
    guard v.isObject else { return false }
    switch v.header.pointee.kind {
    case .list, .tuple, .str, .bytes, .range: return true
    case .dict: return false
    default: return userSpecialMethod(v, "__getitem__") != nil
    }
}
