#if canImport(Glibc)
import Glibc
#endif
import Runtime

// The str algorithms, working directly on the character buffers: one byte per character when
// the whole string is below U+0100 (`StrObject.latin1`), four otherwise (`StrObject.ucs4`).

@inline(__always) func strObject(_ v: Value) -> StrRef { v.object(as: StrObject.self) }

/// a + b for two strs.
public func concatenateStrings(_ a: Value, _ b: Value) -> Value {
    let x = a.object(as: StrObject.self), y = b.object(as: StrObject.self)
    let nx = x.pointee.count, ny = y.pointee.count
    if nx == 0 && y.pointee.header.type == rt.pointee.types.str { return b }
    if ny == 0 && x.pointee.header.type == rt.pointee.types.str { return a }
    let width = max(x.pointee.width, y.pointee.width)
    let result = allocateString(count: nx + ny, width: Int(width), isASCII: x.pointee.isASCII && y.pointee.isASCII)
    copyCharacters(from: x, 0, nx, to: result, at: 0)
    copyCharacters(from: y, 0, ny, to: result, at: nx)
    return Value(result)
}

/// Copies characters [start, start + count) of `source` into `destination` at `offset`,
/// widening from Latin-1 when needed (the destination must be wide enough).
@inline(__always)
func copyCharacters(from source: StrRef, _ start: Int, _ count: Int, to destination: StrRef, at offset: Int) {
    if count <= 0 { return }
    if destination.pointee.width == 1 {
        (StrObject.latin1(destination) + offset).update(from: StrObject.latin1(source) + start, count: count)
    } else if source.pointee.width == 4 {
        (StrObject.ucs4(destination) + offset).update(from: StrObject.ucs4(source) + start, count: count)
    } else {
        let from = StrObject.latin1(source) + start
        let to = StrObject.ucs4(destination) + offset
        for i in 0..<count { to[i] = UInt32(from[i]) }
    }
}

/// Writes `count` copies of `c` into `destination` at `offset`.
@inline(__always)
func fillCharacters(_ destination: StrRef, at offset: Int, _ count: Int, _ c: UInt32) {
    if count <= 0 { return }
    if destination.pointee.width == 1 {
        (StrObject.latin1(destination) + offset).update(repeating: UInt8(truncatingIfNeeded: c), count: count)
    } else {
        (StrObject.ucs4(destination) + offset).update(repeating: c, count: count)
    }
}

/// BUILD_STRING: concatenation of `count` strs.
public func joinStrings(_ pieces: UnsafeMutablePointer<Value>, count: Int) -> Value {
    var total = 0
    var width: Int32 = 1
    var ascii = true
    for i in 0..<count {
        let s = pieces[i].object(as: StrObject.self)
        total += s.pointee.count
        width = max(width, s.pointee.width)
        ascii = ascii && s.pointee.isASCII
    }
    let result = allocateString(count: total, width: Int(width), isASCII: ascii)
    var offset = 0
    for i in 0..<count {
        let s = pieces[i].object(as: StrObject.self)
        copyCharacters(from: s, 0, s.pointee.count, to: result, at: offset)
        offset += s.pointee.count
    }
    return Value(result)
}

/// One-character strings below U+0100 are cached, as CPython does.
nonisolated(unsafe) var latin1Characters: [Value] = []

public func characterString(_ c: UInt32) -> Value {
    if c < 256 {
        if latin1Characters.isEmpty {
            for i in 0..<256 {
                var byte = UInt8(i)
                let s = withUnsafePointer(to: &byte) { newString(latin1: UnsafeBufferPointer(start: $0, count: 1)) }
                latin1Characters.append(s)
                rt.pointee.permanentRoots.append(s)
            }
        }
        return latin1Characters[Int(c)]
    }
    let s = allocateString(count: 1, width: 4, isASCII: false)
    StrObject.ucs4(s)[0] = c
    return Value(s)
}

/// The empty str.
@inline(__always) func emptyString() -> Value { newString(latin1: UnsafeBufferPointer(start: nil, count: 0)) }

