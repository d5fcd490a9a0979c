// Grammar rules for function and lambda parameters (python.gram "Function parameters" and
// "Lambda functions") with their invalid_* rules. The two families differ only in what closes the
// list (')' or ':') and in that lambda parameters have no annotations; one implementation serves both.

/// Which parameter list is being parsed.
enum ParameterStyle {
    /// `def` parameters: annotations allowed, the list ends at ')'.
    case function
    /// `lambda` parameters: no annotations, the list ends at ':'.
    case lambda

    var closer: TokenKind { self == .function ? .rightParen : .colon }
}

extension Parser {
    // params: invalid_parameters | parameters
    func params() throws -> Arguments? {
        try parameterList(.function)
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    func lambdaParams() throws -> Arguments? {
        try parameterList(.lambda)
    }

    private func parameterList(_ style: ParameterStyle) throws -> Arguments? {
        let m = mark
        if callInvalidRules {
            try invalidParameters(style)
            mark = m
        }
        return try parameters(style)
    }

    // parameters:
    //   | slash_no_default param_no_default* param_with_default* [star_etc]
    //   | slash_with_default param_with_default* [star_etc]
    //   | param_no_default+ param_with_default* [star_etc]
    //   | param_with_default+ [star_etc]
    //   | star_etc
    private func parameters(_ style: ParameterStyle) throws -> Arguments? {
        let m = mark
        if let a = try slashNoDefault(style) {
            let b = try loop0 { try self.paramNoDefault(style) }
            let c = try loop0 { try self.paramWithDefault(style) }
            let d = try optional { try self.starEtc(style) }
            return makeArguments(slashWithoutDefault: a, slashWithDefault: nil, plainNames: b, namesWithDefault: c, starEtc: d)
        }
        mark = m
        if let a = try slashWithDefault(style) {
            let b = try loop0 { try self.paramWithDefault(style) }
            let c = try optional { try self.starEtc(style) }
            return makeArguments(slashWithoutDefault: nil, slashWithDefault: a, plainNames: nil, namesWithDefault: b, starEtc: c)
        }
        mark = m
        if let a = try loop1({ try self.paramNoDefault(style) }) {
            let b = try loop0 { try self.paramWithDefault(style) }
            let c = try optional { try self.starEtc(style) }
            return makeArguments(slashWithoutDefault: nil, slashWithDefault: nil, plainNames: a, namesWithDefault: b, starEtc: c)
        }
        mark = m
        if let a = try loop1({ try self.paramWithDefault(style) }) {
            let b = try optional { try self.starEtc(style) }
            return makeArguments(slashWithoutDefault: nil, slashWithDefault: nil, plainNames: nil, namesWithDefault: a, starEtc: b)
        }
        mark = m
        if let a = try starEtc(style) {
            return makeArguments(slashWithoutDefault: nil, slashWithDefault: nil, plainNames: nil, namesWithDefault: nil, starEtc: a)
        }
        mark = m
        return nil
    }

    /// ',' or the closing token (not consumed): what ends one parameter.
    private func parameterEnd(_ style: ParameterStyle) -> Bool {
        if expect(.comma) != nil {
            if style == .function { _ = current } // TYPE_COMMENT?
            return true
        }
        if style == .function { _ = current } // TYPE_COMMENT?
        return at(style.closer)
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    private func slashNoDefault(_ style: ParameterStyle) throws -> [Arg]? {
        let m = mark
        if let a = try loop1({ try self.paramNoDefault(style) }), expect(.slash) != nil {
            if expect(.comma) != nil || at(style.closer) { return a }
        }
        mark = m
        return nil
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    private func slashWithDefault(_ style: ParameterStyle) throws -> SlashWithDefault? {
        let m = mark
        let a = try loop0 { try self.paramNoDefault(style) }
        if let b = try loop1({ try self.paramWithDefault(style) }), expect(.slash) != nil {
            if expect(.comma) != nil || at(style.closer) {
                return SlashWithDefault(plainNames: a, namesWithDefaults: b)
            }
        }
        mark = m
        return nil
    }

    // star_etc: invalid_star_etc
    //   | '*' param_no_default param_maybe_default* [kwds]
    //   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //   | '*' ',' param_maybe_default+ [kwds]
    //   | kwds
    private func starEtc(_ style: ParameterStyle) throws -> StarEtc? {
        let m = mark
        if callInvalidRules {
            try invalidStarEtc(style)
            mark = m
        }
        if expect(.star) != nil, let a = try paramNoDefault(style) {
            let b = try loop0 { try self.paramMaybeDefault(style) }
            let c = try optional { try self.kwds(style) }
            return StarEtc(vararg: a, kwonlyargs: b, kwarg: c)
        }
        mark = m
        if style == .function, expect(.star) != nil, let a = try paramNoDefaultStarAnnotation() {
            let b = try loop0 { try self.paramMaybeDefault(style) }
            let c = try optional { try self.kwds(style) }
            return StarEtc(vararg: a, kwonlyargs: b, kwarg: c)
        }
        mark = m
        if expect(.star) != nil, expect(.comma) != nil, let b = try loop1({ try self.paramMaybeDefault(style) }) {
            let c = try optional { try self.kwds(style) }
            return StarEtc(vararg: nil, kwonlyargs: b, kwarg: c)
        }
        mark = m
        if let a = try kwds(style) {
            return StarEtc(vararg: nil, kwonlyargs: nil, kwarg: a)
        }
        mark = m
        return nil
    }

    // kwds: invalid_kwds | '**' param_no_default
    private func kwds(_ style: ParameterStyle) throws -> Arg? {
        let m = mark
        if callInvalidRules {
            try invalidKwds(style)
            mark = m
        }
        if expect(.doubleStar) != nil, let a = try paramNoDefault(style) { return a }
        mark = m
        return nil
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    private func paramNoDefault(_ style: ParameterStyle) throws -> Arg? {
        let m = mark
        if let a = try param(style), parameterEnd(style) { return a }
        mark = m
        return nil
    }

    // param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | ... &')'
    private func paramNoDefaultStarAnnotation() throws -> Arg? {
        let m = mark
        // param_star_annotation: NAME ':' star_expression
        if let a = expect(.name), expect(.colon) != nil, let b = try starExpression() {
            let arg = Arg(name: identifier(a), annotation: b, range: range(from: m))
            if parameterEnd(.function) { return arg }
        }
        mark = m
        return nil
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    private func paramWithDefault(_ style: ParameterStyle) throws -> NameDefaultPair? {
        let m = mark
        if let a = try param(style), let c = try defaultValue(), parameterEnd(style) {
            return NameDefaultPair(arg: a, value: c)
        }
        mark = m
        return nil
    }

    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    private func paramMaybeDefault(_ style: ParameterStyle) throws -> NameDefaultPair? {
        let m = mark
        if let a = try param(style) {
            let c = try optional { try self.defaultValue() }
            if parameterEnd(style) { return NameDefaultPair(arg: a, value: c) }
        }
        mark = m
        return nil
    }

    // param: NAME annotation?    lambda_param: NAME
    private func param(_ style: ParameterStyle) throws -> Arg? {
        let m = mark
        guard let a = expect(.name) else { return nil }
        var annotation: Expression? = nil
        if style == .function {
            annotation = try optional { self.expect(.colon) != nil ? try self.expression() : nil }
        }
        return Arg(name: identifier(a), annotation: annotation, range: range(from: m))
    }

    // default: '=' expression | invalid_default
    private func defaultValue() throws -> Expression? {
        let m = mark
        if expect(.equal) != nil, let a = try expression() { return a }
        mark = m
        if callInvalidRules {
            // '=' &(')'|',')
            if let a = expect(.equal), at(.rightParen) || at(.comma) {
                throw abort("expected default value expression", at: range(of: a))
            }
            mark = m
        }
        return nil
    }

    // MARK: - invalid_parameters, invalid_star_etc, invalid_kwds (and their lambda twins)

    private func invalidParameters(_ style: ParameterStyle) throws {
        let m = mark
        // param_no_default* invalid_parameters_helper param_no_default
        _ = try loop0 { try self.paramNoDefault(style) }
        if try invalidParametersHelper(style), let a = try paramNoDefault(style) {
            throw abort("non-default argument follows default argument", at: a.range)
        }
        mark = m
        // param_no_default* '(' param_no_default+ ','? ')'      (lambda: ','.lambda_param+)
        _ = try loop0 { try self.paramNoDefault(style) }
        if let a = expect(.leftParen) {
            let inner: Bool
            if style == .function {
                inner = try loop1({ try self.paramNoDefault(style) }) != nil
            } else {
                inner = try gather(.comma, { try self.param(style) }) != nil
            }
            if inner {
                expect(.comma)
                if expect(.rightParen) != nil {
                    throw abort(style == .function ? "Function parameters cannot be parenthesized"
                                                   : "Lambda expression parameters cannot be parenthesized",
                                at: range(of: a))
                }
            }
        }
        mark = m
        // "/" ','
        if let a = expect(.slash), expect(.comma) != nil {
            throw abort("at least one argument must precede /", at: range(of: a))
        }
        mark = m
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if try slashNoDefault(style) != nil || slashWithDefault(style) != nil {
            _ = try loop0 { try self.paramMaybeDefault(style) }
            if let a = expect(.slash) {
                throw abort("/ may appear only once", at: range(of: a))
            }
        }
        mark = m
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        _ = try optional { try self.slashNoDefault(style) != nil || self.slashWithDefault(style) != nil ? true : nil }
        _ = try loop0 { try self.paramMaybeDefault(style) }
        if expect(.star) != nil, try expect(.comma) != nil || paramNoDefault(style) != nil {
            _ = try loop0 { try self.paramMaybeDefault(style) }
            if let a = expect(.slash) {
                throw abort("/ must be ahead of *", at: range(of: a))
            }
        }
        mark = m
        // param_maybe_default+ '/' '*'
        if try loop1({ try self.paramMaybeDefault(style) }) != nil, expect(.slash) != nil, let a = expect(.star) {
            throw abort("expected comma between / and *", at: range(of: a))
        }
        mark = m
    }

    // invalid_parameters_helper: slash_with_default | param_with_default+
    private func invalidParametersHelper(_ style: ParameterStyle) throws -> Bool {
        let m = mark
        if try slashWithDefault(style) != nil { return true }
        mark = m
        if try loop1({ try self.paramWithDefault(style) }) != nil { return true }
        mark = m
        return false
    }

    private func invalidStarEtc(_ style: ParameterStyle) throws {
        let m = mark
        // '*' (')' | ',' (')' | '**'))          (lambda: '*' (':' | ',' (':' | '**')))
        if let a = expect(.star) {
            let closer = style.closer
            var matched = expect(closer) != nil
            if !matched, expect(.comma) != nil {
                matched = expect(closer) != nil || expect(.doubleStar) != nil
            }
            if matched {
                if style == .function {
                    throw abort("named arguments must follow bare *", at: range(of: a))
                }
                throw abortAtLastToken("named arguments must follow bare *")
            }
        }
        mark = m
        // '*' ',' TYPE_COMMENT: type comments never appear, but the look fetches a token.
        if style == .function, expect(.star) != nil, expect(.comma) != nil {
            _ = current
        }
        mark = m
        // '*' param '='
        if expect(.star) != nil, try param(style) != nil, let a = expect(.equal) {
            throw abort("var-positional argument cannot have default value", at: range(of: a))
        }
        mark = m
        // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
        if expect(.star) != nil, try paramNoDefault(style) != nil || expect(.comma) != nil {
            _ = try loop0 { try self.paramMaybeDefault(style) }
            if let a = expect(.star), try paramNoDefault(style) != nil || expect(.comma) != nil {
                throw abort("* argument may appear only once", at: range(of: a))
            }
        }
        mark = m
    }

    private func invalidKwds(_ style: ParameterStyle) throws {
        let m = mark
        // '**' param '='
        if expect(.doubleStar) != nil, try param(style) != nil, let a = expect(.equal) {
            throw abort("var-keyword argument cannot have default value", at: range(of: a))
        }
        mark = m
        // '**' param ',' param
        if expect(.doubleStar) != nil, try param(style) != nil, expect(.comma) != nil, let a = try param(style) {
            throw abort("arguments cannot follow var-keyword argument", at: a.range)
        }
        mark = m
        // '**' param ',' ('*'|'**'|'/')
        if expect(.doubleStar) != nil, try param(style) != nil, expect(.comma) != nil {
            let t = current
            if t.kind == .star || t.kind == .doubleStar || t.kind == .slash {
                throw abort("arguments cannot follow var-keyword argument", at: range(of: t))
            }
        }
        mark = m
    }
}
