#if canImport(Glibc)
import Glibc
#endif
import Runtime

/// str: its methods, the format mini-language, str.format, %-formatting, chr, ord, format, ascii.
func registerStringBuiltins(_ builtins: Value) {
    let str = rt.pointee.types.str
    defineConstructor(str) { args, count, keywordNames throws(PyError) in
        try constructString(args, count, keywordNames)
    }
    registerStringSearchMethods(str)
    registerStringSplitMethods(str)
    registerStringCaseMethods(str)
    registerStringPredicates(str)
    registerStringLayoutMethods(str)
    registerStringFormatMethods(str)
    registerStringDunders(str)
    registerStringFunctions(builtins)
}

// MARK: argument handling (CPython's messages for each calling convention)

@inline(__always) private func hasKeywords(_ keywordNames: Value) -> Bool {
    !keywordNames.isNull && keywordNames.tupleCount > 0
}

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
@inline(__always)
private func checkNoArguments(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if count != 1 || hasKeywords(keywordNames) {
        if hasKeywords(keywordNames) { throw raiseTypeError("str.\(name)() takes no keyword arguments") }
        throw raiseTypeError("str.\(name)() takes no arguments (\(count - 1) given)")
    }
}

/// METH_O: "str.join() takes exactly one argument (0 given)".
@inline(__always)
private func checkOneArgument(_ name: String, _ count: Int, _ keywordNames: Value) throws(PyError) {
    if count != 2 || hasKeywords(keywordNames) {
        if hasKeywords(keywordNames) { throw raiseTypeError("str.\(name)() takes no keyword arguments") }
        throw raiseTypeError("str.\(name)() takes exactly one argument (\(count - 1) given)")
    }
}

/// METH_VARARGS parsed by PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
@inline(__always)
private func checkVarargs(_ name: String, _ count: Int, _ keywordNames: Value, min: Int, max: Int) throws(PyError) {
    if hasKeywords(keywordNames) { throw raiseTypeError("str.\(name)() takes no keyword arguments") }
    let n = count - 1
    if n < min || n > max {
        let bound = n < min ? min : max
        let how = min == max ? "exactly" : n < min ? "at least" : "at most"
        throw raiseTypeError("\(name)() takes \(how) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
    }
}

/// Argument clinic, positional only: "center expected at least 1 argument, got 0".
@inline(__always)
private func checkClinicPositional(_ name: String, _ count: Int, _ keywordNames: Value, min: Int, max: Int) throws(PyError) {
    if hasKeywords(keywordNames) { throw raiseTypeError("str.\(name)() takes no keyword arguments") }
    try checkPositional(name, count - 1, .null, min: min, max: max)
}

/// Argument clinic with keywords (no required parameters, at most two): the values, NULL when
/// omitted, with _PyArg_UnpackKeywords's messages.
private func bindOptionalKeywords(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                                  _ first: StaticString, _ second: StaticString? = nil) throws(PyError) -> (Value, Value) {
    let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
    let positional = count - 1 - keywordCount
    let maximum = second == nil ? 1 : 2
    if positional + keywordCount > maximum || positional > maximum {
        throw raiseTypeError("\(name)() takes at most \(maximum) argument\(maximum == 1 ? "" : "s") (\(positional + keywordCount) given)")
    }
    var values = (Value.null, Value.null)
    if positional >= 1 { values.0 = args[1] }
    if positional >= 2 { values.1 = args[2] }
    for k in 0..<keywordCount {
        let keyword = keywordNames.tupleItems[k]
        let value = args[1 + positional + k]
        if keywordIs(keyword, first) {
            if positional >= 1 { throw raiseTypeError("argument for \(name)() given by name ('\(first)') and position (1)") }
            values.0 = value
        } else if let second, keywordIs(keyword, second) {
            if positional >= 2 { throw raiseTypeError("argument for \(name)() given by name ('\(second)') and position (2)") }
            values.1 = value
        } else {
            throw raiseTypeError("'\(keyword.stringValue)' is an invalid keyword argument for \(name)()")
        }
    }
    return values
}

private func keywordIs(_ keyword: Value, _ name: StaticString) -> Bool {
    let s = strObject(keyword)
    guard s.pointee.width == 1, s.pointee.count == name.utf8CodeUnitCount else { return false }
    return memcmp(StrObject.latin1(s), name.utf8Start, s.pointee.count) == 0
}

/// PyNumber_AsSsize_t for integer parameters (width, maxsplit, count, tabsize).
func integerArgument(_ v: Value) throws(PyError) -> Int {
    if v.isSmallInt { return v.smallInt }
    if v.isBool { return v.bits == Value.true.bits ? 1 : 0 }
    if v.isObject && v.header.pointee.kind == .bigInt && typeOf(v).pointee.builtinBase == rt.pointee.types.int {
        guard let n = Int(exactly: v.bigIntValue) else {
            throw raiseOverflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        guard result.isInt || result.isBool else {
            throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))")
        }
        return try integerArgument(result)
    }
    throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
}

/// _PyEval_SliceIndex for the optional start/end of find, count, startswith...: None or an
/// index, huge values clamped.
@inline(__always)
func sliceIndexArgument(_ v: Value, default d: Int) throws(PyError) -> Int {
    if v.isSmallInt { return v.smallInt }
    if v.isNull || v.isNone { return d }
    if v.isBool { return v.bits == Value.true.bits ? 1 : 0 }
    if v.isObject && v.header.pointee.kind == .bigInt && typeOf(v).pointee.builtinBase == rt.pointee.types.int {
        let b = v.bigIntValue
        return Int(exactly: b) ?? (b.sign == .minus ? Int.min : Int.max)
    }
    if let method = userSpecialMethod(v, "__index__") {
        let result = try call(method, v)
        if result.isInt || result.isBool { return try sliceIndexArgument(result, default: d) }
        throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))")
    }
    throw raiseTypeError("slice indices must be integers or None or have an __index__ method")
}

