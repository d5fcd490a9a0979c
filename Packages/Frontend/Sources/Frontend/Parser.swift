// The parser: a hand transcription of CPython 3.11's PEG grammar (Grammar/python.gram), rule for
// rule and alternative for alternative, so that both the trees and the syntax errors are CPython's.
// As in CPython, a file is parsed once without the `invalid_*` rules; only if that fails is it
// parsed again with them enabled, to find the specialised error message. Rules return nil when
// they do not match (restoring `mark`) and throw `ParseAbort` when they raise a SyntaxError.
// The rules live in the Parser+*.swift files, grouped like the grammar file.

// The hot mutable state of the parser opts out of dynamic exclusivity checks: it is only ever
// touched by the parser's own single-threaded rule methods.

/// A raised syntax error that ends parsing.
struct ParseAbort: Error {
    var error: SyntaxErrorInfo
}

/// Code nested so deeply that CPython gives up too (MemoryError or RecursionError); reported as
/// unsupported rather than overflowing the stack.
struct NestingLimitExceeded: Error {
    var line: Int
}

/// A construct that parses but that Hotpath does not support.
struct UnsupportedConstruct {
    var what: String
    var line: Int
    var column: Int
}

/// A SourceRange usable as a set element.
struct RangeKey: Hashable {
    var line, column, endLine, endColumn: Int
    init(_ r: SourceRange) {
        (line, column, endLine, endColumn) = (r.line, r.column, r.endLine, r.endColumn)
    }
}

/// Memoized results of one rule (CPython's `(memo)` rules), stored by the parser's memo lists.
final class MemoTable<T> {
    let rule: UInt8
    var values: [T?] = []
    init(rule: UInt8) { self.rule = rule }
}

/// One memoized result: which rule, where it ended, and where its value is kept. Entries for one
/// start position form a linked list, as CPython keeps them on the token.
struct MemoEntry {
    var rule: UInt8
    var next: Int32
    var end: Int32
    var value: Int32
}

final class Parser {
    let filename: String
    let bytes: [UInt8]
    let tokens: [Token]
    let tokenizerFailure: TokenizerFailure?
    /// True for the parser of an f-string replacement field (CPython's `Py_fstring_input`).
    let isFStringExpression: Bool

    /// For an f-string field parser, how far right its first line was shifted (CPython's
    /// `starting_col_offset`); error columns are reported relative to the field's own text.
    var fstringColumnShift = 0

    /// Index of the next token.
    @exclusivity(unchecked)
    var mark = 0
    /// How many tokens the parser has looked at (CPython's `p->fill`): generic errors are reported
    /// at the furthest token examined in the first pass.
    @exclusivity(unchecked)
    var fill = 0
    /// Whether the `invalid_*` rules are active (second pass).
    @exclusivity(unchecked)
    var callInvalidRules = false
    var unsupportedConstructs: [UnsupportedConstruct] = []
    /// Identifiers by token index, computed once (names are re-read when the parser backtracks).
    @exclusivity(unchecked)
    var identifiers: [String?]
    /// Where `await` expressions are (the tree has no Await node), so errors can name them.
    var awaitExpressionRanges: Set<RangeKey> = []

    // Memo tables of the rules CPython memoizes (left-recursive rules included).
    let memoSimpleStmt = MemoTable<Statement>(rule: 0)
    let memoBlock = MemoTable<[Statement]>(rule: 1)
    let memoExpression = MemoTable<Expression>(rule: 2)
    let memoStarExpression = MemoTable<Expression>(rule: 3)
    let memoDisjunction = MemoTable<Expression>(rule: 4)
    let memoConjunction = MemoTable<Expression>(rule: 5)
    let memoInversion = MemoTable<Expression>(rule: 6)
    let memoBitwiseOr = MemoTable<Expression>(rule: 7)
    let memoFactor = MemoTable<Expression>(rule: 8)
    let memoAwaitPrimary = MemoTable<Expression>(rule: 9)
    let memoPrimary = MemoTable<Expression>(rule: 10)
    let memoStrings = MemoTable<Expression>(rule: 11)
    let memoArguments = MemoTable<CallArguments>(rule: 12)
    let memoStarTarget = MemoTable<Expression>(rule: 13)
    let memoTargetWithStarAtom = MemoTable<Expression>(rule: 14)
    let memoTPrimary = MemoTable<Expression>(rule: 15)
    let memoDelTarget = MemoTable<Expression>(rule: 16)
    let memoInvalidNamedExpression = MemoTable<Expression>(rule: 17)
    let memoDottedName = MemoTable<Expression>(rule: 18)
    let memoClosedPattern = MemoTable<PatternNode>(rule: 19)
    let memoStarPattern = MemoTable<PatternNode>(rule: 20)

