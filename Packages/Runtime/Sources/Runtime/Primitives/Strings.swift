/// Creating and reading str objects.

/// A new str with `count` characters of `width` bytes, contents zeroed (the caller fills them).
public func allocateString(count: Int, width: Int, isASCII: Bool) -> StrRef {
    let raw = rt.pointee.heap.allocate(size: StrObject.dataOffset + count * width, kind: .str, type: rt.pointee.types.str)
    let s = raw.assumingMemoryBound(to: StrObject.self)
    s.pointee.count = count
    s.pointee.hash = -1
    s.pointee.width = Int32(width)
    s.pointee.isASCII = isASCII
    return s
}

/// A str from Swift text.
public func newString(_ text: String) -> Value {
    var maxScalar: UInt32 = 0
    var count = 0
    for scalar in text.unicodeScalars {
        maxScalar = max(maxScalar, scalar.value)
        count += 1
    }
    if maxScalar < 0x100 {
        let s = allocateString(count: count, width: 1, isASCII: maxScalar < 0x80)
        let data = StrObject.latin1(s)
        var i = 0
        for scalar in text.unicodeScalars { data[i] = UInt8(scalar.value); i += 1 }
        return Value(s)
    }
    let s = allocateString(count: count, width: 4, isASCII: false)
    let data = StrObject.ucs4(s)
    var i = 0
    for scalar in text.unicodeScalars { data[i] = scalar.value; i += 1 }
    return Value(s)
}

/// A str from code points (chooses the narrowest width).
public func newString(codePoints: UnsafeBufferPointer<UInt32>) -> Value {
    var maxScalar: UInt32 = 0
    for c in codePoints { maxScalar = max(maxScalar, c) }
    if maxScalar < 0x100 {
        let s = allocateString(count: codePoints.count, width: 1, isASCII: maxScalar < 0x80)
        let data = StrObject.latin1(s)
        for (i, c) in codePoints.enumerated() { data[i] = UInt8(truncatingIfNeeded: c) }
        return Value(s)
    }
    let s = allocateString(count: codePoints.count, width: 4, isASCII: false)
    StrObject.ucs4(s).update(from: codePoints.baseAddress!, count: codePoints.count)
    return Value(s)
}

public func newString(codePoints: [UInt32]) -> Value {
    codePoints.withUnsafeBufferPointer { newString(codePoints: $0) }
}

/// A str from Latin-1 bytes (ASCII text included).
public func newString(latin1 bytes: UnsafeBufferPointer<UInt8>) -> Value {
    var isASCII = true
    for b in bytes where b >= 0x80 { isASCII = false; break }
    let s = allocateString(count: bytes.count, width: 1, isASCII: isASCII)
    if bytes.count > 0 { StrObject.latin1(s).update(from: bytes.baseAddress!, count: bytes.count) }
    return Value(s)
}

/// The interned str for an identifier (the same object every time).
public func internString(_ text: String) -> Value {
    if let existing = rt.pointee.internedStrings[text] { return existing }
    let value = newString(text)
    value.object(as: StrObject.self).pointee.isInterned = true
    rt.pointee.internedStrings[text] = value
    return value
}

extension Value {
    /// The text of a str value (the caller has checked it is a str).
    public var stringValue: String {
        let s = object(as: StrObject.self)
        let count = s.pointee.count
        if s.pointee.width == 1 {
            let data = StrObject.latin1(s)
            if s.pointee.isASCII {
                return String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
            }
            var text = String.UnicodeScalarView()
            for i in 0..<count { text.append(Unicode.Scalar(data[i])) }
            return String(text)
        }
        let data = StrObject.ucs4(s)
        var text = String.UnicodeScalarView()
        for i in 0..<count {
            // Lone surrogates cannot live in a Swift String; show them as U+FFFD.
            text.append(Unicode.Scalar(data[i]) ?? "\u{FFFD}")
        }
        return String(text)
    }

    @inline(__always) public var isStr: Bool { isObject && header.pointee.kind == .str }
    @inline(__always) public var strCount: Int { object(as: StrObject.self).pointee.count }
}

/// Equality of two str objects by content.
@inline(__always)
public func stringsEqual(_ a: StrRef, _ b: StrRef) -> Bool {
    if a == b { return true }
    let count = a.pointee.count
    guard count == b.pointee.count else { return false }
    if a.pointee.hash != -1 && b.pointee.hash != -1 && a.pointee.hash != b.pointee.hash { return false }
    if a.pointee.width == b.pointee.width {
        return memcmp(StrObject.latin1(a), StrObject.latin1(b), count * Int(a.pointee.width)) == 0
    }
    // Different widths can only be equal if... they cannot: width is the narrowest possible.
    return false
}

/// Ordering of two strs by code points (Python's < on str).
public func compareStrings(_ a: StrRef, _ b: StrRef) -> Int {
    let n = min(a.pointee.count, b.pointee.count)
    if a.pointee.width == 1 && b.pointee.width == 1 {
        let r = memcmp(StrObject.latin1(a), StrObject.latin1(b), n)
        if r != 0 { return r < 0 ? -1 : 1 }
    } else {
        for i in 0..<n {
            let x = StrObject.character(a, i), y = StrObject.character(b, i)
            if x != y { return x < y ? -1 : 1 }
        }
    }
    return a.pointee.count == b.pointee.count ? 0 : (a.pointee.count < b.pointee.count ? -1 : 1)
}

/// hash(str), cached in the object. Equal to CPython's with PYTHONHASHSEED=0: siphash13 with a
/// zero key over the string's PEP 393 representation (1, 2 or 4 bytes per character).
public func stringHash(_ s: StrRef) -> Int {
    let cached = s.pointee.hash
    if cached != -1 { return cached }
    let count = s.pointee.count
    var h: Int
    if count == 0 {
        h = 0
    } else if s.pointee.width == 1 {
        h = Int(bitPattern: UInt(siphash13(UnsafeRawBufferPointer(start: StrObject.latin1(s), count: count))))
    } else {
        let data = StrObject.ucs4(s)
        var maxChar: UInt32 = 0
        for i in 0..<count { maxChar = max(maxChar, data[i]) }
        if maxChar < 0x10000 {
            var units = [UInt16](repeating: 0, count: count)
            for i in 0..<count { units[i] = UInt16(data[i]) }
            h = units.withUnsafeBytes { Int(bitPattern: UInt(siphash13($0))) }
        } else {
            h = Int(bitPattern: UInt(siphash13(UnsafeRawBufferPointer(start: data, count: count * 4))))
        }
    }
    if h == -1 { h = -2 }
    s.pointee.hash = h
    return h
}

#if canImport(Glibc)
import Glibc
#endif