/// find/rfind/index/rindex/count: (sub, start, end) with start and end adjusted.
@inline(__always)
private func findArguments(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> (Value, Int, Int) {
    try checkVarargs(name, count, keywordNames, min: 1, max: 3)
    let sub = args[1]
    guard isStrValue(sub) else { throw raiseTypeError("must be str, not \(typeName(sub))") }
    let start = count > 2 ? try sliceIndexArgument(args[2], default: 0) : 0
    let end = count > 3 ? try sliceIndexArgument(args[3], default: Int.max) : Int.max
    let (s, e) = adjustIndices(start, end, args[0].strCount)
    return (sub, s, e)
}

/// The fill character of center/ljust/rjust.
private func fillCharacter(_ v: Value) throws(PyError) -> UInt32 {
    guard isStrValue(v) else { throw raiseTypeError("The fill character must be a unicode character, not \(typeName(v))") }
    guard v.strCount == 1 else { throw raiseTypeError("The fill character must be exactly one character long") }
    return StrObject.character(strObject(v), 0)
}

// MARK: construction

private func constructString(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value) throws(PyError) -> Value {
    let type = args[0]
    var result: Value
    if count == 1 {
        result = emptyString()
    } else if count == 2 && !hasKeywords(keywordNames) {
        result = try strOf(args[1])
    } else {
        let bound = try bindBuiltinArguments("str", args + 1, count - 1, keywordNames,
                                             names: ["object", "encoding", "errors"], required: 0)
        if bound.optional(1) == nil && bound.optional(2) == nil {
            result = bound.optional(0).map { _ in Value.null } ?? emptyString()
            if let object = bound.optional(0) { result = try strOf(object) }
        } else {
            var encoding = "utf-8", errors = "strict"
            if let e = bound.optional(1) {
                guard isStrValue(e) else { throw raiseTypeError("str() argument 'encoding' must be str, not \(typeName(e))") }
                encoding = e.stringValue
            }
            if let e = bound.optional(2) {
                guard isStrValue(e) else { throw raiseTypeError("str() argument 'errors' must be str, not \(typeName(e))") }
                errors = e.stringValue
            }
            let object = bound.optional(0) ?? newBytes([])
            if isStrValue(object) { throw raiseTypeError("decoding str is not supported") }
            guard object.isObject && object.header.pointee.kind == .bytes else {
                throw raiseTypeError("decoding to str: need a bytes-like object, \(typeName(object)) found")
            }
            result = try decodeBytes(object, encoding: encoding, errors: errors)
        }
    }
    if type.bits != Value(rt.pointee.types.str).bits {
        let copy = freshStringCopy(result)
        copy.header.pointee.type = type.object(as: TypeObject.self)
        return copy
    }
    return result
}

// MARK: find, count, replace, startswith

private func registerStringSearchMethods(_ str: TypeRef) {
    defineMethod(str, "find") { args, count, keywordNames throws(PyError) in
        let (sub, start, end) = try findArguments("find", args, count, keywordNames)
        return Value(smallInt: stringFind(args[0], sub, start: start, end: end))
    }
    defineMethod(str, "rfind") { args, count, keywordNames throws(PyError) in
        let (sub, start, end) = try findArguments("rfind", args, count, keywordNames)
        return Value(smallInt: stringRFind(args[0], sub, start: start, end: end))
    }
    defineMethod(str, "index") { args, count, keywordNames throws(PyError) in
        let (sub, start, end) = try findArguments("index", args, count, keywordNames)
        let i = stringFind(args[0], sub, start: start, end: end)
        if i < 0 { throw raiseValueError("substring not found") }
        return Value(smallInt: i)
    }
    defineMethod(str, "rindex") { args, count, keywordNames throws(PyError) in
        let (sub, start, end) = try findArguments("rindex", args, count, keywordNames)
        let i = stringRFind(args[0], sub, start: start, end: end)
        if i < 0 { throw raiseValueError("substring not found") }
        return Value(smallInt: i)
    }
    defineMethod(str, "count") { args, count, keywordNames throws(PyError) in
        let (sub, start, end) = try findArguments("count", args, count, keywordNames)
        return Value(smallInt: stringCount(args[0], sub, start: start, end: end))
    }
    defineMethod(str, "replace") { args, count, keywordNames throws(PyError) in
        try checkClinicPositional("replace", count, keywordNames, min: 2, max: 3)
        guard isStrValue(args[1]) else { throw raiseTypeError("replace() argument 1 must be str, not \(typeName(args[1]))") }
        guard isStrValue(args[2]) else { throw raiseTypeError("replace() argument 2 must be str, not \(typeName(args[2]))") }
        let limit = count > 3 ? try integerArgument(args[3]) : -1
        return replaceString(args[0], args[1], args[2], limit)
    }
    defineMethod(str, "startswith") { args, count, keywordNames throws(PyError) in
        try tailMatch("startswith", args, count, keywordNames, atEnd: false)
    }
    defineMethod(str, "endswith") { args, count, keywordNames throws(PyError) in
        try tailMatch("endswith", args, count, keywordNames, atEnd: true)
    }
    defineMethod(str, "removeprefix") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("removeprefix", count, keywordNames)
        guard isStrValue(args[1]) else { throw raiseTypeError("removeprefix() argument must be str, not \(typeName(args[1]))") }
        let s = args[0], n = args[1].strCount
        if n > 0 && n <= s.strCount && stringMatches(strObject(s), at: 0, strObject(args[1])) {
            return substring(s, start: n, count: s.strCount - n)
        }
        return unchangedString(s)
    }
    defineMethod(str, "removesuffix") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("removesuffix", count, keywordNames)
        guard isStrValue(args[1]) else { throw raiseTypeError("removesuffix() argument must be str, not \(typeName(args[1]))") }
        let s = args[0], n = args[1].strCount
        if n > 0 && n <= s.strCount && stringMatches(strObject(s), at: s.strCount - n, strObject(args[1])) {
            return substring(s, start: 0, count: s.strCount - n)
        }
        return unchangedString(s)
    }
}

private func tailMatch(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value, atEnd: Bool) throws(PyError) -> Value {
    try checkVarargs(name, count, keywordNames, min: 1, max: 3)
    let start = count > 2 ? try sliceIndexArgument(args[2], default: 0) : 0
    let end = count > 3 ? try sliceIndexArgument(args[3], default: Int.max) : Int.max
    let sub = args[1]
    if isStrValue(sub) {
        return Value(bool: stringTailMatch(args[0], sub, start: start, end: end, atEnd: atEnd))
    }
    if sub.isObject && sub.header.pointee.kind == .tuple {
        for i in 0..<sub.tupleCount {
            let candidate = sub.tupleItems[i]
            guard isStrValue(candidate) else {
                throw raiseTypeError("tuple for \(name) must only contain str, not \(typeName(candidate))")
            }
            if stringTailMatch(args[0], candidate, start: start, end: end, atEnd: atEnd) { return .true }
        }
        return .false
    }
    throw raiseTypeError("\(name) first arg must be str or a tuple of str, not \(typeName(sub))")
}

/// str.replace(old, new, count).
func replaceString(_ v: Value, _ old: Value, _ new: Value, _ limit: Int) -> Value {
    let s = strObject(v), o = strObject(old), n = strObject(new)
    let length = s.pointee.count, oldLength = o.pointee.count, newLength = n.pointee.count
    if length < oldLength || limit == 0 || old.bits == new.bits { return unchangedString(v) }
    let maximum = limit < 0 ? Int.max : limit
    let occurrences = stringCount(v, old, start: 0, end: length, limit: maximum)
    if occurrences == 0 { return unchangedString(v) }
    if oldLength == newLength && stringsEqual(o, n) { return unchangedString(v) }
    let total = length + occurrences * (newLength - oldLength)
    let width = max(s.pointee.width, n.pointee.width)
    let result = allocateString(count: total, width: Int(width), isASCII: s.pointee.isASCII && n.pointee.isASCII)
    var out = 0
    var i = 0
    if oldLength == 0 {
        for k in 0..<occurrences {
            copyCharacters(from: n, 0, newLength, to: result, at: out)
            out += newLength
            if k < length {
                copyCharacters(from: s, k, 1, to: result, at: out)
                out += 1
            }
        }
        i = min(occurrences, length)
    } else {
        for _ in 0..<occurrences {
            let j = stringFind(v, old, start: i, end: length)
            copyCharacters(from: s, i, j - i, to: result, at: out)
            out += j - i
            copyCharacters(from: n, 0, newLength, to: result, at: out)
            out += newLength
            i = j + oldLength
        }
    }
    copyCharacters(from: s, i, length - i, to: result, at: out)
    if width == 4 && s.pointee.width == 4 && maxCharacter(result) < 0x100 {
        // Removing the only wide characters: narrow the result, as CPython's is canonical.
        return newString(codePoints: UnsafeBufferPointer(start: StrObject.ucs4(result), count: total))
    }
    return Value(result)
}

