// String literals: the action of the `strings: STRING+` rule (CPython 3.11's
// _PyPegen_concatenate_strings and _PyPegen_parse_string). Adjacent literals are joined; bytes
// and str must not mix; f-strings go through FStringParser.

/// What a string token's prefix says, and where its body lies in the source.
struct StringLiteralParts {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
    /// The text between the quotes, as byte offsets into the source.
    var bodyStart = 0
    var bodyEnd = 0
}

extension Parser {
    func stringParts(_ t: Token) -> StringLiteralParts {
        var parts = StringLiteralParts()
        var i = t.start
        while true {
            switch bytes[i] {
            case UInt8(ascii: "b"), UInt8(ascii: "B"): parts.isBytes = true
            case UInt8(ascii: "r"), UInt8(ascii: "R"): parts.isRaw = true
            case UInt8(ascii: "f"), UInt8(ascii: "F"): parts.isFormatted = true
            case UInt8(ascii: "u"), UInt8(ascii: "U"): break
            default:
                let quote = bytes[i]
                var quoteSize = 1
                if t.end - i >= 6 && bytes[i + 1] == quote && bytes[i + 2] == quote { quoteSize = 3 }
                parts.bodyStart = i + quoteSize
                parts.bodyEnd = t.end - quoteSize
                return parts
            }
            i += 1
        }
    }

    /// Turns STRING+ into one Constant or JoinedStr.
    func concatenateStrings(_ strings: [Token]) throws -> Expression {
        let first = strings[0]
        let last = strings[strings.count - 1]
        var bytesMode = false
        var bytesValue: [UInt8] = []
        var state = FStringState()

        for (index, t) in strings.enumerated() {
            let parts = stringParts(t)
            var decodedString: String? = nil
            var decodedBytes: [UInt8] = []
            if !parts.isFormatted {
                if parts.isBytes {
                    if bytes[parts.bodyStart..<t.end].contains(where: { $0 >= 0x80 }) {
                        throw abort("bytes can only contain ASCII literal characters", at: range(of: t))
                    }
                    decodedBytes = try decodeBytesBody(parts)
                } else {
                    decodedString = try decodeStringBody(parts)
                }
            }
            if index != 0 && bytesMode != parts.isBytes {
                throw abortAtLastToken("cannot mix bytes and nonbytes literals")
            }
            bytesMode = parts.isBytes

            if parts.isFormatted {
                let fstring = FStringParser(parser: self, first: first, last: last)
                var position = parts.bodyStart
                try fstring.concatFString(&state, &position, end: parts.bodyEnd, raw: parts.isRaw,
                                          recurseLevel: 0, token: t)
            } else if parts.isBytes {
                bytesValue += decodedBytes
            } else if let s = decodedString {
                state.append(s)
            }
        }

        let r = Parser.span(range(of: first), range(of: last))
        if bytesMode { return Expression(.constant(.bytes(bytesValue)), r) }
        return finishFString(state, first: first, last: last)
    }

    func decodeBytesBody(_ parts: StringLiteralParts) throws -> [UInt8] {
        let body = bytes[parts.bodyStart..<parts.bodyEnd]
        if parts.isRaw || !body.contains(UInt8(ascii: "\\")) { return Array(body) }
        do {
            return try StringEscapes.decodeBytes(body)
        } catch let error as StringDecodeError {
            throw abortAtLastToken(error.message)
        }
    }

    func decodeStringBody(_ parts: StringLiteralParts) throws -> String {
        let body = bytes[parts.bodyStart..<parts.bodyEnd]
        if parts.isRaw || !body.contains(UInt8(ascii: "\\")) {
            return String(decoding: body, as: UTF8.self)
        }
        do {
            return try StringEscapes.decodeUnicode(body)
        } catch let error as StringDecodeError {
            throw abortAtLastToken(error.message)
        }
    }

    /// A Constant for accumulated literal text; `kind='u'` when the first literal starts with u.
    func stringConstant(_ s: String, first: Token, last: Token) -> Expression {
        var e = Expression(.constant(.str(s)), Parser.span(range(of: first), range(of: last)))
        if bytes[first.start] == UInt8(ascii: "u") { e.constantKind = "u" }
        return e
    }

    /// CPython's _PyPegen_FstringParser_Finish.
    func finishFString(_ state: FStringState, first: Token, last: Token) -> Expression {
        if !state.formatted {
            return stringConstant(state.pending ?? "", first: first, last: last)
        }
        var values = state.values
        if let pending = state.pending { values.append(stringConstant(pending, first: first, last: last)) }
        return Expression(.joinedStr(values), Parser.span(range(of: first), range(of: last)))
    }
}
