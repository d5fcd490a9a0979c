import Bytecode

// The AST rewrite CPython 3.11 runs before compiling (Python/ast_opt.c): constant folding of unary
// and binary operators and constant subscripts, `__debug__` -> True, and `not (a is b)` ->
// `a is not b` (likewise `in`). Constant tuples stay Tuple nodes of constants; the compiler loads
// them with one LOAD_CONST. The arithmetic itself is in ConstantFolding.swift.

struct ASTOptimizer {
    func optimize(_ module: Module) -> Module {
        Module(body: module.body.map(optimize))
    }

    private func optimize(_ statements: [Statement]) -> [Statement] {
        statements.map(optimize)
    }

    private func optimize(_ statement: Statement) -> Statement {
        var result = statement
        switch statement.kind {
        case let .functionDef(name, args, body, decorators, returns):
            result.kind = .functionDef(name: name, args: optimize(args), body: optimize(body),
                                       decorators: decorators.map(optimize), returns: returns)
        case let .classDef(name, bases, keywords, body, decorators):
            result.kind = .classDef(name: name, bases: bases.map(optimize), keywords: keywords.map(optimize),
                                    body: optimize(body), decorators: decorators.map(optimize))
        case .return(let value):
            result.kind = .return(value.map(optimize))
        case .delete(let targets):
            result.kind = .delete(targets.map(optimize))
        case let .assign(targets, value):
            result.kind = .assign(targets: targets.map(optimize), value: optimize(value))
        case let .augAssign(target, op, value):
            result.kind = .augAssign(target: optimize(target), op: op, value: optimize(value))
        case let .annAssign(target, annotation, value, simple):
            result.kind = .annAssign(target: optimize(target), annotation: annotation, value: value.map(optimize), simple: simple)
        case let .for(target, iter, body, orelse):
            result.kind = .for(target: optimize(target), iter: optimize(iter), body: optimize(body), orelse: optimize(orelse))
        case let .while(test, body, orelse):
            result.kind = .while(test: optimize(test), body: optimize(body), orelse: optimize(orelse))
        case let .if(test, body, orelse):
            result.kind = .if(test: optimize(test), body: optimize(body), orelse: optimize(orelse))
        case let .with(items, body):
            result.kind = .with(items: items.map { WithItem(contextExpr: optimize($0.contextExpr),
                                                            optionalVars: $0.optionalVars.map(optimize)) },
                                body: optimize(body))
        case let .raise(exc, cause):
            result.kind = .raise(exc: exc.map(optimize), cause: cause.map(optimize))
        case let .try(body, handlers, orelse, finalbody):
            let newHandlers = handlers.map {
                ExceptHandler(type: $0.type.map(optimize), name: $0.name, body: optimize($0.body), range: $0.range)
            }
            result.kind = .try(body: optimize(body), handlers: newHandlers, orelse: optimize(orelse),
                               finalbody: optimize(finalbody))
        case let .assert(test, msg):
            result.kind = .assert(test: optimize(test), msg: msg.map(optimize))
        case .expr(let value):
            result.kind = .expr(optimize(value))
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
            break
        }
        return result
    }

    private func optimize(_ args: Arguments) -> Arguments {
        var result = args
        result.defaults = args.defaults.map(optimize)
        result.kwDefaults = args.kwDefaults.map { $0.map(optimize) }
        return result
    }

    private func optimize(_ keyword: Keyword) -> Keyword {
        Keyword(arg: keyword.arg, value: optimize(keyword.value), range: keyword.range)
    }

    private func optimize(_ comprehension: Comprehension) -> Comprehension {
        Comprehension(target: optimize(comprehension.target), iter: optimize(comprehension.iter),
                      ifs: comprehension.ifs.map(optimize))
    }

    private func constant(_ expression: Expression) -> Constant? {
        if case .constant(let value) = expression.kind { return value.asConstant }
        return nil
    }

    /// Replace `expression` by a constant node when the value has an AST form.
    private func folded(_ expression: Expression, _ value: Constant?) -> Expression {
        guard let value = value, let astValue = ConstantValue(value) else { return expression }
        return Expression(.constant(astValue), expression.range)
    }

