import Bytecode

extension Compiler {
    /// Compile an expression with its own line (CPython's compiler_visit_expr).
    func compileExpression(_ expression: Expression) throws {
        try withLocation(expression.range) { try compileExpressionHere(expression) }
    }

    private func compileExpressionHere(_ expression: Expression) throws {
        if let constant = constantValue(of: expression) {
            unit.emitLoadConstant(constant)
            return
        }
        switch expression.kind {
        case .constant:
            preconditionFailure("constants are handled above")
        case let .boolOp(op, values):
            let end = unit.newLabel()
            let jump: Opcode = op == .and ? .JUMP_IF_FALSE_OR_POP : .JUMP_IF_TRUE_OR_POP
            for value in values.dropLast() {
                try compileExpression(value)
                unit.emitJump(jump, to: end)
            }
            try compileExpression(values[values.count - 1])
            unit.bind(end)
        case let .namedExpr(target, value):
            try compileExpression(value)
            unit.emit(.COPY, 1)
            try compileExpression(target)
        case let .binOp(left, op, right):
            try compileExpression(left)
            try compileExpression(right)
            unit.emit(.BINARY_OP, binaryOperatorCode(op))
        case let .unaryOp(op, operand):
            try compileExpression(operand)
            switch op {
            case .invert: unit.emit(.UNARY_INVERT)
            case .not: unit.emit(.UNARY_NOT)
            case .uAdd: unit.emit(.UNARY_POSITIVE)
            case .uSub: unit.emit(.UNARY_NEGATIVE)
            }
        case let .lambda(args, body):
            try compileLambda(expression, args: args, body: body)
        case let .ifExp(test, body, orelse):
            let end = unit.newLabel()
            let next = unit.newLabel()
            try compileJumpIf(test, to: next, when: false)
            try compileExpression(body)
            unit.emitArtificialJump(to: end)
            unit.bind(next)
            try compileExpression(orelse)
            unit.bind(end)
        case let .dict(keys, values):
            try compileDictionary(keys: keys, values: values)
        case .set(let elements):
            try compileStarredSequence(elements, pushed: 0, build: .BUILD_SET, add: .SET_ADD, extend: .SET_UPDATE, asTuple: false)
        case .list(let elements, let ctx):
            try compileSequence(elements, ctx, build: .BUILD_LIST, asTuple: false)
        case .tuple(let elements, let ctx):
            try compileSequence(elements, ctx, build: .BUILD_LIST, asTuple: true)
        case let .listComp(elt, generators):
            try compileComprehension(expression, .list, generators: generators, element: elt, value: nil)
        case let .setComp(elt, generators):
            try compileComprehension(expression, .set, generators: generators, element: elt, value: nil)
        case let .dictComp(key, value, generators):
            try compileComprehension(expression, .dict, generators: generators, element: key, value: value)
        case let .generatorExp(elt, generators):
            try compileComprehension(expression, .generator, generators: generators, element: elt, value: nil)
        case .yield(let value):
            guard unit.scope.kind == .function else { throw syntaxError("'yield' outside function", at: expression.range) }
            if let value = value {
                try compileExpression(value)
            } else {
                unit.emitLoadConstant(.none)
            }
            unit.emit(.YIELD_VALUE)
            unit.emit(.RESUME, 1)
        case .yieldFrom(let value):
            guard unit.scope.kind == .function else { throw syntaxError("'yield' outside function", at: expression.range) }
            try compileExpression(value)
            unit.emit(.GET_YIELD_FROM_ITER)
            unit.emitLoadConstant(.none)
            emitYieldFromLoop()
        case let .compare(left, ops, comparators):
            try compileComparison(left: left, ops: ops, comparators: comparators)
        case .call:
            try compileCall(expression)
        case let .formattedValue(value, conversion, spec):
            try compileExpression(value)
            var oparg: Int
            switch conversion {
            case 115: oparg = 1
            case 114: oparg = 2
            case 97: oparg = 3
            default: oparg = 0
            }
            if let spec = spec {
                try compileExpression(spec)
                oparg |= 4
            }
            unit.emit(.FORMAT_VALUE, oparg)
        case .joinedStr(let values):
            try compileJoinedString(values)
        case let .attribute(value, attr, ctx):
            try compileAttribute(expression, value: value, attr: attr, ctx: ctx)
        case let .subscript(value, slice, ctx):
            try compileExpression(value)
            if case let .slice(lower, upper, nil) = slice.kind, ctx != .del {
                try compileSliceBound(lower)
                try compileSliceBound(upper)
                unit.emit(ctx == .load ? .BINARY_SLICE : .STORE_SLICE)
            } else {
                try compileExpression(slice)
                switch ctx {
                case .load: unit.emit(.BINARY_SUBSCR)
                case .store: unit.emit(.STORE_SUBSCR)
                case .del: unit.emit(.DELETE_SUBSCR)
                }
            }
        case let .starred(_, ctx):
            if ctx == .store {
                throw syntaxError("starred assignment target must be in a list or tuple", at: expression.range)
            }
            throw syntaxError("can't use starred expression here", at: expression.range)
        case let .name(id, ctx):
            compileName(id, ctx)
        case let .slice(lower, upper, step):
            try compileSliceBound(lower)
            try compileSliceBound(upper)
            if let step = step {
                try compileExpression(step)
                unit.emit(.BUILD_SLICE, 3)
            } else {
                unit.emit(.BUILD_SLICE, 2)
            }
        }
    }

