import Runtime

/// enumerate, zip, map, filter, reversed and iter(callable, sentinel): small iterator objects
/// with up to three values (`first`, `second`, `third`) and a counter.
func registerCombinators(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.enumerate) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - 1 - keywordCount
        if count - 1 > 2 { throw raiseTypeError("enumerate() takes at most 2 arguments (\(count - 1) given)") }
        var iterable = positional > 0 ? args[1] : Value.null
        var start = positional > 1 ? args[2] : Value.null
        for k in 0..<keywordCount {
            let name = keywordNames.tupleItems[k].stringValue
            let value = args[1 + positional + k]
            switch name {
            case "iterable" where iterable.isNull: iterable = value
            case "start" where start.isNull: start = value
            case "iterable", "start":
                throw raiseTypeError("argument for enumerate() given by name ('\(name)') and position (\(name == "iterable" ? 1 : 2))")
            default: throw raiseTypeError("'\(name)' is an invalid keyword argument for enumerate()")
            }
        }
        if iterable.isNull { throw raiseTypeError("enumerate() missing required argument 'iterable'") }
        var counter = 0
        var bigStart = Value.null
        if !start.isNull {
            guard isIndexable(start) else {
                throw raiseTypeError("'\(typeName(start))' object cannot be interpreted as an integer")
            }
            let index = try indexAsInt(start)
            if let n = index.exactInt { counter = n } else { bigStart = index }
        }
        let iterator = try getIterator(iterable)
        return newCombinator(.enumerate, args[0].object(as: TypeObject.self), iterator, bigStart, .null, counter: counter)
    }
    defineConstructor(types.zip) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        var strict = false
        for k in 0..<keywordCount {
            guard keywordNames.tupleItems[k].stringValue == "strict" else {
                throw raiseTypeError("'\(keywordNames.tupleItems[k].stringValue)' is an invalid keyword argument for zip()")
            }
            strict = try isTruthy(args[count - keywordCount + k])
        }
        let positional = count - 1 - keywordCount
        let iterators = allocateTuple(count: positional)
        for i in 0..<positional { TupleObject.items(iterators)[i] = .none }
        for i in 0..<positional {
            TupleObject.items(iterators)[i] = try getIterator(args[1 + i])
        }
        return newCombinator(.zip, rt.pointee.types.zip, Value(iterators), .null, .null, counter: strict ? 1 : 0)
    }
    defineConstructor(types.map) { args, count, keywordNames throws(PyError) in
        if !keywordNames.isNull && keywordNames.tupleCount > 0 { throw raiseTypeError("map() takes no keyword arguments") }
        if count - 1 < 2 { throw raiseTypeError("map() must have at least two arguments.") }
        let iterators = allocateTuple(count: count - 2)
        for i in 0..<(count - 2) { TupleObject.items(iterators)[i] = .none }
        for i in 0..<(count - 2) { TupleObject.items(iterators)[i] = try getIterator(args[2 + i]) }
        return newCombinator(.map, rt.pointee.types.map, args[1], Value(iterators), .null, counter: 0)
    }
    defineConstructor(types.filter) { args, count, keywordNames throws(PyError) in
        try checkPositional("filter", count - 1, keywordNames, min: 2, max: 2)
        return newCombinator(.filter, rt.pointee.types.filter, args[1], try getIterator(args[2]), .null, counter: 0)
    }
    defineConstructor(types.reversed) { args, count, keywordNames throws(PyError) in
        if !keywordNames.isNull && keywordNames.tupleCount > 0 { throw raiseTypeError("reversed() takes no keyword arguments") }
        if count - 1 != 1 { throw raiseTypeError("reversed expected 1 argument, got \(count - 1)") }
        let sequence = args[1]
        if sequence.isObject {
            let type = sequence.header.pointee.type
            if type.pointee.flags.contains(.heapType), let method = lookupInType(type, internString("__reversed__")) {
                return try call(method, sequence)
            }
            switch sequence.header.pointee.kind {
            case .list:
                return newSequenceIterator(rt.pointee.types.listReverseIterator, .listIterator, sequence,
                                           start: sequence.object(as: ListObject.self).pointee.count - 1)
            case .range where sequence.object(as: RangeObject.self).pointee.big.isNull:
                let range = sequence.object(as: RangeObject.self)
                let n = range.pointee.count
                return newRangeIterator(start: range.pointee.start + (n - 1) * range.pointee.step, step: -range.pointee.step, count: n)
            case .dict:
                return try reversedDictIterator(sequence, view: .keys)
            case .namespace where isDictView(sequence):
                return try reversedDictView(sequence)
            case .set, .frozenset:
                throw raiseTypeError("'\(typeName(sequence))' object is not reversible")
            default:
                break
            }
        }
        // Otherwise a sequence: __getitem__ and __len__ (dicts and sets are not sequences).
        var isReversibleSequence = false
        if sequence.isObject {
            let type = sequence.header.pointee.type
            if type.pointee.flags.contains(.heapType) {
                isReversibleSequence = lookupInType(type, internString("__getitem__")) != nil
                    && sequence.header.pointee.kind != .dict
                if !isReversibleSequence && sequence.header.pointee.kind != .instance {
                    isReversibleSequence = isSequence(sequence)
                }
            } else {
                // Built-in sequences (ranges too, when too big for the range iterator above).
                isReversibleSequence = isSequence(sequence) || sequence.header.pointee.kind == .range
            }
        }
        guard isReversibleSequence else {
            throw raiseTypeError("'\(typeName(sequence))' object is not reversible")
        }
        let n = try length(sequence)
        return newCombinator(.reversed, rt.pointee.types.reversed, sequence, .null, .null, counter: n - 1)
    }
}

