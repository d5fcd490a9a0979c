import Runtime

/// Sets and frozensets, following CPython 3.11's setobject.c: the same table (linear probing of
/// 9 slots, then perturbation; growth when fill*5 >= mask*3), the same reuse of deleted slots,
/// the same resizes, and the same strategy for every operation (which set is iterated, which one
/// is copied, when a table is pre-sized), so that iteration order matches CPython's for the same
/// sequence of operations.
private let setMinimumSize = 8
private let linearProbes = 9
private let perturbShift = 5

public func newSet() -> Value {
    makeSet(type: rt.pointee.types.set, kind: .set)
}

func makeSet(type: TypeRef, kind: ObjectKind) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<SetObject>.stride, kind: kind, type: type)
    let set = raw.assumingMemoryBound(to: SetObject.self)
    set.pointee.hash = -1
    set.pointee.table = allocateSetTable(size: setMinimumSize)
    set.pointee.mask = setMinimumSize - 1
    return Value(set)
}

/// An empty set of the built-in base of `v`'s type (CPython's make_new_set_basetype).
func newSetLike(_ v: Value) -> Value {
    v.header.pointee.kind == .frozenset ? makeSet(type: rt.pointee.types.frozenset, kind: .frozenset) : newSet()
}

@inline(__always) func isAnySet(_ v: Value) -> Bool {
    v.isObject && (v.header.pointee.kind == .set || v.header.pointee.kind == .frozenset)
}

/// A table of `size` empty entries (NULL keys, zero hashes).
private func allocateSetTable(size: Int) -> UnsafeMutablePointer<SetEntry> {
    let table = rt.pointee.allocateStorage(kind: .setTable, capacity: size, elementSize: MemoryLayout<SetEntry>.stride)
        .assumingMemoryBound(to: SetEntry.self)
    for i in 0..<size { table[i] = SetEntry(hash: 0, key: .null) }
    return table
}

/// A frozenset constant of a code object. CPython's compiler builds it from the tuple of items,
/// then its constant merging rebuilds it from that frozenset's iteration order, which can give a
/// different table: do both steps so that `{c1, c2, c3}` displays iterate as CPython's do.
public func newFrozenSet(fromTuple items: Value) throws(PyError) -> Value {
    let first = makeSet(type: rt.pointee.types.frozenset, kind: .frozenset)
    for i in 0..<items.tupleCount { try setAdd(first.object(as: SetObject.self), items.tupleItems[i]) }
    if items.tupleCount == 0 { return first }
    let set = makeSet(type: rt.pointee.types.frozenset, kind: .frozenset)
    try setForEach(first.object(as: SetObject.self)) { key throws(PyError) in try setAdd(set.object(as: SetObject.self), key) }
    return set
}

@inline(__always) private func isActive(_ key: Value) -> Bool {
    !key.isNull && key.bits != SetEntry.dummy.bits
}

