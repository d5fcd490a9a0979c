import Bytecode

extension Compiler {
    /// A module's or class's body: the docstring is stored as `__doc__` (CPython's compiler_body).
    ///
    /// Annotations: Hotpath never evaluates them. `x: int = 1` only assigns; there is no
    /// SETUP_ANNOTATIONS and no `__annotations__` dict, and parameter/return annotations are
    /// ignored. (CPython evaluates module- and class-level annotations; we accept that difference.)
    func compileBody(_ statements: [Statement]) throws {
        if unit.kind == .module, let first = statements.first { setLocation(first.range) }
        var rest = statements[...]
        if let docstring = docstring(of: statements), case .expr(let value) = statements[0].kind {
            unit.docstring = docstring
            try compileExpression(value)
            unsetLocation()
            compileName("__doc__", .store)
            rest = rest.dropFirst()
        }
        for statement in rest { try compileStatement(statement) }
    }

    /// CPython's _PyAST_GetDocString: a first statement that is a plain string constant.
    func docstring(of statements: [Statement]) -> String? {
        guard let first = statements.first, case .expr(let value) = first.kind,
              case .constant(.str(let text)) = value.kind else { return nil }
        return text
    }

    func compileStatements(_ statements: [Statement]) throws {
        for statement in statements { try compileStatement(statement) }
    }

    func compileStatement(_ statement: Statement) throws {
        setLocation(statement.range)
        switch statement.kind {
        case .functionDef:
            try compileFunctionDefinition(statement)
        case .classDef:
            try compileClassDefinition(statement)
        case .return(let value):
            try compileReturn(value, statement.range)
        case .delete(let targets):
            for target in targets { try compileExpression(target) }
        case let .assign(targets, value):
            try compileAssignment(targets: targets, value: value)
        case let .augAssign(target, op, value):
            try compileAugmentedAssignment(target: target, op: op, value: value, statement: statement.range)
        case let .annAssign(target, _, value, _):
            try compileAnnotatedAssignment(target: target, value: value)
        case let .for(target, iter, body, orelse):
            try compileFor(target: target, iter: iter, body: body, orelse: orelse, statement: statement.range)
        case let .while(test, body, orelse):
            try compileWhile(test: test, body: body, orelse: orelse, statement: statement.range)
        case let .if(test, body, orelse):
            try compileIf(test: test, body: body, orelse: orelse)
        case let .with(items, body):
            try compileWith(items: items, index: 0, body: body, statement: statement.range)
        case let .raise(exc, cause):
            var count = 0
            if let exc = exc {
                try compileExpression(exc)
                count += 1
                if let cause = cause {
                    try compileExpression(cause)
                    count += 1
                }
            }
            unit.emit(.RAISE_VARARGS, count)
        case let .try(body, handlers, orelse, finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            } else {
                try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
            }
        case let .assert(test, msg):
            try compileAssert(test: test, msg: msg)
        case .import(let aliases):
            try compileImport(aliases)
        case let .importFrom(module, names, level):
            try compileImportFrom(module: module, names: names, level: level, statement: statement.range)
        case .global, .nonlocal:
            break
        case .expr(let value):
            if isConstantExpression(value) {
                unit.emit(.NOP)
            } else {
                try compileExpression(value)
                unsetLocation()
                unit.emit(.POP_TOP)
            }
        case .pass:
            unit.emit(.NOP)
        case .break:
            try compileBreak()
        case .continue:
            try compileContinue()
        }
    }

    // MARK: - Simple statements

    private func compileAssert(test: Expression, msg: Expression?) throws {
        let end = unit.newLabel()
        try compileJumpIf(test, to: end, when: true)
        unit.emit(.LOAD_ASSERTION_ERROR)
        if let msg = msg {
            unit.emit(.PUSH_NULL)
            try compileExpression(msg)
            unit.emit(.CALL, 1)
        }
        unit.emit(.RAISE_VARARGS, 1)
        unit.bind(end)
    }

    /// `x: T = v` assigns; `obj.attr: T` and `obj[i]: T` without a value still evaluate the
    /// target's object (and subscript), as CPython does. The annotation itself is never evaluated.
    private func compileAnnotatedAssignment(target: Expression, value: Expression?) throws {
        if let value = value {
            try compileExpression(value)
            try compileExpression(target)
            return
        }
        switch target.kind {
        case .name:
            // Nothing to evaluate. At module and class level CPython stores the annotation, so
            // the line has code: keep it with a NOP. In a function CPython emits nothing.
            if unit.scope.kind != .function { unit.emit(.NOP) }
        case .attribute(let object, _, _):
            try compileExpression(object)
            unit.emit(.POP_TOP)
        case let .subscript(object, slice, _):
            try compileExpression(object)
            unit.emit(.POP_TOP)
            try compileAnnotatedSubscript(slice)
        default:
            break
        }
    }

    private func compileAnnotatedSubscript(_ slice: Expression) throws {
        switch slice.kind {
        case let .slice(lower, upper, step):
            for part in [lower, upper, step] {
                if let part = part {
                    try compileExpression(part)
                    unit.emit(.POP_TOP)
                }
            }
        case .tuple(let elements, _):
            for element in elements { try compileAnnotatedSubscript(element) }
        default:
            try compileExpression(slice)
            unit.emit(.POP_TOP)
        }
    }

    // MARK: - if / while / for

