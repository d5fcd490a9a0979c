// First pass of the symbol table: walk the AST, open a scope for every module, class, function,
// lambda and comprehension, and record how each name is used (symtable.c's symtable_visit_*).
//
// Annotations are never evaluated by Hotpath (see Compiler+Statements.swift), so annotation
// expressions are not visited either: names used only in annotations do not become uses (CPython
// would make them free variables of nested functions, which changes nothing observable except
// co_freevars). Annotated simple names still count as assigned (`x: int` makes x local).

/// The result of the symbol table pass: the module scope with every nested scope below it.
struct SymbolTable {
    let top: Scope

    static func build(_ module: Module, filename: String) throws -> SymbolTable {
        let builder = SymbolTableBuilder(filename: filename)
        try builder.visitModule(module)
        try ScopeAnalysis(filename: filename).analyze(builder.top)
        return SymbolTable(top: builder.top)
    }
}

final class SymbolTableBuilder {
    let filename: String
    let top: Scope
    private var stack: [Scope]
    /// The enclosing class name, for private name mangling.
    private var privateName: String?

    init(filename: String) {
        self.filename = filename
        top = Scope(kind: .module, name: "top", key: nil, line: 0, parent: nil)
        stack = [top]
    }

    private var current: Scope { stack[stack.count - 1] }

    func error(_ message: String, _ range: SourceRange) -> FrontendError {
        .syntax(SyntaxErrorInfo(kind: .syntaxError, message: message, filename: filename,
                                line: range.line, column: range.column + 1, text: nil))
    }

    // MARK: - Scopes

    private func enterScope(_ kind: ScopeKind, name: String, key: ScopeKey, line: Int) -> Scope {
        let scope = Scope(kind: kind, name: name, key: key, line: line, parent: current)
        current.addChild(scope)
        stack.append(scope)
        return scope
    }

    private func exitScope() { stack.removeLast() }

    // MARK: - Definitions

