import BigInt
import Runtime

/// The `array` module: typed arrays whose elements are stored as machine values in a byte
/// storage (never as Python objects), converted on access with CPython's range checks and
/// messages. An array is a slot object: [byte storage or None, count, capacity (elements),
/// typecode (the character's code)].
func registerArrayModule() {
    registerModule("array") { () throws(PyError) -> Value in makeArrayModule() }
}

nonisolated(unsafe) private var arrayTypeCache: TypeRef?
nonisolated(unsafe) private var arrayIteratorType: TypeRef?
private let arrTypecodes = "bBuhHiIlLqQfd"

private enum ArraySlot {
    static let storage = 0, count = 1, capacity = 2, typecode = 3
    static let total = 4
}

/// Bytes per element of a typecode.
private func arrItemSize(_ code: UInt32) -> Int {
    switch code {
    case 0x62, 0x42: return 1                // b B
    case 0x68, 0x48: return 2                // h H
    case 0x69, 0x49, 0x66, 0x75: return 4    // i I f u
    default: return 8                        // l L q Q d
    }
}

/// A view of an array's slots.
private struct ArrayView {
    let object: Value
    let slots: UnsafeMutablePointer<Value>
    init(_ a: Value) {
        object = a
        slots = modSlots(a)
    }
    var count: Int {
        get { slots[ArraySlot.count].smallInt }
        nonmutating set { slots[ArraySlot.count] = Value(smallInt: newValue) }
    }
    var capacity: Int { slots[ArraySlot.capacity].smallInt }
    var code: UInt32 { UInt32(slots[ArraySlot.typecode].smallInt) }
    var itemSize: Int { arrItemSize(code) }
    var bytes: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(StorageObject.payload(slots[ArraySlot.storage].object(as: StorageObject.self), as: UInt8.self))
    }

    func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        let newCapacity = max(minimum, capacity + capacity / 2 + 4)
        let size = itemSize
        let payload = rt.pointee.allocateStorage(kind: .byteStorage, capacity: newCapacity * size, elementSize: 1)
        if count > 0 { payload.copyMemory(from: bytes, byteCount: count * size) }
        slots[ArraySlot.storage] = Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: payload)))
        slots[ArraySlot.capacity] = Value(smallInt: newCapacity)
    }

    /// The element at `i` as a Python value.
    func get(_ i: Int) -> Value {
        let p = bytes + i * itemSize
        switch code {
        case 0x62: return Value(smallInt: Int(p.load(as: Int8.self)))
        case 0x42: return Value(smallInt: Int(p.load(as: UInt8.self)))
        case 0x68: return Value(smallInt: Int(p.load(as: Int16.self)))
        case 0x48: return Value(smallInt: Int(p.load(as: UInt16.self)))
        case 0x69: return Value(smallInt: Int(p.load(as: Int32.self)))
        case 0x49: return Value(smallInt: Int(p.load(as: UInt32.self)))
        case 0x6C, 0x71: return newInt(p.load(as: Int.self))
        case 0x4C, 0x51:
            let u = p.load(as: UInt64.self)
            return u <= UInt64(Int.max) ? newInt(Int(u)) : newInt(BigInt(u))
        case 0x66: return Value(float: Double(p.load(as: Float.self)))
        case 0x64: return Value(float: p.load(as: Double.self))
        default: return characterString(p.load(as: UInt32.self))
        }
    }

    /// Stores a converted element.
    func put(_ i: Int, _ element: ArrayElement) {
        let p = bytes + i * itemSize
        switch element {
        case .integer(let n):
            switch code {
            case 0x62: p.storeBytes(of: Int8(truncatingIfNeeded: n), as: Int8.self)
            case 0x42: p.storeBytes(of: UInt8(truncatingIfNeeded: n), as: UInt8.self)
            case 0x68: p.storeBytes(of: Int16(truncatingIfNeeded: n), as: Int16.self)
            case 0x48: p.storeBytes(of: UInt16(truncatingIfNeeded: n), as: UInt16.self)
            case 0x69: p.storeBytes(of: Int32(truncatingIfNeeded: n), as: Int32.self)
            case 0x49: p.storeBytes(of: UInt32(truncatingIfNeeded: n), as: UInt32.self)
            default: p.storeBytes(of: UInt64(truncatingIfNeeded: n), as: UInt64.self)
            }
        case .unsigned(let u):
            if code == 0x49 { p.storeBytes(of: UInt32(truncatingIfNeeded: u), as: UInt32.self) } else { p.storeBytes(of: u, as: UInt64.self) }
        case .real(let d):
            if code == 0x66 { p.storeBytes(of: Float(d), as: Float.self) } else { p.storeBytes(of: d, as: Double.self) }
        case .character(let c): p.storeBytes(of: c, as: UInt32.self)
        }
    }

    func append(_ element: ArrayElement) {
        reserve(count + 1)
        put(count, element)
        count += 1
    }

    /// Removes `n` elements at `index`.
    func remove(_ index: Int, _ n: Int) {
        let size = itemSize
        let tail = count - index - n
        if tail > 0 { (bytes + index * size).copyMemory(from: bytes + (index + n) * size, byteCount: tail * size) }
        count -= n
    }

    /// Opens a gap of `n` elements at `index`.
    func open(_ index: Int, _ n: Int) {
        reserve(count + n)
        let size = itemSize
        let tail = count - index
        if tail > 0 {
            let source = bytes + index * size
            (source + n * size).copyMemory(from: UnsafeRawPointer(source), byteCount: tail * size)
        }
        count += n
    }
}

