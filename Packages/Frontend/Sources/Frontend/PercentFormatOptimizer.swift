/// `'%s and %r' % (a, b)` becomes the f-string `f'{a!s} and {b!r}'`, as CPython 3.11's AST
/// optimizer does (ast_opt.c's optimize_format): only %s, %r and %a with optional flags, width
/// and precision, and exactly as many units as tuple items; anything else is left alone.
enum PercentFormatOptimizer {
    /// No source position: the literal pieces get no line of their own.
    private static let noPosition = SourceRange(line: -1, column: -1, endLine: -1, endColumn: -1)

    static func joinedString(_ node: Expression, format: String, arguments: [Expression]) -> Expression? {
        let scalars = Array(format.unicodeScalars)
        var position = 0
        var used = 0
        var pieces: [Expression] = []
        while true {
            if let literal = literal(scalars, &position) { pieces.append(literal) }
            if position >= scalars.count { break }
            if used >= arguments.count { return nil }  // more format units than items
            position += 1  // the '%'
            guard let piece = formatted(scalars, &position, arguments[used]) else { return nil }
            used += 1
            pieces.append(piece)
        }
        if used < arguments.count { return nil }  // more items than format units
        return Expression(.joinedStr(pieces), node.range)
    }

    /// Text up to the next lone '%', with '%%' turned into '%'.
    private static func literal(_ scalars: [Unicode.Scalar], _ position: inout Int) -> Expression? {
        let start = position
        var text = String.UnicodeScalarView()
        while position < scalars.count {
            if scalars[position] != "%" {
                text.append(scalars[position])
                position += 1
            } else if position + 1 < scalars.count && scalars[position + 1] == "%" {
                text.append("%")
                position += 2
            } else {
                break
            }
        }
        if position == start { return nil }
        return Expression(.constant(.str(String(text))), noPosition)
    }

    /// One conversion unit after '%': flags, width, precision, then s, r or a.
    private static func formatted(_ scalars: [Unicode.Scalar], _ position: inout Int, _ argument: Expression) -> Expression? {
        func next() -> Unicode.Scalar? {
            guard position < scalars.count else { return nil }
            position += 1
            return scalars[position - 1]
        }
        var leftJustify = false
        var character: Unicode.Scalar
        while true {
            guard let c = next() else { return nil }
            character = c
            if "-+ #0".unicodeScalars.contains(c) {
                if c == "-" { leftJustify = true }
                continue
            }
            break
        }
        var width = -1, precision = -1
        if ("0"..."9").contains(character) {
            width = 0
            while ("0"..."9").contains(character) {
                width = width * 10 + Int(character.value - 48)
                guard let c = next() else { return nil }
                character = c
                if width > (Int(Int32.max) - Int(character.value) + 48) / 10 { return nil }
            }
        }
        if character == "." {
            guard let c = next() else { return nil }
            character = c
            precision = 0
            while ("0"..."9").contains(character) {
                precision = precision * 10 + Int(character.value - 48)
                guard let c = next() else { return nil }
                character = c
                if precision > (Int(Int32.max) - Int(character.value) + 48) / 10 { return nil }
            }
        }
        guard character == "s" || character == "r" || character == "a" else { return nil }
        var spec = ""
        if !leftJustify && width > 0 { spec += ">" }
        if width >= 0 { spec += String(width) }
        if precision >= 0 { spec += "." + String(precision) }
        let formatSpec = spec.isEmpty ? nil : Expression(.constant(.str(spec)), noPosition)
        return Expression(.formattedValue(value: argument, conversion: Int(character.value), formatSpec: formatSpec), argument.range)
    }
}
