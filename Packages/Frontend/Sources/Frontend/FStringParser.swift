// f-strings by Python 3.11's rules (Parser/string_parser.c): the whole f-string is one STRING
// token; its literal parts and replacement fields are found here, and each field's expression is
// parsed by a separate Parser over "(" + expression + ")", positioned where the expression sits
// in the file (with CPython's column quirks for fields on later lines of a triple-quoted string).

/// The accumulated parts of an f-string (CPython's FstringParser).
struct FStringState {
    /// Literal text not yet turned into a Constant.
    var pending: String? = nil
    var values: [Expression] = []
    /// Whether any f-string took part (then the result is a JoinedStr).
    var formatted = false

    mutating func append(_ s: String) {
        if s.isEmpty { return }
        pending = (pending ?? "") + s
    }
}

struct FStringParser {
    let parser: Parser
    /// The first and last STRING tokens of the whole implicitly concatenated literal.
    let first: Token
    let last: Token

    var bytes: [UInt8] { parser.bytes }

    private func fail(_ message: String) -> ParseAbort {
        parser.abortAtLastToken(message)
    }

    /// _PyPegen_FstringParser_ConcatFstring: parses one f-string body (or a nested format spec)
    /// starting at `position`, up to `end` (or to the '}' closing a format spec).
    func concatFString(_ state: inout FStringState, _ position: inout Int, end: Int, raw: Bool,
                       recurseLevel: Int, token t: Token) throws {
        state.formatted = true
        while true {
            var exprText: String? = nil
            let (result, literal) = try findLiteral(&position, end: end, raw: raw, recurseLevel: recurseLevel)
            if let literal = literal { state.append(literal) }
            if result == 1 { continue }
            if position >= end || bytes[position] == UInt8(ascii: "}") { break }
            let expression = try findExpression(&position, end: end, raw: raw, recurseLevel: recurseLevel,
                                                exprText: &exprText, token: t)
            if let text = exprText { state.append(text) }
            if let pending = state.pending {
                state.values.append(parser.stringConstant(pending, first: first, last: last))
                state.pending = nil
            }
            state.values.append(expression)
        }
        if recurseLevel == 0 && position < end - 1 {
            throw fail("f-string: unexpected end of string")
        }
        if recurseLevel != 0 && !(position < bytes.count && bytes[position] == UInt8(ascii: "}")) {
            throw fail("f-string: expecting '}'")
        }
    }