/// s[i:j:k].
func stringSlice(_ v: Value, _ key: Value) throws(PyError) -> Value {
    let s = v.object(as: StrObject.self)
    let bounds = try sliceBounds(key, length: s.pointee.count)
    return substring(v, bounds)
}

func substring(_ v: Value, _ bounds: SliceBounds) -> Value {
    let s = v.object(as: StrObject.self)
    if bounds.step == 1 {
        if bounds.count == s.pointee.count && s.pointee.header.type == rt.pointee.types.str { return v }
        return substring(v, start: bounds.start, count: bounds.count)
    }
    if bounds.count <= 0 { return emptyString() }
    if s.pointee.width == 1 {
        let result = allocateString(count: bounds.count, width: 1, isASCII: s.pointee.isASCII)
        let from = StrObject.latin1(s), to = StrObject.latin1(result)
        var isASCII = true
        for i in 0..<bounds.count {
            let c = from[bounds.start + i * bounds.step]
            to[i] = c
            if c >= 0x80 { isASCII = false }
        }
        result.pointee.isASCII = isASCII
        return Value(result)
    }
    var codePoints = [UInt32](repeating: 0, count: bounds.count)
    for i in 0..<bounds.count { codePoints[i] = StrObject.character(s, bounds.start + i * bounds.step) }
    return newString(codePoints: codePoints)
}

/// Characters [start, start + count) of a str as a new str (narrowed when possible).
public func substring(_ v: Value, start: Int, count: Int) -> Value {
    let s = v.object(as: StrObject.self)
    if count <= 0 { return emptyString() }
    if count == 1 { return characterString(StrObject.character(s, start)) }
    if start == 0 && count == s.pointee.count && s.pointee.header.type == rt.pointee.types.str { return v }
    if s.pointee.width == 1 {
        if s.pointee.isASCII {
            let result = allocateString(count: count, width: 1, isASCII: true)
            StrObject.latin1(result).update(from: StrObject.latin1(s) + start, count: count)
            return Value(result)
        }
        return newString(latin1: UnsafeBufferPointer(start: StrObject.latin1(s) + start, count: count))
    }
    return newString(codePoints: UnsafeBufferPointer(start: StrObject.ucs4(s) + start, count: count))
}

/// The str itself when it is exactly a str, else a copy as a plain str (CPython's
/// unicode_result_unchanged).
func unchangedString(_ v: Value) -> Value {
    if v.header.pointee.type == rt.pointee.types.str { return v }
    let s = strObject(v)
    let result = allocateString(count: s.pointee.count, width: Int(s.pointee.width), isASCII: s.pointee.isASCII)
    copyCharacters(from: s, 0, s.pointee.count, to: result, at: 0)
    return Value(result)
}

/// A new str object with the same characters (never the same object).
func freshStringCopy(_ v: Value) -> Value {
    let s = strObject(v)
    let result = allocateString(count: s.pointee.count, width: Int(s.pointee.width), isASCII: s.pointee.isASCII)
    copyCharacters(from: s, 0, s.pointee.count, to: result, at: 0)
    return Value(result)
}

/// The largest character of a str (0 for the empty string).
func maxCharacter(_ s: StrRef) -> UInt32 {
    let n = s.pointee.count
    if s.pointee.isASCII { return n == 0 ? 0 : 0x7F }
    var m: UInt32 = 0
    if s.pointee.width == 1 {
        let d = StrObject.latin1(s)
        for i in 0..<n where UInt32(d[i]) > m { m = UInt32(d[i]) }
    } else {
        let d = StrObject.ucs4(s)
        for i in 0..<n where d[i] > m { m = d[i] }
    }
    return m
}

/// A new str of `count` characters wide enough for characters up to `maxChar`.
@inline(__always)
func allocateString(count: Int, maxChar: UInt32) -> StrRef {
    allocateString(count: count, width: maxChar < 0x100 ? 1 : 4, isASCII: maxChar < 0x80)
}

// MARK: searching