// MARK: split, join, strip, partition

private func splitSeparator(_ v: Value) throws(PyError) -> Value {
    if v.isNull || v.isNone { return .null }
    guard isStrValue(v) else { throw raiseTypeError("must be str or None, not \(typeName(v))") }
    if v.strCount == 0 { throw raiseValueError("empty separator") }
    return v
}

private func registerStringSplitMethods(_ str: TypeRef) {
    defineMethod(str, "split") { args, count, keywordNames throws(PyError) in
        var separator = Value.null, maxsplit = -1
        if count > 1 {
            let (sep, limit) = try bindOptionalKeywords("split", args, count, keywordNames, "sep", "maxsplit")
            separator = try splitSeparator(sep)
            if !limit.isNull { maxsplit = try integerArgument(limit) }
        }
        return splitString(args[0], separator, maxsplit)
    }
    defineMethod(str, "rsplit") { args, count, keywordNames throws(PyError) in
        var separator = Value.null, maxsplit = -1
        if count > 1 {
            let (sep, limit) = try bindOptionalKeywords("rsplit", args, count, keywordNames, "sep", "maxsplit")
            separator = try splitSeparator(sep)
            if !limit.isNull { maxsplit = try integerArgument(limit) }
        }
        return rsplitString(args[0], separator, maxsplit)
    }
    defineMethod(str, "splitlines") { args, count, keywordNames throws(PyError) in
        var keepEnds = false
        if count > 1 {
            let (keep, _) = try bindOptionalKeywords("splitlines", args, count, keywordNames, "keepends")
            if !keep.isNull { keepEnds = try integerArgument(keep) != 0 }
        }
        return splitLines(args[0], keepEnds: keepEnds)
    }
    defineMethod(str, "join") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("join", count, keywordNames)
        return try joinIterable(args[0], args[1])
    }
    defineMethod(str, "strip") { args, count, keywordNames throws(PyError) in
        try stripMethod("strip", args, count, keywordNames, left: true, right: true)
    }
    defineMethod(str, "lstrip") { args, count, keywordNames throws(PyError) in
        try stripMethod("lstrip", args, count, keywordNames, left: true, right: false)
    }
    defineMethod(str, "rstrip") { args, count, keywordNames throws(PyError) in
        try stripMethod("rstrip", args, count, keywordNames, left: false, right: true)
    }
    defineMethod(str, "partition") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("partition", count, keywordNames)
        return try partitionString(args[0], args[1], fromEnd: false)
    }
    defineMethod(str, "rpartition") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("rpartition", count, keywordNames)
        return try partitionString(args[0], args[1], fromEnd: true)
    }
}

private func stripMethod(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                         left: Bool, right: Bool) throws(PyError) -> Value {
    try checkClinicPositional(name, count, keywordNames, min: 0, max: 1)
    let chars = count > 1 ? args[1] : Value.none
    if !chars.isNone && !isStrValue(chars) { throw raiseTypeError("\(name) arg must be None or str") }
    return stripString(args[0], chars, left: left, right: right)
}

/// Appends s[start..<end] to a result list.
@inline(__always)
private func appendPiece(_ list: ListRef, _ v: Value, _ start: Int, _ end: Int) {
    listAppend(list, substring(v, start: start, count: end - start))
}

@inline(__always)
private func isSpaceAt<T: FixedWidthInteger>(_ data: UnsafeMutablePointer<T>, _ i: Int) -> Bool {
    isUnicodeSpace(UInt32(truncatingIfNeeded: data[i]))
}

/// str.split(sep, maxsplit); `separator` NULL splits on whitespace.
func splitString(_ v: Value, _ separator: Value, _ maxsplit: Int) -> Value {
    let s = strObject(v)
    if s.pointee.width == 1 { return splitString(v, StrObject.latin1(s), separator, maxsplit) }
    return splitString(v, StrObject.ucs4(s), separator, maxsplit)
}

private func splitString<T: FixedWidthInteger>(_ v: Value, _ data: UnsafeMutablePointer<T>, _ separator: Value, _ maxsplit: Int) -> Value {
    let length = v.strCount
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    let result = newList(capacity: 12)  // CPython preallocates MAX_PREALLOC items
    let list = result.object(as: ListObject.self)
    var i = 0
    if separator.isNull {
        while remaining > 0 {
            remaining -= 1
            while i < length && isSpaceAt(data, i) { i += 1 }
            if i == length { break }
            let j = i
            i += 1
            while i < length && !isSpaceAt(data, i) { i += 1 }
            if j == 0 && i == length && v.header.pointee.type == rt.pointee.types.str {
                listAppend(list, v)
                return result
            }
            appendPiece(list, v, j, i)
        }
        if i < length {
            while i < length && isSpaceAt(data, i) { i += 1 }
            if i != length { appendPiece(list, v, i, length) }
        }
        return result
    }
    let separatorLength = separator.strCount
    while remaining > 0 {
        remaining -= 1
        let j = stringFind(v, separator, start: i, end: length)
        if j < 0 { break }
        appendPiece(list, v, i, j)
        i = j + separatorLength
    }
    if list.pointee.count == 0 && v.header.pointee.type == rt.pointee.types.str {
        listAppend(list, v)
        return result
    }
    appendPiece(list, v, i, length)
    return result
}

/// str.rsplit(sep, maxsplit).
func rsplitString(_ v: Value, _ separator: Value, _ maxsplit: Int) -> Value {
    let s = strObject(v)
    if s.pointee.width == 1 { return rsplitString(v, StrObject.latin1(s), separator, maxsplit) }
    return rsplitString(v, StrObject.ucs4(s), separator, maxsplit)
}

private func rsplitString<T: FixedWidthInteger>(_ v: Value, _ data: UnsafeMutablePointer<T>, _ separator: Value, _ maxsplit: Int) -> Value {
    let length = v.strCount
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    let result = newList(capacity: 12)
    let list = result.object(as: ListObject.self)
    var i = length - 1
    if separator.isNull {
        while remaining > 0 {
            remaining -= 1
            while i >= 0 && isSpaceAt(data, i) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpaceAt(data, i) { i -= 1 }
            if j == length - 1 && i < 0 && v.header.pointee.type == rt.pointee.types.str {
                listAppend(list, v)
                return result
            }
            appendPiece(list, v, i + 1, j + 1)
        }
        if i >= 0 {
            while i >= 0 && isSpaceAt(data, i) { i -= 1 }
            if i >= 0 { appendPiece(list, v, 0, i + 1) }
        }
    } else {
        let separatorLength = separator.strCount
        var j = length
        while remaining > 0 {
            remaining -= 1
            let position = stringRFind(v, separator, start: 0, end: j)
            if position < 0 { break }
            appendPiece(list, v, position + separatorLength, j)
            j = position
        }
        if list.pointee.count == 0 && v.header.pointee.type == rt.pointee.types.str {
            listAppend(list, v)
            return result
        }
        appendPiece(list, v, 0, j)
    }
    // Reverse in place.
    let items = list.items
    var a = 0, b = list.pointee.count - 1
    while a < b {
        let t = items[a]; items[a] = items[b]; items[b] = t
        a += 1; b -= 1
    }
    return result
}

