// The tokenizer: a transcription of CPython 3.11's `tok_get` (Parser/tokenizer.c) over UTF-8
// bytes, so that token positions, INDENT/DEDENT placement and error messages are CPython's.
// It tokenizes the whole file up front; a failure ends the token list with an error token.

/// The result of tokenizing a file.
struct TokenizedSource {
    /// The source bytes the tokens point into: `\r\n` and `\r` turned into `\n`, a final `\n` added.
    var bytes: [UInt8]
    /// Ends with ENDMARKER, or with an error token when `failure` is set.
    var tokens: [Token]
    var failure: TokenizerFailure?
}

/// Signals that tokenizing stopped; the failure itself is stored in the tokenizer.
struct TokenizerStop: Error {}

struct Tokenizer {
    static let tabSize = 8
    static let maxIndent = 100
    static let maxLevel = 200
    static let eof = -1

    let filename: String
    var src: [UInt8]
    /// Next byte to read.
    var cur = 0
    /// End of the line loaded so far (just past its `\n`).
    var inp = 0
    var lineStart = 0
    var lineno = 0
    var reachedEOF = false

    var atBeginningOfLine = true
    var pendingIndents = 0
    var indentStack = [0]
    var altIndentStack = [0]
    var level = 0
    var bracketStack: [(character: UInt8, line: Int, column: Int)] = []

    /// Start of the current token, and for strings the line and line start where it began.
    var tokenStart = 0
    /// Whether a token has started (CPython's `tok->start != NULL`), and CPython's `tok->buf`: the
    /// start of the line read when no token was in progress. The column of a stray backslash is
    /// counted from there.
    var tokenInProgress = false
    var bufferStart = 0
    var firstLineno = 0
    var multiLineStart = 0

    var failure: TokenizerFailure?

    /// For the expression of an f-string field: tokens on the first line are shifted right by
    /// `firstLineColumnShift` (CPython's `starting_col_offset`), and lines start at `startingLine`.
    var startingLine = 1
    var firstLineColumnShift = 0

    init(bytes: [UInt8], filename: String, firstLine: Int = 1, firstLineColumnShift: Int = 0) {
        self.filename = filename
        self.src = Tokenizer.normalizeNewlines(bytes)
        self.lineno = firstLine - 1
        self.startingLine = firstLine
        self.firstLineColumnShift = firstLineColumnShift
    }