    init(tokenized: TokenizedSource, filename: String, isFStringExpression: Bool = false) {
        self.filename = filename
        self.bytes = tokenized.bytes
        self.tokens = tokenized.tokens
        self.tokenizerFailure = tokenized.failure
        self.isFStringExpression = isFStringExpression
        self.memoHeads = Array(repeating: -1, count: tokenized.tokens.count)
        self.identifiers = Array(repeating: nil, count: tokenized.tokens.count)
    }

    /// Per token position, the first of its memo entries (-1: none).
    @exclusivity(unchecked)
    var memoHeads: [Int32]
    @exclusivity(unchecked)
    var memoEntries: [MemoEntry] = []

    func clearMemo() {
        for i in memoHeads.indices { memoHeads[i] = -1 }
        memoEntries.removeAll(keepingCapacity: true)
        memoSimpleStmt.values.removeAll(keepingCapacity: true)
        memoBlock.values.removeAll(keepingCapacity: true)
        memoExpression.values.removeAll(keepingCapacity: true)
        memoStarExpression.values.removeAll(keepingCapacity: true)
        memoDisjunction.values.removeAll(keepingCapacity: true)
        memoConjunction.values.removeAll(keepingCapacity: true)
        memoInversion.values.removeAll(keepingCapacity: true)
        memoBitwiseOr.values.removeAll(keepingCapacity: true)
        memoFactor.values.removeAll(keepingCapacity: true)
        memoAwaitPrimary.values.removeAll(keepingCapacity: true)
        memoPrimary.values.removeAll(keepingCapacity: true)
        memoStrings.values.removeAll(keepingCapacity: true)
        memoArguments.values.removeAll(keepingCapacity: true)
        memoStarTarget.values.removeAll(keepingCapacity: true)
        memoTargetWithStarAtom.values.removeAll(keepingCapacity: true)
        memoTPrimary.values.removeAll(keepingCapacity: true)
        memoDelTarget.values.removeAll(keepingCapacity: true)
        memoInvalidNamedExpression.values.removeAll(keepingCapacity: true)
        memoDottedName.values.removeAll(keepingCapacity: true)
        memoClosedPattern.values.removeAll(keepingCapacity: true)
        memoStarPattern.values.removeAll(keepingCapacity: true)
    }

    /// How deep the memoized rules are nested right now. Every recursive cycle of the grammar goes
    /// through a memoized rule, so this bounds the parser's stack; CPython stops near these depths too.
    var nestingDepth = 0
    static let maximumNestingDepth = 3000

    func checkNesting(extra: Int = 0) throws {
        if nestingDepth + extra > Parser.maximumNestingDepth {
            throw NestingLimitExceeded(line: tokens[min(mark, tokens.count - 1)].line)
        }
    }

    @inline(__always)
    func memo<T>(_ table: MemoTable<T>, _ body: () throws -> T?) throws -> T? {
        let start = mark
        var index = memoHeads[start]
        while index >= 0 {
            let entry = memoEntries[Int(index)]
            if entry.rule == table.rule {
                mark = Int(entry.end)
                return table.values[Int(entry.value)]
            }
            index = entry.next
        }
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        try checkNesting()
        let value = try body()
        if value == nil { mark = start }
        table.values.append(value)
        memoEntries.append(MemoEntry(rule: table.rule, next: memoHeads[start], end: Int32(mark),
                                     value: Int32(table.values.count - 1)))
        memoHeads[start] = Int32(memoEntries.count - 1)
        return value
    }

