import Runtime

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
/// widening from Latin-1 when needed.
@inline(__always)
func copyCharacters(from source: StrRef, _ start: Int, _ count: Int, to destination: StrRef, at offset: Int) {
    if count == 0 { return }
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
    var codePoints = [UInt32](repeating: 0, count: bounds.count)
    for i in 0..<bounds.count { codePoints[i] = StrObject.character(s, bounds.start + i * bounds.step) }
    return newString(codePoints: codePoints)
}

/// Characters [start, start + count) of a str as a new str (narrowed when possible).
public func substring(_ v: Value, start: Int, count: Int) -> Value {
    let s = v.object(as: StrObject.self)
    if count == 1 { return characterString(StrObject.character(s, start)) }
    if s.pointee.width == 1 {
        return newString(latin1: UnsafeBufferPointer(start: StrObject.latin1(s) + start, count: count))
    }
    return newString(codePoints: UnsafeBufferPointer(start: StrObject.ucs4(s) + start, count: count))
}

/// Index of the first occurrence of `needle` in `haystack[start..<end]`, or -1.
public func stringFind(_ haystack: Value, _ needle: Value, start: Int, end: Int) -> Int {
    let h = haystack.object(as: StrObject.self), n = needle.object(as: StrObject.self)
    let m = n.pointee.count
    if m == 0 { return start <= end ? start : -1 }
    if end - start < m { return -1 }
    let first = StrObject.character(n, 0)
    var i = start
    let last = end - m
    if h.pointee.width == 1 && n.pointee.width == 1 {
        let hd = StrObject.latin1(h), nd = StrObject.latin1(n)
        let firstByte = UInt8(first)
        while i <= last {
            if hd[i] == firstByte && memcmp(hd + i, nd, m) == 0 { return i }
            i += 1
        }
        return -1
    }
    while i <= last {
        if StrObject.character(h, i) == first {
            var j = 1
            while j < m && StrObject.character(h, i + j) == StrObject.character(n, j) { j += 1 }
            if j == m { return i }
        }
        i += 1
    }
    return -1
}

#if canImport(Glibc)
import Glibc
#endif
