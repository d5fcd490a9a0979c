// The invalid_* rules of python.gram about expressions, assignments and displays. They only run
// in the second pass; each either raises CPython's specialised SyntaxError or fails. (The invalid_*
// rules tied to one statement or parameter form live next to the rule that calls them.)
// As in CPython's generated code, an alternative that matches but whose action declines to raise
// ends the rule: later alternatives are not tried.

extension Parser {
    // expression_without_invalid: the valid `expression` alternatives, with invalid rules off below.
    func expressionWithoutInvalid() throws -> Expression? {
        let saved = callInvalidRules
        callInvalidRules = false
        defer { callInvalidRules = saved }
        return try conditionalExpression()
    }

    // invalid_expression:
    //   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    //   | disjunction 'if' disjunction !('else'|':')
    func invalidExpression() throws {
        let m = mark
        let startsWithNameString = expect(.name) != nil && at(.string)
        mark = m
        let startsWithSoftKeyword = softKeywordToken() != nil
        mark = m
        if !startsWithNameString && !startsWithSoftKeyword, let a = try disjunction(),
           try expressionWithoutInvalid() != nil {
            if isLegacyStatementName(a) || tokens[mark - 1].level == 0 {
                mark = m
                return
            }
            throw abort("invalid syntax. Perhaps you forgot a comma?", at: a.range)
        }
        mark = m
        if let a = try disjunction(), expect(.kwIf) != nil, try disjunction() != nil, !at(.kwElse), !at(.colon) {
            throw abort("expected 'else' after 'if' expression", at: a.range)
        }
        mark = m
    }

    // invalid_legacy_expression: NAME !'(' star_expressions
    func invalidLegacyExpression() throws {
        let m = mark
        if let a = name(), !at(.leftParen), try starExpressions() != nil {
            if case let .name(id, _) = a.kind, isLegacyStatementName(a) {
                throw abort("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?", at: a.range)
            }
        }
        mark = m
    }

