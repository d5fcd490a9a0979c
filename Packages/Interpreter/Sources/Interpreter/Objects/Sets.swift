import Runtime

/// Sets and frozensets, following CPython 3.11's setobject.c (linear probing of 9 slots, then
/// perturbation; growth when fill*5 >= mask*3) so that iteration order matches CPython's.
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

/// A table of `size` empty entries (NULL keys, zero hashes).
private func allocateSetTable(size: Int) -> UnsafeMutablePointer<SetEntry> {
    let table = rt.pointee.allocateStorage(kind: .setTable, capacity: size, elementSize: MemoryLayout<SetEntry>.stride)
        .assumingMemoryBound(to: SetEntry.self)
    for i in 0..<size { table[i] = SetEntry(hash: 0, key: .null) }
    return table
}

public func newFrozenSet(fromTuple items: Value) throws(PyError) -> Value {
    let set = makeSet(type: rt.pointee.types.frozenset, kind: .frozenset)
    for i in 0..<items.tupleCount { try setAdd(set.object(as: SetObject.self), items.tupleItems[i]) }
    return set
}

/// The entry holding `key`, or the empty entry where the search ended (key NULL).
private func setLookup(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) -> UnsafeMutablePointer<SetEntry> {
    while true {
        let table = set.pointee.table.unsafelyUnwrapped
        let mask = set.pointee.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var restart = false
        search: while true {
            var entry = table + i
            var probes = i + linearProbes <= mask ? linearProbes : 0
            repeat {
                if entry.pointee.hash == 0 && entry.pointee.key.isNull { return entry }
                if entry.pointee.hash == hash {
                    let startKey = entry.pointee.key
                    if startKey.bits == key.bits { return entry }
                    if try keysEqual(startKey, key) { return entry }
                    if set.pointee.table != table || entry.pointee.key.bits != startKey.bits {
                        restart = true
                        break search
                    }
                }
                entry += 1
                probes -= 1
            } while probes >= 0
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        if !restart { break }
    }
    fatalError("unreachable")
}

public func setContains(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    let hash = try hashValue(key)
    return !(try setLookup(set, key, hash)).pointee.key.isNull
}

public func setAdd(_ set: SetRef, _ key: Value) throws(PyError) {
    try setAdd(set, key, try hashValue(key))
}

/// CPython's set_add_entry: reuses the first dummy slot seen, grows when 3/5 full.
public func setAdd(_ set: SetRef, _ key: Value, _ hash: Int) throws(PyError) {
    restart: while true {
        let table = set.pointee.table.unsafelyUnwrapped
        let mask = set.pointee.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: UnsafeMutablePointer<SetEntry>?
        while true {
            var entry = table + i
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
                    if try keysEqual(startKey, key) { return }
                    if set.pointee.table != table || entry.pointee.key.bits != startKey.bits { continue restart }
                } else if entry.pointee.hash == -1 && entry.pointee.key.bits == SetEntry.dummy.bits && freeSlot == nil {
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

/// Rebuilds the table with room for `minimumUsed` (dummies dropped, order of the old table).
private func setResize(_ set: SetRef, _ minimumUsed: Int) {
    var size = setMinimumSize
    while size <= minimumUsed { size <<= 1 }
    let oldTable = set.pointee.table.unsafelyUnwrapped
    let oldMask = set.pointee.mask
    let newTable = allocateSetTable(size: size)
    let newMask = size - 1
    for i in 0...oldMask {
        let entry = oldTable[i]
        if !entry.key.isNull && entry.key.bits != SetEntry.dummy.bits {
            insertClean(newTable, newMask, entry.key, entry.hash)
        }
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

/// Removes `key`; false when it was absent.
@discardableResult
public func setDiscard(_ set: SetRef, _ key: Value) throws(PyError) -> Bool {
    let hash = try hashValue(key)
    let entry = try setLookup(set, key, hash)
    if entry.pointee.key.isNull { return false }
    entry.pointee = SetEntry(hash: -1, key: SetEntry.dummy)
    set.pointee.used -= 1
    return true
}

public func setClear(_ set: SetRef) {
    set.pointee.table = allocateSetTable(size: setMinimumSize)
    set.pointee.mask = setMinimumSize - 1
    set.pointee.fill = 0
    set.pointee.used = 0
}

/// Calls `body` with each key in table order.
public func setForEach(_ set: SetRef, _ body: (Value) throws(PyError) -> Void) throws(PyError) {
    let table = set.pointee.table.unsafelyUnwrapped
    for i in 0...set.pointee.mask {
        let key = table[i].key
        if !key.isNull && key.bits != SetEntry.dummy.bits { try body(key) }
    }
}

/// set.update / SET_UPDATE: sets and dicts contribute their keys with known hashes.
public func setUpdate(_ set: SetRef, _ iterable: Value) throws(PyError) {
    if iterable.isObject {
        switch iterable.header.pointee.kind {
        case .set, .frozenset:
            let other = iterable.object(as: SetObject.self)
            let table = other.pointee.table.unsafelyUnwrapped
            for i in 0...other.pointee.mask {
                let entry = table[i]
                if !entry.key.isNull && entry.key.bits != SetEntry.dummy.bits { try setAdd(set, entry.key, entry.hash) }
            }
            return
        case .dict:
            let dict = iterable.object(as: DictObject.self)
            if let entries = dict.pointee.entries {
                for i in 0..<dict.pointee.entriesUsed where !entries[i].key.isNull {
                    try setAdd(set, entries[i].key, entries[i].hash)
                }
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
        if !key.isNull && key.bits != SetEntry.dummy.bits {
            iterator.pointee.position = i
            iterator.pointee.remaining -= 1
            return key
        }
    }
    iterator.pointee.container = .null
    return nil
}

/// A new set (or frozenset when `frozen`) holding the keys of `source` in its table order.
func copySet(_ source: Value, frozen: Bool) throws(PyError) -> Value {
    let result = frozen ? makeSet(type: rt.pointee.types.frozenset, kind: .frozenset) : newSet()
    try setUpdate(result.object(as: SetObject.self), source)
    return result
}

/// |, &, -, ^ and their in-place forms between sets.
func setOperator(_ operation: BinaryOperator, _ lhs: Value, _ rhs: Value, inPlace: Bool) throws(PyError) -> Value {
    let frozen = lhs.header.pointee.kind == .frozenset
    let target = inPlace && !frozen ? lhs : try copySet(lhs, frozen: frozen)
    let targetSet = target.object(as: SetObject.self)
    let other = rhs.object(as: SetObject.self)
    switch operation {
    case .or:
        try setUpdate(targetSet, rhs)
        return target
    case .subtract:
        try setForEach(other) { key throws(PyError) in try setDiscard(targetSet, key) }
        return target
    case .and:
        // Keep the keys also in `rhs`, iterating the smaller set as CPython does.
        let result = frozen ? makeSet(type: rt.pointee.types.frozenset, kind: .frozenset) : newSet()
        let resultSet = result.object(as: SetObject.self)
        let left = lhs.object(as: SetObject.self)
        let (small, large) = other.pointee.used > left.pointee.used ? (left, other) : (other, left)
        try setForEach(small) { key throws(PyError) in
            if try setContains(large, key) { try setAdd(resultSet, key) }
        }
        if inPlace && !frozen {
            setClear(targetSet)
            try setUpdate(targetSet, result)
            return target
        }
        return result
    case .xor:
        try setForEach(other) { key throws(PyError) in
            if !(try setDiscard(targetSet, key)) { try setAdd(targetSet, key) }
        }
        return target
    default:
        throw raiseTypeError("unsupported set operation")
    }
}

/// ==, !=, <, <=, >, >= between sets (subset relations).
func compareSets(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Bool {
    let a = lhs.object(as: SetObject.self), b = rhs.object(as: SetObject.self)
    func isSubset(_ x: SetRef, _ y: SetRef) throws(PyError) -> Bool {
        if x.pointee.used > y.pointee.used { return false }
        var result = true
        try setForEach(x) { key throws(PyError) in if result, !(try setContains(y, key)) { result = false } }
        return result
    }
    switch op {
    case 2, 3:
        let equal = a.pointee.used == b.pointee.used ? try isSubset(a, b) : false
        return equal == (op == 2)
    case 1: return try isSubset(a, b)
    case 0: return a.pointee.used < b.pointee.used ? try isSubset(a, b) : false
    case 5: return try isSubset(b, a)
    default: return b.pointee.used < a.pointee.used ? try isSubset(b, a) : false
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
