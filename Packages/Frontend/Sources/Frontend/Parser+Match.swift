// Grammar rules for the match statement (python.gram "Match statement"). Hotpath does not support
// `match`, but `match` is a soft keyword, so the statement must be recognised exactly as CPython
// does (and `match = 3` or `match(x)` left alone). Patterns are checked, not built into the tree.

extension Parser {
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    func matchStmt() throws -> Statement? {
        let m = mark
        if expectSoftKeyword("match") != nil, try subjectExpr() != nil, expect(.colon) != nil, expect(.newline) != nil,
           expect(.indent) != nil, try loop1({ try self.caseBlock() }) != nil, expect(.dedent) != nil {
            let r = range(from: m)
            noteUnsupported("match statements", at: r)
            return Statement(.pass, r)
        }
        mark = m
        if callInvalidRules {
            // "match" subject_expr NEWLINE
            if expectSoftKeyword("match") != nil, try subjectExpr() != nil, expect(.newline) != nil {
                throw abortAtLastToken("expected ':'")
            }
            mark = m
            // "match" subject_expr ':' NEWLINE !INDENT
            if let a = expectSoftKeyword("match"), try subjectExpr() != nil, expect(.colon) != nil,
               expect(.newline) != nil, !at(.indent) {
                throw abortAtLastToken("expected an indented block after 'match' statement on line \(a.line)",
                                       kind: .indentationError)
            }
            mark = m
        }
        return nil
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private func subjectExpr() throws -> Expression? {
        let m = mark
        if let value = try starNamedExpression(), expect(.comma) != nil {
            let values = try optional { try self.starNamedExpressions() }
            return Expression(.tuple(elts: [value] + (values ?? []), ctx: .load), range(from: m))
        }
        mark = m
        return try namedExpression()
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private func caseBlock() throws -> Bool? {
        let m = mark
        if callInvalidRules {
            // "case" patterns guard? NEWLINE
            if expectSoftKeyword("case") != nil, try patterns() != nil {
                _ = try optional { try self.guardClause() }
                if expect(.newline) != nil { throw abortAtLastToken("expected ':'") }
            }
            mark = m
            // "case" patterns guard? ':' NEWLINE !INDENT
            if let a = expectSoftKeyword("case"), try patterns() != nil {
                _ = try optional { try self.guardClause() }
                if expect(.colon) != nil, expect(.newline) != nil, !at(.indent) {
                    throw abortAtLastToken("expected an indented block after 'case' statement on line \(a.line)",
                                           kind: .indentationError)
                }
            }
            mark = m
        }
        if expectSoftKeyword("case") != nil, try patterns() != nil {
            _ = try optional { try self.guardClause() }
            if expect(.colon) != nil, try block() != nil { return true }
        }
        mark = m
        return nil
    }

    // guard: 'if' named_expression
    private func guardClause() throws -> Expression? {
        let m = mark
        if expect(.kwIf) != nil, let g = try namedExpression() { return g }
        mark = m
        return nil
    }

    // patterns: open_sequence_pattern | pattern
    private func patterns() throws -> PatternNode? {
        let m = mark
        if try openSequencePattern() != nil { return PatternNode(range: range(from: m)) }
        mark = m
        return try pattern()
    }

    // pattern: as_pattern | or_pattern
    private func pattern() throws -> PatternNode? {
        let m = mark
        if let p = try asPattern() { return p }
        mark = m
        return try orPattern()
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    private func asPattern() throws -> PatternNode? {
        let m = mark
        if try orPattern() != nil, expect(.kwAs) != nil, patternCaptureTarget() != nil {
            return PatternNode(range: range(from: m))
        }
        mark = m
        if callInvalidRules {
            if try orPattern() != nil, expect(.kwAs) != nil, let a = expectSoftKeyword("_") {
                throw abort("cannot use '_' as a target", at: range(of: a))
            }
            mark = m
            if try orPattern() != nil, expect(.kwAs) != nil, !at(.name), let a = try expression() {
                throw abort("invalid pattern target", at: a.range)
            }
            mark = m
        }
        return nil
    }

    // or_pattern: '|'.closed_pattern+
    private func orPattern() throws -> PatternNode? {
        let m = mark
        guard try gather(.verticalBar, { try self.closedPattern() }) != nil else { return nil }
        return PatternNode(range: range(from: m))
    }

    // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private func closedPattern() throws -> PatternNode? {
        try memo(memoClosedPattern) {
            let m = mark
            if try literalExpr() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if patternCaptureTarget() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if expectSoftKeyword("_") != nil { return PatternNode(range: range(from: m)) }
            if try valuePattern() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if expect(.leftParen) != nil, try pattern() != nil, expect(.rightParen) != nil {
                return PatternNode(range: range(from: m))
            }
            mark = m
            if try sequencePattern() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if try mappingPattern() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if try classPattern() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            return nil
        }
    }

    // literal_expr (and literal_pattern): signed_number !('+' | '-') | complex_number | strings
    //                                    | 'None' | 'True' | 'False'
    private func literalExpr() throws -> Expression? {
        let m = mark
        if let n = try signedNumber(), !at(.plus), !at(.minus) { return n }
        mark = m
        if let c = try complexNumber() { return c }
        mark = m
        if at(.string), let s = try strings() { return s }
        mark = m
        let t = current
        switch t.kind {
        case .kwNone:
            mark += 1
            return Expression(.constant(.none), range(of: t))
        case .kwTrue:
            mark += 1
            return Expression(.constant(.bool(true)), range(of: t))
        case .kwFalse:
            mark += 1
            return Expression(.constant(.bool(false)), range(of: t))
        default:
            return nil
        }
    }

    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private func complexNumber() throws -> Expression? {
        let m = mark
        if let real = try signedRealNumber(), expect(.plus) != nil || expect(.minus) != nil,
           let imaginary = try imaginaryNumber() {
            return Expression(.binOp(left: real, op: .add, right: imaginary), range(from: m))
        }
        mark = m
        return nil
    }

    // signed_number: NUMBER | '-' NUMBER
    private func signedNumber() throws -> Expression? {
        let m = mark
        if let t = expect(.number) { return try numberConstant(t) }
        if expect(.minus) != nil, let t = expect(.number) {
            return Expression(.unaryOp(op: .uSub, operand: try numberConstant(t)), range(from: m))
        }
        mark = m
        return nil
    }

    // signed_real_number: real_number | '-' real_number
    private func signedRealNumber() throws -> Expression? {
        let m = mark
        if let r = try realNumber() { return r }
        if expect(.minus) != nil, let r = try realNumber() {
            return Expression(.unaryOp(op: .uSub, operand: r), range(from: m))
        }
        mark = m
        return nil
    }

    // real_number: NUMBER (which must not be imaginary)
    private func realNumber() throws -> Expression? {
        guard let t = expect(.number) else { return nil }
        let n = try numberConstant(t)
        if case .constant(.imaginary) = n.kind {
            throw abort("real number required in complex literal", at: n.range)
        }
        return n
    }

    // imaginary_number: NUMBER (which must be imaginary)
    private func imaginaryNumber() throws -> Expression? {
        guard let t = expect(.number) else { return nil }
        let n = try numberConstant(t)
        guard case .constant(.imaginary) = n.kind else {
            throw abort("imaginary number required in complex literal", at: n.range)
        }
        return n
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private func patternCaptureTarget() -> Token? {
        let m = mark
        if isSoftKeyword(current, "_") { return nil }
        if let t = expect(.name), !at(.dot), !at(.leftParen), !at(.equal) { return t }
        mark = m
        return nil
    }

    // value_pattern: attr !('.' | '(' | '=')
    private func valuePattern() throws -> Expression? {
        let m = mark
        if let a = attr(), !at(.dot), !at(.leftParen), !at(.equal) { return a }
        mark = m
        return nil
    }

    // attr: name_or_attr '.' NAME  — a dotted name with at least one dot.
    private func attr() -> Expression? {
        let m = mark
        if let a = nameOrAttr(), case .attribute = a.kind { return a }
        mark = m
        return nil
    }

    // name_or_attr: attr | NAME
    private func nameOrAttr() -> Expression? {
        let m = mark
        guard var result = name() else { return nil }
        while true {
            let save = mark
            if expect(.dot) != nil, let b = expect(.name) {
                result = Expression(.attribute(value: result, attr: identifier(b), ctx: .load), range(from: m))
            } else {
                mark = save
                return result
            }
        }
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private func sequencePattern() throws -> Bool? {
        let m = mark
        if expect(.leftBracket) != nil {
            _ = try optional { try self.maybeSequencePattern() }
            if expect(.rightBracket) != nil { return true }
        }
        mark = m
        if expect(.leftParen) != nil {
            _ = try optional { try self.openSequencePattern() }
            if expect(.rightParen) != nil { return true }
        }
        mark = m
        return nil
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private func openSequencePattern() throws -> Bool? {
        let m = mark
        if try maybeStarPattern() != nil, expect(.comma) != nil {
            _ = try optional { try self.maybeSequencePattern() }
            return true
        }
        mark = m
        return nil
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private func maybeSequencePattern() throws -> Bool? {
        guard try gather(.comma, { try self.maybeStarPattern() }) != nil else { return nil }
        expect(.comma)
        return true
    }

    // maybe_star_pattern: star_pattern | pattern
    private func maybeStarPattern() throws -> PatternNode? {
        if let p = try starPattern() { return p }
        return try pattern()
    }

    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private func starPattern() throws -> PatternNode? {
        try memo(memoStarPattern) {
            let m = mark
            if expect(.star) != nil, patternCaptureTarget() != nil { return PatternNode(range: range(from: m)) }
            mark = m
            if expect(.star) != nil, expectSoftKeyword("_") != nil { return PatternNode(range: range(from: m)) }
            mark = m
            return nil
        }
    }

    // mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
    //   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
    private func mappingPattern() throws -> Bool? {
        let m = mark
        if expect(.leftBrace) != nil, expect(.rightBrace) != nil { return true }
        mark = m
        if expect(.leftBrace) != nil, doubleStarPattern() {
            expect(.comma)
            if expect(.rightBrace) != nil { return true }
        }
        mark = m
        if expect(.leftBrace) != nil, try itemsPattern(), expect(.comma) != nil, doubleStarPattern() {
            expect(.comma)
            if expect(.rightBrace) != nil { return true }
        }
        mark = m
        if expect(.leftBrace) != nil, try itemsPattern() {
            expect(.comma)
            if expect(.rightBrace) != nil { return true }
        }
        mark = m
        return nil
    }

    // items_pattern: ','.key_value_pattern+   key_value_pattern: (literal_expr | attr) ':' pattern
    private func itemsPattern() throws -> Bool {
        try gather(.comma, { () -> Bool? in
            let m = self.mark
            if try self.literalExpr() != nil || self.attr() != nil, self.expect(.colon) != nil, try self.pattern() != nil {
                return true
            }
            self.mark = m
            return nil
        }) != nil
    }

    // double_star_pattern: '**' pattern_capture_target
    private func doubleStarPattern() -> Bool {
        let m = mark
        if expect(.doubleStar) != nil, patternCaptureTarget() != nil { return true }
        mark = m
        return false
    }

    // class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
    //   | name_or_attr '(' keyword_patterns ','? ')'
    //   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')' | invalid_class_pattern
    private func classPattern() throws -> Bool? {
        let m = mark
        if nameOrAttr() != nil, expect(.leftParen) != nil, expect(.rightParen) != nil { return true }
        mark = m
        if nameOrAttr() != nil, expect(.leftParen) != nil, try positionalPatterns() != nil {
            expect(.comma)
            if expect(.rightParen) != nil { return true }
        }
        mark = m
        if nameOrAttr() != nil, expect(.leftParen) != nil, try keywordPatterns() {
            expect(.comma)
            if expect(.rightParen) != nil { return true }
        }
        mark = m
        if nameOrAttr() != nil, expect(.leftParen) != nil, try positionalPatterns() != nil, expect(.comma) != nil,
           try keywordPatterns() {
            expect(.comma)
            if expect(.rightParen) != nil { return true }
        }
        mark = m
        if callInvalidRules {
            // name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns
            if nameOrAttr() != nil, expect(.leftParen) != nil {
                _ = try optional { try self.positionalPatterns() != nil && self.expect(.comma) != nil ? true : nil }
                if try keywordPatterns(), expect(.comma) != nil, let a = try positionalPatterns() {
                    throw abort("positional patterns follow keyword patterns", at: a[0].range)
                }
            }
            mark = m
        }
        return nil
    }

    // positional_patterns: ','.pattern+
    private func positionalPatterns() throws -> [PatternNode]? {
        try gather(.comma, { try self.pattern() })
    }

    // keyword_patterns: ','.keyword_pattern+    keyword_pattern: NAME '=' pattern
    private func keywordPatterns() throws -> Bool {
        try gather(.comma, { () -> Bool? in
            let m = self.mark
            if self.expect(.name) != nil, self.expect(.equal) != nil, try self.pattern() != nil { return true }
            self.mark = m
            return nil
        }) != nil
    }
}