    private func compileSliceBound(_ bound: Expression?) throws {
        if let bound = bound {
            try compileExpression(bound)
        } else {
            unit.emitLoadConstant(.none)
        }
    }

    /// `SEND exit; YIELD_VALUE; RESUME 2; JUMP_BACKWARD send; exit:` with [iter, value] on the
    /// stack (CPython 3.11's compiler_add_yield_from; RESUME 2 marks a yield-from suspension).
    func emitYieldFromLoop() {
        let send = unit.newLabel()
        let exit = unit.newLabel()
        unit.bind(send)
        unit.emitJump(.SEND, to: exit)
        unit.emit(.YIELD_VALUE)
        unit.emit(.RESUME, 2)
        unit.emit(.jump, target: send)
        unit.bind(exit)
    }

    // MARK: - Attributes

    private func compileAttribute(_ expression: Expression, value: Expression, attr: String, ctx: ExpressionContext) throws {
        if ctx == .load, try compileSuperAttribute(expression, value: value, attr: attr, isMethod: false) {
            return
        }
        try compileExpression(value)
        // The attribute instruction is placed on the line where the attribute name is.
        unit.currentLine = expression.range.endLine
        let slot = mangledNameSlot(attr)
        switch ctx {
        case .load: unit.emit(.LOAD_ATTR, slot)
        case .store: unit.emit(.STORE_ATTR, slot)
        case .del: unit.emit(.DELETE_ATTR, slot)
        }
    }

    /// `super().name` (and `super().name(...)` when `isMethod`) in a method: LOAD_GLOBAL super;
    /// LOAD_DEREF __class__; <first argument>; LOAD_SUPER_ATTR (CPython 3.12's optimization).
    /// Returns false, emitting nothing, when the zero-argument form does not apply.
    func compileSuperAttribute(_ attribute: Expression, value: Expression, attr: String, isMethod: Bool) throws -> Bool {
        guard case let .call(function, args, keywords) = value.kind, case .name("super", .load) = function.kind,
              attr != "__class__", args.isEmpty, keywords.isEmpty else { return false }
        guard unit.scope.scope(of: "super") == .globalImplicit, symbols.top.scope(of: "super") == nil else { return false }
        guard unit.argCount + unit.positionalOnlyArgCount > 0, unit.scope.scope(of: "__class__") == .free,
              let firstArgument = unit.scope.parameterNames.first else { return false }
        try withLocation(value.range) {
            withLocation(function.range) { compileName("super", .load) }
            compileName("__class__", .load)
            unit.emitNamedVariable(firstArgument, compiler: self)
        }
        unit.currentLine = attribute.range.endLine
        unit.emit(.LOAD_SUPER_ATTR, (mangledNameSlot(attr) << 2) | (isMethod ? 1 : 0))
        return true
    }

    // MARK: - Operators