/// str.splitlines(keepends).
func splitLines(_ v: Value, keepEnds: Bool) -> Value {
    let s = strObject(v)
    let length = s.pointee.count
    let result = newList(capacity: 0)
    let list = result.object(as: ListObject.self)
    var i = 0, j = 0
    while i < length {
        while i < length && !isLineBreak(StrObject.character(s, i)) { i += 1 }
        var end = i
        if i < length {
            if StrObject.character(s, i) == 0x0D && i + 1 < length && StrObject.character(s, i + 1) == 0x0A {
                i += 2
            } else {
                i += 1
            }
            if keepEnds { end = i }
        }
        if j == 0 && end == length && v.header.pointee.type == rt.pointee.types.str {
            listAppend(list, v)
            break
        }
        appendPiece(list, v, j, end)
        j = i
    }
    return result
}

/// str.join(iterable).
func joinIterable(_ separator: Value, _ iterable: Value) throws(PyError) -> Value {
    var sequence = iterable
    let kind = iterable.objectKind
    let isListOrTuple = (kind == .list || kind == .tuple) && !iterable.header.pointee.type.pointee.flags.contains(.heapType)
    if !isListOrTuple {
        let iterator: Value
        do throws(PyError) {
            iterator = try getIterator(iterable)
        } catch {
            if currentExceptionMatches(rt.pointee.types.TypeError) {
                _ = takeCurrentException()
                throw raiseTypeError("can only join an iterable")
            }
            throw error
        }
        sequence = newList(capacity: 0)
        let list = sequence.object(as: ListObject.self)
        while let item = try iteratorNext(iterator) { listAppend(list, item) }
    }
    let isList = sequence.header.pointee.kind == .list
    let count = isList ? sequence.object(as: ListObject.self).pointee.count : sequence.tupleCount
    if count == 0 { return emptyString() }
    let items = isList ? sequence.object(as: ListObject.self).items : sequence.tupleItems
    if count == 1 && items[0].isObject && items[0].header.pointee.type == rt.pointee.types.str { return items[0] }
    let sep = strObject(separator)
    let separatorLength = sep.pointee.count
    var total = separatorLength * (count - 1)
    var width = sep.pointee.width
    var ascii = sep.pointee.isASCII
    for i in 0..<count {
        let item = items[i]
        guard isStrValue(item) else {
            throw raiseTypeError("sequence item \(i): expected str instance, \(typeName(item)) found")
        }
        let s = strObject(item)
        total += s.pointee.count
        width = max(width, s.pointee.width)
        ascii = ascii && s.pointee.isASCII
    }
    let result = allocateString(count: total, width: Int(width), isASCII: ascii)
    var offset = 0
    for i in 0..<count {
        if i > 0 && separatorLength > 0 {
            copyCharacters(from: sep, 0, separatorLength, to: result, at: offset)
            offset += separatorLength
        }
        let s = strObject(items[i])
        copyCharacters(from: s, 0, s.pointee.count, to: result, at: offset)
        offset += s.pointee.count
    }
    return Value(result)
}

/// strip/lstrip/rstrip with `chars` None (whitespace) or a str.
func stripString(_ v: Value, _ chars: Value, left: Bool, right: Bool) -> Value {
    let s = strObject(v)
    let length = s.pointee.count
    var i = 0, j = length
    if chars.isNone {
        if s.pointee.width == 1 {
            let d = StrObject.latin1(s)
            if left { while i < j && isUnicodeSpace(UInt32(d[i])) { i += 1 } }
            if right { while j > i && isUnicodeSpace(UInt32(d[j - 1])) { j -= 1 } }
        } else {
            let d = StrObject.ucs4(s)
            if left { while i < j && isUnicodeSpace(d[i]) { i += 1 } }
            if right { while j > i && isUnicodeSpace(d[j - 1]) { j -= 1 } }
        }
    } else {
        let set = strObject(chars)
        let setCount = set.pointee.count
        if setCount == 0 { return unchangedString(v) }
        // Latin-1 sets as a 256-bit map.
        var bitmap: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var wideSet = false
        for k in 0..<setCount {
            let c = StrObject.character(set, k)
            if c >= 256 { wideSet = true; continue }
            withUnsafeMutableBytes(of: &bitmap) { $0.storeBytes(of: $0.load(fromByteOffset: Int(c >> 6) * 8, as: UInt64.self) | (1 << UInt64(c & 63)), toByteOffset: Int(c >> 6) * 8, as: UInt64.self) }
        }
        func contains(_ c: UInt32) -> Bool {
            if c < 256 {
                return withUnsafeBytes(of: bitmap) { $0.load(fromByteOffset: Int(c >> 6) * 8, as: UInt64.self) } & (1 << UInt64(c & 63)) != 0
            }
            if !wideSet { return false }
            for k in 0..<setCount where StrObject.character(set, k) == c { return true }
            return false
        }
        if left { while i < j && contains(StrObject.character(s, i)) { i += 1 } }
        if right { while j > i && contains(StrObject.character(s, j - 1)) { j -= 1 } }
    }
    if i == 0 && j == length { return unchangedString(v) }
    return substring(v, start: i, count: j - i)
}

/// partition / rpartition.
func partitionString(_ v: Value, _ separator: Value, fromEnd: Bool) throws(PyError) -> Value {
    guard isStrValue(separator) else { throw raiseTypeError("must be str, not \(typeName(separator))") }
    let length = v.strCount, separatorLength = separator.strCount
    if separatorLength == 0 { throw raiseValueError("empty separator") }
    let position = fromEnd ? stringRFind(v, separator, start: 0, end: length) : stringFind(v, separator, start: 0, end: length)
    let tuple = allocateTuple(count: 3)
    let items = TupleObject.items(tuple)
    // Fill with the empty string first so the tuple never holds garbage across allocations.
    let empty = emptyString()
    items[0] = empty; items[1] = empty; items[2] = empty
    if position < 0 {
        if fromEnd { items[2] = unchangedString(v) } else { items[0] = unchangedString(v) }
        return Value(tuple)
    }
    items[0] = substring(v, start: 0, count: position)
    items[1] = unchangedString(separator)
    items[2] = substring(v, start: position + separatorLength, count: length - position - separatorLength)
    return Value(tuple)
}

// MARK: case

private func registerStringCaseMethods(_ str: TypeRef) {
    defineMethod(str, "upper") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("upper", count, keywordNames)
        return changeCase(args[0], .upper)
    }
    defineMethod(str, "lower") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("lower", count, keywordNames)
        return changeCase(args[0], .lower)
    }
    defineMethod(str, "casefold") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("casefold", count, keywordNames)
        return changeCase(args[0], .casefold)
    }
    defineMethod(str, "swapcase") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("swapcase", count, keywordNames)
        return changeCase(args[0], .swapcase)
    }
    defineMethod(str, "capitalize") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("capitalize", count, keywordNames)
        return changeCase(args[0], .capitalize)
    }
    defineMethod(str, "title") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("title", count, keywordNames)
        return changeCase(args[0], .title)
    }
}

