import Bytecode

/// AST -> CodeUnit, following CPython 3.11's Python/compile.c with the differences Hotpath's
/// instruction set imposes (see Instructions.def). The compiler is split by concern across the
/// Compiler+*.swift files; this one holds the unit stack, locations and errors.
final class Compiler {
    let filename: String
    let symbols: SymbolTable
    /// Line of the last `from __future__ import` at the top of the module (0 when none).
    let futureImportsEndLine: Int
    private var units: [CodeUnitBuilder] = []

    var unit: CodeUnitBuilder { units[units.count - 1] }
    /// The unit enclosing the current one, if any.
    var parentUnit: CodeUnitBuilder? { units.count >= 2 ? units[units.count - 2] : nil }

    /// Column of the node being compiled (0-based), for SyntaxErrors.
    var currentColumn = 0

    /// CPython's STACK_USE_GUIDELINE: above this many items, displays and calls are built
    /// incrementally instead of all on the stack.
    static let stackUseGuideline = 30
    /// CPython's CO_MAXBLOCKS.
    static let maximumFrameBlocks = 20

    init(filename: String, symbols: SymbolTable, futureImportsEndLine: Int) {
        self.filename = filename
        self.symbols = symbols
        self.futureImportsEndLine = futureImportsEndLine
    }

    // MARK: - Errors

    func syntaxError(_ message: String, line: Int, column: Int) -> FrontendError {
        .syntax(SyntaxErrorInfo(kind: .syntaxError, message: message, filename: filename,
                                line: line, column: column + 1, text: nil))
    }

    func syntaxError(_ message: String, at range: SourceRange) -> FrontendError {
        syntaxError(message, line: range.line, column: range.column)
    }

    /// An error located at the node being compiled (CPython's compiler_error).
    func syntaxErrorHere(_ message: String) -> FrontendError {
        syntaxError(message, line: max(unit.currentLine, 1), column: currentColumn)
    }

    // MARK: - Locations

    /// Compile with the location of `range` (CPython's SET_LOC ... restore around an expression).
    func withLocation<T>(_ range: SourceRange, _ body: () throws -> T) rethrows -> T {
        let savedLine = unit.currentLine
        let savedColumn = currentColumn
        unit.currentLine = range.line
        currentColumn = range.column
        defer {
            unit.currentLine = savedLine
            currentColumn = savedColumn
        }
        return try body()
    }

    func setLocation(_ range: SourceRange) {
        unit.currentLine = range.line
        currentColumn = range.column
    }

    /// Mark what follows as artificial (CPython's UNSET_LOC).
    func unsetLocation() {
        unit.currentLine = -1
    }

    // MARK: - Units

    /// Open a code unit for `scope` (CPython's compiler_enter_scope): computes the qualified
    /// name and emits the prologue (COPY_FREE_VARS, MAKE_CELL, RESUME 0).
    func enterUnit(scope: Scope, kind: UnitKind, name: String, firstLine: Int) {
        let privateName = units.last?.privateName
        let qualifiedName = units.isEmpty ? name : qualifiedNameForNewUnit(scope: scope, kind: kind, name: name)
        let builder = CodeUnitBuilder(scope: scope, kind: kind, name: name, qualifiedName: qualifiedName,
                                      firstLine: firstLine, privateName: privateName)
        units.append(builder)

        if !builder.freevars.isEmpty { builder.emitArtificial(.COPY_FREE_VARS, builder.freevars.count) }
        // MAKE_CELL in localsplus order: parameter cells first (by parameter position), then the rest.
        let cellOrder = builder.cellvars.indices.sorted { a, b in
            let slotA = builder.scope.parameterNames.firstIndex(of: builder.cellvars[a]) ?? Int.max
            let slotB = builder.scope.parameterNames.firstIndex(of: builder.cellvars[b]) ?? Int.max
            return slotA != slotB ? slotA < slotB : a < b
        }
        for cell in cellOrder {
            builder.emitArtificialVariable(.MAKE_CELL, .cell(cell))
        }
        builder.currentLine = kind == .module ? -1 : firstLine
        builder.emit(.RESUME, 0)
    }

    /// CPython's compiler_set_qualname.
    private func qualifiedNameForNewUnit(scope: Scope, kind: UnitKind, name: String) -> String {
        guard let parent = units.last, units.count > 1 else { return name }
        var forceGlobal = false
        if kind == .function || kind == .class {
            let mangled = mangle(parent.privateName, name)
            if parent.scope.scope(of: mangled) == .globalExplicit { forceGlobal = true }
        }
        if forceGlobal { return name }
        switch parent.kind {
        case .function, .lambda:
            return parent.qualifiedName + ".<locals>." + name
        default:
            return parent.qualifiedName + "." + name
        }
    }

    /// Close the current unit: add the implicit `return None` when control can reach the end,
    /// assemble and (in debug builds) verify.
    func finishUnit() -> CodeUnit {
        let builder = unit
        let endIsTarget = builder.labelPositions.contains(builder.instructions.count)
        if !builder.lastInstructionEndsFlow || endIsTarget {
            unsetLocation()
            builder.emit(.RETURN_CONST, builder.constantSlot(.none))
        }
        var flags: CodeFlags = []
        if builder.scope.kind == .function {
            flags.formUnion([.optimized, .newLocals])
            if builder.scope.hasVarargs { flags.insert(.varargs) }
            if builder.scope.hasVarkeywords { flags.insert(.varkeywords) }
            if builder.scope.isGenerator { flags.insert(.generator) }
            if builder.scope.isNested { flags.insert(.nested) }
        }

        var assembler = Assembler(builder)
        let code = assembler.assemble(filename: filename, flags: flags)
        units.removeLast()
        assert({ do { try verify(code); return true } catch { print("verifier: \(error)\n\(disassembleOne(code))"); return false } }())
        return code
    }

    /// The child scope the symbol table opened for a node.
    func childScope(_ key: ScopeKey) -> Scope {
        guard let scope = unit.scope.child(for: key) else {
            preconditionFailure("no scope for \(key) in \(unit.scope.name)")
        }
        return scope
    }

    // MARK: - Frame blocks

    func pushFrameBlock(_ block: FrameBlock) throws {
        if unit.frameBlocks.count >= Compiler.maximumFrameBlocks {
            throw syntaxErrorHere("too many statically nested blocks")
        }
        unit.frameBlocks.append(block)
    }

    func popFrameBlock() {
        unit.frameBlocks.removeLast()
    }
}

extension CodeUnitBuilder {
    func emitArtificialVariable(_ opcode: Opcode, _ variable: VariableReference) {
        let saved = currentLine
        currentLine = -1
        emit(opcode, variable: variable)
        currentLine = saved
    }
}
