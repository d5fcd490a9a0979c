// Number and string literal scanning, transcribed from CPython 3.11's tokenizer so that
// malformed literals give the same messages ("invalid decimal literal", "leading zeros ...").
// Only the extent of the token is found here; its value is computed by the parser.

extension Tokenizer {
    static func isHexDigit(_ c: Int) -> Bool {
        isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    mutating func readCharacter(_ c: Int) -> Bool { c == nextc() }

    /// A number whose first character `first` (a digit) has been read.
    mutating func number(first: Int) throws -> Token {
        var c: Int
        if first == Int(UInt8(ascii: "0")) {
            c = nextc()
            if c == 0x78 || c == 0x58 { // x X
                c = nextc()
                repeat {
                    if c == 0x5F { c = nextc() }
                    if !Tokenizer.isHexDigit(c) {
                        backup(c)
                        throw syntaxError("invalid hexadecimal literal")
                    }
                    repeat { c = nextc() } while Tokenizer.isHexDigit(c)
                } while c == 0x5F
                try verifyEndOfNumber(c, kind: "hexadecimal")
            } else if c == 0x6F || c == 0x4F { // o O
                c = nextc()
                repeat {
                    if c == 0x5F { c = nextc() }
                    if c < 0x30 || c >= 0x38 {
                        if Tokenizer.isDigit(c) {
                            throw syntaxError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in octal literal")
                        }
                        backup(c)
                        throw syntaxError("invalid octal literal")
                    }
                    repeat { c = nextc() } while c >= 0x30 && c < 0x38
                } while c == 0x5F
                if Tokenizer.isDigit(c) {
                    throw syntaxError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in octal literal")
                }
                try verifyEndOfNumber(c, kind: "octal")
            } else if c == 0x62 || c == 0x42 { // b B
                c = nextc()
                repeat {
                    if c == 0x5F { c = nextc() }
                    if c != 0x30 && c != 0x31 {
                        if Tokenizer.isDigit(c) {
                            throw syntaxError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in binary literal")
                        }
                        backup(c)
                        throw syntaxError("invalid binary literal")
                    }
                    repeat { c = nextc() } while c == 0x30 || c == 0x31
                } while c == 0x5F
                if Tokenizer.isDigit(c) {
                    throw syntaxError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in binary literal")
                }
                try verifyEndOfNumber(c, kind: "binary")
            } else {
                // Zeros, possibly the start of a float: "0", "00", "0.5", "0e1", "0j", "09.5".
                var nonzero = false
                while true {
                    if c == 0x5F {
                        c = nextc()
                        if !Tokenizer.isDigit(c) {
                            backup(c)
                            throw syntaxError("invalid decimal literal")
                        }
                    }
                    if c != 0x30 { break }
                    c = nextc()
                }
                let zerosEnd = cur
                if Tokenizer.isDigit(c) {
                    nonzero = true
                    c = try decimalTail()
                }
                if c == Int(UInt8(ascii: ".")) {
                    c = nextc()
                    return try fraction(c)
                } else if c == 0x65 || c == 0x45 {
                    return try exponent(c)
                } else if c == 0x6A || c == 0x4A {
                    return try imaginary()
                } else if nonzero {
                    backup(c)
                    _ = zerosEnd
                    throw syntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                      column: characterCount(from: lineStart, to: tokenStart) + 1)
                }
                try verifyEndOfNumber(c, kind: "decimal")
            }
        } else {
            c = try decimalTail()
            if c == Int(UInt8(ascii: ".")) {
                c = nextc()
                return try fraction(c)
            }
            return try exponentOrEnd(c)
        }
        backup(c)
        return makeToken(.number, start: tokenStart, end: cur)
    }

    /// A number that starts with "." followed by the digit `c` (already read).
    mutating func number(startingWithFractionAfterReading c: Int) throws -> Token {
        try fraction(c)
    }

    /// After the "." of a float; `c` is the character following it.
    mutating func fraction(_ first: Int) throws -> Token {
        var c = first
        if Tokenizer.isDigit(c) {
            c = try decimalTail()
        }
        return try exponentOrEnd(c)
    }

    mutating func exponentOrEnd(_ c: Int) throws -> Token {
        if c == 0x65 || c == 0x45 { return try exponent(c) }
        return try imaginaryOrEnd(c)
    }

