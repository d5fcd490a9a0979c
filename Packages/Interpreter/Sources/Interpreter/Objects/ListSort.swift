import Runtime

// list.sort: CPython 3.11's timsort (natural runs, binary insertion up to minrun, the powersort
// merge policy, galloping merges), written afresh from its description so that the sequence of
// `<` comparisons -- and therefore the result for inconsistent orders (NaN), the exception for
// incomparable items and the partially sorted list left behind by one -- is CPython's.

/// The `<` a sort uses. Specialized orders apply when every key has one exact type; they give
/// the same answers as `compareBool(a, b, 0)` for those keys, without the dispatch.
protocol SortOrder {
    static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool
}

private enum GenericOrder: SortOrder {
    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool { try compareBool(a, b, 0) }
}

private enum SmallIntOrder: SortOrder {
    // Shifting the tag out leaves the payload scaled by 2^14 with its sign: same order.
    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        Int64(bitPattern: a.bits << Value.intShift) < Int64(bitPattern: b.bits << Value.intShift)
    }
}

private enum FloatOrder: SortOrder {
    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool { a.float < b.float }
}

private enum StrOrder: SortOrder {
    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        compareStrings(a.object(as: StrObject.self), b.object(as: StrObject.self)) < 0
    }
}

/// Exact tuples, compared as tuple `<` does (the first unequal items decide, else the lengths),
/// with the equality and order of small ints and exact strs done inline.
private enum TupleOrder: SortOrder {
    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        let na = a.tupleCount, nb = b.tupleCount
        let pa = a.tupleItems, pb = b.tupleItems
        let n = min(na, nb)
        let str = rt.pointee.types.str
        var i = 0
        while i < n {
            let x = pa[i], y = pb[i]
            if Value.bothSmallInts(x, y) {
                if x.bits != y.bits { return x.smallInt < y.smallInt }
            } else if x.isObject && y.isObject && x.header.pointee.type == str && y.header.pointee.type == str {
                let sx = x.object(as: StrObject.self), sy = y.object(as: StrObject.self)
                if x.bits != y.bits && !stringsEqual(sx, sy) { return compareStrings(sx, sy) < 0 }
            } else if !(try valuesEqual(x, y)) {
                return try compareBool(x, y, 0)
            }
            i += 1
        }
        return na < nb
    }
}

/// Keys and (when a key function was given) the values moved in lockstep with them.
private struct SortSlice {
    var keys: UnsafeMutablePointer<Value>
    var values: UnsafeMutablePointer<Value>?

    @inline(__always) mutating func advance(_ n: Int) {
        keys += n
        if let v = values { values = v + n }
    }
    /// self[i..<i+n] = source[j..<j+n] (regions may overlap).
    @inline(__always) func move(_ i: Int, from source: SortSlice, _ j: Int, _ n: Int) {
        guard n > 0 else { return }
        (keys + i).update(from: source.keys + j, count: n)
        if let v = values { (v + i).update(from: source.values.unsafelyUnwrapped + j, count: n) }
    }
    @inline(__always) func set(_ i: Int, from source: SortSlice, _ j: Int) {
        keys[i] = source.keys[j]
        if let v = values { v[i] = source.values.unsafelyUnwrapped[j] }
    }
    /// *self++ = *source++
    @inline(__always) mutating func copyIncrement(_ source: inout SortSlice) {
        set(0, from: source, 0)
        advance(1)
        source.advance(1)
    }
    /// *self-- = *source--
    @inline(__always) mutating func copyDecrement(_ source: inout SortSlice) {
        set(0, from: source, 0)
        advance(-1)
        source.advance(-1)
    }
    func reverse(_ n: Int) {
        reverseValues(keys, n)
        if let v = values { reverseValues(v, n) }
    }
}

func reverseValues(_ p: UnsafeMutablePointer<Value>, _ n: Int) {
    var i = 0, j = n - 1
    while i < j {
        let t = p[i]; p[i] = p[j]; p[j] = t
        i += 1; j -= 1
    }
}

private let minGallopStart = 7
private let maxMinrun = 64

