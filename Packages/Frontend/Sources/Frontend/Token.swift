// Tokens as CPython 3.11's C tokenizer produces them for the PEG parser: no COMMENT or NL
// tokens, NAME tokens that spell a hard keyword already classified as that keyword.

enum TokenKind: UInt8 {
    case endMarker, name, number, string, newline, indent, dedent
    /// A character CPython tokenizes as a generic OP that no grammar rule accepts (`$`, `?`, `!`, backquote).
    case unknownOperator
    /// The token at which the tokenizer failed; the parser cannot consume it.
    case errorToken

    // Operators and delimiters.
    case leftParen, rightParen, leftBracket, rightBracket, colon, comma, semicolon, plus, minus, star,
         slash, verticalBar, ampersand, less, greater, equal, dot, percent, leftBrace, rightBrace,
         equalEqual, notEqual, lessEqual, greaterEqual, tilde, circumflex, leftShift, rightShift,
         doubleStar, plusEqual, minusEqual, starEqual, slashEqual, percentEqual, ampersandEqual,
         verticalBarEqual, circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual,
         doubleSlash, doubleSlashEqual, at, atEqual, arrow, ellipsis, colonEqual

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass,
         kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal,
         kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn,
         kwTry, kwWhile, kwWith, kwYield

    /// NEWLINE, INDENT and DEDENT never end a node's source range (CPython skips them).
    var isWhitespace: Bool { self == .newline || self == .indent || self == .dedent }
}

/// The hard keywords of Python 3.11, by spelling.
let hardKeywords: [String: TokenKind] = [
    "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
    "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
    "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
    "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
    "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
    "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
    "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
    "yield": .kwYield,
]

struct Token {
    var kind: TokenKind
    /// UTF-8 byte offsets of the token text in the (newline-normalized) source; -1 when the token
    /// has no text (INDENT, DEDENT, ENDMARKER).
    var start: Int
    var end: Int
    var line: Int
    /// 0-based byte column, or -1 when the token has no text.
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// Bracket nesting depth after this token (CPython's `tok->level`).
    var level: Int
    /// Where the tokenizer's cursor was, in bytes from the start of its current line, right after
    /// producing this token: CPython locates some errors there when the token has no column.
    var cursorColumn: Int
}

/// How the tokenizer stopped early, and what the parser reports if it ever reads that far.
struct TokenizerFailure {
    /// The error raised when the parser fetches the failing token.
    var error: SyntaxErrorInfo
    /// CPython raises some tokenizer errors directly (unterminated strings, bad literals,
    /// unmatched brackets...). Those also override a parser error found earlier in the file, because
    /// CPython tokenizes the rest of the file after a parser failure. The others (indentation
    /// problems, stray backslash, end of file) only count when the parser reaches them.
    var raisedByTokenizer: Bool
    /// The innermost bracket still open when the tokenizer stopped: (line, column, character).
    var openBracket: (line: Int, column: Int, character: UInt8)?
}