    func binaryOperatorCode(_ op: BinaryOperator) -> Int {
        switch op {
        case .add: return 0
        case .bitAnd: return 1
        case .floorDiv: return 2
        case .lShift: return 3
        case .matMult: return 4
        case .mult: return 5
        case .mod: return 6
        case .bitOr: return 7
        case .pow: return 8
        case .rShift: return 9
        case .sub: return 10
        case .div: return 11
        case .bitXor: return 12
        }
    }

    func emitComparison(_ op: ComparisonOperator) {
        switch op {
        case .is: unit.emit(.IS_OP, 0)
        case .isNot: unit.emit(.IS_OP, 1)
        case .in: unit.emit(.CONTAINS_OP, 0)
        case .notIn: unit.emit(.CONTAINS_OP, 1)
        case .lt: unit.emit(.COMPARE_OP, 0)
        case .ltE: unit.emit(.COMPARE_OP, 1)
        case .eq: unit.emit(.COMPARE_OP, 2)
        case .notEq: unit.emit(.COMPARE_OP, 3)
        case .gt: unit.emit(.COMPARE_OP, 4)
        case .gtE: unit.emit(.COMPARE_OP, 5)
        }
    }

    /// A comparator; the right side of `in`/`not in` may be a constant tuple or frozenset.
    func compileComparator(_ comparator: Expression, _ op: ComparisonOperator, isLast: Bool) throws {
        if isLast && (op == .in || op == .notIn) {
            try compileIterable(comparator)
        } else {
            try compileExpression(comparator)
        }
    }

    /// `a < b < c` keeps b on the stack: `a; b; SWAP 2; COPY 2; COMPARE; JUMP_IF_FALSE_OR_POP
    /// cleanup; c; COMPARE; JUMP end; cleanup: SWAP 2; POP_TOP; end:`
    private func compileComparison(left: Expression, ops: [ComparisonOperator], comparators: [Expression]) throws {
        try compileExpression(left)
        if ops.count == 1 {
            try compileComparator(comparators[0], ops[0], isLast: true)
            emitComparison(ops[0])
            return
        }
        let cleanup = unit.newLabel()
        for index in 0..<(ops.count - 1) {
            try compileExpression(comparators[index])
            unit.emit(.SWAP, 2)
            unit.emit(.COPY, 2)
            emitComparison(ops[index])
            unit.emitJump(.JUMP_IF_FALSE_OR_POP, to: cleanup)
        }
        try compileComparator(comparators[ops.count - 1], ops[ops.count - 1], isLast: true)
        emitComparison(ops[ops.count - 1])
        let end = unit.newLabel()
        unit.emitArtificialJump(to: end)
        unit.bind(cleanup)
        unit.emit(.SWAP, 2)
        unit.emit(.POP_TOP)
        unit.bind(end)
    }

    // MARK: - Conditional jumps