enum CaseOperation { case upper, lower, casefold, swapcase, capitalize, title }

/// upper, lower, casefold, swapcase, capitalize and title (CPython's do_upper ... do_title).
func changeCase(_ v: Value, _ operation: CaseOperation) -> Value {
    let s = strObject(v)
    let length = s.pointee.count
    if s.pointee.isASCII {
        let result = allocateString(count: length, width: 1, isASCII: true)
        let from = StrObject.latin1(s), to = StrObject.latin1(result)
        @inline(__always) func isLowerASCII(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
        @inline(__always) func isUpperASCII(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        switch operation {
        case .upper:
            for i in 0..<length { let c = from[i]; to[i] = isLowerASCII(c) ? c - 32 : c }
        case .lower, .casefold:
            for i in 0..<length { let c = from[i]; to[i] = isUpperASCII(c) ? c + 32 : c }
        case .swapcase:
            for i in 0..<length { let c = from[i]; to[i] = isLowerASCII(c) ? c - 32 : isUpperASCII(c) ? c + 32 : c }
        case .capitalize:
            for i in 0..<length {
                let c = from[i]
                to[i] = i == 0 ? (isLowerASCII(c) ? c - 32 : c) : (isUpperASCII(c) ? c + 32 : c)
            }
        case .title:
            var previousCased = false
            for i in 0..<length {
                let c = from[i]
                to[i] = previousCased ? (isUpperASCII(c) ? c + 32 : c) : (isLowerASCII(c) ? c - 32 : c)
                previousCased = isLowerASCII(c) || isUpperASCII(c)
            }
        }
        return Value(result)
    }
    var out: [UInt32] = []
    out.reserveCapacity(length + 4)
    @inline(__always) func lower(_ c: UInt32, _ i: Int) {
        if c == 0x3A3 { out.append(lowercaseSigma(s, i)) } else { appendCaseMapping(c, .lower, to: &out) }
    }
    var previousCased = false
    for i in 0..<length {
        let c = StrObject.character(s, i)
        switch operation {
        case .upper: appendCaseMapping(c, .upper, to: &out)
        case .lower: lower(c, i)
        case .casefold: appendCaseMapping(c, .fold, to: &out)
        case .swapcase:
            let flags = characterFlags(c)
            if flags.contains(.upper) { lower(c, i) }
            else if flags.contains(.lower) { appendCaseMapping(c, .upper, to: &out) }
            else { out.append(c) }
        case .capitalize:
            if i == 0 { appendCaseMapping(c, .title, to: &out) } else { lower(c, i) }
        case .title:
            if previousCased { lower(c, i) } else { appendCaseMapping(c, .title, to: &out) }
            previousCased = characterFlags(c).contains(.cased)
        }
    }
    return newString(codePoints: out)
}

// MARK: predicates

private func registerStringPredicates(_ str: TypeRef) {
    defineMethod(str, "isspace") { args, count, keywordNames throws(PyError) in
        try allCharacters("isspace", args, count, keywordNames, .space)
    }
    defineMethod(str, "isalpha") { args, count, keywordNames throws(PyError) in
        try allCharacters("isalpha", args, count, keywordNames, .alpha)
    }
    defineMethod(str, "isdecimal") { args, count, keywordNames throws(PyError) in
        try allCharacters("isdecimal", args, count, keywordNames, .decimal)
    }
    defineMethod(str, "isdigit") { args, count, keywordNames throws(PyError) in
        try allCharacters("isdigit", args, count, keywordNames, .digit)
    }
    defineMethod(str, "isnumeric") { args, count, keywordNames throws(PyError) in
        try allCharacters("isnumeric", args, count, keywordNames, .numeric)
    }
    defineMethod(str, "isalnum") { args, count, keywordNames throws(PyError) in
        try allCharacters("isalnum", args, count, keywordNames, [.alpha, .decimal, .digit, .numeric])
    }
    defineMethod(str, "isupper") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("isupper", count, keywordNames)
        return Value(bool: casedPredicate(args[0], upper: true))
    }
    defineMethod(str, "islower") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("islower", count, keywordNames)
        return Value(bool: casedPredicate(args[0], upper: false))
    }
    defineMethod(str, "istitle") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("istitle", count, keywordNames)
        let s = strObject(args[0])
        let n = s.pointee.count
        if n == 1 {
            let f = characterFlags(StrObject.character(s, 0))
            return Value(bool: f.contains(.title) || f.contains(.upper))
        }
        var cased = false, previousCased = false
        for i in 0..<n {
            let f = characterFlags(StrObject.character(s, i))
            if f.contains(.upper) || f.contains(.title) {
                if previousCased { return .false }
                previousCased = true
                cased = true
            } else if f.contains(.lower) {
                if !previousCased { return .false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return Value(bool: cased)
    }
    defineMethod(str, "isidentifier") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("isidentifier", count, keywordNames)
        return Value(bool: isIdentifier(args[0]))
    }
    defineMethod(str, "isprintable") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("isprintable", count, keywordNames)
        let s = strObject(args[0])
        for i in 0..<s.pointee.count where !characterFlags(StrObject.character(s, i)).contains(.printable) { return .false }
        return .true
    }
    defineMethod(str, "isascii") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("isascii", count, keywordNames)
        return Value(bool: strObject(args[0]).pointee.isASCII)
    }
}

private func allCharacters(_ name: String, _ args: UnsafeMutablePointer<Value>, _ count: Int, _ keywordNames: Value,
                           _ flags: CharacterFlags) throws(PyError) -> Value {
    try checkNoArguments(name, count, keywordNames)
    let s = strObject(args[0])
    let n = s.pointee.count
    if n == 0 { return .false }
    if s.pointee.width == 1 {
        let d = StrObject.latin1(s)
        for i in 0..<n where characterFlags(UInt32(d[i])).isDisjoint(with: flags) { return .false }
        return .true
    }
    for i in 0..<n where characterFlags(StrObject.character(s, i)).isDisjoint(with: flags) { return .false }
    return .true
}

private func casedPredicate(_ v: Value, upper: Bool) -> Bool {
    let s = strObject(v)
    var cased = false
    for i in 0..<s.pointee.count {
        let f = characterFlags(StrObject.character(s, i))
        if upper {
            if f.contains(.lower) || f.contains(.title) { return false }
            if f.contains(.upper) { cased = true }
        } else {
            if f.contains(.upper) || f.contains(.title) { return false }
            if f.contains(.lower) { cased = true }
        }
    }
    return cased
}

func isIdentifier(_ v: Value) -> Bool {
    let s = strObject(v)
    let n = s.pointee.count
    if n == 0 { return false }
    let first = StrObject.character(s, 0)
    if first != 0x5F && !characterFlags(first).contains(.xidStart) { return false }
    for i in 1..<max(1, n) where !characterFlags(StrObject.character(s, i)).contains(.xidContinue) { return false }
    return true
}

// MARK: padding and layout

