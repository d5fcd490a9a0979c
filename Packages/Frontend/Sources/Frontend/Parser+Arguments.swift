// Grammar rules for call arguments (python.gram "FUNCTION CALL ARGUMENTS") and their invalid_*
// rules ("positional argument follows keyword argument", unparenthesized generators...).

extension Parser {
    // arguments: args [','] &')' | invalid_arguments
    func arguments() throws -> CallArguments? {
        try memo(memoArguments) {
            let m = mark
            if let a = try args() {
                expect(.comma)
                if at(.rightParen) { return a }
            }
            mark = m
            if callInvalidRules {
                try invalidArguments()
                mark = m
            }
            return nil
        }
    }

    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    func args() throws -> CallArguments? {
        let m = mark
        if let a = try gather(.comma, { try self.positionalArgument() }) {
            let b = try optional { self.expect(.comma) != nil ? try self.kwargs() : nil }
            return collectCallArguments(a, b, range: range(from: m))
        }
        mark = m
        if let a = try kwargs() {
            return collectCallArguments([], a, range: range(from: m))
        }
        mark = m
        return nil
    }

    private func positionalArgument() throws -> Expression? {
        let m = mark
        if let a = try starredExpression() { return a }
        mark = m
        if let a = try assignmentExpressionOrExpression(), !at(.equal) { return a }
        mark = m
        return nil
    }

    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    func kwargs() throws -> [KeywordOrStarred]? {
        let m = mark
        if let a = try gather(.comma, { try self.kwargOrStarred() }), expect(.comma) != nil,
           let b = try gather(.comma, { try self.kwargOrDoubleStarred() }) {
            return a + b
        }
        mark = m
        if let a = try gather(.comma, { try self.kwargOrStarred() }) { return a }
        mark = m
        if let a = try gather(.comma, { try self.kwargOrDoubleStarred() }) { return a }
        mark = m
        return nil
    }

    // starred_expression: '*' expression
    func starredExpression() throws -> Expression? {
        let m = mark
        if expect(.star) != nil, let a = try expression() {
            return Expression(.starred(value: a, ctx: .load), range(from: m))
        }
        mark = m
        return nil
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    func kwargOrStarred() throws -> KeywordOrStarred? {
        let m = mark
        if callInvalidRules {
            try invalidKwarg()
            mark = m
        }
        if let k = try namedKeyword() { return .keyword(k) }
        mark = m
        if let a = try starredExpression() { return .starred(a) }
        mark = m
        return nil
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    func kwargOrDoubleStarred() throws -> KeywordOrStarred? {
        let m = mark
        if callInvalidRules {
            try invalidKwarg()
            mark = m
        }
        if let k = try namedKeyword() { return .keyword(k) }
        mark = m
        if expect(.doubleStar) != nil, let a = try expression() {
            return .keyword(Keyword(arg: nil, value: a, range: range(from: m)))
        }
        mark = m
        return nil
    }

    /// NAME '=' expression
    private func namedKeyword() throws -> Keyword? {
        let m = mark
        if let a = expect(.name), expect(.equal) != nil, let b = try expression() {
            return Keyword(arg: identifier(a), value: b, range: range(from: m))
        }
        mark = m
        return nil
    }

    // MARK: - invalid_arguments, invalid_kwarg

    private func invalidArguments() throws {
        let m = mark
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
        //     ',' '*'    (CPython 3.11.7's form: only after keyword arguments, reported at the '*')
        let positional = try optional { () -> Bool? in
            try self.gather(.comma, { try self.positionalArgument() }) != nil && self.expect(.comma) != nil
                && self.kwargs() != nil ? true : nil
        }
        let prefixMatched = try positional != nil || kwargs() != nil
        if prefixMatched, expect(.comma) != nil, let b = expect(.star) {
            throw abort("iterable argument unpacking follows keyword argument unpacking", at: range(of: b))
        }
        mark = m
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        if let a = try expression(), try forIfClauses() != nil, expect(.comma) != nil {
            _ = try optional { () -> Bool? in
                if try self.args() != nil { return true }
                if try self.expression() != nil, try self.forIfClauses() != nil { return true }
                return nil
            }
            throw abort("Generator expression must be parenthesized", at: a.range)
        }
        mark = m
        // NAME '=' expression for_if_clauses
        if let a = expect(.name), expect(.equal) != nil, try expression() != nil, try forIfClauses() != nil {
            throw abort("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: range(of: a))
        }
        mark = m
        // args for_if_clauses
        if let a = try args(), try forIfClauses() != nil {
            // CPython's _PyPegen_nonparen_genexp_in_call: only an error after other arguments.
            if a.args.count <= 1 {
                mark = m
                return
            }
            throw abort("Generator expression must be parenthesized", at: a.args[a.args.count - 1].range)
        }
        mark = m
        // args ',' expression for_if_clauses
        if try args() != nil, expect(.comma) != nil, let a = try expression(), try forIfClauses() != nil {
            throw abort("Generator expression must be parenthesized", at: a.range)
        }
        mark = m
        // args ',' args
        if let a = try args(), expect(.comma) != nil, try args() != nil {
            let unpacking = a.keywords.contains { $0.arg == nil }
            throw abortAtLastToken(unpacking ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument")
        }
        mark = m
    }

    func invalidKwarg() throws {
        let m = mark
        // ('True'|'False'|'None') '='
        let t = current
        if t.kind == .kwTrue || t.kind == .kwFalse || t.kind == .kwNone {
            mark += 1
            if expect(.equal) != nil {
                throw abort("cannot assign to \(text(of: t))", at: range(of: t))
            }
        }
        mark = m
        // NAME '=' expression for_if_clauses
        if let a = expect(.name), expect(.equal) != nil, try expression() != nil, try forIfClauses() != nil {
            throw abort("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: range(of: a))
        }
        mark = m
        // !(NAME '=') expression '='
        let isNameEquals = expect(.name) != nil && expect(.equal) != nil
        mark = m
        if !isNameEquals, let a = try expression(), expect(.equal) != nil {
            throw abort("expression cannot contain assignment, perhaps you meant \"==\"?", at: a.range)
        }
        mark = m
    }
}
