import Bytecode

extension Compiler {
    /// Load, store or delete a variable with the instruction its scope calls for (CPython's
    /// compiler_nameop): *_FAST for function locals, *_DEREF for cells and free variables
    /// (LOAD_CLASSDEREF in class bodies), *_GLOBAL for globals seen from functions or declared
    /// global, *_NAME otherwise.
    func compileName(_ name: String, _ context: ExpressionContext) {
        let mangled = mangle(unit.privateName, name)
        let isFunction = unit.scope.kind == .function
        switch unit.scope.scope(of: mangled) {
        case .free?:
            emitDeref(.free(unit.freeSlot(mangled)!), context)
        case .cell?:
            emitDeref(.cell(unit.cellSlot(mangled)!), context)
        case .local? where isFunction:
            let slot = unit.varnameSlot(mangled)
            switch context {
            case .load: unit.emit(.LOAD_FAST, variable: .fast(slot))
            case .store: unit.emit(.STORE_FAST, variable: .fast(slot))
            case .del: unit.emit(.DELETE_FAST, variable: .fast(slot))
            }
        case .globalImplicit? where isFunction, .globalExplicit?:
            let slot = unit.nameSlot(mangled)
            switch context {
            case .load: unit.emit(.LOAD_GLOBAL, slot)
            case .store: unit.emit(.STORE_GLOBAL, slot)
            case .del: unit.emit(.DELETE_GLOBAL, slot)
            }
        default:
            let slot = unit.nameSlot(mangled)
            switch context {
            case .load: unit.emit(.LOAD_NAME, slot)
            case .store: unit.emit(.STORE_NAME, slot)
            case .del: unit.emit(.DELETE_NAME, slot)
            }
        }
    }

    private func emitDeref(_ variable: VariableReference, _ context: ExpressionContext) {
        switch context {
        case .load: unit.emit(unit.scope.kind == .class ? .LOAD_CLASSDEREF : .LOAD_DEREF, variable: variable)
        case .store: unit.emit(.STORE_DEREF, variable: variable)
        case .del: unit.emit(.DELETE_DEREF, variable: variable)
        }
    }

    /// Index of a (mangled) name in the names table, for *_ATTR, LOAD_METHOD and IMPORT_*.
    func mangledNameSlot(_ name: String) -> Int {
        unit.nameSlot(mangle(unit.privateName, name))
    }
}