    // MARK: - Driving the two passes

    /// CPython's `_PyPegen_run_parser`, generic over the start rule.
    func run<T>(_ startRule: () throws -> T?) throws -> T {
        do {
            if let result = try startRule() { return result }
        } catch let abort as ParseAbort {
            throw ParseAbort(error: finalError(afterParserError: abort.error))
        }
        if let failure = tokenizerFailure, reachedTokenizerFailure {
            throw ParseAbort(error: failure.error)
        }

        // Second pass, with the invalid_ rules, to find a specialised message.
        let lastTokenIndex = fill - 1
        clearMemo()
        mark = 0
        callInvalidRules = true
        do {
            _ = try startRule()
        } catch let abort as ParseAbort {
            throw ParseAbort(error: finalError(afterParserError: abort.error))
        }
        if let failure = tokenizerFailure, reachedTokenizerFailure {
            throw ParseAbort(error: failure.error)
        }

        let lastToken = tokens[max(lastTokenIndex, 0)]
        if lastToken.kind == .indent || lastToken.kind == .dedent {
            let message = lastToken.kind == .indent ? "unexpected indent" : "unexpected unindent"
            throw ParseAbort(error: errorAtLastToken(.indentationError, message))
        }
        let generic = errorInfo(.syntaxError, "invalid syntax", atToken: lastToken)
        throw ParseAbort(error: finalError(afterParserError: generic))
    }

    /// Whether the parser has looked at the token where the tokenizer failed.
    var reachedTokenizerFailure: Bool {
        tokenizerFailure != nil && fill >= tokens.count
    }

    /// After a parser error CPython tokenizes the rest of the file: errors the tokenizer raises
    /// itself win, and so does an unclosed bracket opened on a line before the parser's error.
    func finalError(afterParserError error: SyntaxErrorInfo) -> SyntaxErrorInfo {
        guard let failure = tokenizerFailure else { return error }
        if reachedTokenizerFailure { return failure.error }
        if failure.raisedByTokenizer { return failure.error }
        if let open = failure.openBracket, fill > 0, tokens[fill - 1].line > open.line {
            return SyntaxErrorInfo(kind: .syntaxError,
                                   message: "'\(Character(UnicodeScalar(open.character)))' was never closed",
                                   filename: filename, line: open.line, column: open.column + 1,
                                   text: lineText(open.line))
        }
        return error
    }

    // MARK: - Tokens

    @inline(__always)
    func token(at index: Int) -> Token {
        if index >= fill { fill = index + 1 }
        return tokens[index]
    }

    /// The next token (CPython fetches it from the tokenizer at this point).
    @inline(__always)
    var current: Token { token(at: mark) }

    /// Positive lookahead for one token kind: `&'x'`.
    @inline(__always)
    func at(_ kind: TokenKind) -> Bool { current.kind == kind }

    @inline(__always) @discardableResult
    func expect(_ kind: TokenKind) -> Token? {
        let t = current
        if t.kind == kind {
            mark += 1
            return t
        }
        return nil
    }

    /// `&&'x'`: the token must be there, otherwise "expected 'x'" is raised at once, in either pass.
    func expectForced(_ kind: TokenKind, _ spelling: String) throws -> Token {
        let t = current
        if t.kind != kind {
            throw abort(.syntaxError, "expected '\(spelling)'", atToken: t)
        }
        mark += 1
        return t
    }

    func text(of t: Token) -> String {
        String(decoding: bytes[t.start..<t.end], as: UTF8.self)
    }

    func isSoftKeyword(_ t: Token, _ word: String) -> Bool {
        guard t.kind == .name, t.end - t.start == word.utf8.count else { return false }
        return bytes[t.start..<t.end].elementsEqual(word.utf8)
    }

