import Bytecode

// try/except/finally, with, and the unwinding that return/break/continue do through them, in
// CPython 3.11's zero-cost scheme: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and POP_BLOCK mark
// the protected ranges; the assembler turns them into the exception table.

extension Compiler {
    // MARK: - Unwinding

    /// Emit the code that leaves every frame block up to (not including) the innermost loop when
    /// `stopAtLoop`, or all of them; return that loop (CPython's compiler_unwind_fblock_stack).
    /// `preserveTop`: a return value on top of the stack must survive the unwinding.
    @discardableResult
    func unwindFrameBlocks(preserveTop: Bool, stopAtLoop: Bool) throws -> FrameBlock? {
        guard let top = unit.frameBlocks.last else { return nil }
        if stopAtLoop && top.isLoop { return top }
        unit.frameBlocks.removeLast()
        defer { unit.frameBlocks.append(top) }
        try unwind(top, preserveTop: preserveTop)
        return try unwindFrameBlocks(preserveTop: preserveTop, stopAtLoop: stopAtLoop)
    }

    /// The code leaving one frame block (CPython's compiler_unwind_fblock).
    func unwind(_ block: FrameBlock, preserveTop: Bool) throws {
        switch block.kind {
        case .whileLoop, .exceptionHandler:
            break
        case .forLoop:
            if preserveTop { unit.emit(.SWAP, 2) }
            unit.emit(.POP_TOP)
        case .tryExcept:
            unit.emitPopBlock()
        case .finallyTry:
            unit.emitPopBlock()
            if preserveTop { try pushFrameBlock(FrameBlock(kind: .popValue)) }
            try compileStatements(block.finalBody)
            if preserveTop { popFrameBlock() }
            // What follows the finally body (the return or jump) has no line of its own.
            unsetLocation()
        case .finallyEnd:
            if preserveTop { unit.emit(.SWAP, 2) }
            unit.emit(.POP_TOP)
            if preserveTop { unit.emit(.SWAP, 2) }
            unit.emitPopBlock()
            unit.emit(.POP_EXCEPT)
        case .with:
            unit.currentLine = block.withLine
            unit.emitPopBlock()
            if preserveTop { unit.emit(.SWAP, 2) }
            emitCallExitWithNones()
            unit.emit(.POP_TOP)
            unsetLocation()
        case .handlerCleanup:
            if block.handlerName != nil { unit.emitPopBlock() }
            if preserveTop { unit.emit(.SWAP, 2) }
            unit.emitPopBlock()
            unit.emit(.POP_EXCEPT)
            if let name = block.handlerName {
                unit.emitLoadConstant(.none)
                compileName(name, .store)
                compileName(name, .del)
            }
        case .popValue:
            if preserveTop { unit.emit(.SWAP, 2) }
            unit.emit(.POP_TOP)
        }
    }

