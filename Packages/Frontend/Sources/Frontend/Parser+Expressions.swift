// Grammar rules for expressions (python.gram "EXPRESSIONS" through "Primary elements"), from
// `expressions` down to `primary`. Left-recursive rules are written as loops, which builds the same
// left-associated trees as CPython's seed-growing.

extension Parser {
    // NAME
    func name() -> Expression? {
        let t = current
        guard t.kind == .name else { return nil }
        mark += 1
        return Expression(.name(id: identifier(at: mark - 1), ctx: .load), range(of: t))
    }

    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    func expressions() throws -> Expression? {
        try tupleOrSingle { try self.expression() }
    }

    /// The shape shared by `expressions` and `star_expressions`.
    private func tupleOrSingle(_ element: () throws -> Expression?) throws -> Expression? {
        let m = mark
        guard let a = try element() else { return nil }
        var items = [a]
        while true {
            let save = mark
            if expect(.comma) != nil, let c = try element() {
                items.append(c)
            } else {
                mark = save
                break
            }
        }
        if items.count > 1 {
            expect(.comma)
            return Expression(.tuple(elts: items, ctx: .load), range(from: m))
        }
        if expect(.comma) != nil {
            return Expression(.tuple(elts: [a], ctx: .load), range(from: m))
        }
        return a
    }