private func reversedList(_ list: Value) throws(PyError) -> Value {
    let l = list.object(as: ListObject.self)
    var i = 0, j = l.pointee.count - 1
    while i < j {
        let t = l.items[i]; l.items[i] = l.items[j]; l.items[j] = t
        i += 1; j -= 1
    }
    return list
}

func newCombinator(_ kind: ObjectKind, _ type: TypeRef, _ first: Value, _ second: Value, _ third: Value, counter: Int) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<CombinatorIteratorObject>.stride, kind: kind, type: type)
    let c = raw.assumingMemoryBound(to: CombinatorIteratorObject.self)
    c.pointee.first = first
    c.pointee.second = second
    c.pointee.third = third
    c.pointee.counter = counter
    return Value(c)
}

func newCallableIterator(_ callable: Value, sentinel: Value) throws(PyError) -> Value {
    guard isCallable(callable) else { throw raiseTypeError("iter(v, w): v must be callable") }
    return newCombinator(.callIterator, rt.pointee.types.callableIterator, callable, sentinel, .null, counter: 0)
}

/// next() of a combinator iterator; nil when exhausted.
func combinatorNext(_ it: Value) throws(PyError) -> Value? {
    let c = it.object(as: CombinatorIteratorObject.self)
    switch it.header.pointee.kind {
    case .enumerate:
        guard let item = try iteratorNext(c.pointee.first) else { return nil }
        if c.pointee.second.isNull {
            let index = c.pointee.counter
            let (next, overflow) = index.addingReportingOverflow(1)
            if overflow {
                c.pointee.second = try binaryOperation(BinaryOperator.add.rawValue, newInt(index), Value(smallInt: 1))
            } else {
                c.pointee.counter = next
            }
            let number = newInt(index)
            return pairTuple(number, item)
        }
        // A start beyond the machine range: count with Python ints.
        let index = c.pointee.second
        c.pointee.second = try binaryOperation(BinaryOperator.add.rawValue, index, Value(smallInt: 1))
        return pairTuple(index, item)
    case .zip:
        let iterators = c.pointee.first
        let n = iterators.tupleCount
        if n == 0 { return nil }
        let result = allocateTuple(count: n)
        for i in 0..<n { TupleObject.items(result)[i] = .none }
        for i in 0..<n {
            guard let item = try iteratorNext(iterators.tupleItems[i]) else {
                if c.pointee.counter == 1 {
                    if i > 0 { throw raiseValueError("zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")") }
                    for j in 1..<n where try iteratorNext(iterators.tupleItems[j]) != nil {
                        throw raiseValueError("zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
                    }
                }
                return nil
            }
            TupleObject.items(result)[i] = item
        }
        return Value(result)
    case .map:
        let iterators = c.pointee.second
        let n = iterators.tupleCount
        return try withScratch(n) { scratch throws(PyError) -> Value? in
            for i in 0..<n {
                guard let item = try iteratorNext(iterators.tupleItems[i]) else { return nil }
                scratch[i] = item
            }
            return try callObject(c.pointee.first, scratch, n)
        }
    case .filter:
        while let item = try iteratorNext(c.pointee.second) {
            let function = c.pointee.first
            let keep = function.isNone ? try isTruthy(item) : try isTruthy(try call(function, item))
            if keep { return item }
        }
        return nil
    case .reversed:
        let index = c.pointee.counter
        guard index >= 0, c.pointee.first.isObject else { return nil }
        c.pointee.counter = index - 1
        do throws(PyError) {
            return try getItem(c.pointee.first, newInt(index))
        } catch {
            if currentExceptionMatches(rt.pointee.types.IndexError) || currentExceptionMatches(rt.pointee.types.StopIteration) {
                _ = takeCurrentException()
                c.pointee.first = .null
                return nil
            }
            throw error
        }
    case .callIterator:
        guard c.pointee.first.isObject else { return nil }
        let value: Value
        do throws(PyError) {
            value = try call(c.pointee.first)
        } catch {
            // A StopIteration from the callable ends the iteration (calliter_iternext).
            guard currentExceptionMatches(rt.pointee.types.StopIteration) else { throw error }
            _ = takeCurrentException()
            c.pointee.first = .null
            return nil
        }
        if try valuesEqual(value, c.pointee.second) {
            c.pointee.first = .null
            return nil
        }
        return value
    default:
        return nil
    }
}

/// True when `v` is an int or has __index__ (operator.index would accept it).
func isIndexable(_ v: Value) -> Bool {
    if v.isSmallInt || v.isBool { return true }
    guard v.isObject else { return false }
    if v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int { return true }
    return userSpecialMethod(v, "__index__") != nil
}

/// operator.index(v) as an int value of any size.
func indexAsInt(_ v: Value) throws(PyError) -> Value {
    if v.isSmallInt { return v }
    if v.isBool { return Value(smallInt: v.bits == Value.true.bits ? 1 : 0) }
    if v.isObject && v.header.pointee.kind == .bigInt && v.header.pointee.type.pointee.builtinBase == rt.pointee.types.int {
        return v.header.pointee.type == rt.pointee.types.int ? v : newInt(v.bigIntValue)
    }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        guard result.isSmallInt || result.isBool || (result.isObject && result.header.pointee.kind == .bigInt) else {
            throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))")
        }
        return try indexAsInt(result)
    }
    throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
}