/// CPython's ADJUST_INDICES: start and end of a str method's optional range, clamped.
@inline(__always)
func adjustIndices(_ start: Int, _ end: Int, _ length: Int) -> (Int, Int) {
    var start = start, end = end
    if end > length { end = length } else if end < 0 { end += length; if end < 0 { end = 0 } }
    if start < 0 { start += length; if start < 0 { start = 0 } }
    return (start, end)
}

/// Index of the first occurrence of `needle` in `haystack[start..<end]`, or -1 (start and end
/// already adjusted).
public func stringFind(_ haystack: Value, _ needle: Value, start: Int, end: Int) -> Int {
    let h = haystack.object(as: StrObject.self), n = needle.object(as: StrObject.self)
    let m = n.pointee.count
    if end - start < m { return -1 }
    if m == 0 { return start }
    if h.pointee.width == 1 {
        if n.pointee.width != 1 { return -1 }
        return findBytes(StrObject.latin1(h), start, end, StrObject.latin1(n), m)
    }
    if n.pointee.width == 1 { return findGeneric(StrObject.ucs4(h), start, end, StrObject.latin1(n), m) }
    return findGeneric(StrObject.ucs4(h), start, end, StrObject.ucs4(n), m)
}

@inline(__always)
private func findBytes(_ h: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, _ n: UnsafeMutablePointer<UInt8>, _ m: Int) -> Int {
    let first = Int32(n[0])
    let last = end - m
    var i = start
    while i <= last {
        guard let p = memchr(h + i, first, last - i + 1) else { return -1 }
        let index = UnsafeMutableRawPointer(p) - UnsafeMutableRawPointer(h)
        if m == 1 || memcmp(h + index + 1, n + 1, m - 1) == 0 { return index }
        i = index + 1
    }
    return -1
}

@inline(__always)
private func findGeneric<H: FixedWidthInteger, N: FixedWidthInteger>(_ h: UnsafeMutablePointer<H>, _ start: Int, _ end: Int,
                                                                     _ n: UnsafeMutablePointer<N>, _ m: Int) -> Int {
    let first = UInt32(n[0])
    let last = end - m
    var i = start
    while i <= last {
        if UInt32(h[i]) == first {
            var j = 1
            while j < m && UInt32(h[i + j]) == UInt32(n[j]) { j += 1 }
            if j == m { return i }
        }
        i += 1
    }
    return -1
}

/// Index of the last occurrence of `needle` in `haystack[start..<end]`, or -1.
func stringRFind(_ haystack: Value, _ needle: Value, start: Int, end: Int) -> Int {
    let h = haystack.object(as: StrObject.self), n = needle.object(as: StrObject.self)
    let m = n.pointee.count
    if end - start < m { return -1 }
    if m == 0 { return end }
    switch (h.pointee.width, n.pointee.width) {
    case (1, 1): return rfindGeneric(StrObject.latin1(h), start, end, StrObject.latin1(n), m)
    case (1, _): return -1
    case (_, 1): return rfindGeneric(StrObject.ucs4(h), start, end, StrObject.latin1(n), m)
    default: return rfindGeneric(StrObject.ucs4(h), start, end, StrObject.ucs4(n), m)
    }
}

@inline(__always)
private func rfindGeneric<H: FixedWidthInteger, N: FixedWidthInteger>(_ h: UnsafeMutablePointer<H>, _ start: Int, _ end: Int,
                                                                      _ n: UnsafeMutablePointer<N>, _ m: Int) -> Int {
    let first = UInt32(n[0])
    var i = end - m
    while i >= start {
        if UInt32(h[i]) == first {
            var j = 1
            while j < m && UInt32(h[i + j]) == UInt32(n[j]) { j += 1 }
            if j == m { return i }
        }
        i -= 1
    }
    return -1
}

/// Non-overlapping occurrences of `needle` in `haystack[start..<end]`, at most `limit`.
func stringCount(_ haystack: Value, _ needle: Value, start: Int, end: Int, limit: Int = Int.max) -> Int {
    let m = needle.strCount
    if end - start < m { return 0 }
    if m == 0 { return min(end - start + 1, limit) }
    var count = 0
    var i = start
    while count < limit {
        let found = stringFind(haystack, needle, start: i, end: end)
        if found < 0 { break }
        count += 1
        i = found + m
    }
    return count
}

