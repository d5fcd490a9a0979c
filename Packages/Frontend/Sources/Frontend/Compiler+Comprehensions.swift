import Bytecode

// Comprehensions and generator expressions are nested functions, as in CPython 3.11: the
// outermost iterable is evaluated in the enclosing scope and passed as the parameter `.0`:
// `<MAKE_FUNCTION code>; PUSH_NULL; <outermost iterable>; GET_ITER; CALL 1`.

extension Compiler {
    func compileComprehension(_ expression: Expression, _ kind: ComprehensionKind, generators: [Comprehension],
                              element: Expression, value: Expression?) throws {
        let scope = childScope(ScopeKey(.comprehension, expression.range))
        enterUnit(scope: scope, kind: .comprehension, name: kind.codeName, firstLine: expression.range.line)
        setLocation(expression.range)
        unit.argCount = 1
        switch kind {
        case .list: unit.emit(.BUILD_LIST, 0)
        case .set: unit.emit(.BUILD_SET, 0)
        case .dict: unit.emit(.BUILD_MAP, 0)
        case .generator: break
        }
        try compileComprehensionLoop(generators, index: 0, depth: 0, kind: kind, element: element, value: value)
        if kind != .generator { unit.emit(.RETURN_VALUE) }
        let code = finishUnit()

        makeClosure(code, flags: 0)
        unit.emit(.PUSH_NULL)
        try compileIterable(generators[0].iter)
        unit.emit(.GET_ITER)
        unit.emit(.CALL, 1)
    }

    /// One `for ... in ... if ...` clause: `head: FOR_ITER done; <target>; <ifs jump to next>;
    /// <inner clauses or the element>; next: JUMP_BACKWARD head; done:`.
    /// `for y in [expr]` (a one-element list or tuple) just assigns, with no loop.
    private func compileComprehensionLoop(_ generators: [Comprehension], index: Int, depth: Int, kind: ComprehensionKind,
                                          element: Expression, value: Expression?) throws {
        let generator = generators[index]
        let head = unit.newLabel()
        let next = unit.newLabel()
        let done = unit.newLabel()
        var depth = depth
        var isLoop = true
        if index == 0 {
            unit.emit(.LOAD_FAST, variable: .fast(unit.varnameSlot(".0")))
        } else {
            switch generator.iter.kind {
            case .list(let items, _) where items.count == 1 && !isStarred(items[0]),
                 .tuple(let items, _) where items.count == 1 && !isStarred(items[0]):
                try compileExpression(items[0])
                isLoop = false
            default:
                try compileIterable(generator.iter)
                unit.emit(.GET_ITER)
            }
        }
        if isLoop {
            depth += 1
            unit.bind(head)
            unit.emitJump(.FOR_ITER, to: done)
        }
        try compileExpression(generator.target)
        for condition in generator.ifs {
            try compileJumpIf(condition, to: next, when: false)
        }
        if index + 1 < generators.count {
            try compileComprehensionLoop(generators, index: index + 1, depth: depth, kind: kind, element: element, value: value)
        } else {
            switch kind {
            case .generator:
                try compileExpression(element)
                unit.emit(.YIELD_VALUE)
                unit.emit(.RESUME, 1)
                unit.emit(.POP_TOP)
            case .list:
                try compileExpression(element)
                unit.emit(.LIST_APPEND, depth + 1)
            case .set:
                try compileExpression(element)
                unit.emit(.SET_ADD, depth + 1)
            case .dict:
                try compileExpression(element)
                try compileExpression(value!)
                unit.emit(.MAP_ADD, depth + 1)
            }
        }
        unit.bind(next)
        if isLoop {
            unit.emit(.jump, target: head)
            unit.bind(done)
        }
    }
}
