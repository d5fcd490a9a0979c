// Escape-sequence decoding of string and bytes literals, as CPython 3.11's
// decode_unicode_with_escapes / _PyBytes_DecodeEscape, including their error messages and the
// positions those messages quote (which count bytes of CPython's intermediate buffer).

/// A decoding failure; `message` is the whole SyntaxError message.
struct StringDecodeError: Error {
    var message: String
}

enum StringEscapes {
    /// Decodes the body of a non-raw str literal (or an f-string literal piece).
    static func decodeUnicode(_ body: ArraySlice<UInt8>) throws -> String {
        // CPython first rewrites every non-ASCII character as a \U%08x escape (and a backslash before
        // one as \u005c), then runs the unicode-escape codec; error positions refer to that buffer.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == UInt8(ascii: "\\") {
                buffer.append(body[i])
                i += 1
                if i >= body.endIndex || body[i] & 0x80 != 0 {
                    buffer.append(contentsOf: Array("u005c".utf8))
                    if i >= body.endIndex { break }
                }
            }
            if body[i] & 0x80 != 0 {
                var end = i
                while end < body.endIndex && body[end] & 0x80 != 0 { end += 1 }
                for scalar in String(decoding: body[i..<end], as: UTF8.self).unicodeScalars {
                    buffer.append(contentsOf: Array(("\\U" + PythonRepr.hex(scalar.value, minimumDigits: 8, uppercase: false)).utf8))
                }
                i = end
            } else {
                buffer.append(body[i])
                i += 1
            }
        }
        return try decodeUnicodeEscapeCodec(buffer)
    }

    /// CPython's `_PyUnicode_DecodeUnicodeEscapeInternal` over an ASCII buffer.
    static func decodeUnicodeEscapeCodec(_ s: [UInt8]) throws -> String {
        var out = String.UnicodeScalarView()
        let end = s.count
        var i = 0
        func fail(_ start: Int, _ endPosition: Int, _ reason: String) -> StringDecodeError {
            let detail: String
            if endPosition - start == 1 {
                detail = "can't decode byte 0x\(PythonRepr.hex(UInt32(s[start]), minimumDigits: 2, uppercase: false)) in position \(start)"
            } else {
                detail = "can't decode bytes in position \(start)-\(endPosition - 1)"
            }
            return StringDecodeError(message: "(unicode error) 'unicodeescape' codec \(detail): \(reason)")
        }
        func append(_ value: UInt32) {
            // Lone surrogates cannot live in a Swift String; they become U+FFFD.
            out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        while i < end {
            let c = s[i]
            if c != UInt8(ascii: "\\") {
                out.append(Unicode.Scalar(c))
                i += 1
                continue
            }
            let start = i
            i += 1
            if i >= end { throw fail(start, end, "\\ at end of string") }
            let e = s[i]
            i += 1
            switch e {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): out.append("\\")
            case UInt8(ascii: "'"): out.append("'")
            case UInt8(ascii: "\""): out.append("\"")
            case UInt8(ascii: "b"): out.append("\u{8}")
            case UInt8(ascii: "f"): out.append("\u{C}")
            case UInt8(ascii: "t"): out.append("\t")
            case UInt8(ascii: "n"): out.append("\n")
            case UInt8(ascii: "r"): out.append("\r")
            case UInt8(ascii: "v"): out.append("\u{B}")
            case UInt8(ascii: "a"): out.append("\u{7}")
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(e - UInt8(ascii: "0"))
                for _ in 0..<2 where i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(s[i] - UInt8(ascii: "0"))
                    i += 1
                }
                append(value)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                let reason = e == UInt8(ascii: "x") ? "truncated \\xXX escape"
                    : e == UInt8(ascii: "u") ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                var value: UInt32 = 0
                for _ in 0..<count {
                    if i >= end { throw fail(start, i, reason) }
                    let h = s[i]
                    guard isHexDigit(h) else { throw fail(start, i, reason) }
                    value = value << 4 | NumberLiteral.digitValue(h)
                    i += 1
                }
                if value > 0x10FFFF { throw fail(start, i, "illegal Unicode character") }
                append(value)
            case UInt8(ascii: "N"):
                let malformed = "malformed \\N character escape"
                if i >= end { throw fail(start, i, malformed) }
                if s[i] == UInt8(ascii: "{") {
                    i += 1
                    let nameStart = i
                    while i < end && s[i] != UInt8(ascii: "}") { i += 1 }
                    if i >= end { throw fail(start, i, malformed) }
                    if i > nameStart {
                        let name = String(decoding: s[nameStart..<i], as: UTF8.self)
                        i += 1
                        if let scalar = UnicodeProperties.scalar(named: name) {
                            out.append(scalar)
                            continue
                        }
                        throw fail(start, i, "unknown Unicode character name")
                    }
                }
                throw fail(start, i, malformed)
            default:
                // Unknown escapes are kept as they are (CPython only warns).
                out.append("\\")
                out.append(Unicode.Scalar(e))
            }
        }
        return String(out)
    }

    static func isHexDigit(_ h: UInt8) -> Bool {
        (h >= UInt8(ascii: "0") && h <= UInt8(ascii: "9")) || (h >= UInt8(ascii: "a") && h <= UInt8(ascii: "f"))
            || (h >= UInt8(ascii: "A") && h <= UInt8(ascii: "F"))
    }

    /// Decodes the body of a non-raw bytes literal.
    static func decodeBytes(_ body: ArraySlice<UInt8>) throws -> [UInt8] {
        let s = Array(body)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let end = s.count
        var i = 0
        while i < end {
            if s[i] != UInt8(ascii: "\\") {
                out.append(s[i])
                i += 1
                continue
            }
            i += 1
            if i == end { throw StringDecodeError(message: "(value error) Trailing \\ in string") }
            let e = s[i]
            i += 1
            switch e {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "'"): out.append(UInt8(ascii: "'"))
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(e - UInt8(ascii: "0"))
                for _ in 0..<2 where i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(s[i] - UInt8(ascii: "0"))
                    i += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                if i + 1 < end, isHexDigit(s[i]), isHexDigit(s[i + 1]) {
                    out.append(UInt8(NumberLiteral.digitValue(s[i]) << 4 | NumberLiteral.digitValue(s[i + 1])))
                    i += 2
                    break
                }
                throw StringDecodeError(message: "(value error) invalid \\x escape at position \(i - 2)")
            default:
                out.append(UInt8(ascii: "\\"))
                i -= 1
            }
        }
        return out
    }
}