/// The entry holding `key`, or the empty entry where the search ended (key NULL).
private func setLookup(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) -> UnsafeMutablePointer<SetEntry> {
    restart: while true {
        var mask = set.pointee.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var entry = set.pointee.table.unsafelyUnwrapped + i
            var probes = i + linearProbes <= mask ? linearProbes : 0
            repeat {
                if entry.pointee.hash == 0 && entry.pointee.key.isNull { return entry }
                if entry.pointee.hash == hash {
                    let startKey = entry.pointee.key
                    if startKey.bits == key.bits { return entry }
                    let table = set.pointee.table
                    if try keysEqual(startKey, key) {
                        if set.pointee.table != table || entry.pointee.key.bits != startKey.bits { continue restart }
                        return entry
                    }
                    if set.pointee.table != table || entry.pointee.key.bits != startKey.bits { continue restart }
                    mask = set.pointee.mask
                }
                entry += 1
                probes -= 1
            } while probes >= 0
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}

@inline(__always) func setContainsEntry(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) -> Bool {
    !(try setLookup(set, key, hash)).pointee.key.isNull
}

public func setContains(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    try setContainsEntry(set, key, try hashValue(key))
}

/// `key in set` (and remove/discard): an unhashable set key is looked up as a frozenset.
func setContainsKey(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    do throws(PyError) {
        return try setContains(set, key)
    } catch {
        guard let frozen = try frozenRetryKey(key) else { throw error }
        return try setContains(set, frozen)
    }
}

/// After hashing `key` failed: a frozenset copy when `key` is a set, else nil (keep the error).
private func frozenRetryKey(_ key: Value) throws(PyError) -> Value? {
    guard key.isObject, key.header.pointee.kind == .set, currentExceptionMatches(rt.pointee.types.TypeError) else { return nil }
    _ = takeCurrentException()
    let frozen = makeSet(type: rt.pointee.types.frozenset, kind: .frozenset)
    try setUpdate(frozen.object(as: SetObject.self), key)
    return frozen
}

public func setAdd(_ set: SetRef, _ key: Value) throws(PyError) {
    try setAdd(set, key, try hashValue(key))
}

/// CPython's set_add_entry: a new key goes to the last deleted slot seen on its probe path, or
/// else to the empty slot ending it; the table grows when 3/5 full.
public func setAdd(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) {
    restart: while true {
        var mask = set.pointee.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: UnsafeMutablePointer<SetEntry>?
        while true {
            var entry = set.pointee.table.unsafelyUnwrapped + i
            var probes = i + linearProbes <= mask ? linearProbes : 0
            repeat {
                if entry.pointee.hash == 0 && entry.pointee.key.isNull {
                    if let freeSlot {
                        set.pointee.used += 1
                        freeSlot.pointee = SetEntry(hash: hash, key: key)
                        return
                    }
                    set.pointee.fill += 1
                    set.pointee.used += 1
                    entry.pointee = SetEntry(hash: hash, key: key)
                    if set.pointee.fill * 5 < mask * 3 { return }
                    setResize(set, set.pointee.used > 50000 ? set.pointee.used * 2 : set.pointee.used * 4)
                    return
                }
                if entry.pointee.hash == hash {
                    let startKey = entry.pointee.key
                    if startKey.bits == key.bits { return }
                    let table = set.pointee.table
                    if try keysEqual(startKey, key) { return }
                    if set.pointee.table != table || entry.pointee.key.bits != startKey.bits { continue restart }
                    mask = set.pointee.mask
                } else if entry.pointee.hash == -1 {
                    freeSlot = entry
                }
                entry += 1
                probes -= 1
            } while probes >= 0
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}

/// CPython's set_table_resize: the smallest power of two above `minimumUsed`; a minimum-size
/// table without deleted slots is left alone; entries are reinserted in old table order.
private func setResize(_ set: SetRef, _ minimumUsed: Int) {
    var size = setMinimumSize
    while size <= minimumUsed { size <<= 1 }
    let oldMask = set.pointee.mask
    if size == setMinimumSize && oldMask == setMinimumSize - 1 && set.pointee.fill == set.pointee.used { return }
    let oldTable = set.pointee.table.unsafelyUnwrapped
    let newTable = allocateSetTable(size: size)
    let newMask = size - 1
    for i in 0...oldMask where isActive(oldTable[i].key) {
        insertClean(newTable, newMask, oldTable[i].key, oldTable[i].hash)
    }
    set.pointee.table = newTable
    set.pointee.mask = newMask
    set.pointee.fill = set.pointee.used
}

private func insertClean(_ table: UnsafeMutablePointer<SetEntry>, _ mask: Int, _ key: Value, _ hash: Int) {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while true {
        var entry = table + i
        if entry.pointee.key.isNull { entry.pointee = SetEntry(hash: hash, key: key); return }
        if i + linearProbes <= mask {
            for _ in 0..<linearProbes {
                entry += 1
                if entry.pointee.key.isNull { entry.pointee = SetEntry(hash: hash, key: key); return }
            }
        }
        perturb >>= UInt(perturbShift)
        i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
}

/// Removes the key (hash known); false when it was absent.
@discardableResult
func setDiscardEntry(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) -> Bool {
    let entry = try setLookup(set, key, hash)
    if entry.pointee.key.isNull { return false }
    entry.pointee = SetEntry(hash: -1, key: SetEntry.dummy)
    set.pointee.used -= 1
    return true
}

/// Removes `key`; false when it was absent.
@discardableResult
public func setDiscard(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    try setDiscardEntry(set, key, try hashValue(key))
}

/// set.discard / set.remove: a set key is looked up as a frozenset.
func setDiscardKey(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    do throws(PyError) {
        return try setDiscard(set, key)
    } catch {
        guard let frozen = try frozenRetryKey(key) else { throw error }
        return try setDiscard(set, frozen)
    }
}

public func setClear(_ set: SetRef) {
    set.pointee.table = allocateSetTable(size: setMinimumSize)
    set.pointee.mask = setMinimumSize - 1
    set.pointee.fill = 0
    set.pointee.used = 0
    set.pointee.hash = -1
}

/// set.pop(): the first active entry at or after the finger.
func setPop(_ set: SetRef) throws(PyError) -> Value {
    guard set.pointee.used > 0 else { throw raise(rt.pointee.types.KeyError, "pop from an empty set") }
    let table = set.pointee.table.unsafelyUnwrapped
    let mask = set.pointee.mask
    var i = set.pointee.finger & mask
    while !isActive(table[i].key) {
        i += 1
        if i > mask { i = 0 }
    }
    let key = table[i].key
    table[i] = SetEntry(hash: -1, key: SetEntry.dummy)
    set.pointee.used -= 1
    set.pointee.finger = i + 1
    return key
}

/// Calls `body` with each key in table order.
public func setForEach(_ set: SetRef, _ body: (Value) throws(PyError) -> Void) throws(PyError) {
    try setForEachEntry(set) { key, _ throws(PyError) in try body(key) }
}

/// Calls `body` with each key and its hash in table order (CPython's set_next: the table is
/// re-read at every step, so a body that changes the set does not crash).
func setForEachEntry(_ set: SetRef, _ body: (Value, Int) throws(PyError) -> Void) throws(PyError) {
    var i = 0
    while i <= set.pointee.mask {
        let entry = set.pointee.table.unsafelyUnwrapped[i]
        i += 1
        if isActive(entry.key) { try body(entry.key, entry.hash) }
    }
}

/// CPython's set_merge: `other`'s keys into `set`, with one resize up front; an empty target
/// takes a straight copy of a same-size table, or clean insertions.
private func setMerge(_ set: SetRef, _ other: SetRef) throws(PyError) {
    if other == set || other.pointee.used == 0 { return }
    if (set.pointee.fill + other.pointee.used) * 5 >= set.pointee.mask * 3 {
        setResize(set, (set.pointee.used + other.pointee.used) * 2)
    }
    let otherTable = other.pointee.table.unsafelyUnwrapped
    if set.pointee.fill == 0 && set.pointee.mask == other.pointee.mask && other.pointee.fill == other.pointee.used {
        let table = set.pointee.table.unsafelyUnwrapped
        for i in 0...other.pointee.mask where !otherTable[i].key.isNull { table[i] = otherTable[i] }
        set.pointee.fill = other.pointee.fill
        set.pointee.used = other.pointee.used
        return
    }
    if set.pointee.fill == 0 {
        let table = set.pointee.table.unsafelyUnwrapped
        let mask = set.pointee.mask
        set.pointee.fill = other.pointee.used
        set.pointee.used = other.pointee.used
        for i in 0...other.pointee.mask where isActive(otherTable[i].key) {
            insertClean(table, mask, otherTable[i].key, otherTable[i].hash)
        }
        return
    }
    try setForEachEntry(other) { key, hash throws(PyError) in try setAdd(set, key, hash) }
}

/// set.update / SET_UPDATE / set(iterable) (CPython's set_update_internal): sets merge, exact
/// dicts contribute their keys with known hashes after one resize, anything else is iterated.
public func setUpdate(_ set: SetRef, _ iterable: Value) throws(PyError) {
    if iterable.isObject {
        switch iterable.header.pointee.kind {
        case .set, .frozenset:
            try setMerge(set, iterable.object(as: SetObject.self))
            return
        case .dict where iterable.header.pointee.type == rt.pointee.types.dict:
            let dict = iterable.object(as: DictObject.self)
            let size = dict.pointee.count
            if (set.pointee.fill + size) * 5 >= set.pointee.mask * 3 {
                setResize(set, (set.pointee.used + size) * 2)
            }
            var i = 0
            while let entries = dict.pointee.entries, i < dict.pointee.entriesUsed {
                let entry = entries[i]
                i += 1
                if !entry.key.isNull { try setAdd(set, entry.key, entry.hash) }
            }
            return
        default:
            break
        }
    }
    try forEachItem(iterable) { item throws(PyError) in try setAdd(set, item) }
}

func newSetIterator(_ set: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<HashIteratorObject>.stride, kind: .setIterator, type: rt.pointee.types.setIterator)
    let iterator = raw.assumingMemoryBound(to: HashIteratorObject.self)
    iterator.pointee.container = set
    iterator.pointee.position = 0
    iterator.pointee.initialCount = set.object(as: SetObject.self).pointee.used
    iterator.pointee.remaining = iterator.pointee.initialCount
    return Value(iterator)
}

func setIteratorNext(_ it: Value) throws(PyError) -> Value? {
    let iterator = it.object(as: HashIteratorObject.self)
    guard iterator.pointee.container.isObject else { return nil }
    let set = iterator.pointee.container.object(as: SetObject.self)
    if set.pointee.used != iterator.pointee.initialCount {
        iterator.pointee.initialCount = -1
        throw raiseRuntimeError("Set changed size during iteration")
    }
    let table = set.pointee.table.unsafelyUnwrapped
    var i = iterator.pointee.position
    while i <= set.pointee.mask {
        let key = table[i].key
        i += 1
        if isActive(key) {
            iterator.pointee.position = i
            iterator.pointee.remaining -= 1
            return key
        }
    }
    iterator.pointee.container = .null
    return nil
}

/// A new set (or frozenset when `frozen`) built from `source` as set(source) builds it.
func copySet(_ source: Value, frozen: Bool) throws(PyError) -> Value {
    let result = frozen ? makeSet(type: rt.pointee.types.frozenset, kind: .frozenset) : newSet()
    try setUpdate(result.object(as: SetObject.self), source)
    return result
}

/// s.copy() for sets (a frozenset's copy is itself, handled by the caller).
func setCopy(_ v: Value) throws(PyError) -> Value {
    let result = newSetLike(v)
    try setUpdate(result.object(as: SetObject.self), v)
    return result
}

// MARK: the set algebra, operation by operation as CPython does it

/// set_intersection: iterates the smaller of two sets, or the iterable.
func setIntersection(_ so: Value, _ other: Value) throws(PyError) -> Value {
    if so.bits == other.bits { return try setCopy(so) }
    let result = newSetLike(so)
    let resultSet = result.object(as: SetObject.self)
    if isAnySet(other) {
        var big = so.object(as: SetObject.self), small = other.object(as: SetObject.self)
        if small.pointee.used > big.pointee.used { swap(&big, &small) }
        try setForEachEntry(small) { key, hash throws(PyError) in
            if try setContainsEntry(big, key, hash) { try setAdd(resultSet, key, hash) }
        }
        return result
    }
    let target = so.object(as: SetObject.self)
    try forEachItem(other) { key throws(PyError) in
        let hash = try hashValue(key)
        if try setContainsEntry(target, key, hash) { try setAdd(resultSet, key, hash) }
    }
    return result
}

func setIntersectionMulti(_ so: Value, _ others: UnsafeMutablePointer<Value>, _ count: Int) throws(PyError) -> Value {
    if count == 0 { return try setCopy(so) }
    var result = so
    for i in 0..<count { result = try setIntersection(result, others[i]) }
    return result
}

/// Gives `set` the contents of `source` (CPython's set_swap_bodies, one way).
func setTakeBody(_ set: SetRef, _ source: Value) {
    let s = source.object(as: SetObject.self)
    set.pointee.table = s.pointee.table
    set.pointee.mask = s.pointee.mask
    set.pointee.fill = s.pointee.fill
    set.pointee.used = s.pointee.used
    set.pointee.hash = -1
}

/// set_difference_update_internal.
func setDifferenceUpdate(_ so: Value, _ other: Value) throws(PyError) {
    let set = so.object(as: SetObject.self)
    if so.bits == other.bits { setClear(set); return }
    if isAnySet(other) {
        var source = other
        if (other.object(as: SetObject.self).pointee.used >> 3) > set.pointee.used {
            source = try setIntersection(so, other)
        }
        try setForEachEntry(source.object(as: SetObject.self)) { key, hash throws(PyError) in
            try setDiscardEntry(set, key, hash)
        }
    } else {
        try forEachItem(other) { key throws(PyError) in try setDiscard(set, key) }
    }
    // More than a quarter dummies: resize them away.
    if set.pointee.fill - set.pointee.used <= set.pointee.mask / 4 { return }
    setResize(set, set.pointee.used > 50000 ? set.pointee.used * 2 : set.pointee.used * 4)
}

/// set_difference.
func setDifference(_ so: Value, _ other: Value) throws(PyError) -> Value {
    let set = so.object(as: SetObject.self)
    let otherSize: Int
    let otherIsDict = other.isObject && other.header.pointee.type == rt.pointee.types.dict
    if isAnySet(other) {
        otherSize = other.object(as: SetObject.self).pointee.used
    } else if otherIsDict {
        otherSize = other.object(as: DictObject.self).pointee.count
    } else {
        let result = try setCopy(so)
        try setDifferenceUpdate(result, other)
        return result
    }
    if (set.pointee.used >> 2) > otherSize {
        let result = try setCopy(so)
        try setDifferenceUpdate(result, other)
        return result
    }
    let result = newSetLike(so)
    let resultSet = result.object(as: SetObject.self)
    if otherIsDict {
        let dict = other.object(as: DictObject.self)
        try setForEachEntry(set) { key, hash throws(PyError) in
            if !(try dictProbe(dict, key, hash).found) { try setAdd(resultSet, key, hash) }
        }
        return result
    }
    let otherSet = other.object(as: SetObject.self)
    try setForEachEntry(set) { key, hash throws(PyError) in
        if !(try setContainsEntry(otherSet, key, hash)) { try setAdd(resultSet, key, hash) }
    }
    return result
}

func setDifferenceMulti(_ so: Value, _ others: UnsafeMutablePointer<Value>, _ count: Int) throws(PyError) -> Value {
    if count == 0 { return try setCopy(so) }
    let result = try setDifference(so, others[0])
    for i in 1..<max(count, 1) { try setDifferenceUpdate(result, others[i]) }
    return result
}

/// set_symmetric_difference_update.
func setSymmetricDifferenceUpdate(_ so: Value, _ other: Value) throws(PyError) {
    let set = so.object(as: SetObject.self)
    if so.bits == other.bits { setClear(set); return }
    if other.isObject && other.header.pointee.type == rt.pointee.types.dict {
        let dict = other.object(as: DictObject.self)
        var i = 0
        while let entries = dict.pointee.entries, i < dict.pointee.entriesUsed {
            let entry = entries[i]
            i += 1
            if entry.key.isNull { continue }
            if !(try setDiscardEntry(set, entry.key, entry.hash)) { try setAdd(set, entry.key, entry.hash) }
        }
        return
    }
    let otherSet: Value
    if isAnySet(other) {
        otherSet = other
    } else {
        otherSet = newSetLike(so)
        try setUpdate(otherSet.object(as: SetObject.self), other)
    }
    try setForEachEntry(otherSet.object(as: SetObject.self)) { key, hash throws(PyError) in
        if !(try setDiscardEntry(set, key, hash)) { try setAdd(set, key, hash) }
    }
}

/// set_symmetric_difference: a copy of `other` updated with `so`.
func setSymmetricDifference(_ so: Value, _ other: Value) throws(PyError) -> Value {
    let result = newSetLike(so)
    try setUpdate(result.object(as: SetObject.self), other)
    try setSymmetricDifferenceUpdate(result, so)
    return result
}

/// set_union: a copy of `so` updated with each other iterable.
func setUnion(_ so: Value, _ others: UnsafeMutablePointer<Value>, _ count: Int) throws(PyError) -> Value {
    let result = try setCopy(so)
    for i in 0..<count where others[i].bits != so.bits {
        try setUpdate(result.object(as: SetObject.self), others[i])
    }
    return result
}

/// set_issubset for two sets.
func setIsSubset(_ a: SetRef, _ b: SetRef) throws(PyError) -> Bool {
    if a.pointee.used > b.pointee.used { return false }
    var result = true
    var i = 0
    while i <= a.pointee.mask {
        let entry = a.pointee.table.unsafelyUnwrapped[i]
        i += 1
        if isActive(entry.key), !(try setContainsEntry(b, entry.key, entry.hash)) { result = false; break }
    }
    return result
}

/// s.issubset(other) / s.issuperset(other) with any iterable.
func setIsSubsetOf(_ so: Value, _ other: Value) throws(PyError) -> Bool {
    let otherSet = isAnySet(other) ? other : try copySet(other, frozen: false)
    return try setIsSubset(so.object(as: SetObject.self), otherSet.object(as: SetObject.self))
}

func setIsSupersetOf(_ so: Value, _ other: Value) throws(PyError) -> Bool {
    let otherSet = isAnySet(other) ? other : try copySet(other, frozen: false)
    return try setIsSubset(otherSet.object(as: SetObject.self), so.object(as: SetObject.self))
}

/// set_isdisjoint.
func setIsDisjoint(_ so: Value, _ other: Value) throws(PyError) -> Bool {
    if so.bits == other.bits { return so.object(as: SetObject.self).pointee.used == 0 }
    let setType = rt.pointee.types.set, frozenType = rt.pointee.types.frozenset
    if other.isObject && (other.header.pointee.type == setType || other.header.pointee.type == frozenType) {
        var big = so.object(as: SetObject.self), small = other.object(as: SetObject.self)
        if small.pointee.used > big.pointee.used { swap(&big, &small) }
        var disjoint = true
        var i = 0
        while i <= small.pointee.mask {
            let entry = small.pointee.table.unsafelyUnwrapped[i]
            i += 1
            if isActive(entry.key), try setContainsEntry(big, entry.key, entry.hash) { disjoint = false; break }
        }
        return disjoint
    }
    let set = so.object(as: SetObject.self)
    let iterator = try getIterator(other)
    while let key = try iteratorNext(iterator) {
        if try setContains(set, key) { return false }
    }
    return true
}

/// |, &, -, ^ and their in-place forms between sets (both operands are sets or frozensets).
func setOperator(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value {
    let mutate = inPlace && lhs.header.pointee.kind == .set
    switch operation {
    case .or:
        if mutate {
            try setUpdate(lhs.object(as: SetObject.self), rhs)
            return lhs
        }
        let result = try setCopy(lhs)
        if lhs.bits != rhs.bits { try setUpdate(result.object(as: SetObject.self), rhs) }
        return result
    case .and:
        let result = try setIntersection(lhs, rhs)
        if mutate {
            setTakeBody(lhs.object(as: SetObject.self), result)
            return lhs
        }
        return result
    case .subtract:
        if mutate {
            try setDifferenceUpdate(lhs, rhs)
            return lhs
        }
        return try setDifference(lhs, rhs)
    case .xor:
        if mutate {
            try setSymmetricDifferenceUpdate(lhs, rhs)
            return lhs
        }
        return try setSymmetricDifference(lhs, rhs)
    default:
        throw raiseTypeError("unsupported set operation")
    }
}

/// ==, !=, <, <=, >, >= between sets (set_richcompare).
func compareSets(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Bool {
    let a = lhs.object(as: SetObject.self), b = rhs.object(as: SetObject.self)
    switch op {
    case 2, 3:
        var equal: Bool
        if a.pointee.used != b.pointee.used {
            equal = false
        } else if a.pointee.hash != -1 && b.pointee.hash != -1 && a.pointee.hash != b.pointee.hash {
            equal = false
        } else {
            equal = try setIsSubset(a, b)
        }
        return equal == (op == 2)
    case 1: return try setIsSubset(a, b)
    case 0: return a.pointee.used < b.pointee.used ? try setIsSubset(a, b) : false
    case 5: return try setIsSubset(b, a)
    default: return b.pointee.used < a.pointee.used ? try setIsSubset(b, a) : false
    }
}

/// CPython 3.11's frozenset hash.
public func hashFrozenSet(_ set: SetRef) -> Int {
    if set.pointee.hash != -1 { return set.pointee.hash }
    func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
    var hash: UInt = 0
    let table = set.pointee.table.unsafelyUnwrapped
    for i in 0...set.pointee.mask { hash ^= shuffle(UInt(bitPattern: table[i].hash)) }
    if (set.pointee.mask + 1 - set.pointee.fill) & 1 != 0 { hash ^= shuffle(0) }
    if (set.pointee.fill - set.pointee.used) & 1 != 0 { hash ^= shuffle(UInt.max) }
    hash ^= (UInt(set.pointee.used) &+ 1) &* 1927868237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907133923
    var result = Int(bitPattern: hash)
    if result == -1 { result = 590923713 }
    set.pointee.hash = result
    return result
}
