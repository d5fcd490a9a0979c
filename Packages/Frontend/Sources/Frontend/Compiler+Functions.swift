import Bytecode

// def, class and lambda: compile the body into its own code unit, then build the function
// object (MAKE_FUNCTION with defaults, keyword-only defaults and the closure tuple) and apply
// decorators innermost first.

extension Compiler {
    func compileFunctionDefinition(_ statement: Statement) throws {
        guard case let .functionDef(name, args, body, decorators, _) = statement.kind else { preconditionFailure() }
        try compileDecorators(decorators)
        let firstLine = decorators.first?.range.line ?? statement.range.line
        let flags = try compileDefaults(args)
        let scope = childScope(ScopeKey(.function, statement.range))

        enterUnit(scope: scope, kind: .function, name: name, firstLine: firstLine)
        setArgumentCounts(args)
        var statements = body[...]
        if let docstring = docstring(of: body) {
            unit.docstring = docstring
            statements = statements.dropFirst()
        }
        for statement in statements { try compileStatement(statement) }
        let code = finishUnit()

        makeClosure(code, flags: flags)
        applyDecorators(decorators)
        compileName(name, .store)
    }

    func compileClassDefinition(_ statement: Statement) throws {
        guard case let .classDef(name, bases, keywords, body, decorators) = statement.kind else { preconditionFailure() }
        try compileDecorators(decorators)
        let firstLine = decorators.first?.range.line ?? statement.range.line
        let scope = childScope(ScopeKey(.class, statement.range))

        enterUnit(scope: scope, kind: .class, name: name, firstLine: firstLine)
        unit.privateName = name
        compileName("__name__", .load)
        compileName("__module__", .store)
        unit.emitLoadConstant(.str(unit.qualifiedName))
        compileName("__qualname__", .store)
        try compileBody(body)
        unsetLocation()
        if scope.needsClassClosure {
            // Hand the __class__ cell to type.__new__ through the namespace.
            unit.emit(.LOAD_CLOSURE, variable: .cell(unit.cellSlot("__class__")!))
            unit.emit(.COPY, 1)
            compileName("__classcell__", .store)
            unit.emit(.RETURN_VALUE)
        } else {
            unit.emit(.RETURN_CONST, unit.constantSlot(.none))
        }
        let code = finishUnit()

        unit.emit(.LOAD_BUILD_CLASS)
        unit.emit(.PUSH_NULL)
        makeClosure(code, flags: 0)
        unit.emitLoadConstant(.str(name))
        try compileCallArguments(bases, keywords, alreadyPushed: 2)
        applyDecorators(decorators)
        compileName(name, .store)
    }

    func compileLambda(_ expression: Expression, args: Arguments, body: Expression) throws {
        let flags = try compileDefaults(args)
        let scope = childScope(ScopeKey(.lambda, expression.range))
        enterUnit(scope: scope, kind: .lambda, name: "<lambda>", firstLine: expression.range.line)
        setArgumentCounts(args)
        try compileExpression(body)
        unit.emit(.RETURN_VALUE)
        let code = finishUnit()
        makeClosure(code, flags: flags)
    }

    private func setArgumentCounts(_ args: Arguments) {
        unit.argCount = args.args.count
        unit.positionalOnlyArgCount = args.posonlyargs.count
        unit.keywordOnlyArgCount = args.kwonlyargs.count
    }

    // MARK: - Decorators

    /// Each decorator, then PUSH_NULL: `<decorator>; PUSH_NULL` (the function becomes the argument).
    private func compileDecorators(_ decorators: [Expression]) throws {
        for decorator in decorators {
            try compileExpression(decorator)
            withLocation(decorator.range) { unit.emit(.PUSH_NULL) }
        }
    }

    /// CALL 1 for each decorator, innermost (last written) first.
    private func applyDecorators(_ decorators: [Expression]) {
        for decorator in decorators.reversed() {
            withLocation(decorator.range) { unit.emit(.CALL, 1) }
        }
    }

    // MARK: - Function objects

    /// Positional defaults as a tuple and keyword-only defaults as a dict; returns the
    /// MAKE_FUNCTION flags for them (CPython's compiler_default_arguments).
    private func compileDefaults(_ args: Arguments) throws -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for value in args.defaults { try compileExpression(value) }
            if !unit.foldConstantTuple(count: args.defaults.count) {
                unit.emit(.BUILD_TUPLE, args.defaults.count)
            }
            flags |= 0x01
        }
        var keywordNames: [Constant] = []
        for (arg, value) in zip(args.kwonlyargs, args.kwDefaults) {
            guard let value = value else { continue }
            keywordNames.append(.str(mangle(unit.privateName, arg.name)))
            try compileExpression(value)
        }
        if !keywordNames.isEmpty {
            unit.emitLoadConstant(.tuple(keywordNames))
            unit.emit(.BUILD_CONST_KEY_MAP, keywordNames.count)
            flags |= 0x02
        }
        return flags
    }

    /// `[LOAD_CLOSURE ...; BUILD_TUPLE n]; LOAD_CONST code; MAKE_FUNCTION flags`: the closure
    /// holds the current unit's cells for the callee's free variables, in the callee's order.
    func makeClosure(_ code: CodeUnit, flags: Int) {
        var flags = flags
        let freeNames = zip(code.localNames, code.localKinds).filter { $0.1.contains(.free) }.map(\.0)
        if !freeNames.isEmpty {
            for name in freeNames {
                let reference: VariableReference
                if unit.kind == .class && name == "__class__" {
                    reference = .cell(unit.cellSlot(name)!)
                } else if unit.scope.scope(of: name) == .cell, let cell = unit.cellSlot(name) {
                    reference = .cell(cell)
                } else if let free = unit.freeSlot(name) {
                    reference = .free(free)
                } else {
                    preconditionFailure("free variable \(name) of \(code.qualifiedName) is not a cell of \(unit.qualifiedName)")
                }
                unit.emit(.LOAD_CLOSURE, variable: reference)
            }
            unit.emit(.BUILD_TUPLE, freeNames.count)
            flags |= 0x08
        }
        unit.emitLoadConstant(.code(code))
        unit.emit(.MAKE_FUNCTION, flags)
    }
}
