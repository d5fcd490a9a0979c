import Foundation

// Intermediate results of grammar rules and the helpers CPython's rule actions call
// (Parser/action_helpers.c): setting expression contexts, naming expressions in error messages,
// finding invalid assignment targets, assembling function parameters and call arguments.

/// The arguments of a call, before the callee is known (CPython builds a dummy Call node).
struct CallArguments {
    var args: [Expression]
    var keywords: [Keyword]
    var range: SourceRange
}

enum KeywordOrStarred {
    case keyword(Keyword)
    case starred(Expression)
}

struct NameDefaultPair {
    var arg: Arg
    var value: Expression?
}

struct SlashWithDefault {
    var plainNames: [Arg]
    var namesWithDefaults: [NameDefaultPair]
}

struct StarEtc {
    var vararg: Arg?
    var kwonlyargs: [NameDefaultPair]?
    var kwarg: Arg?
}

/// A dict display entry; a nil key is `**mapping`.
struct KeyValuePair {
    var key: Expression?
    var value: Expression
}

/// A parsed match-statement pattern. Hotpath does not support `match`, so patterns are only
/// recognised (for CPython's error behaviour), never built into the tree.
struct PatternNode {
    var range: SourceRange
}

enum TargetsType { case starTargets, delTargets, forTargets }

extension Parser {
    func setContext(_ e: Expression, _ ctx: ExpressionContext) -> Expression {
        var result = e
        switch e.kind {
        case let .name(id, _): result.kind = .name(id: id, ctx: ctx)
        case let .tuple(elts, _): result.kind = .tuple(elts: elts.map { setContext($0, ctx) }, ctx: ctx)
        case let .list(elts, _): result.kind = .list(elts: elts.map { setContext($0, ctx) }, ctx: ctx)
        case let .subscript(value, slice, _): result.kind = .subscript(value: value, slice: slice, ctx: ctx)
        case let .attribute(value, attr, _): result.kind = .attribute(value: value, attr: attr, ctx: ctx)
        case let .starred(value, _): result.kind = .starred(value: setContext(value, ctx), ctx: ctx)
        default: break
        }
        return result
    }

    /// CPython's `_PyPegen_get_expr_name`, used in "cannot assign to %s" messages.
    func expressionName(_ e: Expression) -> String {
        if awaitExpressionRanges.contains(RangeKey(e.range)) { return "await expression" }
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case let .constant(value):
            switch value {
            case .none: return "None"
            case .bool(false): return "False"
            case .bool(true): return "True"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// CPython's `_PyPegen_get_invalid_target`: the part of an expression that cannot be assigned
    /// to (or deleted), or nil when it is a valid target.
    func invalidTarget(_ e: Expression, _ type: TargetsType) -> Expression? {
        if awaitExpressionRanges.contains(RangeKey(e.range)) { return e }
        switch e.kind {
        case let .list(elts, _), let .tuple(elts, _):
            for element in elts {
                if let child = invalidTarget(element, type) { return child }
            }
            return nil
        case let .starred(value, _):
            if type == .delTargets { return e }
            return invalidTarget(value, type)
        case let .compare(left, ops, _):
            // `a in b` in `for a in b` parses as a comparison; look at its left side.
            if type == .forTargets {
                if ops.first == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: nil (no error) when the expression is a valid target.
    func invalidTargetError(_ type: TargetsType, _ e: Expression) -> ParseAbort? {
        guard let target = invalidTarget(e, type) else { return nil }
        let verb = type == .delTargets ? "cannot delete" : "cannot assign to"
        return abort("\(verb) \(expressionName(target))", at: target.range)
    }

    func isLegacyStatementName(_ e: Expression) -> Bool {
        if case let .name(id, _) = e.kind { return id == "print" || id == "exec" }
        return false
    }

    func makeArguments(slashWithoutDefault: [Arg]?, slashWithDefault: SlashWithDefault?, plainNames: [Arg]?,
                       namesWithDefault: [NameDefaultPair]?, starEtc: StarEtc?) -> Arguments {
        var posonly: [Arg] = []
        if let s = slashWithoutDefault {
            posonly = s
        } else if let s = slashWithDefault {
            posonly = s.plainNames + s.namesWithDefaults.map(\.arg)
        }
        let positional = (plainNames ?? []) + (namesWithDefault ?? []).map(\.arg)
        var defaults: [Expression] = []
        if let s = slashWithDefault { defaults += s.namesWithDefaults.compactMap(\.value) }
        if let n = namesWithDefault { defaults += n.compactMap(\.value) }
        let kwonly = starEtc?.kwonlyargs ?? []
        return Arguments(posonlyargs: posonly, args: positional, vararg: starEtc?.vararg,
                         kwonlyargs: kwonly.map(\.arg), kwDefaults: kwonly.map(\.value),
                         kwarg: starEtc?.kwarg, defaults: defaults)
    }

    /// CPython's `_PyPegen_collect_call_seqs`: positional arguments, then the starred ones that
    /// appear among keywords, then the keywords.
    func collectCallArguments(_ positional: [Expression], _ rest: [KeywordOrStarred]?, range: SourceRange) -> CallArguments {
        var args = positional
        var keywords: [Keyword] = []
        for item in rest ?? [] {
            switch item {
            case let .starred(e): args.append(e)
            case let .keyword(k): keywords.append(k)
            }
        }
        return CallArguments(args: args, keywords: keywords, range: range)
    }

    /// Identifiers are NFKC-normalized when they contain non-ASCII characters.
    func identifier(_ t: Token) -> String {
        let raw = text(of: t)
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return raw }
        return raw.precomposedStringWithCompatibilityMapping
    }

    /// The identifier of the NAME token at `index`, cached.
    func identifier(at index: Int) -> String {
        if let cached = identifiers[index] { return cached }
        let id = identifier(tokens[index])
        identifiers[index] = id
        return id
    }
}