    private func compileIf(test: Expression, body: [Statement], orelse: [Statement]) throws {
        let end = unit.newLabel()
        let next = orelse.isEmpty ? end : unit.newLabel()
        try compileJumpIf(test, to: next, when: false)
        try compileStatements(body)
        if !orelse.isEmpty {
            unsetLocation()
            unit.emit(.jump, target: end)
            unit.bind(next)
            try compileStatements(orelse)
        }
        unit.bind(end)
    }

    /// `head: <test>; POP_JUMP_IF_FALSE else; body; continue: JUMP_BACKWARD head; else: orelse; exit:`
    /// `continue` jumps forward to the single back edge, so every loop has exactly one.
    private func compileWhile(test: Expression, body: [Statement], orelse: [Statement], statement: SourceRange) throws {
        let head = unit.newLabel()
        let continueTarget = unit.newLabel()
        let exit = unit.newLabel()
        let orelseStart = orelse.isEmpty ? exit : unit.newLabel()
        try pushFrameBlock(FrameBlock(kind: .whileLoop, continueTarget: continueTarget, exit: exit))
        if let constant = constantValue(of: test), isTruthy(constant) {
            // `while True:` has no test; its line marker stays outside the loop.
            withLocation(test.range) { unit.emit(.NOP) }
            unit.bind(head)
        } else {
            unit.bind(head)
            try compileJumpIf(test, to: orelseStart, when: false)
        }
        try compileStatements(body)
        unit.bind(continueTarget)
        setLocation(statement)
        unit.emit(.jump, target: head)
        popFrameBlock()
        if !orelse.isEmpty {
            unit.bind(orelseStart)
            try compileStatements(orelse)
        }
        unit.bind(exit)
    }

    /// `<iter>; GET_ITER; head: FOR_ITER else; <store>; body; continue: JUMP_BACKWARD head; else: orelse; exit:`
    private func compileFor(target: Expression, iter: Expression, body: [Statement], orelse: [Statement],
                            statement: SourceRange) throws {
        let head = unit.newLabel()
        let continueTarget = unit.newLabel()
        let exhausted = unit.newLabel()
        let exit = unit.newLabel()
        try compileIterable(iter)
        unit.emit(.GET_ITER)
        unit.bind(head)
        try pushFrameBlock(FrameBlock(kind: .forLoop, continueTarget: continueTarget, exit: exit))
        unit.emitJump(.FOR_ITER, to: exhausted)
        try compileExpression(target)
        try compileStatements(body)
        unit.bind(continueTarget)
        setLocation(statement)
        unit.emit(.jump, target: head)
        popFrameBlock()
        unit.bind(exhausted)
        try compileStatements(orelse)
        unit.bind(exit)
    }

    /// An iterable of `for` or a comprehension: a constant list or set display becomes a constant
    /// tuple or frozenset (CPython's fold_iter).
    func compileIterable(_ iter: Expression) throws {
        switch iter.kind {
        case .list(let elements, .load) where !elements.contains(where: isStarred):
            try withLocation(iter.range) {
                if let constant = constantTuple(elements) {
                    unit.emitLoadConstant(constant)
                } else {
                    for element in elements { try compileExpression(element) }
                    unit.emit(.BUILD_TUPLE, elements.count)
                }
            }
        case .set(let elements):
            if case .tuple(let items)? = constantTuple(elements) {
                withLocation(iter.range) { unit.emitLoadConstant(.frozenset(items)) }
            } else {
                try compileExpression(iter)
            }
        default:
            try compileExpression(iter)
        }
    }

    // MARK: - return / break / continue

    private func compileReturn(_ value: Expression?, _ statement: SourceRange) throws {
        guard unit.scope.kind == .function else { throw syntaxError("'return' outside function", at: statement) }
        let preserveTop = value.map { !isConstantExpression($0) } ?? false
        if preserveTop, let value = value {
            try compileExpression(value)
        } else if let value = value {
            setLocation(value.range)
            unit.emit(.NOP)
        }
        if value == nil || value!.range.line != statement.line {
            setLocation(statement)
            unit.emit(.NOP)
        }
        try unwindFrameBlocks(preserveTop: preserveTop, stopAtLoop: false)
        if let value = value {
            if preserveTop {
                unit.emit(.RETURN_VALUE)
            } else {
                unit.emit(.RETURN_CONST, unit.constantSlot(constantValue(of: value)!))
            }
        } else {
            unit.emit(.RETURN_CONST, unit.constantSlot(.none))
        }
    }

    private func compileBreak() throws {
        let range = SourceRange(line: unit.currentLine, column: currentColumn, endLine: unit.currentLine, endColumn: currentColumn)
        unit.emit(.NOP)
        guard let loop = try unwindFrameBlocks(preserveTop: false, stopAtLoop: true) else {
            throw syntaxError("'break' outside loop", at: range)
        }
        try unwind(loop, preserveTop: false)
        unit.emit(.jump, target: loop.exit!)
    }

    private func compileContinue() throws {
        let range = SourceRange(line: unit.currentLine, column: currentColumn, endLine: unit.currentLine, endColumn: currentColumn)
        unit.emit(.NOP)
        guard let loop = try unwindFrameBlocks(preserveTop: false, stopAtLoop: true) else {
            throw syntaxError("'continue' not properly in loop", at: range)
        }
        unit.emit(.jump, target: loop.continueTarget!)
    }
}

func isStarred(_ expression: Expression) -> Bool {
    if case .starred = expression.kind { return true }
    return false
}