private func registerStringLayoutMethods(_ str: TypeRef) {
    defineMethod(str, "center") { args, count, keywordNames throws(PyError) in
        try checkClinicPositional("center", count, keywordNames, min: 1, max: 2)
        let width = try integerArgument(args[1])
        let fill = count > 2 ? try fillCharacter(args[2]) : 0x20
        let length = args[0].strCount
        if length >= width { return unchangedString(args[0]) }
        let margin = width - length
        let left = margin / 2 + (margin & width & 1)
        return padString(args[0], left, margin - left, fill)
    }
    defineMethod(str, "ljust") { args, count, keywordNames throws(PyError) in
        try checkClinicPositional("ljust", count, keywordNames, min: 1, max: 2)
        let width = try integerArgument(args[1])
        let fill = count > 2 ? try fillCharacter(args[2]) : 0x20
        let length = args[0].strCount
        if length >= width { return unchangedString(args[0]) }
        return padString(args[0], 0, width - length, fill)
    }
    defineMethod(str, "rjust") { args, count, keywordNames throws(PyError) in
        try checkClinicPositional("rjust", count, keywordNames, min: 1, max: 2)
        let width = try integerArgument(args[1])
        let fill = count > 2 ? try fillCharacter(args[2]) : 0x20
        let length = args[0].strCount
        if length >= width { return unchangedString(args[0]) }
        return padString(args[0], width - length, 0, fill)
    }
    defineMethod(str, "zfill") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("zfill", count, keywordNames)
        let width = try integerArgument(args[1])
        let length = args[0].strCount
        if length >= width { return unchangedString(args[0]) }
        let fill = width - length
        let result = padString(args[0], fill, 0, 0x30)
        let r = strObject(result)
        let c = StrObject.character(r, fill)
        if c == 0x2B || c == 0x2D {
            fillCharacters(r, at: 0, 1, c)
            fillCharacters(r, at: fill, 1, 0x30)
        }
        return result
    }
    defineMethod(str, "expandtabs") { args, count, keywordNames throws(PyError) in
        var tabSize = 8
        if count > 1 {
            let (size, _) = try bindOptionalKeywords("expandtabs", args, count, keywordNames, "tabsize")
            if !size.isNull { tabSize = try integerArgument(size) }
        }
        return expandTabs(args[0], tabSize)
    }
}

/// The str with `left` and `right` fill characters around it.
func padString(_ v: Value, _ left: Int, _ right: Int, _ fill: UInt32) -> Value {
    let s = strObject(v)
    let length = s.pointee.count
    let maxChar = max(maxCharacter(s), left + right > 0 ? fill : 0)
    let result = allocateString(count: left + length + right, maxChar: maxChar)
    fillCharacters(result, at: 0, left, fill)
    copyCharacters(from: s, 0, length, to: result, at: left)
    fillCharacters(result, at: left + length, right, fill)
    return Value(result)
}

func expandTabs(_ v: Value, _ tabSize: Int) -> Value {
    let s = strObject(v)
    let n = s.pointee.count
    var found = false
    for i in 0..<n where StrObject.character(s, i) == 0x09 { found = true; break }
    if !found { return unchangedString(v) }
    var b = StringBuilder(capacity: n + 16)
    var column = 0
    for i in 0..<n {
        let c = StrObject.character(s, i)
        if c == 0x09 {
            if tabSize > 0 {
                let spaces = tabSize - column % tabSize
                b.append(repeating: 0x20, count: spaces)
                column += spaces
            }
        } else {
            b.append(c)
            column += 1
            if c == 0x0A || c == 0x0D { column = 0 }
        }
    }
    return b.build()
}

// MARK: format, %, translate, encode

private func registerStringFormatMethods(_ str: TypeRef) {
    defineMethod(str, "format") { args, count, keywordNames throws(PyError) in
        let keywordCount = keywordNames.isNull ? 0 : keywordNames.tupleCount
        let positional = count - keywordCount
        let arguments = FormatArguments(positional: args + 1, positionalCount: positional - 1,
                                        keywordNames: keywordCount > 0 ? keywordNames : .null,
                                        keywordValues: args + positional, mapping: .null)
        return try formatString(args[0], arguments)
    }
    defineMethod(str, "format_map") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("format_map", count, keywordNames)
        let arguments = FormatArguments(positional: nil, positionalCount: 0, keywordNames: .null,
                                        keywordValues: nil, mapping: args[1])
        return try formatString(args[0], arguments)
    }
    defineMethod(str, "__format__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__format__", count, keywordNames)
        guard isStrValue(args[1]) else { throw raiseTypeError("__format__() argument must be str, not \(typeName(args[1]))") }
        if args[1].strCount == 0 { return try strOf(args[0]) }
        return try formatBuiltin(args[0], args[1])
    }
    defineMethod(str, "__mod__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__mod__", count, keywordNames)
        return try percentFormat(args[0], args[1])
    }
    defineMethod(str, "__rmod__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__rmod__", count, keywordNames)
        return .notImplemented
    }
    defineMethod(str, "maketrans", classMethod: true) { args, count, keywordNames throws(PyError) in
        try checkClinicPositional("maketrans", count, keywordNames, min: 1, max: 3)
        return try makeTranslation(args + 1, count - 1)
    }
    defineMethod(str, "translate") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("translate", count, keywordNames)
        return try translateString(args[0], args[1])
    }
    defineMethod(str, "encode") { args, count, keywordNames throws(PyError) in
        var encoding = "utf-8", errors = "strict"
        if count > 1 {
            let (e, r) = try bindOptionalKeywords("encode", args, count, keywordNames, "encoding", "errors")
            if !e.isNull {
                guard isStrValue(e) else { throw raiseTypeError("encode() argument 'encoding' must be str, not \(typeName(e))") }
                encoding = e.stringValue
            }
            if !r.isNull {
                guard isStrValue(r) else { throw raiseTypeError("encode() argument 'errors' must be str, not \(typeName(r))") }
                errors = r.stringValue
            }
        }
        return try encodeString(args[0], encoding: encoding, errors: errors)
    }
}

/// str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None.
private func makeTranslation(_ args: UnsafeMutablePointer<Value>, _ count: Int) throws(PyError) -> Value {
    let result = newDict()
    let dict = result.object(as: DictObject.self)
    if count == 1 {
        let x = args[0]
        guard x.isObject && x.header.pointee.kind == .dict else {
            throw raiseTypeError("if you give only one argument to maketrans it must be a dict")
        }
        try dictForEach(x.object(as: DictObject.self)) { key, value throws(PyError) in
            if isStrValue(key) {
                guard key.strCount == 1 else { throw raiseValueError("string keys in translate table must be of length 1") }
                try dictSetItem(dict, Value(smallInt: Int(StrObject.character(strObject(key), 0))), value)
            } else if key.isInt || key.isBool {
                try dictSetItem(dict, key, value)
            } else {
                throw raiseTypeError("keys in translate table must be strings or integers")
            }
        }
        return result
    }
    let x = args[0], y = args[1]
    guard isStrValue(x) else { throw raiseTypeError("maketrans() argument 1 must be str, not \(typeName(x))") }
    guard isStrValue(y) else { throw raiseTypeError("maketrans() argument 2 must be str, not \(typeName(y))") }
    if count == 3 && !isStrValue(args[2]) { throw raiseTypeError("maketrans() argument 3 must be str, not \(typeName(args[2]))") }
    guard x.strCount == y.strCount else { throw raiseValueError("the first two maketrans arguments must have equal length") }
    let xs = strObject(x), ys = strObject(y)
    for i in 0..<xs.pointee.count {
        try dictSetItem(dict, Value(smallInt: Int(StrObject.character(xs, i))), Value(smallInt: Int(StrObject.character(ys, i))))
    }
    if count == 3 {
        let zs = strObject(args[2])
        for i in 0..<zs.pointee.count {
            try dictSetItem(dict, Value(smallInt: Int(StrObject.character(zs, i))), .none)
        }
    }
    return result
}

