import BigInt
import Runtime

/// The `itertools` module: lazy iterators with CPython's algorithms (so results come in the
/// same order and side effects happen at the same times). Each iterator is a slot object of
/// its own type ("itertools.chain", ...) whose `__next__` raises StopIteration at the end.
/// Index arrays (product, permutations, combinations) live in byte storages referenced from a
/// slot.
func registerItertoolsModule() {
    registerModule("itertools") { () throws(PyError) -> Value in itlMakeItertoolsModule() }
}

nonisolated(unsafe) private var itlChainType: TypeRef?
nonisolated(unsafe) private var itlGrouperType: TypeRef?
nonisolated(unsafe) private var itlTeeType: TypeRef?

/// An int array in a byte storage, referenced from `slots[i]`.
private func itlNewIntArray(_ count: Int) -> Value {
    let payload = rt.pointee.allocateStorage(kind: .byteStorage, capacity: max(count, 1), elementSize: 8)
    return Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: payload)))
}

@inline(__always)
private func itlIntArray(_ v: Value) -> UnsafeMutablePointer<Int> {
    StorageObject.payload(v.object(as: StorageObject.self), as: Int.self)
}

/// Defines an iterator type `itertools.<name>` with its constructor.
@discardableResult
private func itlIteratorType(_ module: Value, _ name: String, _ next: BuiltinFunction, new: BuiltinFunction) -> TypeRef {
    let type = makeIteratorType("itertools." + name, next)
    type.pointee.flags.insert(.baseType)
    modSetNew(type, new)
    modSet(module, name, Value(type))
    return type
}

/// A new iterator object of the class being called (args[0]).
@inline(__always)
private func itlNewIterator(_ cls: Value, _ slots: Int) -> Value {
    modNewSlotObject(cls.object(as: TypeObject.self), slots: slots)
}

/// Positional-only arguments with clinic's count messages ("cycle expected 1 argument, got 0").
@inline(__always)
private func itlPositional(_ name: String, _ count: Int, _ keywordNames: Value, min: Int, max: Int) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
    if count < min || count > max {
        if min == max { throw raiseTypeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(count)") }
        try modCheckCount(name, count, min: min, max: max)
    }
}

/// A tuple of `pool[indices[i]]` for i < r.
private func itlTupleOf(_ pool: Value, _ indices: UnsafeMutablePointer<Int>, _ r: Int) -> Value {
    let t = allocateTuple(count: r)
    for i in 0..<r { TupleObject.items(t)[i] = pool.tupleItems[indices[i]] }
    return Value(t)
}

private func itlIsNumber(_ v: Value) -> Bool {
    if NumericValue(v) != nil { return true }
    return userSpecialMethod(v, "__add__") != nil
}

