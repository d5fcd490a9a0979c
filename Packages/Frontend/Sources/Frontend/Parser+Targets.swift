// Grammar rules for assignment and deletion targets (python.gram "ASSIGNMENT TARGETS").

extension Parser {
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    func starTargets() throws -> Expression? {
        let m = mark
        if let a = try starTarget(), !at(.comma) { return a }
        mark = m
        if let a = try starTarget() {
            var items = [a]
            while true {
                let save = mark
                if expect(.comma) != nil, let c = try starTarget() {
                    items.append(c)
                } else {
                    mark = save
                    break
                }
            }
            expect(.comma)
            return Expression(.tuple(elts: items, ctx: .store), range(from: m))
        }
        mark = m
        return nil
    }

    // star_targets_list_seq: ','.star_target+ [',']
    func starTargetsListSeq() throws -> [Expression]? {
        guard let a = try gather(.comma, { try self.starTarget() }) else { return nil }
        expect(.comma)
        return a
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    func starTargetsTupleSeq() throws -> [Expression]? {
        let m = mark
        if let a = try starTarget() {
            var items = [a]
            while true {
                let save = mark
                if expect(.comma) != nil, let c = try starTarget() {
                    items.append(c)
                } else {
                    mark = save
                    break
                }
            }
            if items.count > 1 {
                expect(.comma)
                return items
            }
        }
        mark = m
        if let a = try starTarget(), expect(.comma) != nil { return [a] }
        mark = m
        return nil
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    func starTarget() throws -> Expression? {
        try memo(memoStarTarget) {
            let m = mark
            if expect(.star) != nil, !at(.star), let a = try starTarget() {
                return Expression(.starred(value: setContext(a, .store), ctx: .store), range(from: m))
            }
            mark = m
            return try targetWithStarAtom()
        }
    }

    // target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    //                      | star_atom
    func targetWithStarAtom() throws -> Expression? {
        try memo(memoTargetWithStarAtom) {
            let m = mark
            if let a = try subscriptOrAttributeTarget(.store) { return a }
            mark = m
            return try starAtom()
        }
    }

    /// The two `t_primary` alternatives shared by the target rules, in the given context.
    private func subscriptOrAttributeTarget(_ ctx: ExpressionContext) throws -> Expression? {
        let m = mark
        if let a = try tPrimary(), expect(.dot) != nil, let b = expect(.name), !tLookahead() {
            return Expression(.attribute(value: a, attr: identifier(b), ctx: ctx), range(from: m))
        }
        mark = m
        if let a = try tPrimary(), expect(.leftBracket) != nil, let b = try slices(), expect(.rightBracket) != nil,
           !tLookahead() {
            return Expression(.subscript(value: a, slice: b, ctx: ctx), range(from: m))
        }
        mark = m
        return nil
    }

    // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    //          | '[' [star_targets_list_seq] ']'
    func starAtom() throws -> Expression? {
        let m = mark
        if let a = name() { return setContext(a, .store) }
        if expect(.leftParen) != nil, let a = try targetWithStarAtom(), expect(.rightParen) != nil {
            return setContext(a, .store)
        }
        mark = m
        if expect(.leftParen) != nil {
            let a = try optional { try self.starTargetsTupleSeq() }
            if expect(.rightParen) != nil {
                return Expression(.tuple(elts: a ?? [], ctx: .store), range(from: m))
            }
        }
        mark = m
        if expect(.leftBracket) != nil {
            let a = try optional { try self.starTargetsListSeq() }
            if expect(.rightBracket) != nil {
                return Expression(.list(elts: a ?? [], ctx: .store), range(from: m))
            }
        }
        mark = m
        return nil
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    func singleTarget() throws -> Expression? {
        let m = mark
        if let a = try singleSubscriptAttributeTarget() { return a }
        mark = m
        if let a = name() { return setContext(a, .store) }
        if expect(.leftParen) != nil, let a = try singleTarget(), expect(.rightParen) != nil { return a }
        mark = m
        return nil
    }

    // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
    //                                  | t_primary '[' slices ']' !t_lookahead
    func singleSubscriptAttributeTarget() throws -> Expression? {
        try subscriptOrAttributeTarget(.store)
    }

    // t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
    //          | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
    //          | atom &t_lookahead
    func tPrimary() throws -> Expression? {
        try memo(memoTPrimary) {
            let m = mark
            guard var result = try atom(), tLookahead() else {
                mark = m
                return nil
            }
            var chain = 0
            while true {
                let save = mark
                chain += 1
                try checkNesting(extra: chain)
                if expect(.dot) != nil, let b = expect(.name), tLookahead() {
                    result = Expression(.attribute(value: result, attr: identifier(b), ctx: .load), range(from: m))
                    continue
                }
                mark = save
                if expect(.leftBracket) != nil, let b = try slices(), expect(.rightBracket) != nil, tLookahead() {
                    result = Expression(.subscript(value: result, slice: b, ctx: .load), range(from: m))
                    continue
                }
                mark = save
                if let g = try genexp(), tLookahead() {
                    result = Expression(.call(func: result, args: [g], keywords: []), range(from: m))
                    continue
                }
                mark = save
                if expect(.leftParen) != nil {
                    let b = try arguments()
                    if expect(.rightParen) != nil, tLookahead() {
                        result = Expression(.call(func: result, args: b?.args ?? [], keywords: b?.keywords ?? []),
                                            range(from: m))
                        continue
                    }
                }
                mark = save
                break
            }
            return result
        }
    }

    // t_lookahead: '(' | '[' | '.'
    func tLookahead() -> Bool {
        let kind = current.kind
        return kind == .leftParen || kind == .leftBracket || kind == .dot
    }

    // del_targets: ','.del_target+ [',']
    func delTargets() throws -> [Expression]? {
        guard let a = try gather(.comma, { try self.delTarget() }) else { return nil }
        expect(.comma)
        return a
    }

    // del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    func delTarget() throws -> Expression? {
        try memo(memoDelTarget) {
            let m = mark
            if let a = try subscriptOrAttributeTarget(.del) { return a }
            mark = m
            return try delTAtom()
        }
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    func delTAtom() throws -> Expression? {
        let m = mark
        if let a = name() { return setContext(a, .del) }
        if expect(.leftParen) != nil, let a = try delTarget(), expect(.rightParen) != nil {
            return setContext(a, .del)
        }
        mark = m
        if expect(.leftParen) != nil {
            let a = try optional { try self.delTargets() }
            if expect(.rightParen) != nil {
                return Expression(.tuple(elts: a ?? [], ctx: .del), range(from: m))
            }
        }
        mark = m
        if expect(.leftBracket) != nil {
            let a = try optional { try self.delTargets() }
            if expect(.rightBracket) != nil {
                return Expression(.list(elts: a ?? [], ctx: .del), range(from: m))
            }
        }
        mark = m
        return nil
    }
}