/// str.translate(table): each character looked up as table[ord(c)].
private func translateString(_ v: Value, _ table: Value) throws(PyError) -> Value {
    let s = strObject(v)
    var b = StringBuilder(capacity: s.pointee.count)
    let isDict = table.isObject && table.header.pointee.kind == .dict && !table.header.pointee.type.pointee.flags.contains(.heapType)
    for i in 0..<s.pointee.count {
        let c = StrObject.character(s, i)
        let mapped: Value?
        if isDict {
            mapped = try dictLookup(table.object(as: DictObject.self), Value(smallInt: Int(c)))
        } else {
            do throws(PyError) {
                mapped = try getItem(table, Value(smallInt: Int(c)))
            } catch {
                guard currentExceptionMatches(rt.pointee.types.LookupError) else { throw error }
                _ = takeCurrentException()
                mapped = nil
            }
        }
        guard let m = mapped else { b.append(c); continue }
        if m.isNone { continue }
        if isStrValue(m) { b.append(str: m); continue }
        if let n = m.exactInt, m.isInt || m.isBool {
            guard n >= 0 && n <= 0x10FFFF else { throw raiseValueError("character mapping must be in range(0x110000)") }
            b.append(UInt32(n))
            continue
        }
        if m.isInt { throw raiseValueError("character mapping must be in range(0x110000)") }
        throw raiseTypeError("character mapping must return integer, None or str")
    }
    return b.build()
}

private enum Codec { case utf8, ascii, latin1 }

private func codec(_ encoding: String) throws(PyError) -> Codec {
    let normalized = String(encoding.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    switch normalized {
    case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return .utf8
    case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us": return .ascii
    case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100": return .latin1
    case "utf_16", "utf16", "utf_16_le", "utf_16_be", "utf_32", "utf32", "utf_32_le", "utf_32_be", "cp1252",
         "windows_1252", "cp437", "idna", "punycode", "utf_7", "raw_unicode_escape", "unicode_escape", "iso_8859_15",
         "cp850", "mac_roman", "big5", "shift_jis", "euc_jp", "gbk", "gb2312", "koi8_r", "cp1251":
        throw raiseUnsupported("the '\(encoding)' codec")
    default:
        throw raise(rt.pointee.types.LookupError, "unknown encoding: \(encoding)")
    }
}

/// str.encode for utf-8, ascii and latin-1 with the common error handlers.
func encodeString(_ v: Value, encoding: String, errors: String) throws(PyError) -> Value {
    let kind = try codec(encoding)
    let s = strObject(v)
    let n = s.pointee.count
    if s.pointee.isASCII {
        let b = allocateBytes(count: n)
        if n > 0 { BytesObject.data(b).update(from: StrObject.latin1(s), count: n) }
        return Value(b)
    }
    let name = kind == .utf8 ? "utf-8" : kind == .ascii ? "ascii" : "latin-1"
    let limit: UInt32 = kind == .utf8 ? 0x110000 : kind == .ascii ? 0x80 : 0x100
    var out: [UInt8] = []
    out.reserveCapacity(n * 2)
    for i in 0..<n {
        let c = StrObject.character(s, i)
        let encodable = c < limit && !(kind == .utf8 && c >= 0xD800 && c <= 0xDFFF)
        if encodable {
            appendEncoded(c, kind, &out)
            continue
        }
        switch errors {
        case "strict":
            var character = StringBuilder()
            if c < 0x100 { appendHexEscape(&character, c, 0x78, 2) }
            else if c < 0x10000 { appendHexEscape(&character, c, 0x75, 4) }
            else { appendHexEscape(&character, c, 0x55, 8) }
            let reason = kind == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
            throw raise(rt.pointee.types.UnicodeEncodeError,
                        "'\(name)' codec can't encode character '\(character.build().stringValue)' in position \(i): \(reason)")
        case "ignore": break
        case "replace": out.append(0x3F)
        case "backslashreplace":
            var escaped = StringBuilder()
            if c < 0x100 { appendHexEscape(&escaped, c, 0x78, 2) }
            else if c < 0x10000 { appendHexEscape(&escaped, c, 0x75, 4) }
            else { appendHexEscape(&escaped, c, 0x55, 8) }
            out.append(contentsOf: escaped.bytes)
        case "xmlcharrefreplace":
            out.append(contentsOf: Array("&#\(c);".utf8))
        case "surrogatepass" where kind == .utf8:
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        case "surrogateescape" where c >= 0xDC80 && c <= 0xDCFF:
            out.append(UInt8(c - 0xDC00))
        case "surrogatepass", "surrogateescape":
            throw raise(rt.pointee.types.UnicodeEncodeError,
                        "'\(name)' codec can't encode character in position \(i)")
        default:
            throw raise(rt.pointee.types.LookupError, "unknown error handler name '\(errors)'")
        }
    }
    return newBytes(out)
}

@inline(__always)
private func appendEncoded(_ c: UInt32, _ kind: Codec, _ out: inout [UInt8]) {
    if kind != .utf8 || c < 0x80 { out.append(UInt8(c)); return }
    if c < 0x800 {
        out.append(UInt8(0xC0 | (c >> 6)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    } else if c < 0x10000 {
        out.append(UInt8(0xE0 | (c >> 12)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (c >> 18)))
        out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    }
}

/// bytes -> str for str(b, encoding, errors) (utf-8, ascii, latin-1).
func decodeBytes(_ bytesValue: Value, encoding: String, errors: String) throws(PyError) -> Value {
    let kind = try codec(encoding)
    let b = bytesValue.object(as: BytesObject.self)
    let n = b.pointee.count
    let data = BytesObject.data(b)
    let name = kind == .utf8 ? "utf-8" : kind == .ascii ? "ascii" : "latin-1"
    var out: [UInt32] = []
    out.reserveCapacity(n)
    var i = 0
    func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyError) {
        switch errors {
        case "strict":
            let position = end - start > 1 ? "in position \(start)-\(end - 1)" : "in position \(start)"
            throw raise(rt.pointee.types.UnicodeDecodeError,
                        "'\(name)' codec can't decode byte 0x\(hexDigits(UInt32(data[start]), 2)) \(position): \(reason)")
        case "ignore": break
        case "replace": out.append(0xFFFD)
        case "backslashreplace":
            for k in start..<end { out.append(contentsOf: Array("\\x\(hexDigits(UInt32(data[k]), 2))".unicodeScalars.map(\.value))) }
        case "surrogateescape":
            for k in start..<end { out.append(0xDC00 + UInt32(data[k])) }
        default:
            throw raise(rt.pointee.types.LookupError, "unknown error handler name '\(errors)'")
        }
    }
    while i < n {
        let c = data[i]
        if c < 0x80 || kind == .latin1 { out.append(UInt32(c)); i += 1; continue }
        if kind == .ascii { try fail(i, i + 1, "ordinal not in range(128)"); i += 1; continue }
        // UTF-8 sequence.
        let needed: Int
        var code: UInt32
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: needed = 1; code = UInt32(c & 0x1F)
        case 0xE0...0xEF:
            needed = 2; code = UInt32(c & 0x0F)
            if c == 0xE0 { lower = 0xA0 } else if c == 0xED { upper = 0x9F }
        case 0xF0...0xF4:
            needed = 3; code = UInt32(c & 0x07)
            if c == 0xF0 { lower = 0x90 } else if c == 0xF4 { upper = 0x8F }
        default:
            try fail(i, i + 1, "invalid start byte"); i += 1; continue
        }
        var j = 1
        var valid = true
        while j <= needed {
            guard i + j < n else {
                try fail(i, n, "unexpected end of data")
                valid = false
                i = n
                break
            }
            let d = data[i + j]
            let lo = j == 1 ? lower : 0x80, hi = j == 1 ? upper : 0xBF
            guard d >= lo && d <= hi else {
                try fail(i, i + j, "invalid continuation byte")
                valid = false
                i += j
                break
            }
            code = code << 6 | UInt32(d & 0x3F)
            j += 1
        }
        if valid {
            out.append(code)
            i += needed + 1
        }
    }
    return newString(codePoints: out)
}

// MARK: dunders

private func registerStringDunders(_ str: TypeRef) {
    defineMethod(str, "__len__") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("__len__", count, keywordNames)
        return Value(smallInt: args[0].strCount)
    }
    defineMethod(str, "__contains__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__contains__", count, keywordNames)
        guard isStrValue(args[1]) else {
            throw raiseTypeError("'in <string>' requires string as left operand, not \(typeName(args[1]))")
        }
        return Value(bool: stringFind(args[0], args[1], start: 0, end: args[0].strCount) >= 0)
    }
    defineMethod(str, "__getitem__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__getitem__", count, keywordNames)
        let v = args[0]
        if isSlice(args[1]) { return try stringSlice(v, args[1]) }
        guard let i = try indexValue(args[1]) else {
            throw raiseTypeError("string indices must be integers, not '\(typeName(args[1]))'")
        }
        let n = v.strCount
        let index = i < 0 ? i + n : i
        guard index >= 0 && index < n else { throw raiseIndexError("string index out of range") }
        return characterString(StrObject.character(strObject(v), index))
    }
    defineMethod(str, "__add__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__add__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return concatenateStrings(args[0], args[1])
    }
    defineMethod(str, "__mul__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__mul__", count, keywordNames)
        return try repeatString(args[0], args[1])
    }
    defineMethod(str, "__rmul__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__rmul__", count, keywordNames)
        return try repeatString(args[0], args[1])
    }
    defineMethod(str, "__repr__") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("__repr__", count, keywordNames)
        return stringReprValue(args[0])
    }
    defineMethod(str, "__str__") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("__str__", count, keywordNames)
        return unchangedString(args[0])
    }
    defineMethod(str, "__hash__") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("__hash__", count, keywordNames)
        return newInt(stringHash(strObject(args[0])))
    }
    defineMethod(str, "__iter__") { args, count, keywordNames throws(PyError) in
        try checkNoArguments("__iter__", count, keywordNames)
        return newSequenceIterator(rt.pointee.types.strIterator, .strIterator, args[0])
    }
    defineMethod(str, "__lt__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__lt__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) < 0)
    }
    defineMethod(str, "__le__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__le__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) <= 0)
    }
    defineMethod(str, "__eq__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__eq__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) == 0)
    }
    defineMethod(str, "__ne__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__ne__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) != 0)
    }
    defineMethod(str, "__gt__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__gt__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) > 0)
    }
    defineMethod(str, "__ge__") { args, count, keywordNames throws(PyError) in
        try checkOneArgument("__ge__", count, keywordNames)
        guard isStrValue(args[1]) else { return .notImplemented }
        return Value(bool: compareStrings(strObject(args[0]), strObject(args[1])) >= 0)
    }
}

