/// Dict operations (CPython's compact dict algorithm: open addressing with perturbation over an
/// index table; entries in insertion order).

private let dictMinimumSize = 8

public func newDict(capacity: Int = 0) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<DictObject>.stride, kind: .dict, type: rt.pointee.types.dict)
    let d = raw.assumingMemoryBound(to: DictObject.self)
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    if capacity > 0 { dictResize(d, indexSizeFor(usable: capacity)) }
    return Value(d)
}

extension RuntimeState {
    @inline(__always) public mutating func newDictVersion() -> UInt64 {
        nextDictVersion &+= 1
        return nextDictVersion
    }
}

/// Smallest power-of-two index size whose usable part (2/3) holds `usable` entries.
private func indexSizeFor(usable: Int) -> Int {
    var size = dictMinimumSize
    while size * 2 / 3 < usable { size <<= 1 }
    return size
}

/// Rebuilds the table with `indexSize` index slots, compacting deleted entries away.
func dictResize(_ d: DictRef, _ indexSize: Int) {
    let usable = indexSize * 2 / 3
    let indices = rt.pointee.allocateStorage(kind: .byteStorage, capacity: indexSize, elementSize: 4)
        .assumingMemoryBound(to: Int32.self)
    indices.update(repeating: DictIndex.empty, count: indexSize)
    let entries = rt.pointee.allocateStorage(kind: .dictEntries, capacity: usable, elementSize: MemoryLayout<DictEntry>.stride)
        .assumingMemoryBound(to: DictEntry.self)
    let mask = indexSize - 1
    var used = 0
    if let old = d.pointee.entries {
        for i in 0..<d.pointee.entriesUsed where !old[i].key.isNull {
            entries[used] = old[i]
            var slot = old[i].hash & mask
            var perturb = UInt(bitPattern: old[i].hash)
            while indices[slot] != DictIndex.empty {
                perturb >>= 5
                slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[slot] = Int32(used)
            used += 1
        }
    }
    d.pointee.indices = indices
    d.pointee.entries = entries
    d.pointee.indexMask = mask
    d.pointee.entriesCapacity = usable
    d.pointee.entriesUsed = used
    d.pointee.keysVersion = rt.pointee.newDictVersion()
}

/// Result of probing for a key: the entry index when present, and the index slot where it is
/// or would be inserted.
public struct DictProbe {
    public var entryIndex: Int
    public var slot: Int
    @inline(__always) public var found: Bool { entryIndex >= 0 }
}

/// Finds `key` (whose hash is `hash`). May run Python code (__eq__ of user objects).
@inline(__always)
public func dictProbe(_ d: DictRef, _ key: Value, _ hash: Int) throws(PyError) -> DictProbe {
    guard let indices = d.pointee.indices else { return DictProbe(entryIndex: -1, slot: -1) }
    let mask = d.pointee.indexMask
    var slot = hash & mask
    var perturb = UInt(bitPattern: hash)
    var firstDeleted = -1
    while true {
        let ix = Int(indices[slot])
        if ix == Int(DictIndex.empty) {
            return DictProbe(entryIndex: -1, slot: firstDeleted >= 0 ? firstDeleted : slot)
        }
        if ix >= 0 {
            let entry = d.pointee.entries.unsafelyUnwrapped + ix
            if entry.pointee.key.bits == key.bits { return DictProbe(entryIndex: ix, slot: slot) }
            if entry.pointee.hash == hash {
                let entryKey = entry.pointee.key
                let keysVersion = d.pointee.keysVersion
                if try keysEqual(entryKey, key) {
                    return DictProbe(entryIndex: ix, slot: slot)
                }
                // __eq__ changed the dict under us: start again, as CPython does.
                if d.pointee.keysVersion != keysVersion { return try dictProbe(d, key, hash) }
            }
        } else if firstDeleted < 0 {
            firstDeleted = slot
        }
        perturb >>= 5
        slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
}

/// Key equality as dict and set lookups need it: identity, then str, then numbers, then the
/// interpreter's rich equality.
@inline(__always)
public func keysEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if a.bits == b.bits { return true }
    if a.isObject && b.isObject {
        let ka = a.header.pointee.kind, kb = b.header.pointee.kind
        if ka == .str || kb == .str {
            let str = rt.pointee.types.str
            let exact = a.header.pointee.type == str && b.header.pointee.type == str
            // Two str: compare them; a user subclass of str may define __eq__ (the hook asks it).
            if exact { return ka == kb && stringsEqual(a.object(as: StrObject.self), b.object(as: StrObject.self)) }
            if ka == .str && kb == .str && !a.header.pointee.type.pointee.flags.contains(.heapType)
                && !b.header.pointee.type.pointee.flags.contains(.heapType) {
                return stringsEqual(a.object(as: StrObject.self), b.object(as: StrObject.self))
            }
        }
    }
    if let numeric = numericEqualsIfNumbers(a, b) { return numeric }
    return try rt.pointee.hooks.richEquals(a, b)
}

public func dictLookup(_ d: DictRef, _ key: Value, _ hash: Int) throws(PyError) -> Value? {
    let probe = try dictProbe(d, key, hash)
    return probe.found ? d.pointee.entries.unsafelyUnwrapped[probe.entryIndex].value : nil
}

public func dictLookup(_ d: DictRef, _ key: Value) throws(PyError) -> Value? {
    try dictLookup(d, key, try hashValue(key))
}

/// Lookup by a str key known to be hashable (names, attribute names): never runs Python code
/// unless the dict holds keys of user types with the same hash.
@inline(__always)
public func dictLookupString(_ d: DictRef, _ key: Value) -> Value? {
    let hash = stringHash(key.object(as: StrObject.self))
    return try? dictLookup(d, key, hash)
}

public func dictSetItem(_ d: DictRef, _ key: Value, _ value: Value) throws(PyError) {
    try dictSetItem(d, key, try hashValue(key), value)
}

public func dictSetItem(_ d: DictRef, _ key: Value, _ hash: Int, _ value: Value) throws(PyError) {
    var probe = try dictProbe(d, key, hash)
    if probe.found {
        d.pointee.entries.unsafelyUnwrapped[probe.entryIndex].value = value
        d.pointee.version &+= 1
        return
    }
    if d.pointee.indices == nil || d.pointee.entriesUsed >= d.pointee.entriesCapacity {
        // CPython's GROWTH_RATE: the smallest power of two holding 3 * used.
        var size = dictMinimumSize
        while size < d.pointee.count * 3 { size <<= 1 }
        dictResize(d, size)
        probe = try dictProbe(d, key, hash)
    }
    let index = d.pointee.entriesUsed
    d.pointee.entries.unsafelyUnwrapped[index] = DictEntry(hash: hash, key: key, value: value)
    d.pointee.indices.unsafelyUnwrapped[probe.slot] = Int32(index)
    d.pointee.entriesUsed = index + 1
    d.pointee.count += 1
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    d.pointee.version &+= 1
}

/// Overwrites the value of the live entry at `index` (a cached position whose keys version was
/// just checked): what `dictSetItem` does when the key is found.
@inlinable @inline(__always)
public func storeGlobalsEntry(_ d: DictRef, _ index: Int, _ value: Value) {
    d.pointee.entries.unsafelyUnwrapped[index].value = value
    d.pointee.version &+= 1
}

/// Stores under a str key (names, attributes): hashing a str cannot fail.
public func dictSetString(_ d: DictRef, _ key: Value, _ value: Value) {
    let hash = stringHash(key.object(as: StrObject.self))
    try? dictSetItem(d, key, hash, value)
}

/// Removes `key`; returns its value, or nil when absent.
@discardableResult
public func dictDelete(_ d: DictRef, _ key: Value, _ hash: Int) throws(PyError) -> Value? {
    let probe = try dictProbe(d, key, hash)
    guard probe.found else { return nil }
    let entry = d.pointee.entries.unsafelyUnwrapped + probe.entryIndex
    let old = entry.pointee.value
    entry.pointee.key = .null
    entry.pointee.value = Value(bits: 0)
    d.pointee.indices.unsafelyUnwrapped[probe.slot] = DictIndex.deleted
    d.pointee.count -= 1
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    d.pointee.version &+= 1
    return old
}

@discardableResult
public func dictDelete(_ d: DictRef, _ key: Value) throws(PyError) -> Value? {
    try dictDelete(d, key, try hashValue(key))
}

public func dictClear(_ d: DictRef) {
    d.pointee.indices = nil
    d.pointee.entries = nil
    d.pointee.indexMask = 0
    d.pointee.entriesCapacity = 0
    d.pointee.entriesUsed = 0
    d.pointee.count = 0
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    d.pointee.version &+= 1
}

/// Calls `body` with each live entry in insertion order. The dict must not change meanwhile.
@inline(__always)
public func dictForEach(_ d: DictRef, _ body: (Value, Value) throws(PyError) -> Void) throws(PyError) {
    guard let entries = d.pointee.entries else { return }
    for i in 0..<d.pointee.entriesUsed where !entries[i].key.isNull {
        try body(entries[i].key, entries[i].value)
    }
}

/// The position of the next live entry at or after `position`, or nil.
@inline(__always)
public func dictNextEntry(_ d: DictRef, from position: Int) -> Int? {
    guard let entries = d.pointee.entries else { return nil }
    var i = position
    while i < d.pointee.entriesUsed {
        if !entries[i].key.isNull { return i }
        i += 1
    }
    return nil
}

/// Removes and returns the last live entry (dict.popitem), shrinking the used entries as
/// CPython does; nil when the dict is empty.
public func dictPopLast(_ d: DictRef) -> (key: Value, value: Value)? {
    guard d.pointee.count > 0, let entries = d.pointee.entries, let indices = d.pointee.indices else { return nil }
    var i = d.pointee.entriesUsed - 1
    while i >= 0 && entries[i].key.isNull { i -= 1 }
    guard i >= 0 else { return nil }
    let entry = entries[i]
    // Find the index slot pointing at entry i (its key is present, so the probe ends there).
    let mask = d.pointee.indexMask
    var slot = entry.hash & mask
    var perturb = UInt(bitPattern: entry.hash)
    while Int(indices[slot]) != i {
        perturb >>= 5
        slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    indices[slot] = DictIndex.deleted
    entries[i] = DictEntry(hash: 0, key: .null, value: Value(bits: 0))
    d.pointee.entriesUsed = i
    d.pointee.count -= 1
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    d.pointee.version &+= 1
    return (entry.key, entry.value)
}

/// A new plain dict holding the live entries of `source` in order, inserted without hashing or
/// comparing keys (they are known to be distinct), as CPython's dict.copy does.
public func dictCopy(_ source: DictRef) -> Value {
    let copy = newDict()
    dictFillEmpty(copy.object(as: DictObject.self), from: source)
    return copy
}

/// Fills the empty dict `d` with the live entries of `source`, without hashing or comparing.
public func dictFillEmpty(_ d: DictRef, from source: DictRef) {
    let count = source.pointee.count
    guard count > 0, d.pointee.count == 0, let from = source.pointee.entries else { return }
    var size = 8
    while size * 2 / 3 < count { size <<= 1 }
    dictResize(d, size)
    let entries = d.pointee.entries.unsafelyUnwrapped, indices = d.pointee.indices.unsafelyUnwrapped
    let mask = d.pointee.indexMask
    var used = 0
    for i in 0..<source.pointee.entriesUsed where !from[i].key.isNull {
        let entry = from[i]
        entries[used] = entry
        var slot = entry.hash & mask
        var perturb = UInt(bitPattern: entry.hash)
        while indices[slot] != DictIndex.empty {
            perturb >>= 5
            slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        indices[slot] = Int32(used)
        used += 1
    }
    d.pointee.entriesUsed = used
    d.pointee.count = used
    d.pointee.keysVersion = rt.pointee.newDictVersion()
    d.pointee.version &+= 1
}