    /// Jump to `target` when the truth of `test` equals `condition`, else fall through (CPython
    /// 3.11's compiler_jump_if): `not` flips the condition, and/or and conditional expressions
    /// become jump chains, chained comparisons clean up their middle operand, `x is None` uses
    /// POP_JUMP_IF_NONE, and a constant test is decided at compile time.
    func compileJumpIf(_ test: Expression, to target: Label, when condition: Bool) throws {
        if let constant = constantValue(of: test) {
            // What CPython's optimizer leaves of LOAD_CONST; POP_JUMP_IF_*: NOPs keeping both lines.
            withLocation(test.range) { unit.emit(.NOP) }
            if isTruthy(constant) == condition {
                unit.emit(.jump, target: target)
            } else {
                unit.emit(.NOP)
            }
            return
        }
        // A comparison moves the current location to itself, for good (CPython 3.11 does so).
        if case .compare = test.kind { setLocation(test.range) }
        switch test.kind {
        case .unaryOp(.not, let operand):
            try compileJumpIf(operand, to: target, when: !condition)
            return
        case let .boolOp(op, values):
            let jumpsOnTrue = op == .or
            let next = jumpsOnTrue == condition ? target : unit.newLabel()
            for value in values.dropLast() {
                try compileJumpIf(value, to: next, when: jumpsOnTrue)
            }
            try compileJumpIf(values[values.count - 1], to: target, when: condition)
            if next != target { unit.bind(next) }
            return
        case let .ifExp(ifTest, body, orelse):
            let end = unit.newLabel()
            let next = unit.newLabel()
            try compileJumpIf(ifTest, to: next, when: false)
            try compileJumpIf(body, to: target, when: condition)
            unit.emitArtificialJump(to: end)
            unit.bind(next)
            try compileJumpIf(orelse, to: target, when: condition)
            unit.bind(end)
            return
        case let .compare(left, ops, comparators) where ops.count > 1:
            let cleanup = unit.newLabel()
            try compileExpression(left)
            for index in 0..<(ops.count - 1) {
                try compileExpression(comparators[index])
                unit.emit(.SWAP, 2)
                unit.emit(.COPY, 2)
                emitComparison(ops[index])
                unit.emitJump(.POP_JUMP_IF_FALSE, to: cleanup)
            }
            try compileComparator(comparators[ops.count - 1], ops[ops.count - 1], isLast: true)
            emitComparison(ops[ops.count - 1])
            unit.emitJump(condition ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, to: target)
            let end = unit.newLabel()
            unit.emitArtificialJump(to: end)
            unit.bind(cleanup)
            unit.emit(.POP_TOP)
            if !condition { unit.emitArtificialJump(to: target) }
            unit.bind(end)
            return
        case let .compare(left, ops, comparators) where ops[0] == .is || ops[0] == .isNot:
            if case .constant(.none) = comparators[0].kind {
                // `x is None` / `x is not None` test the value directly.
                try compileExpression(left)
                let jumpIfNone = (ops[0] == .is) == condition
                unit.emitJump(jumpIfNone ? .POP_JUMP_IF_NONE : .POP_JUMP_IF_NOT_NONE, to: target)
                return
            }
        default:
            break
        }
        try compileExpression(test)
        unit.emitJump(condition ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, to: target)
    }

    // MARK: - Constants

    /// The compile-time value of an expression (see `compileTimeConstant`).
    func constantValue(of expression: Expression) -> Constant? {
        compileTimeConstant(expression)
    }

    func isConstantExpression(_ expression: Expression) -> Bool {
        constantValue(of: expression) != nil
    }

    /// The elements as one constant tuple, when every one of them is constant.
    func constantTuple(_ elements: [Expression]) -> Constant? {
        compileTimeConstantTuple(elements)
    }
}

/// The compile-time value of an expression: a constant, a tuple of constants, or a unary or
/// binary operation directly on constants (what the AST optimizer could not keep as a node). These
/// are the expressions CPython's AST optimizer turns into Constant nodes.
func compileTimeConstant(_ expression: Expression) -> Constant? {
    switch expression.kind {
    case .constant(let value):
        return value.asConstant
    case .tuple(let elements, .load):
        return compileTimeConstantTuple(elements)
    case let .unaryOp(op, operand):
        guard case .constant(let value) = operand.kind else { return nil }
        return ConstantArithmetic.unary(op, value.asConstant)
    case let .binOp(left, op, right):
        guard case .constant(let a) = left.kind, case .constant(let b) = right.kind else { return nil }
        return ConstantArithmetic.binary(a.asConstant, op, b.asConstant)
    default:
        return nil
    }
}

func compileTimeConstantTuple(_ elements: [Expression]) -> Constant? {
    var items: [Constant] = []
    for element in elements {
        guard let value = compileTimeConstant(element) else { return nil }
        items.append(value)
    }
    return .tuple(items)
}

extension CodeUnitBuilder {
    /// An unconditional jump without a line (CPython's ADDOP_JUMP_NOLINE).
    func emitArtificialJump(to target: Label) {
        let saved = currentLine
        currentLine = -1
        emit(.jump, target: target)
        currentLine = saved
    }

    /// Load a function's parameter by its (mangled) name, wherever the symbol table put it.
    func emitNamedVariable(_ mangledName: String, compiler: Compiler) {
        switch scope.scope(of: mangledName) {
        case .cell?: emit(.LOAD_DEREF, variable: .cell(cellSlot(mangledName)!))
        case .free?: emit(.LOAD_DEREF, variable: .free(freeSlot(mangledName)!))
        default: emit(.LOAD_FAST, variable: .fast(varnameSlot(mangledName)))
        }
    }
}