    /// fstring_find_literal: literal text up to an un-doubled '{' (or a '}' in a format spec).
    /// Returns 1 when it stopped at a doubled brace (scanning should resume).
    private func findLiteral(_ position: inout Int, end: Int, raw: Bool, recurseLevel: Int) throws -> (Int, String?) {
        var s = position
        let literalStart = s
        var result = 0
        var stoppedAtDoubledBrace = false
        while s < end {
            var ch = bytes[s]
            s += 1
            if !raw && ch == UInt8(ascii: "\\") && s < end {
                ch = bytes[s]
                s += 1
                if ch == UInt8(ascii: "N") {
                    // Skip "\N{...}" so its braces do not start a replacement field.
                    if s < end {
                        let next = bytes[s]
                        s += 1
                        if next == UInt8(ascii: "{") {
                            while s < end {
                                let c = bytes[s]
                                s += 1
                                if c == UInt8(ascii: "}") { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == UInt8(ascii: "{") || ch == UInt8(ascii: "}") {
                if recurseLevel == 0 {
                    if s < end && bytes[s] == ch {
                        position = s + 1
                        result = 1
                        stoppedAtDoubledBrace = true
                        break
                    }
                    if ch == UInt8(ascii: "}") {
                        position = s - 1
                        throw fail("f-string: single '}' is not allowed")
                    }
                }
                s -= 1
                break
            }
        }
        if !stoppedAtDoubledBrace { position = s }
        guard literalStart != s else { return (result, nil) }
        let piece = bytes[literalStart..<s]
        if raw { return (result, String(decoding: piece, as: UTF8.self)) }
        do {
            return (result, try StringEscapes.decodeUnicode(piece))
        } catch let error as StringDecodeError {
            throw fail(error.message)
        }
    }

    /// fstring_find_expr: one replacement field starting at '{'.
    private func findExpression(_ position: inout Int, end: Int, raw: Bool, recurseLevel: Int,
                                exprText: inout String?, token t: Token) throws -> Expression {
        if recurseLevel >= 2 { throw fail("f-string: expressions nested too deeply") }
        position += 1
        let exprStart = position
        var quoteChar: UInt8 = 0
        var stringType = 0
        var parenStack: [UInt8] = []

        while position < end {
            let ch = bytes[position]
            if ch == UInt8(ascii: "\\") {
                throw fail("f-string expression part cannot include a backslash")
            }
            if quoteChar != 0 {
                if ch == quoteChar {
                    if stringType == 3 {
                        if position + 2 < end && bytes[position + 1] == ch && bytes[position + 2] == ch {
                            position += 3
                            stringType = 0
                            quoteChar = 0
                            continue
                        }
                    } else {
                        stringType = 0
                        quoteChar = 0
                        position += 1
                        continue
                    }
                }
                position += 1
                continue
            }
            if ch == UInt8(ascii: "'") || ch == UInt8(ascii: "\"") {
                if position + 2 < end && bytes[position + 1] == ch && bytes[position + 2] == ch {
                    stringType = 3
                    position += 2
                } else {
                    stringType = 1
                }
                quoteChar = ch
            } else if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") || ch == UInt8(ascii: "(") {
                if parenStack.count >= Tokenizer.maxLevel { throw fail("f-string: too many nested parenthesis") }
                parenStack.append(ch)
            } else if ch == UInt8(ascii: "#") {
                throw fail("f-string expression part cannot include '#'")
            } else if parenStack.isEmpty && FStringParser.mayEndField(ch) {
                if position + 1 < end {
                    let next = bytes[position + 1]
                    // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                    if next == UInt8(ascii: "=") && ch != UInt8(ascii: ":") && ch != UInt8(ascii: "}") {
                        position += 2
                        continue
                    }
                }
                if ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<") {
                    position += 1
                    continue
                }
                break
            } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: ")") {
                let closing = Character(UnicodeScalar(ch))
                guard let opening = parenStack.popLast() else {
                    throw fail("f-string: unmatched '\(closing)'")
                }
                let matches = (opening == UInt8(ascii: "(") && ch == UInt8(ascii: ")"))
                    || (opening == UInt8(ascii: "[") && ch == UInt8(ascii: "]"))
                    || (opening == UInt8(ascii: "{") && ch == UInt8(ascii: "}"))
                if !matches {
                    throw fail("f-string: closing parenthesis '\(closing)' does not match opening parenthesis '\(Character(UnicodeScalar(opening)))'")
                }
            }
            position += 1
        }
        let exprEnd = position
        if quoteChar != 0 { throw fail("f-string: unterminated string") }
        if let open = parenStack.last { throw fail("f-string: unmatched '\(Character(UnicodeScalar(open)))'") }
        if position >= end { throw fail("f-string: expecting '}'") }

        let simpleExpression = try compileExpression(start: exprStart, end: exprEnd, token: t)

        if bytes[position] == UInt8(ascii: "=") {
            position += 1
            while position < bytes.count && FStringParser.isSpace(bytes[position]) { position += 1 }
            if position >= end { throw fail("f-string: expecting '}'") }
            exprText = String(decoding: bytes[exprStart..<position], as: UTF8.self)
        }

        var conversion = -1
        if bytes[position] == UInt8(ascii: "!") {
            position += 1
            if position >= end { throw fail("f-string: expecting '}'") }
            conversion = Int(bytes[position])
            position += 1
            if !(conversion == 0x73 || conversion == 0x72 || conversion == 0x61) {
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
        }

        var formatSpec: Expression? = nil
        if position < end && bytes[position] == UInt8(ascii: ":") {
            position += 1
            if position >= end { throw fail("f-string: expecting '}'") }
            var specState = FStringState()
            try concatFString(&specState, &position, end: end, raw: raw, recurseLevel: recurseLevel + 1, token: t)
            formatSpec = parser.finishFString(specState, first: t, last: t)
        }

        if position >= end || bytes[position] != UInt8(ascii: "}") { throw fail("f-string: expecting '}'") }
        position += 1

        if exprText != nil && formatSpec == nil && conversion == -1 { conversion = 0x72 }
        return Expression(.formattedValue(value: simpleExpression, conversion: conversion, formatSpec: formatSpec),
                          Parser.span(parser.range(of: first), parser.range(of: last)))
    }

    /// At nesting level 0 these end the expression (unless part of a two-character operator).
    static func mayEndField(_ ch: UInt8) -> Bool {
        ch == UInt8(ascii: "!") || ch == UInt8(ascii: ":") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: "=")
            || ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<")
    }

    /// Python's Py_ISSPACE.
    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    /// fstring_compile_expr: parses the expression text of a replacement field.
    private func compileExpression(start: Int, end: Int, token t: Token) throws -> Expression {
        var s = start
        while s < end, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), 0x0C].contains(bytes[s]) { s += 1 }
        if s == end {
            let c = bytes[end]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: ":") || c == UInt8(ascii: "=") {
                throw fail("f-string: expression required before '\(Character(UnicodeScalar(c)))'")
            }
            throw fail("f-string: empty expression not allowed")
        }

        let (lines, columns) = expressionLocation(token: t, leftBrace: start - 1)
        var source: [UInt8] = [UInt8(ascii: "(")]
        source += bytes[start..<end]
        source.append(UInt8(ascii: ")"))
        // On a later line of the token, the shift is the column within that line alone.
        let shift = lines == 0 ? t.column + columns : columns
        let tokenized = Tokenizer.tokenize(bytes: source, filename: parser.filename, firstLine: t.line + lines,
                                           firstLineColumnShift: shift)
        let subparser = Parser(tokenized: tokenized, filename: parser.filename, isFStringExpression: true)
        subparser.fstringColumnShift = shift
        let expression = try subparser.run { try subparser.starExpressions() }
        parser.unsupportedConstructs += subparser.unsupportedConstructs
        return expression
    }

    /// fstring_find_expr_location: how many lines into the token the field starts, and the column
    /// shift CPython applies to the expression's first line.
    private func expressionLocation(token t: Token, leftBrace: Int) -> (lines: Int, columns: Int) {
        var columns = 0
        var newlineAfterBrace = true
        var s = leftBrace + 1
        while s < t.end && bytes[s] != UInt8(ascii: "}") && bytes[s] != UInt8(ascii: "\n") {
            if bytes[s] != UInt8(ascii: " ") && bytes[s] != UInt8(ascii: "\t") && bytes[s] != 0x0C {
                newlineAfterBrace = false
                break
            }
            s += 1
        }
        if !newlineAfterBrace {
            var lineStart = leftBrace
            while lineStart > t.start && bytes[lineStart] != UInt8(ascii: "\n") { lineStart -= 1 }
            columns += leftBrace - lineStart
            if bytes[lineStart] == UInt8(ascii: "\n") { columns -= 1 }
        }
        var lines = 0
        for i in t.start..<leftBrace where bytes[i] == UInt8(ascii: "\n") { lines += 1 }
        return (lines, columns)
    }
}
