// Second pass of the symbol table: decide for every name of every scope whether it is local,
// global (explicit or implicit), free or a cell (symtable.c's analyze_block and friends).
//
// `bound` is the set of names bound in enclosing function scopes (nil at module level), `global`
// the names declared global in enclosing scopes; `free` collects the free names of a block so that
// the enclosing function turns its own locals of that name into cells.

struct ScopeAnalysis {
    let filename: String

    func analyze(_ top: Scope) throws {
        var free = Set<String>()
        var global = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global)
    }

    private func analyzeBlock(_ scope: Scope, bound: Set<String>?, free: inout Set<String>, global: inout Set<String>) throws {
        var local = Set<String>()
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()
        var bound = bound

        // A class body's names are invisible to nested functions: what children see is what the
        // class itself sees.
        if scope.kind == .class {
            newGlobal.formUnion(global)
            if let bound = bound { newBound.formUnion(bound) }
        }

        for name in scope.symbolNames {
            try analyzeName(scope, name: name, flags: scope.symbolFlags(name), bound: &bound,
                            local: &local, free: &free, global: &global)
        }

        if scope.kind != .class {
            if scope.kind == .function { newBound.formUnion(local) }
            if let bound = bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            // Methods may refer to the implicit __class__ cell of the class.
            newBound.insert("__class__")
        }

        var allFree = Set<String>()
        for child in scope.children {
            var childFree = Set<String>()
            var childGlobal = newGlobal
            try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
            allFree.formUnion(childFree)
            if child.hasFreeVariables || child.childHasFreeVariables { scope.childHasFreeVariables = true }
        }
        newFree.formUnion(allFree)

        if scope.kind == .function {
            // Locals that children capture become cells.
            for name in scope.symbolNames where scope.scopes[name] == .local && newFree.contains(name) {
                scope.scopes[name] = .cell
                newFree.remove(name)
            }
        } else if scope.kind == .class {
            if newFree.remove("__class__") != nil { scope.needsClassClosure = true }
        }

        updateSymbols(scope, bound: bound, free: newFree)
        free.formUnion(newFree)
    }

    private func analyzeName(_ scope: Scope, name: String, flags: SymbolFlags, bound: inout Set<String>?,
                                    local: inout Set<String>, free: inout Set<String>, global: inout Set<String>) throws {
        if flags.contains(.global) {
            if flags.contains(.nonlocal) {
                throw directiveError(scope, name, "name '\(name)' is nonlocal and global")
            }
            scope.scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.nonlocal) {
            guard let enclosing = bound else {
                throw directiveError(scope, name, "nonlocal declaration not allowed at module level")
            }
            if !enclosing.contains(name) {
                throw directiveError(scope, name, "no binding for nonlocal '\(name)' found")
            }
            scope.scopes[name] = .free
            scope.hasFreeVariables = true
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .bound) {
            scope.scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let enclosing = bound, enclosing.contains(name) {
            scope.scopes[name] = .free
            scope.hasFreeVariables = true
            free.insert(name)
            return
        }
        if global.contains(name) {
            scope.scopes[name] = .globalImplicit
            return
        }
        if scope.isNested { scope.hasFreeVariables = true }
        scope.scopes[name] = .globalImplicit
    }

    /// Record free names of children that pass through this scope (update_symbols).
    private func updateSymbols(_ scope: Scope, bound: Set<String>?, free: Set<String>) {
        for name in free.sorted(by: codePointLess) {
            let flags = scope.symbolFlags(name)
            if scope.scopes[name] != nil {
                // Already known here: a cell or free name, or (in a class) a class-level name that a
                // method uses from an enclosing function.
                if scope.kind == .class && !flags.isDisjoint(with: SymbolFlags.bound.union(.global)) {
                    scope.setFlags(flags.union(.freeClass), for: name)
                }
                continue
            }
            // Not bound in any enclosing function: it is a global of the child.
            if let bound = bound, !bound.contains(name) { continue }
            scope.setFlags([], for: name)
            scope.scopes[name] = .free
        }
    }

    private func directiveError(_ scope: Scope, _ name: String, _ message: String) -> FrontendError {
        let range = scope.directives[name] ?? SourceRange(line: scope.line, column: 0, endLine: scope.line, endColumn: 0)
        return .syntax(SyntaxErrorInfo(kind: .syntaxError, message: message, filename: filename,
                                       line: range.line, column: range.column + 1, text: nil))
    }
}