    /// CPython's `translate_newlines` for exec input.
    static func normalizeNewlines(_ input: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count + 1)
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                if i + 1 < input.count && input[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else {
                out.append(c)
            }
            i += 1
        }
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        return out
    }

    static func tokenize(source: String, filename: String) -> TokenizedSource {
        tokenize(bytes: Array(source.utf8), filename: filename)
    }

    static func tokenize(bytes: [UInt8], filename: String, firstLine: Int = 1,
                         firstLineColumnShift: Int = 0) -> TokenizedSource {
        var tokenizer = Tokenizer(bytes: bytes, filename: filename, firstLine: firstLine,
                                  firstLineColumnShift: firstLineColumnShift)
        var tokens: [Token] = []
        tokens.reserveCapacity(tokenizer.src.count / 4 + 16)
        while true {
            do {
                let token = try tokenizer.nextToken()
                tokens.append(token)
                if token.kind == .endMarker { break }
            } catch {
                tokens.append(Token(kind: .errorToken, start: -1, end: -1, line: tokenizer.lineno, column: -1,
                                    endLine: tokenizer.lineno, endColumn: -1, level: tokenizer.level,
                                    cursorColumn: tokenizer.cur - tokenizer.lineStart))
                break
            }
        }
        return TokenizedSource(bytes: tokenizer.src, tokens: tokens, failure: tokenizer.failure)
    }

    // MARK: - Reading characters

    mutating func nextc() -> Int {
        if cur == inp {
            if reachedEOF || inp >= src.count {
                reachedEOF = true
                return Tokenizer.eof
            }
            // Load the next line, as CPython's tok_underflow_string does.
            lineStart = cur
            if !tokenInProgress { bufferStart = cur }
            var end = cur
            while end < src.count && src[end] != UInt8(ascii: "\n") { end += 1 }
            inp = min(end + 1, src.count)
            lineno += 1
        }
        let c = src[cur]
        cur += 1
        return Int(c)
    }

    mutating func backup(_ c: Int) {
        if c != Tokenizer.eof { cur -= 1 }
    }

    // MARK: - Errors

    /// Number of characters (not bytes) in `bytes[from..<to]`.
    func characterCount(from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to && i < src.count {
            if src[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    func lineText(startingAt start: Int) -> String {
        var end = start
        while end < src.count && src[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: src[start..<end], as: UTF8.self)
    }

    /// CPython's `syntaxerror()`: an error raised by the tokenizer itself, located at the cursor.
    mutating func syntaxError(_ message: String, column: Int? = nil) -> TokenizerStop {
        let col = column ?? characterCount(from: lineStart, to: cur)
        let info = SyntaxErrorInfo(kind: .syntaxError, message: message, filename: filename, line: lineno,
                                   column: col, text: lineText(startingAt: lineStart))
        failure = TokenizerFailure(error: info, raisedByTokenizer: true, openBracket: openBracket)
        return TokenizerStop()
    }

    /// An error CPython's tokenizer only flags (`tok->done`); the parser raises it when it gets there.
    mutating func deferredError(_ kind: SyntaxErrorInfo.Kind, _ message: String, column: Int = 0) -> TokenizerStop {
        let info = SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: lineno,
                                   column: column, text: lineText(startingAt: lineStart))
        failure = TokenizerFailure(error: info, raisedByTokenizer: false, openBracket: openBracket)
        return TokenizerStop()
    }

    var openBracket: (line: Int, column: Int, character: UInt8)? {
        guard let last = bracketStack.last else { return nil }
        return (last.line, last.column, last.character)
    }

    /// End of file: inside brackets it is "'(' was never closed", else "unexpected EOF while parsing".
    mutating func eofError() -> TokenizerStop {
        if let open = openBracket {
            let text = lineTextOf(line: open.line)
            let column = ErrorColumns.characterOffset(ofBytes: open.column + 1, in: Array(text.utf8))
            let info = SyntaxErrorInfo(kind: .syntaxError, message: "'\(Character(UnicodeScalar(open.character)))' was never closed",
                                       filename: filename, line: open.line, column: column, text: text)
            failure = TokenizerFailure(error: info, raisedByTokenizer: false, openBracket: open)
            return TokenizerStop()
        }
        return deferredError(.syntaxError, "unexpected EOF while parsing",
                             column: characterCount(from: lineStart, to: cur))
    }

    func lineTextOf(line: Int) -> String {
        var current = 1
        var i = 0
        while current < line && i < src.count {
            if src[i] == UInt8(ascii: "\n") { current += 1 }
            i += 1
        }
        return lineText(startingAt: i)
    }

    // MARK: - Tokens

    func makeToken(_ kind: TokenKind, start: Int, end: Int) -> Token {
        let isString = kind == .string
        let line = isString ? firstLineno : lineno
        let startLineStart = isString ? multiLineStart : lineStart
        var column = start >= 0 && start >= startLineStart ? start - startLineStart : -1
        var endColumn = end >= 0 && end >= lineStart ? end - lineStart : -1
        if lineno == startingLine && firstLineColumnShift != 0 {
            column += firstLineColumnShift
            endColumn += firstLineColumnShift
        }
        return Token(kind: kind, start: start, end: end, line: line, column: column,
                     endLine: lineno, endColumn: endColumn, level: level, cursorColumn: cur - lineStart)
    }

    mutating func nextToken() throws -> Token {
        var blankLine = false
        nextLine: while true {
            blankLine = false
            tokenInProgress = false
            if atBeginningOfLine {
                blankLine = try readIndentation()
            }
            tokenStart = cur
            tokenInProgress = true
            if pendingIndents != 0 {
                if pendingIndents < 0 {
                    pendingIndents += 1
                    return makeToken(.dedent, start: -1, end: -1)
                }
                pendingIndents -= 1
                return makeToken(.indent, start: -1, end: -1)
            }

            again: while true {
                var c: Int
                tokenInProgress = false
                repeat { c = nextc() } while c == 0x20 || c == 0x09 || c == 0x0C
                tokenStart = reachedEOF && c == Tokenizer.eof ? cur : cur - 1
                tokenInProgress = true

                if c == Int(UInt8(ascii: "#")) {
                    while c != Tokenizer.eof && c != 0x0A { c = nextc() }
                }

                if c == Tokenizer.eof {
                    if level > 0 { throw eofError() }
                    return makeToken(.endMarker, start: -1, end: -1)
                }

                if Tokenizer.isPotentialIdentifierStart(c) {
                    if let token = try identifierOrPrefixedString(first: c) { return token }
                    continue again
                }

                if c == 0x0A {
                    atBeginningOfLine = true
                    if blankLine || level > 0 { continue nextLine }
                    return makeToken(.newline, start: tokenStart, end: cur - 1)
                }

                if c == Int(UInt8(ascii: ".")) {
                    let c2 = nextc()
                    if Tokenizer.isDigit(c2) {
                        return try number(startingWithFractionAfterReading: c2)
                    } else if c2 == Int(UInt8(ascii: ".")) {
                        let c3 = nextc()
                        if c3 == Int(UInt8(ascii: ".")) {
                            return makeToken(.ellipsis, start: tokenStart, end: cur)
                        }
                        backup(c3)
                        backup(c2)
                    } else {
                        backup(c2)
                    }
                    return makeToken(.dot, start: tokenStart, end: cur)
                }

                if Tokenizer.isDigit(c) {
                    return try number(first: c)
                }

                if c == Int(UInt8(ascii: "'")) || c == Int(UInt8(ascii: "\"")) {
                    return try stringLiteral(quote: c)
                }

                if c == Int(UInt8(ascii: "\\")) {
                    try continuationLine()
                    continue again
                }

                return try operatorToken(c)
            }
        }
    }

    /// Reads the indentation of a new line; returns whether the line is blank (only whitespace or a
    /// comment), in which case it produces no tokens and does not change the indentation.
    mutating func readIndentation() throws -> Bool {
        atBeginningOfLine = false
        var col = 0
        var altcol = 0
        var continuationColumn = 0
        var c: Int
        while true {
            c = nextc()
            if c == 0x20 {
                col += 1
                altcol += 1
            } else if c == 0x09 {
                col = (col / Tokenizer.tabSize + 1) * Tokenizer.tabSize
                altcol = altcol + 1
            } else if c == 0x0C {
                col = 0
                altcol = 0
            } else if c == Int(UInt8(ascii: "\\")) {
                // Indentation cannot be split over lines: the first backslash decides the level.
                continuationColumn = continuationColumn != 0 ? continuationColumn : col
                try continuationLine()
            } else {
                break
            }
        }
        backup(c)
        var blank = false
        if c == Int(UInt8(ascii: "#")) || c == 0x0A {
            blank = true
        }
        if !blank && level == 0 {
            if continuationColumn != 0 {
                col = continuationColumn
                altcol = continuationColumn
            }
            let top = indentStack.count - 1
            if col == indentStack[top] {
                if altcol != altIndentStack[top] { throw tabError() }
            } else if col > indentStack[top] {
                if indentStack.count >= Tokenizer.maxIndent {
                    cur = inp
                    throw deferredError(.indentationError, "too many levels of indentation", column: 1)
                }
                if altcol <= altIndentStack[top] { throw tabError() }
                pendingIndents += 1
                indentStack.append(col)
                altIndentStack.append(altcol)
            } else {
                while indentStack.count > 1 && col < indentStack[indentStack.count - 1] {
                    pendingIndents -= 1
                    indentStack.removeLast()
                    altIndentStack.removeLast()
                }
                if col != indentStack[indentStack.count - 1] {
                    cur = inp
                    throw deferredError(.indentationError, "unindent does not match any outer indentation level",
                                        column: characterCount(from: lineStart, to: cur))
                }
                if altcol != altIndentStack[altIndentStack.count - 1] { throw tabError() }
            }
        }
        return blank
    }

    mutating func tabError() -> TokenizerStop {
        cur = inp
        return deferredError(.tabError, "inconsistent use of tabs and spaces in indentation", column: 1)
    }

    /// After a backslash: it must end the line, and the file must go on.
    mutating func continuationLine() throws {
        var c = nextc()
        if c != 0x0A {
            // CPython: (cur - buf - 1) + 1 bytes of the current line, in characters, at most its length + 1.
            let text = Array(lineText(startingAt: lineStart).utf8)
            let column = ErrorColumns.characterOffset(ofBytes: cur - bufferStart, in: text)
            throw deferredError(.syntaxError, "unexpected character after line continuation character", column: column)
        }
        c = nextc()
        if c == Tokenizer.eof {
            cur = inp
            throw eofError()
        }
        backup(c)
    }

    // MARK: - Names

    static func isPotentialIdentifierStart(_ c: Int) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 128
    }

    static func isPotentialIdentifierChar(_ c: Int) -> Bool {
        isPotentialIdentifierStart(c) || (c >= 0x30 && c <= 0x39)
    }

    static func isDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }

    /// A NAME, or a string literal with a prefix (b, r, u, f and their combinations).
    mutating func identifierOrPrefixedString(first: Int) throws -> Token? {
        var c = first
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            if !(sawB || sawU || sawF) && (c == 0x62 || c == 0x42) {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == 0x75 || c == 0x55) {
                sawU = true
            } else if !(sawR || sawU) && (c == 0x72 || c == 0x52) {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == 0x66 || c == 0x46) {
                sawF = true
            } else {
                break
            }
            c = nextc()
            if c == 0x22 || c == 0x27 {
                return try stringLiteral(quote: c)
            }
        }
        var nonASCII = false
        while Tokenizer.isPotentialIdentifierChar(c) {
            if c >= 128 { nonASCII = true }
            c = nextc()
        }
        backup(c)
        if nonASCII { try verifyIdentifier() }
        var kind = TokenKind.name
        let length = cur - tokenStart
        if length >= 2 && length <= 8 && !nonASCII {
            let text = String(decoding: src[tokenStart..<cur], as: UTF8.self)
            if let keyword = hardKeywords[text] { kind = keyword }
        }
        return makeToken(kind, start: tokenStart, end: cur)
    }

    /// CPython's `verify_identifier`: every character must be XID_Start / XID_Continue.
    mutating func verifyIdentifier() throws {
        let scalars = Array(String(decoding: src[tokenStart..<cur], as: UTF8.self).unicodeScalars)
        var invalidIndex: Int? = nil
        for (i, scalar) in scalars.enumerated() {
            let ok = i == 0 ? (scalar == "_" || UnicodeProperties.isXIDStart(scalar))
                            : UnicodeProperties.isXIDContinue(scalar)
            if !ok { invalidIndex = i; break }
        }
        guard let invalid = invalidIndex else { return }
        let bad = scalars[invalid]
        if invalid + 1 < scalars.count {
            var offset = tokenStart
            for scalar in scalars[0...invalid] { offset += String(scalar).utf8.count }
            cur = offset
        }
        let hex = PythonRepr.hex(bad.value, minimumDigits: 4)
        if UnicodeProperties.isPrintable(bad) {
            throw syntaxError("invalid character '\(String(bad))' (U+\(hex))")
        }
        throw syntaxError("invalid non-printable character U+\(hex)")
    }

    // MARK: - Operators

    mutating func operatorToken(_ c: Int) throws -> Token {
        let c2 = nextc()
        if let two = Tokenizer.twoCharacterOperator(c, c2) {
            let c3 = nextc()
            if let three = Tokenizer.threeCharacterOperator(c, c2, c3) {
                return makeToken(three, start: tokenStart, end: cur)
            }
            backup(c3)
            return makeToken(two, start: tokenStart, end: cur)
        }
        backup(c2)

        switch UInt8(truncatingIfNeeded: c) {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if level >= Tokenizer.maxLevel { throw syntaxError("too many nested parentheses") }
            bracketStack.append((UInt8(c), lineno, tokenStart - lineStart))
            level += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let closing = Character(UnicodeScalar(UInt8(c)))
            guard let open = bracketStack.popLast() else {
                throw syntaxError("unmatched '\(closing)'")
            }
            level -= 1
            let matches = (open.character == UInt8(ascii: "(") && c == 0x29)
                || (open.character == UInt8(ascii: "[") && c == 0x5D)
                || (open.character == UInt8(ascii: "{") && c == 0x7D)
            if !matches {
                let opening = Character(UnicodeScalar(open.character))
                if open.line != lineno {
                    throw syntaxError("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(open.line)")
                }
                throw syntaxError("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'")
            }
        default:
            break
        }

        if c < 0x20 || c == 0x7F {
            throw syntaxError("invalid non-printable character U+\(PythonRepr.hex(UInt32(c), minimumDigits: 4))")
        }
        return makeToken(Tokenizer.oneCharacterOperator(c), start: tokenStart, end: cur)
    }

    static func oneCharacterOperator(_ c: Int) -> TokenKind {
        switch UInt8(truncatingIfNeeded: c) {
        case UInt8(ascii: "%"): return .percent
        case UInt8(ascii: "&"): return .ampersand
        case UInt8(ascii: "("): return .leftParen
        case UInt8(ascii: ")"): return .rightParen
        case UInt8(ascii: "*"): return .star
        case UInt8(ascii: "+"): return .plus
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: "-"): return .minus
        case UInt8(ascii: "."): return .dot
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: ":"): return .colon
        case UInt8(ascii: ";"): return .semicolon
        case UInt8(ascii: "<"): return .less
        case UInt8(ascii: "="): return .equal
        case UInt8(ascii: ">"): return .greater
        case UInt8(ascii: "@"): return .at
        case UInt8(ascii: "["): return .leftBracket
        case UInt8(ascii: "]"): return .rightBracket
        case UInt8(ascii: "^"): return .circumflex
        case UInt8(ascii: "{"): return .leftBrace
        case UInt8(ascii: "|"): return .verticalBar
        case UInt8(ascii: "}"): return .rightBrace
        case UInt8(ascii: "~"): return .tilde
        default: return .unknownOperator
        }
    }

    static func twoCharacterOperator(_ c1: Int, _ c2: Int) -> TokenKind? {
        guard c1 >= 0, c2 >= 0 else { return nil }
        switch (UInt8(truncatingIfNeeded: c1), UInt8(truncatingIfNeeded: c2)) {
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return .notEqual
        case (UInt8(ascii: "%"), UInt8(ascii: "=")): return .percentEqual
        case (UInt8(ascii: "&"), UInt8(ascii: "=")): return .ampersandEqual
        case (UInt8(ascii: "*"), UInt8(ascii: "*")): return .doubleStar
        case (UInt8(ascii: "*"), UInt8(ascii: "=")): return .starEqual
        case (UInt8(ascii: "+"), UInt8(ascii: "=")): return .plusEqual
        case (UInt8(ascii: "-"), UInt8(ascii: "=")): return .minusEqual
        case (UInt8(ascii: "-"), UInt8(ascii: ">")): return .arrow
        case (UInt8(ascii: "/"), UInt8(ascii: "/")): return .doubleSlash
        case (UInt8(ascii: "/"), UInt8(ascii: "=")): return .slashEqual
        case (UInt8(ascii: ":"), UInt8(ascii: "=")): return .colonEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "<")): return .leftShift
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return .lessEqual
        case (UInt8(ascii: "<"), UInt8(ascii: ">")): return .notEqual
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return .equalEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return .greaterEqual
        case (UInt8(ascii: ">"), UInt8(ascii: ">")): return .rightShift
        case (UInt8(ascii: "@"), UInt8(ascii: "=")): return .atEqual
        case (UInt8(ascii: "^"), UInt8(ascii: "=")): return .circumflexEqual
        case (UInt8(ascii: "|"), UInt8(ascii: "=")): return .verticalBarEqual
        default: return nil
        }
    }

    static func threeCharacterOperator(_ c1: Int, _ c2: Int, _ c3: Int) -> TokenKind? {
        guard c3 == Int(UInt8(ascii: "=")) else { return nil }
        switch (UInt8(truncatingIfNeeded: c1), UInt8(truncatingIfNeeded: c2)) {
        case (UInt8(ascii: "*"), UInt8(ascii: "*")): return .doubleStarEqual
        case (UInt8(ascii: "/"), UInt8(ascii: "/")): return .doubleSlashEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "<")): return .leftShiftEqual
        case (UInt8(ascii: ">"), UInt8(ascii: ">")): return .rightShiftEqual
        default: return nil
        }
    }
}