    /// `e` (the character 'e' or 'E') has been read.
    mutating func exponent(_ e: Int) throws -> Token {
        var c = nextc()
        if c == 0x2B || c == 0x2D {
            c = nextc()
            if !Tokenizer.isDigit(c) {
                backup(c)
                throw syntaxError("invalid decimal literal")
            }
        } else if !Tokenizer.isDigit(c) {
            backup(c)
            try verifyEndOfNumber(e, kind: "decimal")
            backup(e)
            return makeToken(.number, start: tokenStart, end: cur)
        }
        c = try decimalTail()
        return try imaginaryOrEnd(c)
    }

    mutating func imaginaryOrEnd(_ c: Int) throws -> Token {
        if c == 0x6A || c == 0x4A { return try imaginary() }
        try verifyEndOfNumber(c, kind: "decimal")
        backup(c)
        return makeToken(.number, start: tokenStart, end: cur)
    }

    /// The 'j' of an imaginary literal has been read.
    mutating func imaginary() throws -> Token {
        let c = nextc()
        try verifyEndOfNumber(c, kind: "imaginary")
        backup(c)
        return makeToken(.number, start: tokenStart, end: cur)
    }

    /// Digits and single underscores between digits; returns the first character after them.
    mutating func decimalTail() throws -> Int {
        var c: Int
        while true {
            repeat { c = nextc() } while Tokenizer.isDigit(c)
            if c != 0x5F { break }
            c = nextc()
            if !Tokenizer.isDigit(c) {
                backup(c)
                throw syntaxError("invalid decimal literal")
            }
        }
        return c
    }

    /// A number directly followed by a letter is an error, except before the keywords that can
    /// follow a number in valid code (`1if x else y`), which CPython 3.11 only warns about.
    mutating func verifyEndOfNumber(_ c: Int, kind: String) throws {
        var keywordFollows = false
        switch c {
        case 0x61: keywordFollows = lookahead("nd")        // and
        case 0x65: keywordFollows = lookahead("lse")       // else
        case 0x66: keywordFollows = lookahead("or")        // for
        case 0x69:                                         // if in is
            let c2 = nextc()
            keywordFollows = c2 == 0x66 || c2 == 0x6E || c2 == 0x73
            backup(c2)
        case 0x6F: keywordFollows = lookahead("r")         // or
        case 0x6E: keywordFollows = lookahead("ot")        // not
        default: break
        }
        if keywordFollows { return }
        if Tokenizer.isPotentialIdentifierChar(c) {
            backup(c)
            throw syntaxError("invalid \(kind) literal")
        }
    }

    /// Whether the next characters spell `text` and no identifier character follows (CPython's
    /// `lookahead`); consumes nothing.
    mutating func lookahead(_ text: String) -> Bool {
        let saved = (cur, inp, lineStart, lineno, reachedEOF)
        defer { (cur, inp, lineStart, lineno, reachedEOF) = saved }
        for byte in text.utf8 where nextc() != Int(byte) {
            return false
        }
        return !Tokenizer.isPotentialIdentifierChar(nextc())
    }

    // MARK: - Strings

    /// A string literal whose opening quote `quote` has been read (after any prefix).
    mutating func stringLiteral(quote: Int) throws -> Token {
        var quoteSize = 1
        var endQuoteSize = 0
        firstLineno = lineno
        multiLineStart = lineStart

        var c = nextc()
        if c == quote {
            c = nextc()
            if c == quote {
                quoteSize = 3
            } else {
                endQuoteSize = 1 // empty string
            }
        }
        if c != quote { backup(c) }

        while endQuoteSize != quoteSize {
            c = nextc()
            if c == Tokenizer.eof || (quoteSize == 1 && c == 0x0A) {
                // Report the error at the start of the literal.
                let detectedAt = lineno
                cur = tokenStart + 1
                lineStart = multiLineStart
                lineno = firstLineno
                if quoteSize == 3 {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line \(detectedAt))")
                }
                throw syntaxError("unterminated string literal (detected at line \(detectedAt))")
            }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == Int(UInt8(ascii: "\\")) { _ = nextc() }
            }
        }
        return makeToken(.string, start: tokenStart, end: cur)
    }
}