    func expectSoftKeyword(_ word: String) -> Token? {
        let t = current
        if isSoftKeyword(t, word) {
            mark += 1
            return t
        }
        return nil
    }

    /// SOFT_KEYWORD: any of `_`, `case`, `match`.
    func softKeywordToken() -> Token? {
        let t = current
        if isSoftKeyword(t, "_") || isSoftKeyword(t, "case") || isSoftKeyword(t, "match") {
            mark += 1
            return t
        }
        return nil
    }

    // MARK: - Positions

    func range(of t: Token) -> SourceRange {
        SourceRange(line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn)
    }

    /// CPython's EXTRA: from the token at `startMark` to the last token consumed that is not
    /// NEWLINE, INDENT, DEDENT or ENDMARKER.
    func range(from startMark: Int) -> SourceRange {
        let start = tokens[startMark]
        let end = lastNonWhitespaceToken()
        return SourceRange(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    func lastNonWhitespaceToken() -> Token {
        var m = mark - 1
        while m >= 0 {
            let t = tokens[m]
            if t.kind != .endMarker && !t.kind.isWhitespace { return t }
            m -= 1
        }
        return tokens[0]
    }

    static func span(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
        SourceRange(line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn)
    }

    // MARK: - Raising errors

    func lineText(_ line: Int) -> String {
        var current = 1
        var i = 0
        while current < line && i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") { current += 1 }
            i += 1
        }
        var end = i
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: bytes[i..<end], as: UTF8.self)
    }

    /// A 1-based character column from a 0-based byte column, as CPython reports it.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        ErrorColumns.characterOffset(ofBytes: byteColumn + 1, in: Array(lineText(line).utf8))
    }

    func errorInfo(_ kind: SyntaxErrorInfo.Kind, _ message: String, line: Int, byteColumn: Int) -> SyntaxErrorInfo {
        if isFStringExpression {
            return SyntaxErrorInfo(kind: kind, message: "f-string: " + message, filename: filename, line: line,
                                   column: byteColumn + 1 - fstringColumnShift, text: nil)
        }
        return SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                               column: characterColumn(line: line, byteColumn: byteColumn), text: lineText(line))
    }

    func errorInfo(_ kind: SyntaxErrorInfo.Kind, _ message: String, atToken t: Token) -> SyntaxErrorInfo {
        errorInfo(kind, message, line: t.line, byteColumn: t.column)
    }

    /// The error to throw; a tokenizer failure the parser already reached wins, as in CPython where
    /// it would have been raised when the token was fetched.
    func abort(_ info: SyntaxErrorInfo) -> ParseAbort {
        if let failure = tokenizerFailure, reachedTokenizerFailure { return ParseAbort(error: failure.error) }
        return ParseAbort(error: info)
    }

    func abort(_ kind: SyntaxErrorInfo.Kind, _ message: String, atToken t: Token) -> ParseAbort {
        abort(errorInfo(kind, message, atToken: t))
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE / _STARTING_FROM: at the start of a node.
    func abort(_ message: String, at range: SourceRange, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseAbort {
        abort(errorInfo(kind, message, line: range.line, byteColumn: range.column))
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched, or, when that token
    /// has no column (INDENT, DEDENT, ENDMARKER), where the tokenizer's cursor stands.
    func abortAtLastToken(_ message: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseAbort {
        abort(errorAtLastToken(kind, message))
    }

    func errorAtLastToken(_ kind: SyntaxErrorInfo.Kind, _ message: String) -> SyntaxErrorInfo {
        let t = tokens[max(fill - 1, 0)]
        if t.column >= 0 { return errorInfo(kind, message, atToken: t) }
        var info = errorInfo(kind, message, line: t.line, byteColumn: -1)
        info.column = ErrorColumns.characterOffset(ofBytes: t.cursorColumn, in: Array(lineText(t.line).utf8))
        return info
    }

    func noteUnsupported(_ what: String, at range: SourceRange) {
        unsupportedConstructs.append(UnsupportedConstruct(what: what, line: range.line, column: range.column))
    }
}