    /// symtable_add_def_helper: record `flag` for `name` in `scope` (the current one by default).
    private func addDefinition(_ name: String, _ flag: SymbolFlags, _ range: SourceRange, in scope: Scope? = nil) throws {
        let scope = scope ?? current
        let mangled = mangle(privateName, name)
        var value = scope.symbolFlags(mangled)
        if flag.contains(.parameter) && value.contains(.parameter) {
            throw error("duplicate argument '\(name)' in function definition", range)
        }
        value.formUnion(flag)
        if scope.inComprehensionIterTarget {
            if !value.isDisjoint(with: [.global, .nonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", range)
            }
            value.insert(.comprehensionIterTarget)
        }
        scope.setFlags(value, for: mangled)
        if flag.contains(.parameter) {
            scope.parameterNames.append(mangled)
        } else if flag.contains(.global) {
            // `global x` anywhere also marks x in the module's own table (st_global).
            top.setFlags(top.symbolFlags(mangled).union(flag), for: mangled)
        }
    }

    private func lookup(_ name: String) -> SymbolFlags {
        current.symbolFlags(mangle(privateName, name))
    }

    // MARK: - Module and statements

    func visitModule(_ module: Module) throws {
        for statement in module.body { try visit(statement) }
    }

    private func visit(_ statements: [Statement]) throws {
        for statement in statements { try visit(statement) }
    }

    private func visit(_ statement: Statement) throws {
        let range = statement.range
        switch statement.kind {
        case let .functionDef(name, args, body, decorators, _):
            try addDefinition(name, .local, range)
            try visitDefaults(args)
            for decorator in decorators { try visit(decorator) }
            let scope = enterScope(.function, name: name, key: ScopeKey(.function, range), line: range.line)
            _ = scope
            try visitParameters(args)
            try visit(body)
            exitScope()
        case let .classDef(name, bases, keywords, body, decorators):
            try addDefinition(name, .local, range)
            for base in bases { try visit(base) }
            for keyword in keywords { try visit(keyword.value) }
            for decorator in decorators { try visit(decorator) }
            _ = enterScope(.class, name: name, key: ScopeKey(.class, range), line: range.line)
            let savedPrivate = privateName
            privateName = name
            try visit(body)
            privateName = savedPrivate
            exitScope()
        case .return(let value):
            if let value = value { try visit(value) }
        case .delete(let targets):
            for target in targets { try visit(target) }
        case let .assign(targets, value):
            for target in targets { try visit(target) }
            try visit(value)
        case let .annAssign(target, _, value, simple):
            if case .name(let id, _) = target.kind {
                let current = lookup(id)
                if !current.isDisjoint(with: [.global, .nonlocal]) && self.current !== top && simple {
                    let message = current.contains(.global) ? "annotated name '\(id)' can't be global"
                                                            : "annotated name '\(id)' can't be nonlocal"
                    throw error(message, range)
                }
                if simple {
                    try addDefinition(id, [.annotated, .local], target.range)
                } else if value != nil {
                    try addDefinition(id, .local, target.range)
                }
            } else {
                try visit(target)
            }
            if let value = value { try visit(value) }
        case let .augAssign(target, _, value):
            try visit(target)
            try visit(value)
        case let .for(target, iter, body, orelse):
            try visit(target)
            try visit(iter)
            try visit(body)
            try visit(orelse)
        case let .while(test, body, orelse), let .if(test, body, orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case let .with(items, body):
            for item in items {
                try visit(item.contextExpr)
                if let vars = item.optionalVars { try visit(vars) }
            }
            try visit(body)
        case let .raise(exc, cause):
            if let exc = exc {
                try visit(exc)
                if let cause = cause { try visit(cause) }
            }
        case let .try(body, handlers, orelse, finalbody):
            try visit(body)
            try visit(orelse)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { try addDefinition(name, .local, handler.range) }
                try visit(handler.body)
            }
            try visit(finalbody)
        case let .assert(test, msg):
            try visit(test)
            if let msg = msg { try visit(msg) }
        case .import(let aliases):
            for alias in aliases { try visitAlias(alias) }
        case .importFrom(_, let aliases, _):
            for alias in aliases { try visitAlias(alias) }
        case .global(let names):
            for name in names {
                let current = lookup(name)
                if !current.isDisjoint(with: [.parameter, .local, .use, .annotated]) {
                    let message: String
                    if current.contains(.parameter) {
                        message = "name '\(name)' is parameter and global"
                    } else if current.contains(.use) {
                        message = "name '\(name)' is used prior to global declaration"
                    } else if current.contains(.annotated) {
                        message = "annotated name '\(name)' can't be global"
                    } else {
                        message = "name '\(name)' is assigned to before global declaration"
                    }
                    throw error(message, range)
                }
                try addDefinition(name, .global, range)
                recordDirective(name, range)
            }
        case .nonlocal(let names):
            for name in names {
                let current = lookup(name)
                if !current.isDisjoint(with: [.parameter, .local, .use, .annotated]) {
                    let message: String
                    if current.contains(.parameter) {
                        message = "name '\(name)' is parameter and nonlocal"
                    } else if current.contains(.use) {
                        message = "name '\(name)' is used prior to nonlocal declaration"
                    } else if current.contains(.annotated) {
                        message = "annotated name '\(name)' can't be nonlocal"
                    } else {
                        message = "name '\(name)' is assigned to before nonlocal declaration"
                    }
                    throw error(message, range)
                }
                try addDefinition(name, .nonlocal, range)
                recordDirective(name, range)
            }
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    private func recordDirective(_ name: String, _ range: SourceRange) {
        let mangled = mangle(privateName, name)
        if current.directives[mangled] == nil { current.directives[mangled] = range }
    }

    private func visitAlias(_ alias: Alias) throws {
        let name = alias.asname ?? alias.name
        if name == "*" {
            if current.kind != .module {
                throw error("import * only allowed at module level", alias.range)
            }
            return
        }
        let storeName = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        try addDefinition(storeName, .imported, alias.range)
    }

    private func visitDefaults(_ args: Arguments) throws {
        for value in args.defaults { try visit(value) }
        for value in args.kwDefaults { if let value = value { try visit(value) } }
    }

    private func visitParameters(_ args: Arguments) throws {
        for arg in args.posonlyargs + args.args + args.kwonlyargs {
            try addDefinition(arg.name, .parameter, arg.range)
        }
        if let vararg = args.vararg {
            try addDefinition(vararg.name, .parameter, vararg.range)
            current.hasVarargs = true
        }
        if let kwarg = args.kwarg {
            try addDefinition(kwarg.name, .parameter, kwarg.range)
            current.hasVarkeywords = true
        }
    }

    // MARK: - Expressions

    private func visit(_ expression: Expression) throws {
        let range = expression.range
        switch expression.kind {
        case .boolOp(_, let values):
            for value in values { try visit(value) }
        case let .namedExpr(target, value):
            if current.comprehensionIterExpressionDepth > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", range)
            }
            if current.comprehension != nil {
                try extendNamedExpressionScope(target)
            }
            try visit(value)
            try visit(target)
        case let .binOp(left, _, right):
            try visit(left)
            try visit(right)
        case .unaryOp(_, let operand):
            try visit(operand)
        case let .lambda(args, body):
            try visitDefaults(args)
            let scope = enterScope(.function, name: "lambda", key: ScopeKey(.lambda, range), line: range.line)
            scope.isLambda = true
            try visitParameters(args)
            try visit(body)
            exitScope()
        case let .ifExp(test, body, orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case let .dict(keys, values):
            for key in keys { if let key = key { try visit(key) } }
            for value in values { try visit(value) }
        case .set(let elements):
            for element in elements { try visit(element) }
        case let .listComp(elt, generators):
            try visitComprehension(expression, .list, generators: generators, element: elt, value: nil)
        case let .setComp(elt, generators):
            try visitComprehension(expression, .set, generators: generators, element: elt, value: nil)
        case let .dictComp(key, value, generators):
            try visitComprehension(expression, .dict, generators: generators, element: key, value: value)
        case let .generatorExp(elt, generators):
            try visitComprehension(expression, .generator, generators: generators, element: elt, value: nil)
        case .yield(let value):
            if let value = value { try visit(value) }
            try markYield(range)
        case .yieldFrom(let value):
            try visit(value)
            try markYield(range)
        case let .compare(left, _, comparators):
            try visit(left)
            for comparator in comparators { try visit(comparator) }
        case let .call(function, args, keywords):
            try visit(function)
            for arg in args { try visit(arg) }
            for keyword in keywords { try visit(keyword.value) }
        case let .formattedValue(value, _, spec):
            try visit(value)
            if let spec = spec { try visit(spec) }
        case .joinedStr(let values):
            for value in values { try visit(value) }
        case .constant:
            break
        case .attribute(let value, _, _):
            try visit(value)
        case let .subscript(value, slice, _):
            try visit(value)
            try visit(slice)
        case .starred(let value, _):
            try visit(value)
        case let .slice(lower, upper, step):
            if let lower = lower { try visit(lower) }
            if let upper = upper { try visit(upper) }
            if let step = step { try visit(step) }
        case let .name(id, ctx):
            try addDefinition(id, ctx == .load ? .use : .local, range)
            // A bare `super` in a function may be zero-argument super(): it needs __class__.
            if ctx == .load && current.kind == .function && id == "super" {
                try addDefinition("__class__", .use, range)
            }
        case .list(let elements, _), .tuple(let elements, _):
            for element in elements { try visit(element) }
        }
    }

    private func markYield(_ range: SourceRange) throws {
        current.isGenerator = true
        if let comprehension = current.comprehension {
            throw error("'yield' inside \(comprehension.description)", range)
        }
    }

    /// symtable_handle_comprehension: the outermost iterable is evaluated in the enclosing scope,
    /// everything else in a new function scope whose single parameter `.0` is that iterator.
    private func visitComprehension(_ node: Expression, _ kind: ComprehensionKind, generators: [Comprehension],
                                    element: Expression, value: Expression?) throws {
        let outermost = generators[0]
        current.comprehensionIterExpressionDepth += 1
        try visit(outermost.iter)
        current.comprehensionIterExpressionDepth -= 1

        let scope = enterScope(.function, name: kind.codeName.trimmingAngleBrackets, key: ScopeKey(.comprehension, node.range),
                               line: node.range.line)
        scope.comprehension = kind
        try addDefinition(".0", .parameter, node.range)
        scope.inComprehensionIterTarget = true
        try visit(outermost.target)
        scope.inComprehensionIterTarget = false
        for condition in outermost.ifs { try visit(condition) }
        for generator in generators.dropFirst() {
            scope.inComprehensionIterTarget = true
            try visit(generator.target)
            scope.inComprehensionIterTarget = false
            scope.comprehensionIterExpressionDepth += 1
            try visit(generator.iter)
            scope.comprehensionIterExpressionDepth -= 1
            for condition in generator.ifs { try visit(condition) }
        }
        if let value = value { try visit(value) }
        try visit(element)
        scope.isGenerator = kind == .generator
        exitScope()
    }

    /// symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the nearest
    /// enclosing function or module scope.
    private func extendNamedExpressionScope(_ target: Expression) throws {
        guard case .name(let name, _) = target.kind else { return }
        let range = target.range
        for scope in stack.reversed() {
            if scope.comprehension != nil {
                if scope.symbolFlags(mangle(privateName, name)).contains(.comprehensionIterTarget) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", range)
                }
                continue
            }
            switch scope.kind {
            case .function:
                if scope.symbolFlags(mangle(privateName, name)).contains(.global) {
                    try addDefinition(name, .global, range)
                } else {
                    try addDefinition(name, .nonlocal, range)
                }
                recordDirective(name, range)
                try addDefinition(name, .local, range, in: scope)
                return
            case .module:
                try addDefinition(name, .global, range)
                recordDirective(name, range)
                try addDefinition(name, .global, range, in: scope)
                return
            case .class:
                throw error("assignment expression within a comprehension cannot be used in a class body", range)
            }
        }
    }
}

private extension String {
    var trimmingAngleBrackets: String {
        String(dropFirst().dropLast())
    }
}
