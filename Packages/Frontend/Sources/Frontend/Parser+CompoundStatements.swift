// Grammar rules for compound statements (python.gram "COMPOUND STATEMENTS"), with the
// invalid_* rules that explain a missing ':' or a missing indented block.

extension Parser {
    // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    func block() throws -> [Statement]? {
        try memo(memoBlock) {
            let m = mark
            if expect(.newline) != nil, expect(.indent) != nil, let a = try statements(), expect(.dedent) != nil {
                return a
            }
            mark = m
            if let a = try simpleStmts() { return a }
            mark = m
            if callInvalidRules {
                if expect(.newline) != nil, !at(.indent) {
                    throw abortAtLastToken("expected an indented block", kind: .indentationError)
                }
                mark = m
            }
            return nil
        }
    }

    /// `NEWLINE !INDENT` after a block header, for the "expected an indented block" errors.
    private func missingIndentedBlock() -> Bool {
        expect(.newline) != nil && !at(.indent)
    }

    private func expectedIndentedBlock(after what: String, line: Int) -> ParseAbort {
        abortAtLastToken("expected an indented block after \(what) on line \(line)", kind: .indentationError)
    }

    /// A type comment never appears (they are not enabled), but CPython looks for one, and that
    /// look fetches a token; do the same so error positions agree.
    private func lookForTypeComment() { _ = current }

    /// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | ... | TYPE_COMMENT; never matches.
    private func lookForFunctionTypeComment() {
        if at(.newline) { _ = token(at: mark + 1) }
    }

    // decorators: ('@' named_expression NEWLINE)+
    func decorators() throws -> [Expression]? {
        try loop1 {
            let m = mark
            if self.expect(.at) != nil, let f = try self.namedExpression(), self.expect(.newline) != nil { return f }
            self.mark = m
            return nil
        }
    }

    // MARK: - Classes

    // class_def: decorators class_def_raw | class_def_raw
    func classDef() throws -> Statement? {
        let m = mark
        if let d = try decorators(), var c = try classDefRaw() {
            if case let .classDef(name, bases, keywords, body, _) = c.kind {
                c.kind = .classDef(name: name, bases: bases, keywords: keywords, body: body, decorators: d)
            }
            return c
        }
        mark = m
        return try classDefRaw()
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    func classDefRaw() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            try invalidClassDefRaw()
            mark = m
        }
        if expect(.kwClass) != nil, let a = expect(.name) {
            let b = try optional { () -> CallArguments? in
                guard self.expect(.leftParen) != nil else { return nil }
                let z = try self.arguments()
                guard self.expect(.rightParen) != nil else { return nil }
                return z ?? CallArguments(args: [], keywords: [], range: SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0))
            }
            if expect(.colon) != nil, let c = try block() {
                return Statement(.classDef(name: identifier(a), bases: b?.args ?? [], keywords: b?.keywords ?? [],
                                           body: c, decorators: []), range(from: m))
            }
        }
        mark = m
        return nil
    }

    private func invalidClassDefRaw() throws {
        let m = mark
        // 'class' NAME ['(' [arguments] ')'] NEWLINE
        if expect(.kwClass) != nil, expect(.name) != nil {
            try optionalClassArguments()
            if expect(.newline) != nil { throw abortAtLastToken("expected ':'") }
        }
        mark = m
        // 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
        if let a = expect(.kwClass), expect(.name) != nil {
            try optionalClassArguments()
            if expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "class definition", line: a.line)
            }
        }
        mark = m
    }

    private func optionalClassArguments() throws {
        let save = mark
        if expect(.leftParen) != nil {
            _ = try arguments()
            if expect(.rightParen) != nil { return }
        }
        mark = save
    }

    // MARK: - Functions

    // function_def: decorators function_def_raw | function_def_raw
    func functionDef() throws -> Statement? {
        let m = mark
        if let d = try decorators(), var f = try functionDefRaw() {
            if case let .functionDef(name, args, body, _, returns) = f.kind {
                f.kind = .functionDef(name: name, args: args, body: body, decorators: d, returns: returns)
            }
            return f
        }
        mark = m
        return try functionDefRaw()
    }

    // function_def_raw: invalid_def_raw
    //   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    //   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    func functionDefRaw() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            try invalidDefRaw()
            mark = m
        }
        for isAsync in [false, true] {
            mark = m
            if isAsync && expect(.kwAsync) == nil { continue }
            guard expect(.kwDef) != nil, let n = expect(.name) else { continue }
            _ = try expectForced(.leftParen, "(")
            let params = try self.params()
            guard expect(.rightParen) != nil else { continue }
            let returns = try optional { self.expect(.arrow) != nil ? try self.expression() : nil }
            _ = try expectForced(.colon, ":")
            lookForFunctionTypeComment()
            guard let b = try block() else { continue }
            let r = range(from: m)
            if isAsync { noteUnsupported("async functions", at: r) }
            return Statement(.functionDef(name: identifier(n), args: params ?? Arguments(), body: b, decorators: [],
                                          returns: returns), r)
        }
        mark = m
        return nil
    }

    private func invalidDefRaw() throws {
        let m = mark
        // [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
        expect(.kwAsync)
        if let a = expect(.kwDef), expect(.name) != nil, expect(.leftParen) != nil {
            _ = try optional { try self.params() }
            if expect(.rightParen) != nil {
                _ = try optional { self.expect(.arrow) != nil ? try self.expression() : nil }
                if expect(.colon) != nil, missingIndentedBlock() {
                    throw expectedIndentedBlock(after: "function definition", line: a.line)
                }
            }
        }
        mark = m
    }

    // MARK: - if / while / for

    // if_stmt: invalid_if_stmt
    //   | 'if' named_expression ':' block elif_stmt
    //   | 'if' named_expression ':' block [else_block]
    func ifStmt() throws -> Statement? {
        try ifOrElif(.kwIf, "if")
    }

    // elif_stmt: the same with 'elif'
    func elifStmt() throws -> Statement? {
        try ifOrElif(.kwElif, "elif")
    }

    private func ifOrElif(_ keyword: TokenKind, _ spelling: String) throws -> Statement? {
        // An elif chain recurses without a memoized rule in between: count it.
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        try checkNesting()
        let m = mark
        if callInvalidRules {
            // 'if' named_expression NEWLINE
            if expect(keyword) != nil, try namedExpression() != nil, expect(.newline) != nil {
                throw abortAtLastToken("expected ':'")
            }
            mark = m
            // 'if' named_expression ':' NEWLINE !INDENT (the line is the condition's)
            if expect(keyword) != nil, let a = try namedExpression(), expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'\(spelling)' statement", line: a.range.line)
            }
            mark = m
        }
        if expect(keyword) != nil, let a = try namedExpression(), expect(.colon) != nil, let b = try block(),
           let c = try elifStmt() {
            return Statement(.if(test: a, body: b, orelse: [c]), range(from: m))
        }
        mark = m
        if expect(keyword) != nil, let a = try namedExpression(), expect(.colon) != nil, let b = try block() {
            let c = try optional { try self.elseBlock() }
            return Statement(.if(test: a, body: b, orelse: c ?? []), range(from: m))
        }
        mark = m
        return nil
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    func elseBlock() throws -> [Statement]? {
        let m = mark
        if callInvalidRules {
            if let a = expect(.kwElse), expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'else' statement", line: a.line)
            }
            mark = m
        }
        if expect(.kwElse) != nil {
            _ = try expectForced(.colon, ":")
            if let b = try block() { return b }
        }
        mark = m
        return nil
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    func whileStmt() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            if expect(.kwWhile) != nil, try namedExpression() != nil, expect(.newline) != nil {
                throw abortAtLastToken("expected ':'")
            }
            mark = m
            if let a = expect(.kwWhile), try namedExpression() != nil, expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'while' statement", line: a.line)
            }
            mark = m
        }
        if expect(.kwWhile) != nil, let a = try namedExpression(), expect(.colon) != nil, let b = try block() {
            let c = try optional { try self.elseBlock() }
            return Statement(.while(test: a, body: b, orelse: c ?? []), range(from: m))
        }
        mark = m
        return nil
    }

    // for_stmt: invalid_for_stmt
    //   | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //   | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //   | invalid_for_target
    func forStmt() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            try invalidForStmt()
            mark = m
        }
        for isAsync in [false, true] {
            mark = m
            if isAsync && expect(.kwAsync) == nil { continue }
            guard expect(.kwFor) != nil, let t = try starTargets(), expect(.kwIn) != nil else { continue }
            // Cut: past 'in', no other alternative is tried.
            guard let ex = try starExpressions(), expect(.colon) != nil else {
                mark = m
                return nil
            }
            lookForTypeComment()
            guard let b = try block() else {
                mark = m
                return nil
            }
            let el = try optional { try self.elseBlock() }
            let r = range(from: m)
            if isAsync { noteUnsupported("async for loops", at: r) }
            return Statement(.for(target: t, iter: ex, body: b, orelse: el ?? []), r)
        }
        mark = m
        if callInvalidRules {
            try invalidForTarget()
            mark = m
        }
        return nil
    }

    private func invalidForStmt() throws {
        let m = mark
        // [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
        expect(.kwAsync)
        if expect(.kwFor) != nil, try starTargets() != nil, expect(.kwIn) != nil, try starExpressions() != nil,
           expect(.newline) != nil {
            throw abortAtLastToken("expected ':'")
        }
        mark = m
        // [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
        expect(.kwAsync)
        if let a = expect(.kwFor), try starTargets() != nil, expect(.kwIn) != nil, try starExpressions() != nil,
           expect(.colon) != nil, missingIndentedBlock() {
            throw expectedIndentedBlock(after: "'for' statement", line: a.line)
        }
        mark = m
    }

    // invalid_for_target: ASYNC? 'for' star_expressions
    func invalidForTarget() throws {
        let m = mark
        expect(.kwAsync)
        if expect(.kwFor) != nil, let a = try starExpressions() {
            if let error = invalidTargetError(.forTargets, a) { throw error }
        }
        mark = m
    }

    // MARK: - with

    func withStmt() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            try invalidWithStmtIndent()
            mark = m
        }
        for isAsync in [false, true] {
            mark = m
            if isAsync && expect(.kwAsync) == nil { continue }
            guard expect(.kwWith) != nil else { continue }
            let afterWith = mark
            // 'with' '(' ','.with_item+ ','? ')' ':' block
            if expect(.leftParen) != nil, let a = try gather(.comma, { try self.withItem() }) {
                expect(.comma)
                if expect(.rightParen) != nil, expect(.colon) != nil, let b = try block() {
                    let r = range(from: m)
                    if isAsync { noteUnsupported("async with statements", at: r) }
                    return Statement(.with(items: a, body: b), r)
                }
            }
            mark = afterWith
            // 'with' ','.with_item+ ':' [TYPE_COMMENT] block
            if let a = try gather(.comma, { try self.withItem() }), expect(.colon) != nil {
                lookForTypeComment()
                if let b = try block() {
                    let r = range(from: m)
                    if isAsync { noteUnsupported("async with statements", at: r) }
                    return Statement(.with(items: a, body: b), r)
                }
            }
        }
        mark = m
        if callInvalidRules {
            try invalidWithStmt()
            mark = m
        }
        return nil
    }

    /// ','.(expression ['as' star_target])+ — or with `expressions` inside parentheses.
    private func withItemsForErrors(parenthesized: Bool) throws -> Bool {
        try gather(.comma, { () -> Bool? in
            guard try (parenthesized ? self.expressions() : self.expression()) != nil else { return nil }
            _ = try self.optional { self.expect(.kwAs) != nil ? try self.starTarget() : nil }
            return true
        }) != nil
    }

    private func invalidWithStmt() throws {
        let m = mark
        // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
        expect(.kwAsync)
        if expect(.kwWith) != nil, try withItemsForErrors(parenthesized: false), expect(.newline) != nil {
            throw abortAtLastToken("expected ':'")
        }
        mark = m
        // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        expect(.kwAsync)
        if expect(.kwWith) != nil, expect(.leftParen) != nil, try withItemsForErrors(parenthesized: true) {
            expect(.comma)
            if expect(.rightParen) != nil, expect(.newline) != nil { throw abortAtLastToken("expected ':'") }
        }
        mark = m
    }

    private func invalidWithStmtIndent() throws {
        let m = mark
        expect(.kwAsync)
        if let a = expect(.kwWith), try withItemsForErrors(parenthesized: false), expect(.colon) != nil,
           missingIndentedBlock() {
            throw expectedIndentedBlock(after: "'with' statement", line: a.line)
        }
        mark = m
        expect(.kwAsync)
        if let a = expect(.kwWith), expect(.leftParen) != nil, try withItemsForErrors(parenthesized: true) {
            expect(.comma)
            if expect(.rightParen) != nil, expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'with' statement", line: a.line)
            }
        }
        mark = m
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    func withItem() throws -> WithItem? {
        let m = mark
        if let e = try expression(), expect(.kwAs) != nil, let t = try starTarget(),
           at(.comma) || at(.rightParen) || at(.colon) {
            return WithItem(contextExpr: e, optionalVars: t)
        }
        mark = m
        if callInvalidRules {
            // expression 'as' expression &(',' | ')' | ':')
            if try expression() != nil, expect(.kwAs) != nil, let a = try expression(),
               at(.comma) || at(.rightParen) || at(.colon) {
                if let error = invalidTargetError(.starTargets, a) { throw error }
                mark = m
                return nil // nothing invalid: the rule fails (CPython's action returns NULL)
            }
            mark = m
        }
        if let e = try expression() { return WithItem(contextExpr: e, optionalVars: nil) }
        mark = m
        return nil
    }

    // MARK: - try

    // try_stmt: invalid_try_stmt
    //   | 'try' &&':' block finally_block
    //   | 'try' &&':' block except_block+ [else_block] [finally_block]
    //   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    func tryStmt() throws -> Statement? {
        let m = mark
        if callInvalidRules {
            try invalidTryStmt()
            mark = m
        }
        if expect(.kwTry) != nil {
            _ = try expectForced(.colon, ":")
            if let b = try block(), let f = try finallyBlock() {
                return Statement(.try(body: b, handlers: [], orelse: [], finalbody: f), range(from: m))
            }
        }
        mark = m
        if expect(.kwTry) != nil {
            _ = try expectForced(.colon, ":")
            if let b = try block(), let ex = try loop1({ try self.exceptBlock() }) {
                let el = try optional { try self.elseBlock() }
                let f = try optional { try self.finallyBlock() }
                return Statement(.try(body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? []), range(from: m))
            }
        }
        mark = m
        if expect(.kwTry) != nil {
            _ = try expectForced(.colon, ":")
            if let b = try block(), let ex = try loop1({ try self.exceptStarBlock() }) {
                let el = try optional { try self.elseBlock() }
                let f = try optional { try self.finallyBlock() }
                let r = range(from: m)
                noteUnsupported("except* clauses", at: r)
                return Statement(.try(body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? []), r)
            }
        }
        mark = m
        return nil
    }

    private func invalidTryStmt() throws {
        let m = mark
        // 'try' ':' NEWLINE !INDENT
        if let a = expect(.kwTry), expect(.colon) != nil, missingIndentedBlock() {
            throw expectedIndentedBlock(after: "'try' statement", line: a.line)
        }
        mark = m
        // 'try' ':' block !('except' | 'finally')
        if expect(.kwTry) != nil, expect(.colon) != nil, try block() != nil, !at(.kwExcept), !at(.kwFinally) {
            throw abortAtLastToken("expected 'except' or 'finally' block")
        }
        mark = m
        // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
        if expect(.kwTry) != nil, expect(.colon) != nil {
            _ = try loop0 { try self.block() }
            if try loop1({ try self.exceptBlock() }) != nil, let a = expect(.kwExcept), expect(.star) != nil,
               try expression() != nil {
                _ = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                if expect(.colon) != nil {
                    throw abort("cannot have both 'except' and 'except*' on the same 'try'", at: range(of: a))
                }
            }
        }
        mark = m
        // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
        if expect(.kwTry) != nil, expect(.colon) != nil {
            _ = try loop0 { try self.block() }
            if try loop1({ try self.exceptStarBlock() }) != nil, let a = expect(.kwExcept) {
                _ = try optional { () -> Bool? in
                    guard try self.expression() != nil else { return nil }
                    _ = self.optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                    return true
                }
                if expect(.colon) != nil {
                    throw abort("cannot have both 'except' and 'except*' on the same 'try'", at: range(of: a))
                }
            }
        }
        mark = m
    }

    // except_block: invalid_except_stmt_indent
    //   | 'except' expression ['as' NAME] ':' block
    //   | 'except' ':' block
    //   | invalid_except_stmt
    func exceptBlock() throws -> ExceptHandler? {
        let m = mark
        if callInvalidRules {
            // 'except' expression ['as' NAME] ':' NEWLINE !INDENT
            if let a = expect(.kwExcept), try expression() != nil {
                _ = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                if expect(.colon) != nil, missingIndentedBlock() {
                    throw expectedIndentedBlock(after: "'except' statement", line: a.line)
                }
            }
            mark = m
            // 'except' ':' NEWLINE !INDENT
            if let a = expect(.kwExcept), expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'except' statement", line: a.line)
            }
            mark = m
        }
        if expect(.kwExcept) != nil, let e = try expression() {
            let t = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
            if expect(.colon) != nil, let b = try block() {
                return ExceptHandler(type: e, name: t.map { identifier($0) }, body: b, range: range(from: m))
            }
        }
        mark = m
        if expect(.kwExcept) != nil, expect(.colon) != nil, let b = try block() {
            return ExceptHandler(type: nil, name: nil, body: b, range: range(from: m))
        }
        mark = m
        if callInvalidRules {
            try invalidExceptStmt()
            mark = m
        }
        return nil
    }

    // except_star_block: invalid_except_star_stmt_indent
    //   | 'except' '*' expression ['as' NAME] ':' block
    //   | invalid_except_stmt
    func exceptStarBlock() throws -> ExceptHandler? {
        let m = mark
        if callInvalidRules {
            if let a = expect(.kwExcept), expect(.star) != nil, try expression() != nil {
                _ = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                if expect(.colon) != nil, missingIndentedBlock() {
                    throw expectedIndentedBlock(after: "'except*' statement", line: a.line)
                }
            }
            mark = m
        }
        if expect(.kwExcept) != nil, expect(.star) != nil, let e = try expression() {
            let t = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
            if expect(.colon) != nil, let b = try block() {
                return ExceptHandler(type: e, name: t.map { identifier($0) }, body: b, range: range(from: m))
            }
        }
        mark = m
        if callInvalidRules {
            try invalidExceptStmt()
            mark = m
        }
        return nil
    }

    private func invalidExceptStmt() throws {
        let m = mark
        // 'except' '*'? expression ',' expressions ['as' NAME ] ':'
        if expect(.kwExcept) != nil {
            expect(.star)
            if let a = try expression(), expect(.comma) != nil, try expressions() != nil {
                _ = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                if expect(.colon) != nil {
                    throw abort("multiple exception types must be parenthesized", at: a.range)
                }
            }
        }
        mark = m
        // 'except' '*'? expression ['as' NAME ] NEWLINE
        if expect(.kwExcept) != nil {
            expect(.star)
            if try expression() != nil {
                _ = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
                if expect(.newline) != nil { throw abortAtLastToken("expected ':'") }
            }
        }
        mark = m
        // 'except' NEWLINE
        if expect(.kwExcept) != nil, expect(.newline) != nil { throw abortAtLastToken("expected ':'") }
        mark = m
        // 'except' '*' (NEWLINE | ':')
        if expect(.kwExcept) != nil, expect(.star) != nil, expect(.newline) != nil || expect(.colon) != nil {
            throw abortAtLastToken("expected one or more exception types")
        }
        mark = m
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    func finallyBlock() throws -> [Statement]? {
        let m = mark
        if callInvalidRules {
            if let a = expect(.kwFinally), expect(.colon) != nil, missingIndentedBlock() {
                throw expectedIndentedBlock(after: "'finally' statement", line: a.line)
            }
            mark = m
        }
        if expect(.kwFinally) != nil {
            _ = try expectForced(.colon, ":")
            if let a = try block() { return a }
        }
        mark = m
        return nil
    }
}
