import Runtime

/// enumerate, zip, map, filter, reversed and iter(callable, sentinel): small iterator objects
/// with up to three values (`first`, `second`, `third`) and a counter.
func registerCombinators(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.enumerate) { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("enumerate", args + 1, count - 1, keywordNames, names: ["iterable", "start"], required: 1)
        var start = 0
        if let s = bound.optional(1) {
            guard let n = try indexValue(s) else {
                throw raiseTypeError("'\(typeName(s))' object cannot be interpreted as an integer")
            }
            start = n
        }
        return newCombinator(.enumerate, rt.pointee.types.enumerate, try getIterator(bound[0]), .null, .null, counter: start)
    }
    defineConstructor(types.zip) { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        var strict = false
        for k in 0..<keywordCount {
            guard keywordNames.tupleItems[k].stringValue == "strict" else {
                throw raiseTypeError("zip() got an unexpected keyword argument '\(keywordNames.tupleItems[k].stringValue)'")
            }
            strict = try isTruthy(args[count - keywordCount + k])
        }
        let positional = count - 1 - keywordCount
        let iterators = allocateTuple(count: positional)
        for i in 0..<positional { TupleObject.items(iterators)[i] = .none }
        for i in 0..<positional {
            do throws(PyError) {
                TupleObject.items(iterators)[i] = try getIterator(args[1 + i])
            } catch {
                if currentExceptionMatches(rt.pointee.types.TypeError) {
                    _ = takeCurrentException()
                    throw raiseTypeError("zip argument #\(i + 1) must support iteration")
                }
                throw error
            }
        }
        return newCombinator(.zip, rt.pointee.types.zip, Value(iterators), .null, .null, counter: strict ? 1 : 0)
    }
    defineConstructor(types.map) { args, count, keywordNames throws(PyError) in
        try checkPositional("map", count - 1, keywordNames, min: 2, max: Int.max)
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
        try checkPositional("reversed", count - 1, keywordNames, min: 1, max: 1)
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
        guard sequence.isObject, (try? length(sequence)) != nil || isSequence(sequence) else {
            _ = takeCurrentException()
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
        let index = c.pointee.counter
        c.pointee.counter += 1
        return newTuple([newInt(index), item])
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
        let value = try call(c.pointee.first)
        if try valuesEqual(value, c.pointee.second) {
            c.pointee.first = .null
            return nil
        }
        return value
    default:
        return nil
    }
}