/// True when `s[at..<at + sub.count]` equals `sub` (the range must be inside `s`).
@inline(__always)
func stringMatches(_ s: StrRef, at: Int, _ sub: StrRef) -> Bool {
    let m = sub.pointee.count
    if m == 0 { return true }
    switch (s.pointee.width, sub.pointee.width) {
    case (1, 1): return memcmp(StrObject.latin1(s) + at, StrObject.latin1(sub), m) == 0
    case (4, 4): return memcmp(StrObject.ucs4(s) + at, StrObject.ucs4(sub), m * 4) == 0
    case (1, _): return false
    default:
        let a = StrObject.ucs4(s) + at, b = StrObject.latin1(sub)
        for i in 0..<m where a[i] != UInt32(b[i]) { return false }
        return true
    }
}

/// startswith / endswith for one candidate (CPython's tailmatch).
func stringTailMatch(_ s: Value, _ sub: Value, start: Int, end: Int, atEnd: Bool) -> Bool {
    let (start, adjustedEnd) = adjustIndices(start, end, s.strCount)
    let m = sub.strCount
    let last = adjustedEnd - m
    if last < start { return false }
    if m == 0 { return true }
    return stringMatches(strObject(s), at: atEnd ? last : start, strObject(sub))
}

// MARK: building

/// Collects characters for a str whose size is not known in advance. Stays one byte per
/// character until a character above U+00FF arrives. Holds no heap references.
struct StringBuilder {
    var bytes: [UInt8] = []
    var wide: [UInt32] = []
    var isWide = false
    var isASCII = true

    init(capacity: Int = 16) { bytes.reserveCapacity(capacity) }

    var count: Int { isWide ? wide.count : bytes.count }

    @inline(__always)
    mutating func append(_ c: UInt32) {
        if c >= 0x80 {
            isASCII = false
            if c >= 0x100 && !isWide { widen() }
        }
        if isWide { wide.append(c) } else { bytes.append(UInt8(truncatingIfNeeded: c)) }
    }

    @inline(__always)
    mutating func append(ascii c: UInt8) {
        if isWide { wide.append(UInt32(c)) } else { bytes.append(c) }
    }

    mutating func append(ascii text: StaticString) {
        text.withUTF8Buffer { buffer in for b in buffer { append(ascii: b) } }
    }

    mutating func append(asciiBytes buffer: UnsafeBufferPointer<UInt8>) {
        if isWide { for b in buffer { wide.append(UInt32(b)) } } else { bytes.append(contentsOf: buffer) }
    }

    mutating func append(repeating c: UInt32, count: Int) {
        if count <= 0 { return }
        if c >= 0x80 {
            isASCII = false
            if c >= 0x100 && !isWide { widen() }
        }
        if isWide { wide.append(contentsOf: repeatElement(c, count: count)) }
        else { bytes.append(contentsOf: repeatElement(UInt8(truncatingIfNeeded: c), count: count)) }
    }

    /// Appends Swift text (cold paths).
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars { append(scalar.value) }
    }

    /// Appends characters [start, start + count) of a str.
    mutating func append(_ s: StrRef, _ start: Int, _ count: Int) {
        if count <= 0 { return }
        if s.pointee.width == 1 {
            if !s.pointee.isASCII { isASCII = false }
            let data = StrObject.latin1(s) + start
            if isWide {
                for i in 0..<count { wide.append(UInt32(data[i])) }
            } else {
                bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
            }
        } else {
            let data = StrObject.ucs4(s) + start
            for i in 0..<count { append(data[i]) }
        }
    }

    mutating func append(str v: Value) {
        let s = strObject(v)
        append(s, 0, s.pointee.count)
    }

    private mutating func widen() {
        isWide = true
        wide.reserveCapacity(bytes.count + 16)
        for b in bytes { wide.append(UInt32(b)) }
        bytes = []
    }

    func build() -> Value {
        if isWide { return newString(codePoints: wide) }
        let s = allocateString(count: bytes.count, width: 1, isASCII: isASCII)
        if !bytes.isEmpty {
            bytes.withUnsafeBufferPointer { StrObject.latin1(s).update(from: $0.baseAddress!, count: $0.count) }
        }
        return Value(s)
    }
}