private func repeatString(_ v: Value, _ n: Value) throws(PyError) -> Value {
    guard n.isInt || n.isBool || userSpecialMethod(n, "__index__") != nil else { return .notImplemented }
    let times = try integerArgument(n)
    let base = v.header.pointee.type == rt.pointee.types.str ? v : unchangedString(v)
    return try repeatSequence(base, times, inPlace: false)
}

// MARK: chr, ord, ascii, format

private func registerStringFunctions(_ builtins: Value) {
    defineFunction(builtins, "ord") { args, count, keywordNames throws(PyError) in
        try checkPositional("ord", count, keywordNames, min: 1, max: 1)
        let v = args[0]
        if isStrValue(v) {
            let n = v.strCount
            guard n == 1 else { throw raiseTypeError("ord() expected a character, but string of length \(n) found") }
            return Value(smallInt: Int(StrObject.character(strObject(v), 0)))
        }
        if v.isObject && v.header.pointee.kind == .bytes {
            let b = v.object(as: BytesObject.self)
            guard b.pointee.count == 1 else {
                throw raiseTypeError("ord() expected a character, but string of length \(b.pointee.count) found")
            }
            return Value(smallInt: Int(BytesObject.data(b)[0]))
        }
        throw raiseTypeError("ord() expected string of length 1, but \(typeName(v)) found")
    }
    defineFunction(builtins, "chr") { args, count, keywordNames throws(PyError) in
        try checkPositional("chr", count, keywordNames, min: 1, max: 1)
        let v = args[0]
        let code: Int
        if v.isSmallInt {
            code = v.smallInt
        } else {
            guard v.isInt || v.isBool || userSpecialMethod(v, "__index__") != nil else {
                throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
            }
            let n: Int
            do throws(PyError) {
                n = try integerArgument(v)
            } catch {
                guard currentExceptionMatches(rt.pointee.types.OverflowError) else { throw error }
                _ = takeCurrentException()
                throw raiseOverflowError("Python int too large to convert to C int")
            }
            guard n >= Int(Int32.min) && n <= Int(Int32.max) else { throw raiseOverflowError("Python int too large to convert to C int") }
            code = n
        }
        if code >= 0 && code <= 0x10FFFF { return characterString(UInt32(code)) }
        if code < Int(Int32.min) || code > Int(Int32.max) { throw raiseOverflowError("Python int too large to convert to C int") }
        throw raiseValueError("chr() arg not in range(0x110000)")
    }
    defineFunction(builtins, "ascii") { args, count, keywordNames throws(PyError) in
        try checkPositional("ascii", count, keywordNames, min: 1, max: 1)
        return try asciiOf(args[0])
    }
    defineFunction(builtins, "format") { args, count, keywordNames throws(PyError) in
        try checkPositional("format", count, keywordNames, min: 1, max: 2)
        return try formatObject(args[0], count == 2 ? args[1] : emptyString())
    }
}
