// Grammar rules for modules and simple statements (python.gram "GENERAL STATEMENTS" and
// "SIMPLE STATEMENTS").

extension Parser {
    // file: [statements] ENDMARKER
    func fileRule() throws -> Module? {
        let m = mark
        let body = try statements() ?? []
        if expect(.endMarker) != nil { return Module(body: body) }
        mark = m
        return nil
    }

    // statements: statement+
    func statements() throws -> [Statement]? {
        var result: [Statement] = []
        var matched = false
        while let s = try statement() {
            result += s
            matched = true
        }
        return matched ? result : nil
    }

    // statement: compound_stmt | simple_stmts
    func statement() throws -> [Statement]? {
        if let s = try compoundStmt() { return [s] }
        return try simpleStmts()
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    func simpleStmts() throws -> [Statement]? {
        let m = mark
        if let a = try simpleStmt(), !at(.semicolon), expect(.newline) != nil { return [a] }
        mark = m
        if let a = try gather(.semicolon, { try self.simpleStmt() }) {
            expect(.semicolon)
            if expect(.newline) != nil { return a }
        }
        mark = m
        return nil
    }

    func simpleStmt() throws -> Statement? {
        try memo(memoSimpleStmt) { try simpleStmtUncached() }
    }

    private func simpleStmtUncached() throws -> Statement? {
        let m = mark
        if let s = try assignment() { return s }
        mark = m
        if let e = try starExpressions() { return Statement(.expr(e), range(from: m)) }
        mark = m
        if at(.kwReturn), let s = try returnStmt() { return s }
        mark = m
        if at(.kwImport) || at(.kwFrom), let s = try importStmt() { return s }
        mark = m
        if at(.kwRaise), let s = try raiseStmt() { return s }
        mark = m
        if expect(.kwPass) != nil { return Statement(.pass, range(from: m)) }
        if at(.kwDel), let s = try delStmt() { return s }
        mark = m
        if at(.kwYield), let s = try yieldStmt() { return s }
        mark = m
        if at(.kwAssert), let s = try assertStmt() { return s }
        mark = m
        if expect(.kwBreak) != nil { return Statement(.break, range(from: m)) }
        if expect(.kwContinue) != nil { return Statement(.continue, range(from: m)) }
        if at(.kwGlobal), let s = try globalStmt() { return s }
        mark = m
        if at(.kwNonlocal), let s = try nonlocalStmt() { return s }
        mark = m
        return nil
    }

    func compoundStmt() throws -> Statement? {
        let m = mark
        if at(.kwDef) || at(.at) || at(.kwAsync), let s = try functionDef() { return s }
        mark = m
        if at(.kwIf), let s = try ifStmt() { return s }
        mark = m
        if at(.kwClass) || at(.at), let s = try classDef() { return s }
        mark = m
        if at(.kwWith) || at(.kwAsync), let s = try withStmt() { return s }
        mark = m
        if at(.kwFor) || at(.kwAsync), let s = try forStmt() { return s }
        mark = m
        if at(.kwTry), let s = try tryStmt() { return s }
        mark = m
        if at(.kwWhile), let s = try whileStmt() { return s }
        mark = m
        if let s = try matchStmt() { return s }
        mark = m
        return nil
    }

    // MARK: - Assignment

    func assignment() throws -> Statement? {
        let m = mark
        // NAME ':' expression ['=' annotated_rhs]
        if let a = name(), expect(.colon) != nil, let b = try expression() {
            let c = try optional { self.expect(.equal) != nil ? try self.annotatedRhs() : nil }
            return Statement(.annAssign(target: setContext(a, .store), annotation: b, value: c, simple: true), range(from: m))
        }
        mark = m
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        if let a = try parenthesizedSingleTarget() ?? singleSubscriptAttributeTarget(),
           expect(.colon) != nil, let b = try expression() {
            let c = try optional { self.expect(.equal) != nil ? try self.annotatedRhs() : nil }
            return Statement(.annAssign(target: a, annotation: b, value: c, simple: false), range(from: m))
        }
        mark = m
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        var targets: [Expression] = []
        while true {
            let save = mark
            if let t = try starTargets(), expect(.equal) != nil {
                targets.append(t)
            } else {
                mark = save
                break
            }
        }
        if !targets.isEmpty, let b = try yieldExpr() ?? starExpressions(), !at(.equal) {
            return Statement(.assign(targets: targets, value: b), range(from: m))
        }
        mark = m
        // single_target augassign ~ (yield_expr | star_expressions)
        if let a = try singleTarget(), let op = augassign() {
            if let c = try yieldExpr() ?? starExpressions() {
                return Statement(.augAssign(target: a, op: op, value: c), range(from: m))
            }
            mark = m
            return nil // cut: no other alternative is tried
        }
        mark = m
        if callInvalidRules {
            try invalidAssignment()
            mark = m
        }
        return nil
    }

    /// '(' single_target ')'
    private func parenthesizedSingleTarget() throws -> Expression? {
        let m = mark
        if expect(.leftParen) != nil, let b = try singleTarget(), expect(.rightParen) != nil { return b }
        mark = m
        return nil
    }

    // annotated_rhs: yield_expr | star_expressions
    func annotatedRhs() throws -> Expression? {
        try yieldExpr() ?? starExpressions()
    }

    func augassign() -> BinaryOperator? {
        let op: BinaryOperator
        switch current.kind {
        case .plusEqual: op = .add
        case .minusEqual: op = .sub
        case .starEqual: op = .mult
        case .atEqual: op = .matMult
        case .slashEqual: op = .div
        case .percentEqual: op = .mod
        case .ampersandEqual: op = .bitAnd
        case .verticalBarEqual: op = .bitOr
        case .circumflexEqual: op = .bitXor
        case .leftShiftEqual: op = .lShift
        case .rightShiftEqual: op = .rShift
        case .doubleStarEqual: op = .pow
        case .doubleSlashEqual: op = .floorDiv
        default: return nil
        }
        mark += 1
        return op
    }

    // MARK: - Other simple statements

    // return_stmt: 'return' [star_expressions]
    func returnStmt() throws -> Statement? {
        let m = mark
        guard expect(.kwReturn) != nil else { return nil }
        let a = try starExpressions()
        return Statement(.return(a), range(from: m))
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    func raiseStmt() throws -> Statement? {
        let m = mark
        if expect(.kwRaise) != nil, let a = try expression() {
            let b = try optional { self.expect(.kwFrom) != nil ? try self.expression() : nil }
            return Statement(.raise(exc: a, cause: b), range(from: m))
        }
        mark = m
        if expect(.kwRaise) != nil { return Statement(.raise(exc: nil, cause: nil), range(from: m)) }
        mark = m
        return nil
    }

    // global_stmt: 'global' ','.NAME+
    func globalStmt() throws -> Statement? {
        let m = mark
        if expect(.kwGlobal) != nil, let names = gatherTokens(.comma, .name) {
            return Statement(.global(names.map { identifier($0) }), range(from: m))
        }
        mark = m
        return nil
    }

    // nonlocal_stmt: 'nonlocal' ','.NAME+
    func nonlocalStmt() throws -> Statement? {
        let m = mark
        if expect(.kwNonlocal) != nil, let names = gatherTokens(.comma, .name) {
            return Statement(.nonlocal(names.map { identifier($0) }), range(from: m))
        }
        mark = m
        return nil
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    func delStmt() throws -> Statement? {
        let m = mark
        if expect(.kwDel) != nil, let a = try delTargets(), at(.semicolon) || at(.newline) {
            return Statement(.delete(a), range(from: m))
        }
        mark = m
        if callInvalidRules {
            try invalidDelStmt()
            mark = m
        }
        return nil
    }

    // yield_stmt: yield_expr
    func yieldStmt() throws -> Statement? {
        let m = mark
        if let y = try yieldExpr() { return Statement(.expr(y), range(from: m)) }
        return nil
    }

    // assert_stmt: 'assert' expression [',' expression]
    func assertStmt() throws -> Statement? {
        let m = mark
        if expect(.kwAssert) != nil, let a = try expression() {
            let b = try optional { self.expect(.comma) != nil ? try self.expression() : nil }
            return Statement(.assert(test: a, msg: b), range(from: m))
        }
        mark = m
        return nil
    }

    // MARK: - Imports

    func importStmt() throws -> Statement? {
        if let s = try importName() { return s }
        return try importFrom()
    }

    // import_name: 'import' dotted_as_names
    func importName() throws -> Statement? {
        let m = mark
        if expect(.kwImport) != nil, let a = try gather(.comma, { try self.dottedAsName() }) {
            return Statement(.import(a), range(from: m))
        }
        mark = m
        return nil
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //            | 'from' ('.' | '...')+ 'import' import_from_targets
    func importFrom() throws -> Statement? {
        let m = mark
        if expect(.kwFrom) != nil {
            let level = importDots()
            if let b = try dottedName(), expect(.kwImport) != nil, let c = try importFromTargets() {
                guard case let .name(module, _) = b.kind else { return nil }
                return Statement(.importFrom(module: module, names: c, level: level), range(from: m))
            }
        }
        mark = m
        if expect(.kwFrom) != nil {
            let level = importDots()
            if level > 0, expect(.kwImport) != nil, let b = try importFromTargets() {
                return Statement(.importFrom(module: nil, names: b, level: level), range(from: m))
            }
        }
        mark = m
        return nil
    }

    /// ('.' | '...')*, counted as dots.
    private func importDots() -> Int {
        var level = 0
        while true {
            if expect(.dot) != nil {
                level += 1
            } else if expect(.ellipsis) != nil {
                level += 3
            } else {
                return level
            }
        }
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    //                    | invalid_import_from_targets
    func importFromTargets() throws -> [Alias]? {
        let m = mark
        if expect(.leftParen) != nil, let a = try importFromAsNames() {
            expect(.comma)
            if expect(.rightParen) != nil { return a }
        }
        mark = m
        if let a = try importFromAsNames(), !at(.comma) { return a }
        mark = m
        if let star = expect(.star) { return [Alias(name: "*", asname: nil, range: range(of: star))] }
        if callInvalidRules {
            // import_from_as_names ',' NEWLINE
            if try importFromAsNames() != nil, expect(.comma) != nil, expect(.newline) != nil {
                throw abortAtLastToken("trailing comma not allowed without surrounding parentheses")
            }
            mark = m
        }
        return nil
    }

    func importFromAsNames() throws -> [Alias]? {
        try gather(.comma, { try self.importFromAsName() })
    }

    // import_from_as_name: NAME ['as' NAME]
    func importFromAsName() throws -> Alias? {
        let m = mark
        guard let a = expect(.name) else { return nil }
        let asname = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
        return Alias(name: identifier(a), asname: asname.map { identifier($0) }, range: range(from: m))
    }

    // dotted_as_name: dotted_name ['as' NAME]
    func dottedAsName() throws -> Alias? {
        let m = mark
        guard let a = try dottedName(), case let .name(dotted, _) = a.kind else { return nil }
        let asname = optionalTokens { self.expect(.kwAs) != nil ? self.expect(.name) : nil }
        return Alias(name: dotted, asname: asname.map { identifier($0) }, range: range(from: m))
    }

    // dotted_name: dotted_name '.' NAME | NAME  (left-recursive: a loop)
    func dottedName() throws -> Expression? {
        try memo(memoDottedName) {
            let m = mark
            guard let first = expect(.name) else { return nil }
            var joined = identifier(first)
            while true {
                let save = mark
                if expect(.dot) != nil, let next = expect(.name) {
                    joined += "." + identifier(next)
                } else {
                    mark = save
                    break
                }
            }
            return Expression(.name(id: joined, ctx: .load), range(from: m))
        }
    }

    // MARK: - Combinators

    /// `s.e+`: one or more `element`s separated by `separator`.
    func gather<T>(_ separator: TokenKind, _ element: () throws -> T?) rethrows -> [T]? {
        let m = mark
        guard let first = try element() else {
            mark = m
            return nil
        }
        var items = [first]
        while true {
            let save = mark
            if expect(separator) != nil, let next = try element() {
                items.append(next)
            } else {
                mark = save
                break
            }
        }
        return items
    }

    func gatherTokens(_ separator: TokenKind, _ kind: TokenKind) -> [Token]? {
        gather(separator, { self.expect(kind) })
    }

    /// `[e]`: the element, or nil with the position restored.
    func optional<T>(_ body: () throws -> T?) rethrows -> T? {
        let m = mark
        if let value = try body() { return value }
        mark = m
        return nil
    }

    func optionalTokens(_ body: () -> Token?) -> Token? {
        let m = mark
        if let value = body() { return value }
        mark = m
        return nil
    }

    /// `e*`
    func loop0<T>(_ element: () throws -> T?) rethrows -> [T] {
        var items: [T] = []
        while true {
            let save = mark
            if let item = try element() {
                items.append(item)
            } else {
                mark = save
                return items
            }
        }
    }

    /// `e+`
    func loop1<T>(_ element: () throws -> T?) rethrows -> [T]? {
        let items = try loop0(element)
        return items.isEmpty ? nil : items
    }
}