    // invalid_named_expression (memo):
    //   | expression ':=' expression
    //   | NAME '=' bitwise_or !('='|':=')
    //   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
    func invalidNamedExpression() throws -> Expression? {
        try memo(memoInvalidNamedExpression) {
            let m = mark
            if let a = try expression(), expect(.colonEqual) != nil, try expression() != nil {
                throw abort("cannot use assignment expressions with \(expressionName(a))", at: a.range)
            }
            mark = m
            if let a = name(), expect(.equal) != nil, try bitwiseOr() != nil, !at(.equal), !at(.colonEqual) {
                throw abort("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: a.range)
            }
            mark = m
            var excluded = false
            if try list() != nil || tuple() != nil || genexp() != nil {
                excluded = true
            } else {
                let kind = current.kind
                excluded = kind == .kwTrue || kind == .kwNone || kind == .kwFalse
            }
            mark = m
            if !excluded, let a = try bitwiseOr(), expect(.equal) != nil, try bitwiseOr() != nil,
               !at(.equal), !at(.colonEqual) {
                throw abort("cannot assign to \(expressionName(a)) here. Maybe you meant '==' instead of '='?",
                            at: a.range)
            }
            mark = m
            return nil
        }
    }

    // invalid_assignment
    func invalidAssignment() throws {
        let m = mark
        // invalid_ann_assign_target ':' expression
        if let a = try invalidAnnAssignTarget(), expect(.colon) != nil, try expression() != nil {
            throw abort("only single target (not \(expressionName(a))) can be annotated", at: a.range)
        }
        mark = m
        // star_named_expression ',' star_named_expressions* ':' expression
        if let a = try starNamedExpression(), expect(.comma) != nil {
            _ = try loop0 { try self.starNamedExpressions() }
            if expect(.colon) != nil, try expression() != nil {
                throw abort("only single target (not tuple) can be annotated", at: a.range)
            }
        }
        mark = m
        // expression ':' expression
        if let a = try expression(), expect(.colon) != nil, try expression() != nil {
            throw abort("illegal target for annotation", at: a.range)
        }
        mark = m
        // (star_targets '=')* star_expressions '='
        try skipStarTargetsAssignments()
        if let a = try starExpressions(), expect(.equal) != nil {
            if let error = invalidTargetError(.starTargets, a) { throw error }
            mark = m
            return // nothing invalid: the rule ends without an error
        }
        mark = m
        // (star_targets '=')* yield_expr '='
        try skipStarTargetsAssignments()
        if let a = try yieldExpr(), expect(.equal) != nil {
            throw abort("assignment to yield expression not possible", at: a.range)
        }
        mark = m
        // star_expressions augassign (yield_expr | star_expressions)
        if let a = try starExpressions(), augassign() != nil, try yieldExpr() ?? starExpressions() != nil {
            throw abort("'\(expressionName(a))' is an illegal expression for augmented assignment", at: a.range)
        }
        mark = m
    }

    /// (star_targets '=')*
    private func skipStarTargetsAssignments() throws {
        _ = try loop0 { () -> Bool? in
            try self.starTargets() != nil && self.expect(.equal) != nil ? true : nil
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private func invalidAnnAssignTarget() throws -> Expression? {
        let m = mark
        if let a = try list() { return a }
        if let a = try tuple() { return a }
        if expect(.leftParen) != nil, let a = try invalidAnnAssignTarget(), expect(.rightParen) != nil { return a }
        mark = m
        return nil
    }

    // invalid_del_stmt: 'del' star_expressions
    func invalidDelStmt() throws {
        let m = mark
        if expect(.kwDel) != nil, let a = try starExpressions() {
            if let error = invalidTargetError(.delTargets, a) { throw error }
        }
        mark = m
    }

    // invalid_comprehension:
    //   | ('[' | '(' | '{') starred_expression for_if_clauses
    //   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
    //   | ('[' | '{') star_named_expression ',' for_if_clauses
    func invalidComprehension() throws {
        let m = mark
        if expect(.leftBracket) != nil || expect(.leftParen) != nil || expect(.leftBrace) != nil,
           let a = try starredExpression(), try forIfClauses() != nil {
            throw abort("iterable unpacking cannot be used in comprehension", at: a.range)
        }
        mark = m
        if expect(.leftBracket) != nil || expect(.leftBrace) != nil, let a = try starNamedExpression(),
           expect(.comma) != nil, try starNamedExpressions() != nil, try forIfClauses() != nil {
            throw abort("did you forget parentheses around the comprehension target?", at: a.range)
        }
        mark = m
        if expect(.leftBracket) != nil || expect(.leftBrace) != nil, let a = try starNamedExpression(),
           expect(.comma) != nil, try forIfClauses() != nil {
            throw abort("did you forget parentheses around the comprehension target?", at: a.range)
        }
        mark = m
    }

    // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
    func invalidGroup() throws {
        let m = mark
        if expect(.leftParen) != nil, let a = try starredExpression(), expect(.rightParen) != nil {
            throw abort("cannot use starred expression here", at: a.range)
        }
        mark = m
        if expect(.leftParen) != nil, let a = expect(.doubleStar), try expression() != nil, expect(.rightParen) != nil {
            throw abort("cannot use double starred expression here", at: range(of: a))
        }
        mark = m
    }

    // invalid_double_starred_kvpairs (after the '{'):
    //   | ','.double_starred_kvpair+ ',' invalid_kvpair
    //   | expression ':' '*' bitwise_or
    //   | expression ':' &('}'|',')
    func invalidDoubleStarredKvpairs() throws {
        let m = mark
        if try gather(.comma, { try self.doubleStarredKvpair() }) != nil, expect(.comma) != nil {
            try invalidKvpair()
        }
        mark = m
        try starredOrMissingDictionaryValue()
        mark = m
    }

    // invalid_kvpair: expression !(':') | expression ':' '*' bitwise_or | expression ':' &('}'|',')
    private func invalidKvpair() throws {
        let m = mark
        if let a = try expression(), !at(.colon) {
            throw abort(errorInfo(.syntaxError, "':' expected after dictionary key",
                                  line: a.range.line, byteColumn: a.range.endColumn - 1))
        }
        mark = m
        try starredOrMissingDictionaryValue()
        mark = m
    }

    private func starredOrMissingDictionaryValue() throws {
        let m = mark
        if try expression() != nil, expect(.colon) != nil, let a = expect(.star), try bitwiseOr() != nil {
            throw abort("cannot use a starred expression in a dictionary value", at: range(of: a))
        }
        mark = m
        if try expression() != nil, let a = expect(.colon), at(.rightBrace) || at(.comma) {
            throw abort("expression expected after dictionary key and ':'", at: range(of: a))
        }
        mark = m
    }
}