private struct PendingRun {
    var base: Int
    var length: Int
    var power: Int
}

/// One sort in progress. A struct kept in a local, so the temp storage it points to is found by
/// the collector's stack scan; values only ever live in the list storage or the temp storage.
private struct MergeState<Order: SortOrder> {
    let base: SortSlice
    let listLength: Int
    var minGallop = minGallopStart
    var temp: SortSlice
    var tempCapacity = 0
    var pending: [PendingRun] = []

    init(_ base: SortSlice, _ n: Int) {
        self.base = base
        listLength = n
        temp = base
    }

    /// 1 when a < b, 0 when not, -1 when the comparison raised.
    @inline(__always) func less(_ a: Value, _ b: Value) -> Int {
        do { return try Order.less(a, b) ? 1 : 0 } catch { return -1 }
    }

    mutating func ensureTemp(_ need: Int) {
        guard need > tempCapacity else { return }
        let keys = rt.pointee.allocateValueStorage(capacity: need)
        let values = base.values == nil ? nil : rt.pointee.allocateValueStorage(capacity: need)
        temp = SortSlice(keys: keys, values: values)
        tempCapacity = need
    }

    mutating func sort() throws(PyError) {
        var remaining = listLength
        if remaining < 2 { return }
        var lo = base
        var n = remaining, r = 0
        while n >= maxMinrun { r |= n & 1; n >>= 1 }
        let minrun = n + r
        repeat {
            var descending = false
            var run = countRun(lo.keys, remaining, &descending)
            if run < 0 { throw PyError() }
            if descending { lo.reverse(run) }
            if run < minrun {
                let force = remaining <= minrun ? remaining : minrun
                if binarySort(lo, force, start: run) < 0 { throw PyError() }
                run = force
            }
            if foundNewRun(lo.keys - base.keys, run) < 0 { throw PyError() }
            pending.append(PendingRun(base: lo.keys - base.keys, length: run, power: 0))
            lo.advance(run)
            remaining -= run
        } while remaining > 0
        while pending.count > 1 {
            var n = pending.count - 2
            if n > 0 && pending[n - 1].length < pending[n + 1].length { n -= 1 }
            if mergeAt(n) < 0 { throw PyError() }
        }
    }

    /// Length of the run at `lo` (at most `n` long); `descending` when strictly descending.
    func countRun(_ lo: UnsafeMutablePointer<Value>, _ n: Int, _ descending: inout Bool) -> Int {
        if n == 1 { return 1 }
        var count = 2
        let first = less(lo[1], lo[0])
        if first < 0 { return -1 }
        if first == 1 {
            descending = true
            var i = 2
            while i < n {
                let k = less(lo[i], lo[i - 1])
                if k < 0 { return -1 }
                if k == 0 { break }
                i += 1; count += 1
            }
        } else {
            var i = 2
            while i < n {
                let k = less(lo[i], lo[i - 1])
                if k < 0 { return -1 }
                if k == 1 { break }
                i += 1; count += 1
            }
        }
        return count
    }