/// A converted element, ready to store.
private enum ArrayElement {
    case integer(Int)
    case unsigned(UInt64)
    case real(Double)
    case character(UInt32)
}

/// The int in `v` for integer typecodes ("'float' object cannot be interpreted as an integer").
private func arrInteger(_ v: Value) throws(PyError) -> BigInt {
    if v.isSmallInt { return BigInt(v.smallInt) }
    guard let big = try modIndexBig(v) else {
        throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
    return big
}

/// PyArg_Parse's "h" (C short) and "i" (C int) conversions.
private func arrCLong(_ n: BigInt) throws(PyError) -> Int {
    guard let x = Int(exactly: n) else { throw raiseOverflowError("Python int too large to convert to C long") }
    return x
}

private func arrShort(_ n: BigInt) throws(PyError) -> Int {
    let x = try arrCLong(n)
    if x > Int(Int16.max) { throw raiseOverflowError("signed short integer is greater than maximum") }
    if x < Int(Int16.min) { throw raiseOverflowError("signed short integer is less than minimum") }
    return x
}

private func arrCInt(_ n: BigInt) throws(PyError) -> Int {
    let x = try arrCLong(n)
    if x > Int(Int32.max) { throw raiseOverflowError("signed integer is greater than maximum") }
    if x < Int(Int32.min) { throw raiseOverflowError("signed integer is less than minimum") }
    return x
}

/// Converts `v` for storage in an array of typecode `code`, with CPython's checks.
private func arrConvert(_ v: Value, _ code: UInt32) throws(PyError) -> ArrayElement {
    switch code {
    case 0x66, 0x64:
        if v.isFloat { return .real(v.float) }
        return .real(try modDouble(v))
    case 0x75:
        guard isStrValue(v), v.strCount == 1 else { throw raiseTypeError("array item must be unicode character") }
        return .character(StrObject.character(v.object(as: StrObject.self), 0))
    default:
        break
    }
    // Small ints that fit: the common case.
    let n = try arrInteger(v)
    switch code {
    case 0x62:
        let x = try arrShort(n)
        if x < -128 { throw raiseOverflowError("signed char is less than minimum") }
        if x > 127 { throw raiseOverflowError("signed char is greater than maximum") }
        return .integer(x)
    case 0x42:
        let x = try arrCLong(n)
        if x < 0 { throw raiseOverflowError("unsigned byte integer is less than minimum") }
        if x > 255 { throw raiseOverflowError("unsigned byte integer is greater than maximum") }
        return .integer(x)
    case 0x68:
        return .integer(try arrShort(n))
    case 0x48:
        let x = try arrCInt(n)
        if x < 0 { throw raiseOverflowError("unsigned short is less than minimum") }
        if x > 65535 { throw raiseOverflowError("unsigned short is greater than maximum") }
        return .integer(x)
    case 0x69:
        return .integer(try arrCInt(n))
    case 0x49:
        if n.sign == .minus && !n.isZero { throw raiseOverflowError("can't convert negative value to unsigned int") }
        guard let u = UInt64(exactly: n) else { throw raiseOverflowError("Python int too large to convert to C unsigned long") }
        if u > UInt64(UInt32.max) { throw raiseOverflowError("unsigned int is greater than maximum") }
        return .unsigned(u)
    case 0x6C:
        return .integer(try arrCLong(n))
    case 0x4C:
        if n.sign == .minus && !n.isZero { throw raiseOverflowError("can't convert negative value to unsigned int") }
        guard let u = UInt64(exactly: n) else { throw raiseOverflowError("Python int too large to convert to C unsigned long") }
        return .unsigned(u)
    case 0x71:
        guard let x = Int(exactly: n) else { throw raiseOverflowError("int too big to convert") }
        return .integer(x)
    default: // Q
        if n.sign == .minus && !n.isZero { throw raiseOverflowError("can't convert negative int to unsigned") }
        guard let u = UInt64(exactly: n) else { throw raiseOverflowError("int too big to convert") }
        return .unsigned(u)
    }
}

private func arrIsArray(_ v: Value) -> Bool {
    guard let type = arrayTypeCache else { return false }
    return modIsInstance(v, type)
}

private func arrNew(_ type: TypeRef, _ code: UInt32) -> Value {
    let a = modNewSlotObject(type, slots: ArraySlot.total)
    let slots = modSlots(a)
    slots[ArraySlot.count] = Value(smallInt: 0)
    slots[ArraySlot.capacity] = Value(smallInt: 0)
    slots[ArraySlot.typecode] = Value(smallInt: Int(code))
    return a
}

/// Appends every item of `iterable` (arrays must have the same typecode).
private func arrExtend(_ a: ArrayView, _ iterable: Value) throws(PyError) {
    if arrIsArray(iterable) {
        let other = ArrayView(iterable)
        if other.code != a.code { throw raiseTypeError("can only extend with array of same kind") }
        let n = other.count
        a.reserve(a.count + n)
        let size = a.itemSize
        if n > 0 { (a.bytes + a.count * size).copyMemory(from: ArrayView(iterable).bytes, byteCount: n * size) }
        a.count += n
        return
    }
    let iterator = try getIterator(iterable)
    while let item = try iteratorNext(iterator) { a.append(try arrConvert(item, a.code)) }
}

private func arrFromBytes(_ a: ArrayView, _ data: UnsafePointer<UInt8>, _ n: Int) throws(PyError) {
    let size = a.itemSize
    if n % size != 0 { throw raiseValueError("bytes length not a multiple of item size") }
    let items = n / size
    a.reserve(a.count + items)
    if n > 0 { (a.bytes + a.count * size).copyMemory(from: data, byteCount: n) }
    a.count += items
}

private func arrTypeName(_ v: Value) -> String {
    let name = typeOf(v).pointee.name.stringValue
    return name.split(separator: ".").last.map(String.init) ?? name
}

private func arrRepr(_ v: Value) throws(PyError) -> Value {
    let a = ArrayView(v)
    let code = String(UnicodeScalar(UInt8(a.code)))
    let name = arrTypeName(v)
    if a.count == 0 { return newString("\(name)('\(code)')") }
    if a.code == 0x75 {
        var scalars: [UInt32] = []
        for i in 0..<a.count { scalars.append((a.bytes + i * 4).load(as: UInt32.self)) }
        return newString("\(name)('\(code)', \(try reprOf(newString(codePoints: scalars)).stringValue))")
    }
    let list = try arrToList(v)
    return newString("\(name)('\(code)', \(try reprOf(list).stringValue))")
}

private func arrToList(_ v: Value) throws(PyError) -> Value {
    let a = ArrayView(v)
    let list = newList(capacity: a.count)
    for i in 0..<a.count { listAppend(list.object(as: ListObject.self), a.get(i)) }
    return list
}

private func arrIndex(_ a: ArrayView, _ key: Value, _ message: String) throws(PyError) -> Int {
    guard let i = try indexValue(key) else { throw raiseTypeError("array indices must be integers") }
    let index = i < 0 ? i + a.count : i
    guard index >= 0 && index < a.count else { throw raiseIndexError(message) }
    return index
}

private func arrCopy(_ v: Value, type: TypeRef? = nil) -> Value {
    let a = ArrayView(v)
    let copy = arrNew(type ?? arrayTypeCache!, a.code)
    let c = ArrayView(copy)
    c.reserve(a.count)
    if a.count > 0 { c.bytes.copyMemory(from: ArrayView(v).bytes, byteCount: a.count * a.itemSize) }
    c.count = a.count
    return copy
}

private func arrCompare(_ lhs: Value, _ rhs: Value, _ op: Int) throws(PyError) -> Value {
    guard arrIsArray(lhs) && arrIsArray(rhs) else { return .notImplemented }
    let a = ArrayView(lhs), b = ArrayView(rhs)
    if (op == 2 || op == 3) && a.count != b.count { return Value(bool: op == 3) }
    var i = 0
    while i < a.count && i < b.count {
        let x = a.get(i), y = b.get(i)
        if !(try valuesEqual(x, y)) { return try richCompare(x, y, op) }
        i += 1
    }
    return Value(bool: compareInts(a.count, b.count, op))
}

/// a *= n.
private func arrRepeat(_ a: ArrayView, _ n: Int) {
    let count = a.count
    if n <= 0 || count == 0 {
        a.count = 0
        return
    }
    let size = a.itemSize
    a.reserve(count * n)
    for k in 1..<max(n, 1) {
        (a.bytes + k * count * size).copyMemory(from: a.bytes, byteCount: count * size)
    }
    a.count = count * n
}

private func arrIteratorNext(_ it: Value) throws(PyError) -> Value {
    let slots = modSlots(it)
    guard slots[0].isObject else { throw raiseStopIteration() }
    let a = ArrayView(slots[0])
    let index = slots[1].smallInt
    if index >= a.count {
        slots[0] = .null
        throw raiseStopIteration()
    }
    slots[1] = Value(smallInt: index + 1)
    return a.get(index)
}

private func arrNoKeywords(_ name: String, _ keywordNames: Value) throws(PyError) {
    if modKeywordCount(keywordNames) > 0 { throw raiseTypeError("array.\(name)() takes no keyword arguments") }
}

private func arrOneArgument(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    try arrNoKeywords(name, keywordNames)
    if count != 2 { throw raiseTypeError("array.\(name)() takes exactly one argument (\(count - 1) given)") }
}

private func makeArrayModule() -> Value {
    let m = makeModule("array")
    modSet(m, "typecodes", newString(arrTypecodes))
    let type = makeModuleType("array.array", subclassable: true)
    arrayTypeCache = type
    modSet(m, "array", Value(type))
    modSet(m, "ArrayType", Value(type))
    arrayIteratorType = makeIteratorType("array.arrayiterator") { args, _, _ throws(PyError) in try arrIteratorNext(args[0]) }
    arrayIteratorType!.pointee.qualifiedName = newString("arrayiterator")

    modSetNew(type) { args, count, keywordNames throws(PyError) in
        if modKeywordCount(keywordNames) > 0 && args[0].bits == Value(arrayTypeCache!).bits {
            throw raiseTypeError("array.array() takes no keyword arguments")
        }
        let n = count - 1 - modKeywordCount(keywordNames)
        if n < 1 { throw raiseTypeError("array() takes at least 1 argument (0 given)") }
        if n > 2 { throw raiseTypeError("array() takes at most 2 arguments (\(n) given)") }
        let typecode = args[1]
        guard isStrValue(typecode), typecode.strCount == 1 else {
            throw raiseTypeError("array() argument 1 must be a unicode character, not \(typeName(typecode))")
        }
        let code = StrObject.character(typecode.object(as: StrObject.self), 0)
        guard code < 0x80, arrTypecodes.unicodeScalars.contains(where: { $0.value == code }) else {
            throw raiseValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        let a = arrNew(args[0].object(as: TypeObject.self), code)
        if n == 2 {
            let initializer = args[2]
            let view = ArrayView(a)
            if isStrValue(initializer) {
                guard code == 0x75 else {
                    throw raiseTypeError("cannot use a str to initialize an array with typecode '\(String(UnicodeScalar(UInt8(code))))'")
                }
                let s = initializer.object(as: StrObject.self)
                for i in 0..<s.pointee.count { view.append(.character(StrObject.character(s, i))) }
            } else if initializer.isObject && initializer.header.pointee.kind == .bytes {
                let b = initializer.object(as: BytesObject.self)
                try arrFromBytes(view, BytesObject.data(b), b.pointee.count)
            } else if arrIsArray(initializer) && ArrayView(initializer).code != code {
                let source = ArrayView(initializer)
                for i in 0..<source.count { view.append(try arrConvert(source.get(i), code)) }
            } else {
                try arrExtend(view, initializer)
            }
        }
        return a
    }
    modDefineGetter(type, "typecode") { args, _, _ throws(PyError) in
        characterString(ArrayView(args[0]).code)
    }
    modDefineGetter(type, "itemsize") { args, _, _ throws(PyError) in
        Value(smallInt: ArrayView(args[0]).itemSize)
    }
    defineMethod(type, "append") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("append", count, keywordNames)
        let a = ArrayView(args[0])
        a.append(try arrConvert(args[1], a.code))
        return .none
    }
    defineMethod(type, "extend") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("extend", count, keywordNames)
        try arrExtend(ArrayView(args[0]), args[1])
        return .none
    }
    defineMethod(type, "fromlist") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("fromlist", count, keywordNames)
        guard args[1].isObject && args[1].header.pointee.kind == .list else { throw raiseTypeError("arg must be list") }
        let a = ArrayView(args[0])
        let before = a.count
        do throws(PyError) {
            try arrExtend(a, args[1])
        } catch {
            a.count = before
            throw error
        }
        return .none
    }
    defineMethod(type, "frombytes") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("frombytes", count, keywordNames)
        guard args[1].isObject && args[1].header.pointee.kind == .bytes else {
            throw raiseTypeError("a bytes-like object is required, not '\(typeName(args[1]))'")
        }
        let b = args[1].object(as: BytesObject.self)
        try arrFromBytes(ArrayView(args[0]), BytesObject.data(b), b.pointee.count)
        return .none
    }
    defineMethod(type, "insert") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("insert", keywordNames)
        try modCheckCount("insert", count - 1, min: 2, max: 2)
        let a = ArrayView(args[0])
        var index = try modInt(args[1])
        let element = try arrConvert(args[2], a.code)
        if index < 0 { index = max(0, index + a.count) }
        index = min(index, a.count)
        a.open(index, 1)
        a.put(index, element)
        return .none
    }
    defineMethod(type, "pop") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("pop", keywordNames)
        try modCheckCount("pop", count - 1, min: 0, max: 1)
        let a = ArrayView(args[0])
        var index = count > 1 ? try modInt(args[1]) : -1
        if a.count == 0 { throw raiseIndexError("pop from empty array") }
        if index < 0 { index += a.count }
        guard index >= 0 && index < a.count else { throw raiseIndexError("pop index out of range") }
        let v = a.get(index)
        a.remove(index, 1)
        return v
    }
    defineMethod(type, "remove") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("remove", count, keywordNames)
        let a = ArrayView(args[0])
        for i in 0..<a.count where try valuesEqual(a.get(i), args[1]) {
            a.remove(i, 1)
            return .none
        }
        throw raiseValueError("array.remove(x): x not in array")
    }
    defineMethod(type, "index") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("index", keywordNames)
        try modCheckCount("index", count - 1, min: 1, max: 3)
        let a = ArrayView(args[0])
        var start = count > 2 ? try sliceIndexArgument(args[2], default: 0) : 0
        var stop = count > 3 ? try sliceIndexArgument(args[3], default: a.count) : a.count
        if start < 0 { start = max(0, start + a.count) }
        if stop < 0 { stop = max(0, stop + a.count) }
        stop = min(stop, a.count)
        var i = start
        while i < stop {
            if try valuesEqual(a.get(i), args[1]) { return newInt(i) }
            i += 1
        }
        throw raiseValueError("array.index(x): x not in array")
    }
    defineMethod(type, "count") { args, count, keywordNames throws(PyError) in
        try arrOneArgument("count", count, keywordNames)
        let a = ArrayView(args[0])
        var found = 0
        for i in 0..<a.count where try valuesEqual(a.get(i), args[1]) { found += 1 }
        return newInt(found)
    }
    defineMethod(type, "reverse") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("reverse", keywordNames)
        let a = ArrayView(args[0])
        let size = a.itemSize
        var i = 0, j = a.count - 1
        var scratch = [UInt8](repeating: 0, count: size)
        while i < j {
            let p = a.bytes + i * size, q = a.bytes + j * size
            scratch.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: p, byteCount: size) }
            p.copyMemory(from: q, byteCount: size)
            scratch.withUnsafeBytes { q.copyMemory(from: $0.baseAddress!, byteCount: size) }
            i += 1; j -= 1
        }
        return .none
    }
    defineMethod(type, "byteswap") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("byteswap", keywordNames)
        let a = ArrayView(args[0])
        let size = a.itemSize
        for i in 0..<a.count {
            let p = (a.bytes + i * size).assumingMemoryBound(to: UInt8.self)
            var lo = 0, hi = size - 1
            while lo < hi { let t = p[lo]; p[lo] = p[hi]; p[hi] = t; lo += 1; hi -= 1 }
        }
        return .none
    }
    defineMethod(type, "tolist") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("tolist", keywordNames)
        return try arrToList(args[0])
    }
    defineMethod(type, "tobytes") { args, count, keywordNames throws(PyError) in
        try arrNoKeywords("tobytes", keywordNames)
        let a = ArrayView(args[0])
        let n = a.count * a.itemSize
        let b = allocateBytes(count: n)
        if n > 0 { UnsafeMutableRawPointer(BytesObject.data(b)).copyMemory(from: ArrayView(args[0]).bytes, byteCount: n) }
        return Value(b)
    }
    defineMethod(type, "buffer_info") { args, count, keywordNames throws(PyError) in
        let a = ArrayView(args[0])
        let address = a.capacity > 0 ? Int(bitPattern: UInt(bitPattern: a.bytes)) : 0
        let addressValue = newInt(address)
        return modPair(addressValue, newInt(a.count))
    }
    defineMethod(type, "__copy__") { args, count, keywordNames throws(PyError) in arrCopy(args[0]) }
    defineMethod(type, "__len__") { args, count, keywordNames throws(PyError) in newInt(ArrayView(args[0]).count) }
    defineMethod(type, "__iter__") { args, count, keywordNames throws(PyError) in
        let it = modNewSlotObject(arrayIteratorType!, slots: 2)
        modSlots(it)[0] = args[0]
        modSlots(it)[1] = Value(smallInt: 0)
        return it
    }
    defineMethod(type, "__contains__") { args, count, keywordNames throws(PyError) in
        let a = ArrayView(args[0])
        for i in 0..<a.count where try valuesEqual(a.get(i), args[1]) { return .true }
        return .false
    }
    modDefineSlot(type, "__getitem__", arity: 2, module: m) { args, count, _ throws(PyError) in
        let a = ArrayView(args[0])
        let key = args[1]
        if key.isSmallInt {
            var i = key.smallInt
            if i < 0 { i += a.count }
            guard i >= 0 && i < a.count else { throw raiseIndexError("array index out of range") }
            return a.get(i)
        }
        if key.isObject && key.header.pointee.kind == .slice {
            let bounds = try sliceBounds(key, length: a.count)
            let result = arrNew(arrayTypeCache!, a.code)
            let r = ArrayView(result)
            r.reserve(bounds.count)
            let size = a.itemSize
            for k in 0..<bounds.count {
                (r.bytes + k * size).copyMemory(from: ArrayView(args[0]).bytes + (bounds.start + k * bounds.step) * size, byteCount: size)
            }
            r.count = bounds.count
            return result
        }
        return a.get(try arrIndex(a, key, "array index out of range"))
    }
    modDefineSlot(type, "__setitem__", arity: 3, module: m) { args, count, _ throws(PyError) in
        let a = ArrayView(args[0])
        let key = args[1]
        if key.isObject && key.header.pointee.kind == .slice {
            let value = args[2]
            guard arrIsArray(value) else {
                throw raiseTypeError("can only assign array (not \"\(typeName(value))\") to array slice")
            }
            let source = value.bits == args[0].bits ? arrCopy(value) : value
            let other = ArrayView(source)
            if other.code != a.code { throw raiseTypeError("bad argument type for built-in operation") }
            let bounds = try sliceBounds(key, length: a.count)
            let size = a.itemSize
            if bounds.step == 1 {
                let start = bounds.start, removed = bounds.count
                if other.count > removed { a.open(start + removed, other.count - removed) }
                if other.count < removed { a.remove(start + other.count, removed - other.count) }
                if other.count > 0 { (a.bytes + start * size).copyMemory(from: ArrayView(source).bytes, byteCount: other.count * size) }
                return .none
            }
            guard other.count == bounds.count else {
                throw raiseValueError("attempt to assign array of size \(other.count) to extended slice of size \(bounds.count)")
            }
            for k in 0..<bounds.count {
                (a.bytes + (bounds.start + k * bounds.step) * size).copyMemory(from: ArrayView(source).bytes + k * size, byteCount: size)
            }
            return .none
        }
        let index = try arrIndex(a, key, "array assignment index out of range")
        a.put(index, try arrConvert(args[2], a.code))
        return .none
    }
    modDefineSlot(type, "__delitem__", arity: 2, module: m) { args, count, _ throws(PyError) in
        let a = ArrayView(args[0])
        let key = args[1]
        if key.isObject && key.header.pointee.kind == .slice {
            let bounds = try sliceBounds(key, length: a.count)
            if bounds.count == 0 { return .none }
            if bounds.step == 1 {
                a.remove(bounds.start, bounds.count)
                return .none
            }
            // Delete from the highest index down so earlier positions stay valid.
            var positions = (0..<bounds.count).map { bounds.start + $0 * bounds.step }
            positions.sort(by: >)
            for p in positions { a.remove(p, 1) }
            return .none
        }
        a.remove(try arrIndex(a, key, "array assignment index out of range"), 1)
        return .none
    }
    modDefineSlot(type, "__repr__", arity: 1, module: m) { args, _, _ throws(PyError) in try arrRepr(args[0]) }
    defineMethod(type, "__eq__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 2) }
    defineMethod(type, "__ne__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 3) }
    defineMethod(type, "__lt__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 0) }
    defineMethod(type, "__le__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 1) }
    defineMethod(type, "__gt__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 4) }
    defineMethod(type, "__ge__") { args, _, _ throws(PyError) in try arrCompare(args[0], args[1], 5) }
    defineMethod(type, "__add__") { args, _, _ throws(PyError) in
        guard arrIsArray(args[1]) else {
            throw raiseTypeError("can only append array (not \"\(typeName(args[1]))\") to array")
        }
        if ArrayView(args[1]).code != ArrayView(args[0]).code { throw raiseTypeError("bad argument type for built-in operation") }
        let result = arrCopy(args[0])
        try arrExtend(ArrayView(result), args[1])
        return result
    }
    defineMethod(type, "__iadd__") { args, _, _ throws(PyError) in
        guard arrIsArray(args[1]) else {
            throw raiseTypeError("can only extend array with array (not \"\(typeName(args[1]))\")")
        }
        try arrExtend(ArrayView(args[0]), args[1])
        return args[0]
    }
    defineMethod(type, "__mul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        let result = arrCopy(args[0])
        arrRepeat(ArrayView(result), n)
        return result
    }
    defineMethod(type, "__rmul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        let result = arrCopy(args[0])
        arrRepeat(ArrayView(result), n)
        return result
    }
    defineMethod(type, "__imul__") { args, _, _ throws(PyError) in
        guard let n = try indexValue(args[1]) else { return .notImplemented }
        arrRepeat(ArrayView(args[0]), n)
        return args[0]
    }
    return m
}