private func itlMakeItertoolsModule() -> Value {
    let m = makeModule("itertools")

    // count(start=0, step=1): slots [current, step].
    let count = itlIteratorType(m, "count", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let current = slots[0]
        let step = slots[1]
        if current.isSmallInt && step.isSmallInt {
            slots[0] = newInt(current.smallInt + step.smallInt)
        } else {
            slots[0] = try binaryOperation(BinaryOperator.add.rawValue, current, step)
        }
        return current
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("count", args + 1, count - 1, keywordNames, names: ["start", "step"], required: 0)
        let start = bound.optional(0) ?? Value(smallInt: 0)
        let step = bound.optional(1) ?? Value(smallInt: 1)
        if !itlIsNumber(start) || !itlIsNumber(step) { throw raiseTypeError("a number is required") }
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = start
        modSlots(it)[1] = step
        return it
    })
    modDefineSlot(count, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let name = itlShortName(args[0])
        let step = slots[1]
        if step.isSmallInt && step.smallInt == 1 {
            return newString("\(name)(\(try reprOf(slots[0]).stringValue))")
        }
        return newString("\(name)(\(try reprOf(slots[0]).stringValue), \(try reprOf(step).stringValue))")
    }

    // cycle(iterable): slots [iterator or NULL, saved list, index].
    itlIteratorType(m, "cycle", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let saved = slots[1].object(as: ListObject.self)
        if slots[0].isObject {
            if let item = try iteratorNext(slots[0]) {
                listAppend(saved, item)
                return item
            }
            slots[0] = .null
        }
        if saved.pointee.count == 0 { throw raiseStopIteration() }
        let index = slots[2].smallInt
        slots[2] = Value(smallInt: (index + 1) % saved.pointee.count)
        return saved.items[index]
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("cycle", count - 1, keywordNames, min: 1, max: 1)
        let iterator = try getIterator(args[1])
        let it = itlNewIterator(args[0], 3)
        modSlots(it)[0] = iterator
        modSlots(it)[1] = newList(capacity: 0)
        modSlots(it)[2] = Value(smallInt: 0)
        return it
    })

    // repeat(object[, times]): slots [object, remaining (-1: forever)].
    let repeatType = itlIteratorType(m, "repeat", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let remaining = slots[1].smallInt
        if remaining == 0 { throw raiseStopIteration() }
        if remaining > 0 { slots[1] = Value(smallInt: remaining - 1) }
        return slots[0]
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("repeat", args + 1, count - 1, keywordNames, names: ["object", "times"], required: 1)
        var times = -1
        if let t = bound.optional(1) { times = max(try modInt(t), 0) }
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = bound[0]
        modSlots(it)[1] = newInt(times)
        return it
    })
    modDefineSlot(repeatType, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let remaining = slots[1].smallInt
        if remaining < 0 { return newString("\(itlShortName(args[0]))(\(try reprOf(slots[0]).stringValue))") }
        return newString("\(itlShortName(args[0]))(\(try reprOf(slots[0]).stringValue), \(remaining))")
    }
    defineMethod(repeatType, "__length_hint__") { args, _, _ throws(PyError) in
        let remaining = modSlots(args[0])[1].smallInt
        if remaining < 0 { throw raiseTypeError("len() of unsized object") }
        return newInt(remaining)
    }

    // accumulate(iterable[, func, *, initial=None]): slots [iterator, func, total (NULL first), initial].
    itlIteratorType(m, "accumulate", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        if !slots[3].isNull {
            let initial = slots[3]
            slots[2] = initial
            slots[3] = .null
            return initial
        }
        guard let item = try iteratorNext(slots[0]) else { throw raiseStopIteration() }
        if slots[2].isNull {
            slots[2] = item
            return item
        }
        let total: Value
        if slots[1].isNone {
            let previous = slots[2]
            if previous.isSmallInt && item.isSmallInt {
                total = newInt(previous.smallInt + item.smallInt)
            } else {
                total = try binaryOperation(BinaryOperator.add.rawValue, previous, item)
            }
        } else {
            total = try call(slots[1], slots[2], item)
        }
        slots[2] = total
        return total
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("accumulate", args + 1, count - 1, keywordNames,
                                             names: ["iterable", "func", "initial"], required: 1, keywordOnlyFrom: 2)
        let iterator = try getIterator(bound[0])
        let it = itlNewIterator(args[0], 4)
        let slots = modSlots(it)
        slots[0] = iterator
        slots[1] = bound.optional(1) ?? .none
        slots[2] = .null
        let initial = bound.optional(2) ?? .none
        slots[3] = initial.isNone ? .null : initial
        return it
    })

    // chain(*iterables) and chain.from_iterable(iterable): slots [source iterator, active iterator].
    let chain = itlIteratorType(m, "chain", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        while true {
            if slots[1].isObject {
                if let item = try iteratorNext(slots[1]) { return item }
                slots[1] = .null
            }
            guard slots[0].isObject else { throw raiseStopIteration() }
            guard let next = try iteratorNext(slots[0]) else {
                slots[0] = .null
                throw raiseStopIteration()
            }
            slots[1] = try getIterator(next)
        }
    }, new: { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("chain() takes no keyword arguments") }
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = try getIterator(newTuple(args + 1, count: count - 1))
        modSlots(it)[1] = .null
        return it
    })
    itlChainType = chain
    defineMethod(chain, "from_iterable", classMethod: true) { args, count, keywordNames throws(PyError) in
        try checkPositional("chain.from_iterable", count - 1, keywordNames, min: 1, max: 1)
        let source = try getIterator(args[1])
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = source
        modSlots(it)[1] = .null
        return it
    }

    // compress(data, selectors): slots [data iterator, selector iterator].
    itlIteratorType(m, "compress", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        while true {
            guard let datum = try iteratorNext(slots[0]), let selector = try iteratorNext(slots[1]) else {
                throw raiseStopIteration()
            }
            if try isTruthy(selector) { return datum }
        }
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("compress", args + 1, count - 1, keywordNames, names: ["data", "selectors"], required: 2)
        let data = try getIterator(bound[0]), selectors = try getIterator(bound[1])
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = data
        modSlots(it)[1] = selectors
        return it
    })

    // dropwhile / takewhile / filterfalse: slots [predicate, iterator, state].
    itlIteratorType(m, "dropwhile", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        while true {
            guard let item = try iteratorNext(slots[1]) else { throw raiseStopIteration() }
            if slots[2].bits == Value.true.bits { return item }
            if !(try isTruthy(try call(slots[0], item))) {
                slots[2] = .true
                return item
            }
        }
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("dropwhile", count - 1, keywordNames, min: 2, max: 2)
        return try itlPredicateIterator(args[0], args[1], args[2])
    })
    itlIteratorType(m, "takewhile", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        if slots[2].bits == Value.true.bits { throw raiseStopIteration() }
        guard let item = try iteratorNext(slots[1]) else { throw raiseStopIteration() }
        if try isTruthy(try call(slots[0], item)) { return item }
        slots[2] = .true
        throw raiseStopIteration()
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("takewhile", count - 1, keywordNames, min: 2, max: 2)
        return try itlPredicateIterator(args[0], args[1], args[2])
    })
    itlIteratorType(m, "filterfalse", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        while true {
            guard let item = try iteratorNext(slots[1]) else { throw raiseStopIteration() }
            let keep = slots[0].isNone ? !(try isTruthy(item)) : !(try isTruthy(try call(slots[0], item)))
            if keep { return item }
        }
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("filterfalse", count - 1, keywordNames, min: 2, max: 2)
        return try itlPredicateIterator(args[0], args[1], args[2])
    })

    // starmap(function, iterable): slots [function, iterator].
    itlIteratorType(m, "starmap", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        guard let item = try iteratorNext(slots[1]) else { throw raiseStopIteration() }
        let arguments: Value
        if item.isObject && item.header.pointee.type == rt.pointee.types.tuple {
            arguments = item
        } else {
            do throws(PyError) {
                arguments = try tupleFromIterable(item)
            } catch {
                if currentExceptionMatches(rt.pointee.types.TypeError) {
                    _ = takeCurrentException()
                    throw raiseTypeError("iterator should return tuples")
                }
                throw error
            }
        }
        return try callObject(slots[0], arguments.tupleItems, arguments.tupleCount)
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("starmap", count - 1, keywordNames, min: 2, max: 2)
        let iterator = try getIterator(args[2])
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = args[1]
        modSlots(it)[1] = iterator
        return it
    })

    // pairwise(iterable): slots [iterator or NULL, previous item or NULL].
    itlIteratorType(m, "pairwise", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        guard slots[0].isObject else { throw raiseStopIteration() }
        var old = slots[1]
        if old.isNull {
            guard let first = try iteratorNext(slots[0]) else {
                slots[0] = .null
                throw raiseStopIteration()
            }
            old = first
            slots[1] = first
        }
        guard let new = try iteratorNext(slots[0]) else {
            slots[0] = .null
            slots[1] = .null
            throw raiseStopIteration()
        }
        let pair = modPair(old, new)
        slots[1] = new
        return pair
    }, new: { args, count, keywordNames throws(PyError) in
        try itlPositional("pairwise", count - 1, keywordNames, min: 1, max: 1)
        let iterator = try getIterator(args[1])
        let it = itlNewIterator(args[0], 2)
        modSlots(it)[0] = iterator
        modSlots(it)[1] = .null
        return it
    })

    // islice(iterable, stop) / islice(iterable, start, stop[, step]):
    // slots [iterator or NULL, next index, stop (-1: none), step, count consumed].
    itlIteratorType(m, "islice", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        guard slots[0].isObject else { throw raiseStopIteration() }
        let iterator = slots[0]
        let stop = slots[2].smallInt
        var consumed = slots[4].smallInt
        let next = slots[1].smallInt
        while consumed < next {
            guard try iteratorNext(iterator) != nil else {
                slots[0] = .null
                throw raiseStopIteration()
            }
            consumed += 1
            slots[4] = newInt(consumed)
        }
        if stop != -1 && consumed >= stop {
            slots[0] = .null
            throw raiseStopIteration()
        }
        guard let item = try iteratorNext(iterator) else {
            slots[0] = .null
            throw raiseStopIteration()
        }
        slots[4] = newInt(consumed + 1)
        var newNext = next &+ slots[3].smallInt
        if newNext < next || (stop != -1 && newNext > stop) { newNext = stop }
        slots[1] = newInt(newNext)
        return item
    }, new: { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("islice() takes no keyword arguments") }
        try modCheckCount("islice", count - 1, min: 2, max: 4)
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        var start = 0, stop = -1, step = 1
        if count == 3 {
            if !args[2].isNone { stop = try itlIsliceIndex(args[2], stopMessage) }
        } else {
            if !args[2].isNone { start = try itlIsliceIndex(args[2], indexMessage) }
            if !args[3].isNone { stop = try itlIsliceIndex(args[3], stopMessage) }
            if count == 5 && !args[4].isNone {
                guard let big = try modIndexBig(args[4]), let s = Int(exactly: big), s >= 1 else {
                    throw raiseValueError("Step for islice() must be a positive integer or None.")
                }
                step = s
            }
        }
        let iterator = try getIterator(args[1])
        let it = itlNewIterator(args[0], 5)
        let slots = modSlots(it)
        slots[0] = iterator
        slots[1] = newInt(start)
        slots[2] = newInt(stop)
        slots[3] = newInt(step)
        slots[4] = Value(smallInt: 0)
        return it
    })

    // zip_longest(*iterables, fillvalue=None): slots [list of iterators (None once done), fillvalue, active].
    itlIteratorType(m, "zip_longest", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let iterators = slots[0].object(as: ListObject.self)
        let n = iterators.pointee.count
        var active = slots[2].smallInt
        if n == 0 || active == 0 { throw raiseStopIteration() }
        let result = allocateTuple(count: n)
        for i in 0..<n { TupleObject.items(result)[i] = slots[1] }
        for i in 0..<n {
            let iterator = iterators.items[i]
            if iterator.isNone { continue }
            if let item = try iteratorNext(iterator) {
                TupleObject.items(result)[i] = item
            } else {
                active -= 1
                slots[2] = Value(smallInt: active)
                if active == 0 { throw raiseStopIteration() }
                iterators.items[i] = .none
            }
        }
        return Value(result)
    }, new: { args, count, keywordNames throws(PyError) in
        let keywordCount = modKeywordCount(keywordNames)
        let itlPositional = count - 1 - keywordCount
        var fill = Value.none
        for k in 0..<keywordCount {
            guard keywordNames.tupleItems[k].stringValue == "fillvalue" else {
                throw raiseTypeError("zip_longest() got an unexpected keyword argument")
            }
            fill = args[1 + itlPositional + k]
        }
        let iterators = newList(capacity: itlPositional)
        for i in 0..<itlPositional {
            do throws(PyError) {
                listAppend(iterators.object(as: ListObject.self), try getIterator(args[1 + i]))
            } catch {
                if currentExceptionMatches(rt.pointee.types.TypeError) {
                    _ = takeCurrentException()
                    throw raiseTypeError("zip_longest argument #\(i + 1) must support iteration")
                }
                throw error
            }
        }
        let it = itlNewIterator(args[0], 3)
        modSlots(it)[0] = iterators
        modSlots(it)[1] = fill
        modSlots(it)[2] = Value(smallInt: itlPositional)
        return it
    })

    // product(*iterables, repeat=1): slots [pools tuple, indices, last result or NULL, stopped].
    itlIteratorType(m, "product", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        if slots[3].bits == Value.true.bits { throw raiseStopIteration() }
        let pools = slots[0]
        let n = pools.tupleCount
        let indices = itlIntArray(slots[1])
        if slots[2].isNull {
            for i in 0..<n where pools.tupleItems[i].tupleCount == 0 {
                slots[3] = .true
                throw raiseStopIteration()
            }
            let result = allocateTuple(count: n)
            for i in 0..<n { TupleObject.items(result)[i] = pools.tupleItems[i].tupleItems[0] }
            slots[2] = Value(result)
            return Value(result)
        }
        // Advance the rightmost index that is not at its end, resetting those after it.
        var i = n - 1
        while i >= 0 {
            let pool = pools.tupleItems[i]
            indices[i] += 1
            if indices[i] < pool.tupleCount { break }
            indices[i] = 0
            i -= 1
        }
        if i < 0 {
            slots[3] = .true
            throw raiseStopIteration()
        }
        let result = allocateTuple(count: n)
        for j in 0..<n { TupleObject.items(result)[j] = pools.tupleItems[j].tupleItems[indices[j]] }
        slots[2] = Value(result)
        return Value(result)
    }, new: { args, count, keywordNames throws(PyError) in
        let keywordCount = modKeywordCount(keywordNames)
        let itlPositional = count - 1 - keywordCount
        var repeatCount = 1
        for k in 0..<keywordCount {
            guard keywordNames.tupleItems[k].stringValue == "repeat" else {
                throw raiseTypeError("product() got an unexpected keyword argument '\(keywordNames.tupleItems[k].stringValue)'")
            }
            repeatCount = try modInt(args[1 + itlPositional + k])
        }
        if repeatCount < 0 { throw raiseValueError("repeat argument cannot be negative") }
        let base = allocateTuple(count: itlPositional)
        for i in 0..<itlPositional { TupleObject.items(base)[i] = .none }
        for i in 0..<itlPositional { TupleObject.items(base)[i] = try tupleFromIterable(args[1 + i]) }
        let n = itlPositional * repeatCount
        let pools = allocateTuple(count: n)
        for i in 0..<n { TupleObject.items(pools)[i] = TupleObject.items(base)[i % max(itlPositional, 1)] }
        let it = itlNewIterator(args[0], 4)
        let slots = modSlots(it)
        slots[0] = Value(pools)
        slots[1] = itlNewIntArray(n)
        slots[2] = .null
        slots[3] = .false
        return it
    })

    // permutations(iterable, r=None): slots [pool, indices, cycles, r, state (0 first, 1 running, 2 done)].
    itlIteratorType(m, "permutations", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let state = slots[4].smallInt
        if state == 2 { throw raiseStopIteration() }
        let pool = slots[0]
        let n = pool.tupleCount
        let r = slots[3].smallInt
        let indices = itlIntArray(slots[1]), cycles = itlIntArray(slots[2])
        if state == 0 {
            if r > n {
                slots[4] = Value(smallInt: 2)
                throw raiseStopIteration()
            }
            slots[4] = Value(smallInt: 1)
            return itlTupleOf(pool, indices, r)
        }
        if n == 0 {
            slots[4] = Value(smallInt: 2)
            throw raiseStopIteration()
        }
        var i = r - 1
        while i >= 0 {
            cycles[i] -= 1
            if cycles[i] == 0 {
                let first = indices[i]
                for j in i..<(n - 1) { indices[j] = indices[j + 1] }
                indices[n - 1] = first
                cycles[i] = n - i
            } else {
                let j = cycles[i]
                let t = indices[i]; indices[i] = indices[n - j]; indices[n - j] = t
                return itlTupleOf(pool, indices, r)
            }
            i -= 1
        }
        slots[4] = Value(smallInt: 2)
        throw raiseStopIteration()
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("permutations", args + 1, count - 1, keywordNames, names: ["iterable", "r"], required: 1)
        let pool = try tupleFromIterable(bound[0])
        let n = pool.tupleCount
        var r = n
        if let rv = bound.optional(1), !rv.isNone {
            r = try modInt(rv)
            if r < 0 { throw raiseValueError("r must be non-negative") }
        }
        let it = itlNewIterator(args[0], 5)
        let slots = modSlots(it)
        slots[0] = pool
        slots[1] = itlNewIntArray(n)
        slots[2] = itlNewIntArray(max(r, 1))
        slots[3] = newInt(r)
        slots[4] = Value(smallInt: 0)
        let indices = itlIntArray(slots[1]), cycles = itlIntArray(slots[2])
        for i in 0..<n { indices[i] = i }
        if r <= n { for i in 0..<r { cycles[i] = n - i } }
        return it
    })

    // combinations(iterable, r): slots [pool, indices, r, state].
    itlIteratorType(m, "combinations", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let state = slots[3].smallInt
        if state == 2 { throw raiseStopIteration() }
        let pool = slots[0]
        let n = pool.tupleCount
        let r = slots[2].smallInt
        let indices = itlIntArray(slots[1])
        if state == 0 {
            if r > n {
                slots[3] = Value(smallInt: 2)
                throw raiseStopIteration()
            }
            slots[3] = Value(smallInt: 1)
            return itlTupleOf(pool, indices, r)
        }
        var i = r - 1
        while i >= 0 && indices[i] == i + n - r { i -= 1 }
        if i < 0 {
            slots[3] = Value(smallInt: 2)
            throw raiseStopIteration()
        }
        indices[i] += 1
        for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
        return itlTupleOf(pool, indices, r)
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("combinations", args + 1, count - 1, keywordNames, names: ["iterable", "r"], required: 2)
        let pool = try tupleFromIterable(bound[0])
        let r = try modInt(bound[1])
        if r < 0 { throw raiseValueError("r must be non-negative") }
        let it = itlNewIterator(args[0], 4)
        let slots = modSlots(it)
        slots[0] = pool
        slots[1] = itlNewIntArray(r)
        slots[2] = newInt(r)
        slots[3] = Value(smallInt: 0)
        let indices = itlIntArray(slots[1])
        for i in 0..<r { indices[i] = i }
        return it
    })

    // combinations_with_replacement(iterable, r): slots [pool, indices, r, state].
    itlIteratorType(m, "combinations_with_replacement", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let state = slots[3].smallInt
        if state == 2 { throw raiseStopIteration() }
        let pool = slots[0]
        let n = pool.tupleCount
        let r = slots[2].smallInt
        let indices = itlIntArray(slots[1])
        if state == 0 {
            if n == 0 && r > 0 {
                slots[3] = Value(smallInt: 2)
                throw raiseStopIteration()
            }
            slots[3] = Value(smallInt: 1)
            return itlTupleOf(pool, indices, r)
        }
        var i = r - 1
        while i >= 0 && indices[i] == n - 1 { i -= 1 }
        if i < 0 {
            slots[3] = Value(smallInt: 2)
            throw raiseStopIteration()
        }
        let value = indices[i] + 1
        for j in i..<r { indices[j] = value }
        return itlTupleOf(pool, indices, r)
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("combinations_with_replacement", args + 1, count - 1, keywordNames,
                                             names: ["iterable", "r"], required: 2)
        let pool = try tupleFromIterable(bound[0])
        let r = try modInt(bound[1])
        if r < 0 { throw raiseValueError("r must be non-negative") }
        let it = itlNewIterator(args[0], 4)
        let slots = modSlots(it)
        slots[0] = pool
        slots[1] = itlNewIntArray(r)
        slots[2] = newInt(r)
        slots[3] = Value(smallInt: 0)
        return it
    })

    // groupby(iterable, key=None): slots [iterator, key function, target key, current key,
    // current value, current grouper] (NULL where CPython has NULL).
    itlIteratorType(m, "groupby", { args, _, _ throws(PyError) in
        let group = args[0]
        let slots = modSlots(group)
        slots[5] = .null
        while true {
            if slots[3].isNull {
                // Nothing read yet.
            } else if slots[2].isNull {
                break
            } else if !(try compareBool(slots[2], slots[3], 2)) {
                break
            }
            try itlGroupbyStep(group)
        }
        slots[2] = slots[3]
        let grouper = modNewSlotObject(itlGrouperType!, slots: 2)
        modSlots(grouper)[0] = group
        modSlots(grouper)[1] = slots[2]
        slots[5] = grouper
        return modPair(slots[3], grouper)
    }, new: { args, count, keywordNames throws(PyError) in
        let bound = try bindBuiltinArguments("groupby", args + 1, count - 1, keywordNames, names: ["iterable", "key"], required: 1)
        let iterator = try getIterator(bound[0])
        let it = itlNewIterator(args[0], 6)
        let slots = modSlots(it)
        slots[0] = iterator
        slots[1] = bound.optional(1) ?? .none
        for i in 2..<6 { slots[i] = .null }
        return it
    })
    itlGrouperType = makeIteratorType("itertools._grouper", { args, _, _ throws(PyError) in
        let grouper = args[0]
        let group = modSlots(grouper)[0]
        let groupSlots = modSlots(group)
        if groupSlots[5].bits != grouper.bits { throw raiseStopIteration() }
        if groupSlots[4].isNull { try itlGroupbyStep(group) }
        if !(try compareBool(modSlots(grouper)[1], groupSlots[3], 2)) { throw raiseStopIteration() }
        let value = groupSlots[4]
        groupSlots[4] = .null
        return value
    })

    // tee(iterable, n=2): tee objects share [source iterator, buffer list] and keep an index.
    itlTeeType = makeIteratorType("itertools._tee", { args, _, _ throws(PyError) in
        let slots = modSlots(args[0])
        let shared = modSlots(slots[0])
        let buffer = shared[1].object(as: ListObject.self)
        let index = slots[1].smallInt
        if index < buffer.pointee.count {
            slots[1] = Value(smallInt: index + 1)
            return buffer.items[index]
        }
        guard shared[0].isObject, let item = try iteratorNext(shared[0]) else {
            shared[0] = .null
            throw raiseStopIteration()
        }
        listAppend(buffer, item)
        slots[1] = Value(smallInt: index + 1)
        return item
    })
    modFunction(m, "tee") { args, count, keywordNames throws(PyError) in
        try itlPositional("tee", count, keywordNames, min: 1, max: 2)
        let n = count > 1 ? try modInt(args[1]) : 2
        if n < 0 { throw raiseValueError("n must be >= 0") }
        let shared = modNewSlotObject(rt.pointee.types.object, slots: 2)
        modSlots(shared)[0] = try getIterator(args[0])
        modSlots(shared)[1] = newList(capacity: 0)
        let result = allocateTuple(count: n)
        for i in 0..<n { TupleObject.items(result)[i] = .none }
        for i in 0..<n {
            let t = modNewSlotObject(itlTeeType!, slots: 2)
            modSlots(t)[0] = shared
            modSlots(t)[1] = Value(smallInt: 0)
            TupleObject.items(result)[i] = t
        }
        return Value(result)
    }
    return m
}

/// The short type name for reprs ("count", or a subclass's name).
private func itlShortName(_ v: Value) -> String {
    let name = typeOf(v).pointee.name.stringValue
    return name.split(separator: ".").last.map(String.init) ?? name
}

private func itlPredicateIterator(_ cls: Value, _ predicate: Value, _ iterable: Value) throws(PyError) -> Value {
    let iterator = try getIterator(iterable)
    let it = itlNewIterator(cls, 3)
    modSlots(it)[0] = predicate
    modSlots(it)[1] = iterator
    modSlots(it)[2] = .false
    return it
}

/// groupby's step: reads the next value and its key (StopIteration at the end).
private func itlGroupbyStep(_ group: Value) throws(PyError) {
    let slots = modSlots(group)
    guard let value = try iteratorNext(slots[0]) else { throw raiseStopIteration() }
    let key = slots[1].isNone ? value : try call(slots[1], value)
    slots[4] = value
    slots[3] = key
}

private func itlIsliceIndex(_ v: Value, _ message: String) throws(PyError) -> Int {
    guard let big = try modIndexBig(v) else { throw raiseValueError(message) }
    guard let n = Int(exactly: big), n >= 0 else { throw raiseValueError(message) }
    return n
}