    // expression: invalid_expression | invalid_legacy_expression
    //   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    func expression() throws -> Expression? {
        try memo(memoExpression) {
            let m = mark
            if callInvalidRules {
                try invalidExpression()
                mark = m
                try invalidLegacyExpression()
                mark = m
            }
            return try conditionalExpression()
        }
    }

    /// The valid alternatives of `expression` (also `expression_without_invalid`).
    func conditionalExpression() throws -> Expression? {
        let m = mark
        if let a = try disjunction(), expect(.kwIf) != nil, let b = try disjunction(), expect(.kwElse) != nil,
           let c = try expression() {
            return Expression(.ifExp(test: b, body: a, orelse: c), range(from: m))
        }
        mark = m
        if let a = try disjunction() { return a }
        mark = m
        if let a = try lambdef() { return a }
        mark = m
        return nil
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func yieldExpr() throws -> Expression? {
        let m = mark
        if expect(.kwYield) != nil, expect(.kwFrom) != nil, let a = try expression() {
            return Expression(.yieldFrom(a), range(from: m))
        }
        mark = m
        if expect(.kwYield) != nil {
            let a = try starExpressions()
            return Expression(.yield(a), range(from: m))
        }
        mark = m
        return nil
    }

    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    func starExpressions() throws -> Expression? {
        try tupleOrSingle { try self.starExpression() }
    }

    // star_expression: '*' bitwise_or | expression
    func starExpression() throws -> Expression? {
        try memo(memoStarExpression) {
            let m = mark
            if expect(.star) != nil, let a = try bitwiseOr() {
                return Expression(.starred(value: a, ctx: .load), range(from: m))
            }
            mark = m
            return try expression()
        }
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    func starNamedExpressions() throws -> [Expression]? {
        guard let a = try gather(.comma, { try self.starNamedExpression() }) else { return nil }
        expect(.comma)
        return a
    }

    // star_named_expression: '*' bitwise_or | named_expression
    func starNamedExpression() throws -> Expression? {
        let m = mark
        if expect(.star) != nil, let a = try bitwiseOr() {
            return Expression(.starred(value: a, ctx: .load), range(from: m))
        }
        mark = m
        return try namedExpression()
    }

    // assignment_expression: NAME ':=' ~ expression
    func assignmentExpression() throws -> Expression? {
        let m = mark
        if let a = name(), expect(.colonEqual) != nil {
            if let b = try expression() {
                return Expression(.namedExpr(target: setContext(a, .store), value: b), range(from: m))
            }
            mark = m
            return nil
        }
        mark = m
        return nil
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    func namedExpression() throws -> Expression? {
        let m = mark
        if let a = try assignmentExpression() { return a }
        mark = m
        if callInvalidRules {
            _ = try invalidNamedExpression()
            mark = m
        }
        if let a = try expression(), !at(.colonEqual) { return a }
        mark = m
        return nil
    }

    /// `assignment_expression | expression !':='`, used by arguments and generator expressions.
    func assignmentExpressionOrExpression() throws -> Expression? {
        let m = mark
        if let a = try assignmentExpression() { return a }
        mark = m
        if let a = try expression(), !at(.colonEqual) { return a }
        mark = m
        return nil
    }

    // MARK: - Boolean operators

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    func disjunction() throws -> Expression? {
        try memo(memoDisjunction) {
            try booleanOperation(.kwOr, .or) { try self.conjunction() }
        }
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    func conjunction() throws -> Expression? {
        try memo(memoConjunction) {
            try booleanOperation(.kwAnd, .and) { try self.inversion() }
        }
    }

    private func booleanOperation(_ keyword: TokenKind, _ op: BooleanOperator,
                                  _ operand: () throws -> Expression?) throws -> Expression? {
        let m = mark
        guard let a = try operand() else { return nil }
        var values = [a]
        while true {
            let save = mark
            if expect(keyword) != nil, let c = try operand() {
                values.append(c)
            } else {
                mark = save
                break
            }
        }
        if values.count == 1 { return a }
        return Expression(.boolOp(op: op, values: values), range(from: m))
    }

    // inversion: 'not' inversion | comparison
    func inversion() throws -> Expression? {
        try memo(memoInversion) {
            let m = mark
            if expect(.kwNot) != nil, let a = try inversion() {
                return Expression(.unaryOp(op: .not, operand: a), range(from: m))
            }
            mark = m
            return try comparison()
        }
    }

    // MARK: - Comparisons

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    func comparison() throws -> Expression? {
        let m = mark
        guard let a = try bitwiseOr() else { return nil }
        var ops: [ComparisonOperator] = []
        var comparators: [Expression] = []
        while true {
            let save = mark
            if let (op, b) = try compareOpBitwiseOrPair() {
                ops.append(op)
                comparators.append(b)
            } else {
                mark = save
                break
            }
        }
        if ops.isEmpty { return a }
        return Expression(.compare(left: a, ops: ops, comparators: comparators), range(from: m))
    }

    private func compareOpBitwiseOrPair() throws -> (ComparisonOperator, Expression)? {
        let m = mark
        let op: ComparisonOperator
        let t = current
        switch t.kind {
        case .equalEqual: op = .eq
        case .notEqual:
            // `<>` is only accepted under `from __future__ import barry_as_FLUFL`.
            if text(of: t) != "!=" { return nil }
            op = .notEq
        case .lessEqual: op = .ltE
        case .less: op = .lt
        case .greaterEqual: op = .gtE
        case .greater: op = .gt
        case .kwNot:
            guard token(at: mark + 1).kind == .kwIn else { return nil }
            mark += 1
            op = .notIn
        case .kwIn: op = .in
        case .kwIs:
            if token(at: mark + 1).kind == .kwNot {
                mark += 2
                if let b = try bitwiseOr() { return (.isNot, b) }
                mark = m + 1
                if let b = try bitwiseOr() { return (.is, b) }
                mark = m
                return nil
            }
            op = .is
        default: return nil
        }
        mark += 1
        if let b = try bitwiseOr() { return (op, b) }
        mark = m
        return nil
    }

    // MARK: - Binary operators

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    func bitwiseOr() throws -> Expression? {
        try memo(memoBitwiseOr) {
            try leftAssociative({ try self.bitwiseXor() }) { kind in kind == .verticalBar ? .bitOr : nil }
        }
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    func bitwiseXor() throws -> Expression? {
        try leftAssociative({ try self.bitwiseAnd() }) { kind in kind == .circumflex ? .bitXor : nil }
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    func bitwiseAnd() throws -> Expression? {
        try leftAssociative({ try self.shiftExpr() }) { kind in kind == .ampersand ? .bitAnd : nil }
    }

    // shift_expr: shift_expr ('<<' | '>>') sum | sum
    func shiftExpr() throws -> Expression? {
        try leftAssociative({ try self.sum() }) { kind in
            kind == .leftShift ? .lShift : kind == .rightShift ? .rShift : nil
        }
    }

    // sum: sum ('+' | '-') term | term
    func sum() throws -> Expression? {
        try leftAssociative({ try self.term() }) { kind in
            kind == .plus ? .add : kind == .minus ? .sub : nil
        }
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    func term() throws -> Expression? {
        try leftAssociative({ try self.factor() }) { kind in
            switch kind {
            case .star: return .mult
            case .slash: return .div
            case .doubleSlash: return .floorDiv
            case .percent: return .mod
            case .at: return .matMult
            default: return nil
            }
        }
    }

    private func leftAssociative(_ operand: () throws -> Expression?,
                                 _ operatorFor: (TokenKind) -> BinaryOperator?) throws -> Expression? {
        let m = mark
        guard var left = try operand() else { return nil }
        var chain = 0
        while true {
            let save = mark
            chain += 1
            try checkNesting(extra: chain)
            guard let op = operatorFor(current.kind) else { break }
            mark += 1
            guard let right = try operand() else {
                mark = save
                break
            }
            left = Expression(.binOp(left: left, op: op, right: right), range(from: m))
        }
        return left
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    func factor() throws -> Expression? {
        try memo(memoFactor) {
            let m = mark
            let op: UnaryOperator?
            switch current.kind {
            case .plus: op = .uAdd
            case .minus: op = .uSub
            case .tilde: op = .invert
            default: op = nil
            }
            if let op = op {
                mark += 1
                if let a = try factor() {
                    return Expression(.unaryOp(op: op, operand: a), range(from: m))
                }
                mark = m
            }
            return try power()
        }
    }

    // power: await_primary '**' factor | await_primary
    func power() throws -> Expression? {
        let m = mark
        if let a = try awaitPrimary(), expect(.doubleStar) != nil, let b = try factor() {
            return Expression(.binOp(left: a, op: .pow, right: b), range(from: m))
        }
        mark = m
        return try awaitPrimary()
    }

    // await_primary: AWAIT primary | primary
    func awaitPrimary() throws -> Expression? {
        try memo(memoAwaitPrimary) {
            let m = mark
            if expect(.kwAwait) != nil, let a = try primary() {
                // Hotpath has no Await node: the operand stands in for it, with the range of the
                // whole await expression (remembered for error messages); the parse reports it.
                let r = range(from: m)
                noteUnsupported("await expressions", at: r)
                awaitExpressionRanges.insert(RangeKey(r))
                return Expression(a.kind, r)
            }
            mark = m
            return try primary()
        }
    }

    // MARK: - Primary elements

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    //        | primary '[' slices ']' | atom
    func primary() throws -> Expression? {
        try memo(memoPrimary) {
            let m = mark
            guard var result = try atom() else { return nil }
            var chain = 0
            while true {
                let save = mark
                chain += 1
                try checkNesting(extra: chain)
                if expect(.dot) != nil, let b = expect(.name) {
                    result = Expression(.attribute(value: result, attr: identifier(b), ctx: .load), range(from: m))
                    continue
                }
                mark = save
                if let g = try genexp() {
                    result = Expression(.call(func: result, args: [g], keywords: []), range(from: m))
                    continue
                }
                mark = save
                if expect(.leftParen) != nil {
                    let b = try arguments()
                    if expect(.rightParen) != nil {
                        result = Expression(.call(func: result, args: b?.args ?? [], keywords: b?.keywords ?? []),
                                            range(from: m))
                        continue
                    }
                }
                mark = save
                if expect(.leftBracket) != nil, let b = try slices(), expect(.rightBracket) != nil {
                    result = Expression(.subscript(value: result, slice: b, ctx: .load), range(from: m))
                    continue
                }
                mark = save
                break
            }
            return result
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    func slices() throws -> Expression? {
        let m = mark
        if let a = try slice(), !at(.comma) { return a }
        mark = m
        if let a = try gather(.comma, { try self.slice() ?? self.starredExpression() }) {
            expect(.comma)
            return Expression(.tuple(elts: a, ctx: .load), range(from: m))
        }
        mark = m
        return nil
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    func slice() throws -> Expression? {
        let m = mark
        let a = try optional { try self.expression() }
        if expect(.colon) != nil {
            let b = try optional { try self.expression() }
            var c: Expression? = nil
            let save = mark
            if expect(.colon) != nil {
                c = try optional { try self.expression() }
            } else {
                mark = save
            }
            return Expression(.slice(lower: a, upper: b, step: c), range(from: m))
        }
        mark = m
        if let a = try namedExpression() { return a }
        mark = m
        return nil
    }

    // atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
    //     | &'{' (dict | set | dictcomp | setcomp) | '...'
    func atom() throws -> Expression? {
        let t = current
        switch t.kind {
        case .name:
            return name()
        case .kwTrue:
            mark += 1
            return Expression(.constant(.bool(true)), range(of: t))
        case .kwFalse:
            mark += 1
            return Expression(.constant(.bool(false)), range(of: t))
        case .kwNone:
            mark += 1
            return Expression(.constant(.none), range(of: t))
        case .string:
            return try strings()
        case .number:
            mark += 1
            return try numberConstant(t)
        case .leftParen:
            if let a = try tuple() { return a }
            if let a = try group() { return a }
            return try genexp()
        case .leftBracket:
            if let a = try list() { return a }
            return try listcomp()
        case .leftBrace:
            if let a = try dict() { return a }
            if let a = try set() { return a }
            if let a = try dictcomp() { return a }
            return try setcomp()
        case .ellipsis:
            mark += 1
            return Expression(.constant(.ellipsis), range(of: t))
        default:
            return nil
        }
    }

    func numberConstant(_ t: Token) throws -> Expression {
        let value = NumberLiteral.value(of: Array(bytes[t.start..<t.end]))
        return Expression(.constant(value), range(of: t))
    }

    // strings: STRING+
    func strings() throws -> Expression? {
        try memo(memoStrings) {
            var parts: [Token] = []
            while let t = expect(.string) { parts.append(t) }
            if parts.isEmpty { return nil }
            return try concatenateStrings(parts)
        }
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    func group() throws -> Expression? {
        let m = mark
        if expect(.leftParen) != nil, let a = try yieldExpr() ?? namedExpression(), expect(.rightParen) != nil {
            return a
        }
        mark = m
        if callInvalidRules {
            try invalidGroup()
            mark = m
        }
        return nil
    }

    // MARK: - Lambda

    // lambdef: 'lambda' [lambda_params] ':' expression
    func lambdef() throws -> Expression? {
        let m = mark
        if expect(.kwLambda) != nil {
            let a = try optional { try self.lambdaParams() }
            if expect(.colon) != nil, let b = try expression() {
                return Expression(.lambda(args: a ?? Arguments(), body: b), range(from: m))
            }
        }
        mark = m
        return nil
    }
}
