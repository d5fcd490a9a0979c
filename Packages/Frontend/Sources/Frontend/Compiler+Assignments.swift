import Bytecode

extension Compiler {
    /// `t1 = t2 = value`: the value once, COPY 1 for every target but the last (CPython 3.11).
    /// `a, b = b, a` skips building the tuple: the values are swapped on the stack instead
    /// (what CPython's optimizer makes of BUILD_TUPLE n; UNPACK_SEQUENCE n for n <= 3).
    func compileAssignment(targets: [Expression], value: Expression) throws {
        if targets.count == 1, let count = swappableCount(target: targets[0], value: value) {
            guard case .tuple(let values, _) = value.kind, let elements = sequenceElements(targets[0]) else { preconditionFailure() }
            try withLocation(value.range) {
                for item in values { try compileExpression(item) }
            }
            if count > 1 {
                withLocation(targets[0].range) { unit.emit(.SWAP, count) }
            }
            try withLocation(targets[0].range) {
                for element in elements { try compileExpression(element) }
            }
            return
        }
        try compileExpression(value)
        for (index, target) in targets.enumerated() {
            if index < targets.count - 1 { unit.emit(.COPY, 1) }
            try compileExpression(target)
        }
    }

    private func sequenceElements(_ expression: Expression) -> [Expression]? {
        switch expression.kind {
        case .tuple(let elements, _), .list(let elements, _): return elements
        default: return nil
        }
    }

    /// The element count when `target = value` is `a, b[, c] = x, y[, z]` without stars.
    private func swappableCount(target: Expression, value: Expression) -> Int? {
        guard case .tuple(let values, .load) = value.kind, let targets = sequenceElements(target),
              values.count == targets.count, (1...3).contains(values.count),
              !values.contains(where: isStarred), !targets.contains(where: isStarred),
              !isConstantExpression(value) else { return nil }
        return values.count
    }

    /// Store into a tuple/list target: UNPACK_SEQUENCE, or UNPACK_EX with one starred target
    /// (CPython's unpack_helper / assignment_helper).
    func compileUnpacking(_ elements: [Expression]) throws {
        var seenStar = false
        for (index, element) in elements.enumerated() where isStarred(element) {
            if seenStar {
                throw syntaxErrorHere("multiple starred expressions in assignment")
            }
            let after = elements.count - index - 1
            // Hotpath opargs have 24 bits: 8 for the count before the star, 16 after it.
            if index >= 1 << 8 || after >= 1 << 16 {
                throw syntaxErrorHere("too many expressions in star-unpacking assignment")
            }
            unit.emit(.UNPACK_EX, index + (after << 8))
            seenStar = true
        }
        if !seenStar { unit.emit(.UNPACK_SEQUENCE, elements.count) }
        for element in elements {
            if case .starred(let value, _) = element.kind {
                try compileExpression(value)
            } else {
                try compileExpression(element)
            }
        }
    }

    /// `target op= value` (CPython 3.12's compiler_augassign, with BINARY_SLICE/STORE_SLICE for
    /// `a[x:y] op= v`): the target's object (and index) is evaluated once and kept with COPY.
    func compileAugmentedAssignment(target: Expression, op: BinaryOperator, value: Expression, statement: SourceRange) throws {
        let statementLine = unit.currentLine
        setLocation(target.range)
        switch target.kind {
        case let .attribute(object, attr, _):
            try compileExpression(object)
            unit.emit(.COPY, 1)
            unit.currentLine = target.range.endLine
            unit.emit(.LOAD_ATTR, mangledNameSlot(attr))
        case let .subscript(object, slice, _):
            try compileExpression(object)
            if case let .slice(lower, upper, nil) = slice.kind {
                try compileExpression(lower ?? Expression(.constant(.none), slice.range))
                try compileExpression(upper ?? Expression(.constant(.none), slice.range))
                unit.emit(.COPY, 3)
                unit.emit(.COPY, 3)
                unit.emit(.COPY, 3)
                unit.emit(.BINARY_SLICE)
            } else {
                try compileExpression(slice)
                unit.emit(.COPY, 2)
                unit.emit(.COPY, 2)
                unit.emit(.BINARY_SUBSCR)
            }
        case .name(let id, _):
            compileName(id, .load)
        default:
            throw syntaxError("'\(target.kind)' is an illegal expression for augmented assignment", at: target.range)
        }
        unit.currentLine = statementLine
        currentColumn = statement.column
        try compileExpression(value)
        unit.emit(.BINARY_OP, binaryOperatorCode(op) + 13)
        setLocation(target.range)
        switch target.kind {
        case let .attribute(_, attr, _):
            unit.currentLine = target.range.endLine
            unit.emit(.SWAP, 2)
            unit.emit(.STORE_ATTR, mangledNameSlot(attr))
        case let .subscript(_, slice, _):
            if case .slice(_, _, nil) = slice.kind {
                unit.emit(.SWAP, 4)
                unit.emit(.SWAP, 3)
                unit.emit(.SWAP, 2)
                unit.emit(.STORE_SLICE)
            } else {
                unit.emit(.SWAP, 3)
                unit.emit(.SWAP, 2)
                unit.emit(.STORE_SUBSCR)
            }
        case .name(let id, _):
            compileName(id, .store)
        default:
            break
        }
    }
}
