// Grammar rules for tuples, lists, sets, dicts and comprehensions (python.gram "LITERALS" and
// "Comprehensions & Generators").

extension Parser {
    // list: '[' [star_named_expressions] ']'
    func list() throws -> Expression? {
        let m = mark
        if expect(.leftBracket) != nil {
            let a = try optional { try self.starNamedExpressions() }
            if expect(.rightBracket) != nil {
                return Expression(.list(elts: a ?? [], ctx: .load), range(from: m))
            }
        }
        mark = m
        return nil
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    func tuple() throws -> Expression? {
        let m = mark
        if expect(.leftParen) != nil {
            let a = try optional { () -> [Expression]? in
                guard let y = try self.starNamedExpression(), self.expect(.comma) != nil else { return nil }
                let z = try self.optional { try self.starNamedExpressions() }
                return [y] + (z ?? [])
            }
            if expect(.rightParen) != nil {
                return Expression(.tuple(elts: a ?? [], ctx: .load), range(from: m))
            }
        }
        mark = m
        return nil
    }

    // set: '{' star_named_expressions '}'
    func set() throws -> Expression? {
        let m = mark
        if expect(.leftBrace) != nil, let a = try starNamedExpressions(), expect(.rightBrace) != nil {
            return Expression(.set(a), range(from: m))
        }
        mark = m
        return nil
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    func dict() throws -> Expression? {
        let m = mark
        if expect(.leftBrace) != nil {
            let a = try optional { try self.doubleStarredKvpairs() }
            if expect(.rightBrace) != nil {
                let pairs = a ?? []
                return Expression(.dict(keys: pairs.map(\.key), values: pairs.map(\.value)), range(from: m))
            }
        }
        mark = m
        // '{' invalid_double_starred_kvpairs '}': not a lone invalid_ alternative, so CPython runs it
        // in the first pass too.
        if expect(.leftBrace) != nil {
            try invalidDoubleStarredKvpairs()
        }
        mark = m
        return nil
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    func doubleStarredKvpairs() throws -> [KeyValuePair]? {
        guard let a = try gather(.comma, { try self.doubleStarredKvpair() }) else { return nil }
        expect(.comma)
        return a
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    func doubleStarredKvpair() throws -> KeyValuePair? {
        let m = mark
        if expect(.doubleStar) != nil, let a = try bitwiseOr() { return KeyValuePair(key: nil, value: a) }
        mark = m
        return try kvpair()
    }

    // kvpair: expression ':' expression
    func kvpair() throws -> KeyValuePair? {
        let m = mark
        if let a = try expression(), expect(.colon) != nil, let b = try expression() {
            return KeyValuePair(key: a, value: b)
        }
        mark = m
        return nil
    }

    // MARK: - Comprehensions

    // for_if_clauses: for_if_clause+
    func forIfClauses() throws -> [Comprehension]? {
        try loop1 { try self.forIfClause() }
    }

    // for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //              | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
    func forIfClause() throws -> Comprehension? {
        let m = mark
        for isAsync in [true, false] {
            mark = m
            if isAsync && expect(.kwAsync) == nil { continue }
            guard expect(.kwFor) != nil, let a = try starTargets(), expect(.kwIn) != nil else { continue }
            guard let b = try disjunction() else {
                mark = m
                return nil // cut
            }
            let c = try loop0 { () -> Expression? in
                self.expect(.kwIf) != nil ? try self.disjunction() : nil
            }
            if isAsync { noteUnsupported("async comprehensions", at: range(from: m)) }
            return Comprehension(target: a, iter: b, ifs: c)
        }
        mark = m
        if callInvalidRules {
            try invalidForTarget()
            mark = m
        }
        return nil
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    func listcomp() throws -> Expression? {
        let m = mark
        if expect(.leftBracket) != nil, let a = try namedExpression(), let b = try forIfClauses(),
           expect(.rightBracket) != nil {
            return Expression(.listComp(elt: a, generators: b), range(from: m))
        }
        mark = m
        if callInvalidRules {
            try invalidComprehension()
            mark = m
        }
        return nil
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    func setcomp() throws -> Expression? {
        let m = mark
        if expect(.leftBrace) != nil, let a = try namedExpression(), let b = try forIfClauses(),
           expect(.rightBrace) != nil {
            return Expression(.setComp(elt: a, generators: b), range(from: m))
        }
        mark = m
        if callInvalidRules {
            try invalidComprehension()
            mark = m
        }
        return nil
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    func genexp() throws -> Expression? {
        let m = mark
        if expect(.leftParen) != nil, let a = try assignmentExpressionOrExpression(), let b = try forIfClauses(),
           expect(.rightParen) != nil {
            return Expression(.generatorExp(elt: a, generators: b), range(from: m))
        }
        mark = m
        if callInvalidRules {
            try invalidComprehension()
            mark = m
        }
        return nil
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    func dictcomp() throws -> Expression? {
        let m = mark
        if expect(.leftBrace) != nil, let a = try kvpair(), let b = try forIfClauses(), expect(.rightBrace) != nil,
           let key = a.key {
            return Expression(.dictComp(key: key, value: a.value, generators: b), range(from: m))
        }
        mark = m
        if callInvalidRules {
            // '{' '**' bitwise_or for_if_clauses '}'
            if expect(.leftBrace) != nil, let a = expect(.doubleStar), try bitwiseOr() != nil,
               try forIfClauses() != nil, expect(.rightBrace) != nil {
                throw abort("dict unpacking cannot be used in dict comprehension", at: range(of: a))
            }
            mark = m
        }
        return nil
    }
}