// MARK: repr

/// repr() of a str, as CPython writes it: single quotes unless the text contains ' and no ",
/// escapes for backslash, the quote, \t \n \r, and \x.. \u.... \U........ for characters
/// that are not printable.
func stringReprValue(_ v: Value) -> Value {
    let s = strObject(v)
    let n = s.pointee.count
    var singles = 0, doubles = 0
    var plain = true
    for i in 0..<n {
        let c = StrObject.character(s, i)
        if c == 0x27 { singles += 1; plain = false }
        else if c == 0x22 { doubles += 1 }
        else if c == 0x5C || c < 0x20 || c == 0x7F || (c >= 0x80 && !characterFlags(c).contains(.printable)) { plain = false }
    }
    let quote: UInt32 = singles > 0 && doubles == 0 ? 0x22 : 0x27
    if plain && s.pointee.width == 1 {
        // Nothing to escape: the text between quotes.
        let result = allocateString(count: n + 2, width: 1, isASCII: s.pointee.isASCII)
        let out = StrObject.latin1(result)
        out[0] = UInt8(quote)
        if n > 0 { (out + 1).update(from: StrObject.latin1(s), count: n) }
        out[n + 1] = UInt8(quote)
        return Value(result)
    }
    var b = StringBuilder(capacity: n + 2)
    b.append(quote)
    for i in 0..<n {
        let c = StrObject.character(s, i)
        switch c {
        case quote, 0x5C: b.append(ascii: 0x5C); b.append(c)
        case 0x09: b.append(ascii: "\\t")
        case 0x0A: b.append(ascii: "\\n")
        case 0x0D: b.append(ascii: "\\r")
        default:
            if c < 0x20 || c == 0x7F {
                appendHexEscape(&b, c, 0x78, 2)
            } else if c < 0x7F {
                b.append(ascii: UInt8(c))
            } else if characterFlags(c).contains(.printable) {
                b.append(c)
            } else if c < 0x100 {
                appendHexEscape(&b, c, 0x78, 2)
            } else if c < 0x10000 {
                appendHexEscape(&b, c, 0x75, 4)
            } else {
                appendHexEscape(&b, c, 0x55, 8)
            }
        }
    }
    b.append(quote)
    return b.build()
}

/// Appends \x.., \u.... or \U........ (`letter` is x, u or U).
@inline(__always)
func appendHexEscape(_ b: inout StringBuilder, _ c: UInt32, _ letter: UInt8, _ digits: Int) {
    b.append(ascii: 0x5C)
    b.append(ascii: letter)
    var shift = (digits - 1) * 4
    while shift >= 0 {
        b.append(ascii: hexDigit((c >> UInt32(shift)) & 0xF))
        shift -= 4
    }
}

@inline(__always) func hexDigit(_ d: UInt32) -> UInt8 { d < 10 ? UInt8(0x30 + d) : UInt8(0x57 + d) }

/// ascii(): the repr with every non-ASCII character escaped.
func asciiEscaped(_ repr: Value) -> Value {
    let s = strObject(repr)
    if s.pointee.isASCII { return repr }
    var b = StringBuilder(capacity: s.pointee.count + 8)
    for i in 0..<s.pointee.count {
        let c = StrObject.character(s, i)
        if c < 0x80 { b.append(ascii: UInt8(c)) }
        else if c < 0x100 { appendHexEscape(&b, c, 0x78, 2) }
        else if c < 0x10000 { appendHexEscape(&b, c, 0x75, 4) }
        else { appendHexEscape(&b, c, 0x55, 8) }
    }
    return b.build()
}