    /// `__exit__(None, None, None)`: with [exit] below, the first None fills the self_or_null slot,
    /// so CALL 2 passes three Nones (as CPython 3.13 does).
    func emitCallExitWithNones() {
        unit.emitLoadConstant(.none)
        unit.emitLoadConstant(.none)
        unit.emitLoadConstant(.none)
        unit.emit(.CALL, 2)
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: restore the previous exception and re-raise, for the
    /// cleanup handler of an exception handler.
    private func emitPopExceptAndReraise() {
        unit.emit(.COPY, 3)
        unit.emit(.POP_EXCEPT)
        unit.emit(.RERAISE, 1)
    }

    // MARK: - try

    /// CPython 3.11's compiler_try_except.
    func compileTryExcept(body: [Statement], handlers: [ExceptHandler], orelse: [Statement]) throws {
        let exceptLabel = unit.newLabel()
        let end = unit.newLabel()
        let cleanup = unit.newLabel()

        unit.emit(.setupFinally, target: exceptLabel)
        try pushFrameBlock(FrameBlock(kind: .tryExcept))
        try compileStatements(body)
        popFrameBlock()
        unit.emitArtificialPopBlock()
        try compileStatements(orelse)
        unsetLocation()
        unit.emit(.jump, target: end)

        unit.bind(exceptLabel)
        unsetLocation()
        unit.emit(.setupCleanup, target: cleanup)
        unit.emit(.PUSH_EXC_INFO)
        // The runtime pushed the previous exception: a block accounts for it.
        try pushFrameBlock(FrameBlock(kind: .exceptionHandler))
        for (index, handler) in handlers.enumerated() {
            setLocation(handler.range)
            if handler.type == nil && index < handlers.count - 1 {
                throw syntaxError("default 'except:' must be last", at: handler.range)
            }
            let nextHandler = unit.newLabel()
            if let type = handler.type {
                try compileExpression(type)
                unit.emit(.CHECK_EXC_MATCH)
                unit.emitJump(.POP_JUMP_IF_FALSE, to: nextHandler)
            }
            if let name = handler.name {
                // except T as name:  try: body  finally: name = None; del name
                let cleanupEnd = unit.newLabel()
                compileName(name, .store)
                unit.emit(.setupCleanup, target: cleanupEnd)
                try pushFrameBlock(FrameBlock(kind: .handlerCleanup, handlerName: name))
                try compileStatements(handler.body)
                popFrameBlock()
                unsetLocation()
                unit.emitPopBlock()
                unit.emitPopBlock()
                unit.emit(.POP_EXCEPT)
                unit.emitLoadConstant(.none)
                compileName(name, .store)
                compileName(name, .del)
                unit.emit(.jump, target: end)

                unit.bind(cleanupEnd)
                unsetLocation()
                unit.emitLoadConstant(.none)
                compileName(name, .store)
                compileName(name, .del)
                unit.emit(.RERAISE, 1)
            } else {
                unit.emit(.POP_TOP)
                try pushFrameBlock(FrameBlock(kind: .handlerCleanup))
                try compileStatements(handler.body)
                popFrameBlock()
                unsetLocation()
                unit.emitPopBlock()
                unit.emit(.POP_EXCEPT)
                unit.emit(.jump, target: end)
            }
            unit.bind(nextHandler)
        }
        unsetLocation()
        popFrameBlock()
        unit.emit(.RERAISE, 0)
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(end)
    }

    /// CPython 3.11's compiler_try_finally: the finally body is compiled twice, once for the
    /// normal exit and once as the exception handler (plus once more per return/break/continue
    /// that leaves the try body).
    func compileTryFinally(body: [Statement], handlers: [ExceptHandler], orelse: [Statement], finalbody: [Statement]) throws {
        let handlerLabel = unit.newLabel()
        let exit = unit.newLabel()
        let cleanup = unit.newLabel()

        unit.emit(.setupFinally, target: handlerLabel)
        try pushFrameBlock(FrameBlock(kind: .finallyTry, finalBody: finalbody))
        if !handlers.isEmpty {
            try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
        } else {
            try compileStatements(body)
        }
        unit.emitArtificialPopBlock()
        popFrameBlock()
        try compileStatements(finalbody)
        unsetLocation()
        unit.emit(.jump, target: exit)

        unit.bind(handlerLabel)
        unsetLocation()
        unit.emit(.setupCleanup, target: cleanup)
        unit.emit(.PUSH_EXC_INFO)
        try pushFrameBlock(FrameBlock(kind: .finallyEnd))
        try compileStatements(finalbody)
        popFrameBlock()
        unsetLocation()
        unit.emit(.RERAISE, 0)
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(exit)
    }

    // MARK: - with

    /// CPython 3.11's compiler_with, one item at a time:
    /// `<mgr>; BEFORE_WITH; SETUP_WITH final; <store or POP_TOP>; body; POP_BLOCK;
    ///  exit(None, None, None); POP_TOP; JUMP exit;
    ///  final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress;
    ///  RERAISE 2; cleanup: COPY 3; POP_EXCEPT; RERAISE 1;
    ///  suppress: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP; exit:`
    func compileWith(items: [WithItem], index: Int, body: [Statement], statement: SourceRange) throws {
        let item = items[index]
        let final = unit.newLabel()
        let exit = unit.newLabel()
        let cleanup = unit.newLabel()

        try compileExpression(item.contextExpr)
        unit.emit(.BEFORE_WITH)
        unit.emit(.setupWith, target: final)
        try pushFrameBlock(FrameBlock(kind: .with, withLine: statement.line))
        if let target = item.optionalVars {
            try compileExpression(target)
        } else {
            unit.emit(.POP_TOP)
        }
        if index + 1 == items.count {
            try compileStatements(body)
        } else {
            try compileWith(items: items, index: index + 1, body: body, statement: statement)
        }
        unsetLocation()
        unit.emitPopBlock()
        popFrameBlock()

        setLocation(statement)
        emitCallExitWithNones()
        unit.emit(.POP_TOP)
        unit.emit(.jump, target: exit)

        unit.bind(final)
        unit.emit(.setupCleanup, target: cleanup)
        unit.emit(.PUSH_EXC_INFO)
        unit.emit(.WITH_EXCEPT_START)
        unsetLocation()
        let suppress = unit.newLabel()
        unit.emitJump(.POP_JUMP_IF_TRUE, to: suppress)
        unit.emit(.RERAISE, 2)
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(suppress)
        unit.emit(.POP_TOP)
        unit.emitPopBlock()
        unit.emit(.POP_EXCEPT)
        unit.emit(.POP_TOP)
        unit.emit(.POP_TOP)
        unit.bind(exit)
    }
}

extension CodeUnitBuilder {
    /// POP_BLOCK without a line (CPython's ADDOP_NOLINE).
    func emitArtificialPopBlock() {
        let saved = currentLine
        currentLine = -1
        emitPopBlock()
        currentLine = saved
    }
}