    /// Stable binary insertion sort of slice[0..<n], of which [0..<start] is sorted.
    func binarySort(_ slice: SortSlice, _ n: Int, start: Int) -> Int {
        var start = start
        if start == 0 { start += 1 }
        let a = slice.keys
        while start < n {
            var l = 0, r = start
            let pivot = a[r]
            repeat {
                let p = l + ((r - l) >> 1)
                let k = less(pivot, a[p])
                if k < 0 { return -1 }
                if k == 1 { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l { a[p] = a[p - 1]; p -= 1 }
            a[l] = pivot
            if let v = slice.values {
                let vp = v[start]
                p = start
                while p > l { v[p] = v[p - 1]; p -= 1 }
                v[l] = vp
            }
            start += 1
        }
        return 0
    }

    func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int) -> Int {
        let n = listLength
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n; b -= n
            } else if b >= n {
                break
            }
            a <<= 1; b <<= 1
        }
        return result
    }

    mutating func foundNewRun(_ start: Int, _ n2: Int) -> Int {
        guard let top = pending.last else { return 0 }
        let power = powerLoop(top.base, top.length, n2)
        while pending.count > 1 && pending[pending.count - 2].power > power {
            if mergeAt(pending.count - 2) < 0 { return -1 }
        }
        pending[pending.count - 1].power = power
        return 0
    }

    /// The position in a[0..<n] where `key` goes, left of any equal items (-1 on error).
    func gallopLeft(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) -> Int {
        var lastOffset = 0, offset = 1
        var k = less(a[hint], key)
        if k < 0 { return -1 }
        if k == 1 {
            let maxOffset = n - hint
            while offset < maxOffset {
                k = less(a[hint + offset], key)
                if k < 0 { return -1 }
                if k == 0 { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            lastOffset += hint
            offset += hint
        } else {
            let maxOffset = hint + 1
            while offset < maxOffset {
                k = less(a[hint - offset], key)
                if k < 0 { return -1 }
                if k == 1 { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            let t = lastOffset
            lastOffset = hint - offset
            offset = hint - t
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            k = less(a[m], key)
            if k < 0 { return -1 }
            if k == 1 { lastOffset = m + 1 } else { offset = m }
        }
        return offset
    }

    /// Like gallopLeft, but right of any equal items.
    func gallopRight(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) -> Int {
        var lastOffset = 0, offset = 1
        var k = less(key, a[hint])
        if k < 0 { return -1 }
        if k == 1 {
            let maxOffset = hint + 1
            while offset < maxOffset {
                k = less(key, a[hint - offset])
                if k < 0 { return -1 }
                if k == 0 { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            let t = lastOffset
            lastOffset = hint - offset
            offset = hint - t
        } else {
            let maxOffset = n - hint
            while offset < maxOffset {
                k = less(key, a[hint + offset])
                if k < 0 { return -1 }
                if k == 1 { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            lastOffset += hint
            offset += hint
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            k = less(key, a[m])
            if k < 0 { return -1 }
            if k == 1 { offset = m } else { lastOffset = m + 1 }
        }
        return offset
    }

    mutating func mergeAt(_ i: Int) -> Int {
        var ssa = base, ssb = base
        ssa.advance(pending[i].base)
        var na = pending[i].length
        ssb.advance(pending[i + 1].base)
        var nb = pending[i + 1].length
        pending[i].length = na + nb
        if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
        pending.removeLast()

        let k = gallopRight(ssb.keys[0], ssa.keys, na, 0)
        if k < 0 { return -1 }
        ssa.advance(k)
        na -= k
        if na == 0 { return 0 }
        nb = gallopLeft(ssa.keys[na - 1], ssb.keys, nb, nb - 1)
        if nb <= 0 { return nb }
        return na <= nb ? mergeLow(ssa, na, ssb, nb) : mergeHigh(ssa, na, ssb, nb)
    }

    private enum Exit { case succeed, fail, copyRest }

    mutating func mergeLow(_ runA: SortSlice, _ na: Int, _ runB: SortSlice, _ nb: Int) -> Int {
        var na = na, nb = nb
        ensureTemp(na)
        temp.move(0, from: runA, 0, na)
        var dest = runA
        var ssa = temp
        var ssb = runB
        var exit = Exit.succeed
        dest.copyIncrement(&ssb)
        nb -= 1
        if nb == 0 { exit = .succeed } else if na == 1 { exit = .copyRest } else {
            var minGallop = self.minGallop
            outer: while true {
                var acount = 0, bcount = 0
                while true {
                    let k = less(ssb.keys[0], ssa.keys[0])
                    if k != 0 {
                        if k < 0 { exit = .fail; break outer }
                        dest.copyIncrement(&ssb)
                        bcount += 1; acount = 0
                        nb -= 1
                        if nb == 0 { exit = .succeed; break outer }
                        if bcount >= minGallop { break }
                    } else {
                        dest.copyIncrement(&ssa)
                        acount += 1; bcount = 0
                        na -= 1
                        if na == 1 { exit = .copyRest; break outer }
                        if acount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = gallopRight(ssb.keys[0], ssa.keys, na, 0)
                    acount = k
                    if k != 0 {
                        if k < 0 { exit = .fail; break outer }
                        dest.move(0, from: ssa, 0, k)
                        dest.advance(k); ssa.advance(k)
                        na -= k
                        if na == 1 { exit = .copyRest; break outer }
                        if na == 0 { exit = .succeed; break outer }
                    }
                    dest.copyIncrement(&ssb)
                    nb -= 1
                    if nb == 0 { exit = .succeed; break outer }
                    k = gallopLeft(ssa.keys[0], ssb.keys, nb, 0)
                    bcount = k
                    if k != 0 {
                        if k < 0 { exit = .fail; break outer }
                        dest.move(0, from: ssb, 0, k)
                        dest.advance(k); ssb.advance(k)
                        nb -= k
                        if nb == 0 { exit = .succeed; break outer }
                    }
                    dest.copyIncrement(&ssa)
                    na -= 1
                    if na == 1 { exit = .copyRest; break outer }
                } while acount >= minGallopStart || bcount >= minGallopStart
                minGallop += 1
                self.minGallop = minGallop
            }
        }
        switch exit {
        case .copyRest:
            // The last item of A belongs at the end of the merge.
            dest.move(0, from: ssb, 0, nb)
            dest.set(nb, from: ssa, 0)
            return 0
        case .succeed, .fail:
            if na > 0 { dest.move(0, from: ssa, 0, na) }
            return exit == .succeed ? 0 : -1
        }
    }

    mutating func mergeHigh(_ runA: SortSlice, _ na: Int, _ runB: SortSlice, _ nb: Int) -> Int {
        var na = na, nb = nb
        ensureTemp(nb)
        var dest = runB
        dest.advance(nb - 1)
        temp.move(0, from: runB, 0, nb)
        let baseA = runA
        let baseB = temp
        var ssb = temp
        ssb.advance(nb - 1)
        var ssa = runA
        ssa.advance(na - 1)
        var exit = Exit.succeed
        dest.copyDecrement(&ssa)
        na -= 1
        if na == 0 { exit = .succeed } else if nb == 1 { exit = .copyRest } else {
            var minGallop = self.minGallop
            outer: while true {
                var acount = 0, bcount = 0
                while true {
                    let k = less(ssb.keys[0], ssa.keys[0])
                    if k != 0 {
                        if k < 0 { exit = .fail; break outer }
                        dest.copyDecrement(&ssa)
                        acount += 1; bcount = 0
                        na -= 1
                        if na == 0 { exit = .succeed; break outer }
                        if acount >= minGallop { break }
                    } else {
                        dest.copyDecrement(&ssb)
                        bcount += 1; acount = 0
                        nb -= 1
                        if nb == 1 { exit = .copyRest; break outer }
                        if bcount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k = gallopRight(ssb.keys[0], baseA.keys, na, na - 1)
                    if k < 0 { exit = .fail; break outer }
                    k = na - k
                    acount = k
                    if k != 0 {
                        dest.advance(-k); ssa.advance(-k)
                        dest.move(1, from: ssa, 1, k)
                        na -= k
                        if na == 0 { exit = .succeed; break outer }
                    }
                    dest.copyDecrement(&ssb)
                    nb -= 1
                    if nb == 1 { exit = .copyRest; break outer }
                    k = gallopLeft(ssa.keys[0], baseB.keys, nb, nb - 1)
                    if k < 0 { exit = .fail; break outer }
                    k = nb - k
                    bcount = k
                    if k != 0 {
                        dest.advance(-k); ssb.advance(-k)
                        dest.move(1, from: ssb, 1, k)
                        nb -= k
                        if nb == 1 { exit = .copyRest; break outer }
                        if nb == 0 { exit = .succeed; break outer }
                    }
                    dest.copyDecrement(&ssa)
                    na -= 1
                    if na == 0 { exit = .succeed; break outer }
                } while acount >= minGallopStart || bcount >= minGallopStart
                minGallop += 1
                self.minGallop = minGallop
            }
        }
        switch exit {
        case .copyRest:
            // The first item of B belongs at the front of the merge.
            dest.move(1 - na, from: ssa, 1 - na, na)
            dest.advance(-na)
            ssa.advance(-na)
            dest.set(0, from: ssb, 0)
            return 0
        case .succeed, .fail:
            if nb > 0 { dest.move(-(nb - 1), from: baseB, 0, nb) }
            return exit == .succeed ? 0 : -1
        }
    }
}

private func runSort<Order: SortOrder>(_ order: Order.Type, _ slice: SortSlice, _ n: Int) throws(PyError) {
    var state = MergeState<Order>(slice, n)
    try state.sort()
    withExtendedLifetime(state) {}
}

/// Sorts with a specialized order when all keys share one exact built-in type.
private func sortDispatch(_ slice: SortSlice, _ n: Int) throws(PyError) {
    let keys = slice.keys
    guard n > 1 else { return }
    let first = keys[0]
    if first.isSmallInt {
        var all = true
        for i in 1..<n where !keys[i].isSmallInt { all = false; break }
        if all { try runSort(SmallIntOrder.self, slice, n); return }
    } else if first.isFloat {
        var all = true
        for i in 1..<n where !keys[i].isFloat { all = false; break }
        if all { try runSort(FloatOrder.self, slice, n); return }
    } else if first.isObject && first.header.pointee.type == rt.pointee.types.str {
        let str = rt.pointee.types.str
        var all = true
        for i in 1..<n where !(keys[i].isObject && keys[i].header.pointee.type == str) { all = false; break }
        if all { try runSort(StrOrder.self, slice, n); return }
    } else if first.isObject && first.header.pointee.type == rt.pointee.types.tuple {
        let tuple = rt.pointee.types.tuple
        var all = true
        for i in 1..<n where !(keys[i].isObject && keys[i].header.pointee.type == tuple) { all = false; break }
        if all { try runSort(TupleOrder.self, slice, n); return }
    }
    try runSort(GenericOrder.self, slice, n)
}

/// list.sort(key=, reverse=), CPython's way: the list looks empty while it is sorted, keys are
/// computed first, reverse sorts stay stable by reversing before and after, and a list changed
/// by a key function or comparison raises "list modified during sort".
func listSort(_ list: ListRef, key: Value, reverse: Bool) throws(PyError) {
    let n = list.pointee.count
    let savedItems = list.pointee.items
    let savedCapacity = list.pointee.capacity
    list.pointee.count = 0
    list.pointee.items = nil
    list.pointee.capacity = -1

    func restore() {
        list.pointee.count = n
        list.pointee.items = savedItems
        list.pointee.capacity = savedCapacity
    }

    var keys: UnsafeMutablePointer<Value>? = nil
    if !key.isNone && n > 0 {
        let storage = rt.pointee.allocateValueStorage(capacity: n)
        keys = storage
        for i in 0..<n {
            do throws(PyError) {
                storage[i] = try call(key, savedItems.unsafelyUnwrapped[i])
            } catch {
                restore()
                throw error
            }
        }
    }
    if reverse && n > 1 {
        if let keys { reverseValues(keys, n) }
        reverseValues(savedItems.unsafelyUnwrapped, n)
    }
    var failed = false
    if n > 1 {
        let items = savedItems.unsafelyUnwrapped
        let slice = keys.map { SortSlice(keys: $0, values: items) } ?? SortSlice(keys: items, values: nil)
        do throws(PyError) {
            try sortDispatch(slice, n)
        } catch {
            failed = true
        }
    }
    if !failed && list.pointee.capacity != -1 {
        _ = raiseValueError("list modified during sort")
        failed = true
    }
    if reverse && n > 1 { reverseValues(savedItems.unsafelyUnwrapped, n) }
    withExtendedLifetime(keys) {}
    restore()
    if failed { throw PyError() }
}

/// A new sorted list of the items of `iterable` (sorted()).
func sortedList(_ iterable: Value, key: Value, reverse: Bool) throws(PyError) -> Value {
    let list = try listFromIterable(iterable)
    try listSort(list.object(as: ListObject.self), key: key, reverse: reverse)
    return list
}