    private func optimize(_ expression: Expression) -> Expression {
        var result = expression
        switch expression.kind {
        case let .boolOp(op, values):
            result.kind = .boolOp(op: op, values: values.map(optimize))
        case let .namedExpr(target, value):
            result.kind = .namedExpr(target: target, value: optimize(value))
        case let .binOp(left, op, right):
            let newLeft = optimize(left), newRight = optimize(right)
            result.kind = .binOp(left: newLeft, op: op, right: newRight)
            if op == .mod, case .constant(.str(let format)) = newLeft.kind, case .tuple(let items, .load) = newRight.kind,
               !items.contains(where: isStarred), compileTimeConstantTuple(items) == nil {
                return PercentFormatOptimizer.joinedString(result, format: format, arguments: items) ?? result
            }
            if let a = constant(newLeft), let b = constant(newRight) {
                return folded(result, ConstantArithmetic.binary(a, op, b))
            }
        case let .unaryOp(op, operand):
            let newOperand = optimize(operand)
            // not (a is b) -> a is not b; not (a in b) -> a not in b
            if op == .not, case let .compare(left, ops, comparators) = newOperand.kind, ops.count == 1 {
                let inverted: ComparisonOperator?
                switch ops[0] {
                case .is: inverted = .isNot
                case .isNot: inverted = .is
                case .in: inverted = .notIn
                case .notIn: inverted = .in
                default: inverted = nil
                }
                if let inverted = inverted {
                    result.kind = .compare(left: left, ops: [inverted], comparators: comparators)
                    return result
                }
            }
            result.kind = .unaryOp(op: op, operand: newOperand)
            if let value = constant(newOperand) {
                return folded(result, ConstantArithmetic.unary(op, value))
            }
        case let .lambda(args, body):
            result.kind = .lambda(args: optimize(args), body: optimize(body))
        case let .ifExp(test, body, orelse):
            result.kind = .ifExp(test: optimize(test), body: optimize(body), orelse: optimize(orelse))
        case let .dict(keys, values):
            result.kind = .dict(keys: keys.map { $0.map(optimize) }, values: values.map(optimize))
        case .set(let elements):
            result.kind = .set(elements.map(optimize))
        case let .listComp(elt, generators):
            result.kind = .listComp(elt: optimize(elt), generators: generators.map(optimize))
        case let .setComp(elt, generators):
            result.kind = .setComp(elt: optimize(elt), generators: generators.map(optimize))
        case let .dictComp(key, value, generators):
            result.kind = .dictComp(key: optimize(key), value: optimize(value), generators: generators.map(optimize))
        case let .generatorExp(elt, generators):
            result.kind = .generatorExp(elt: optimize(elt), generators: generators.map(optimize))
        case .yield(let value):
            result.kind = .yield(value.map(optimize))
        case .yieldFrom(let value):
            result.kind = .yieldFrom(optimize(value))
        case let .compare(left, ops, comparators):
            result.kind = .compare(left: optimize(left), ops: ops, comparators: comparators.map(optimize))
        case let .call(function, args, keywords):
            result.kind = .call(func: optimize(function), args: args.map(optimize), keywords: keywords.map(optimize))
        case let .formattedValue(value, conversion, spec):
            result.kind = .formattedValue(value: optimize(value), conversion: conversion, formatSpec: spec.map(optimize))
        case .joinedStr(let values):
            result.kind = .joinedStr(values.map(optimize))
        case .constant:
            break
        case let .attribute(value, attr, ctx):
            result.kind = .attribute(value: optimize(value), attr: attr, ctx: ctx)
        case let .subscript(value, slice, ctx):
            let newValue = optimize(value), newSlice = optimize(slice)
            result.kind = .subscript(value: newValue, slice: newSlice, ctx: ctx)
            if ctx == .load, let index = constant(newSlice) {
                if let container = constant(newValue) {
                    return folded(result, ConstantArithmetic.index(container, index))
                }
            }
        case let .starred(value, ctx):
            result.kind = .starred(value: optimize(value), ctx: ctx)
        case let .name(id, ctx):
            if id == "__debug__" && ctx == .load {
                result.kind = .constant(.bool(true))
            }
        case let .list(elements, ctx):
            result.kind = .list(elts: elements.map(optimize), ctx: ctx)
        case let .tuple(elements, ctx):
            result.kind = .tuple(elts: elements.map(optimize), ctx: ctx)
        case let .slice(lower, upper, step):
            result.kind = .slice(lower: lower.map(optimize), upper: upper.map(optimize), step: step.map(optimize))
        }
        return result
    }
}
