// The symbol table's data: one `Scope` per module, class, function, lambda and comprehension
// (CPython's PySTEntryObject). `SymbolTableBuilder` fills it in and `ScopeAnalysis` classifies
// every name, following CPython 3.11's Python/symtable.c.

/// How a name is bound or used inside one scope (symtable.c's DEF_* flags).
struct SymbolFlags: OptionSet, Hashable {
    let rawValue: UInt16
    static let global = SymbolFlags(rawValue: 1 << 0)        // `global` statement
    static let local = SymbolFlags(rawValue: 1 << 1)         // assigned in this scope
    static let parameter = SymbolFlags(rawValue: 1 << 2)
    static let nonlocal = SymbolFlags(rawValue: 1 << 3)      // `nonlocal` statement
    static let use = SymbolFlags(rawValue: 1 << 4)           // read in this scope
    static let freeClass = SymbolFlags(rawValue: 1 << 5)     // free in a method, bound in the class
    static let imported = SymbolFlags(rawValue: 1 << 6)
    static let annotated = SymbolFlags(rawValue: 1 << 7)
    static let comprehensionIterTarget = SymbolFlags(rawValue: 1 << 8)

    /// Any kind of binding (DEF_BOUND).
    static let bound: SymbolFlags = [.local, .parameter, .imported]
}

/// Where a name lives, once the analysis has run (symtable.c's scope values).
enum SymbolScope: Equatable {
    case local
    case globalExplicit
    case globalImplicit
    case free
    case cell
}

enum ScopeKind: Equatable {
    case module
    case `class`
    /// Functions, lambdas and comprehensions (CPython's FunctionBlock).
    case function
}

enum ComprehensionKind: Equatable {
    case list, set, dict, generator

    /// The code unit's name (`<listcomp>` ...).
    var codeName: String {
        switch self {
        case .list: return "<listcomp>"
        case .set: return "<setcomp>"
        case .dict: return "<dictcomp>"
        case .generator: return "<genexpr>"
        }
    }

    /// How CPython names it in "'yield' inside ..." errors.
    var description: String {
        switch self {
        case .list: return "list comprehension"
        case .set: return "set comprehension"
        case .dict: return "dict comprehension"
        case .generator: return "generator expression"
        }
    }
}

/// Identifies the AST node that opened a scope. AST nodes are values without identity, so the
/// compiler finds a child scope again by the node's kind and source range.
struct ScopeKey: Hashable {
    enum NodeKind: Hashable { case function, `class`, lambda, comprehension }
    var nodeKind: NodeKind
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int

    init(_ nodeKind: NodeKind, _ range: SourceRange) {
        self.nodeKind = nodeKind
        line = range.line
        column = range.column
        endLine = range.endLine
        endColumn = range.endColumn
    }
}

final class Scope {
    let kind: ScopeKind
    /// The scope's name as symtable.c has it ("top", the function or class name, "lambda", ...).
    let name: String
    let key: ScopeKey?
    let line: Int
    /// Inside a function (directly or through other scopes): CO_NESTED.
    let isNested: Bool
    var comprehension: ComprehensionKind?
    var isLambda = false

    /// Flags of every name mentioned in the scope (names already mangled), in first-seen order.
    private(set) var symbolNames: [String] = []
    private(set) var flags: [String: SymbolFlags] = [:]
    /// Filled in by the analysis.
    var scopes: [String: SymbolScope] = [:]
    /// Parameter names in declaration order: positional, keyword-only, *args, **kwargs.
    var parameterNames: [String] = []
    var children: [Scope] = []
    private var childrenByKey: [ScopeKey: [Scope]] = [:]
    private var childCursor: [ScopeKey: Int] = [:]

    var isGenerator = false
    var hasVarargs = false
    var hasVarkeywords = false
    /// A method refers to `__class__` (or `super`): the class body must create the cell.
    var needsClassClosure = false
    /// Some name of this scope is free (it needs a closure).
    var hasFreeVariables = false
    var childHasFreeVariables = false
    /// Where each `global` / `nonlocal` directive was, for errors reported against it.
    var directives: [String: SourceRange] = [:]

    // Builder state (symtable.c's ste_comp_iter_target / ste_comp_iter_expr).
    var inComprehensionIterTarget = false
    var comprehensionIterExpressionDepth = 0

    init(kind: ScopeKind, name: String, key: ScopeKey?, line: Int, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.key = key
        self.line = line
        if let parent = parent {
            isNested = parent.isNested || parent.kind == .function
        } else {
            isNested = false
        }
    }

    func symbolFlags(_ name: String) -> SymbolFlags { flags[name] ?? [] }

    func setFlags(_ newFlags: SymbolFlags, for name: String) {
        if flags[name] == nil { symbolNames.append(name) }
        flags[name] = newFlags
    }

    /// The analysed scope of a (mangled) name; nil when the name does not occur in this scope.
    func scope(of name: String) -> SymbolScope? { scopes[name] }

    func addChild(_ child: Scope) {
        children.append(child)
        if let key = child.key { childrenByKey[key, default: []].append(child) }
    }

    /// The child scope opened by the node with `key`. When several children share a key (only with
    /// made-up source ranges) they are handed out in creation order, cycling so that code compiled
    /// twice (finally bodies) finds the same scopes again.
    func child(for key: ScopeKey) -> Scope? {
        guard let candidates = childrenByKey[key], !candidates.isEmpty else { return nil }
        let index = childCursor[key, default: 0]
        childCursor[key] = (index + 1) % candidates.count
        return candidates[index]
    }

    /// Names whose analysed scope is `scope`, sorted as CPython's dictbytype() sorts them.
    func names(withScope scope: SymbolScope, orFlags extra: SymbolFlags = []) -> [String] {
        let selected = symbolNames.filter { name in
            scopes[name] == scope || (!extra.isEmpty && !symbolFlags(name).isDisjoint(with: extra))
        }
        return selected.sorted(by: codePointLess)
    }
}

/// Python's str ordering: lexicographic by code point.
func codePointLess(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
}

/// CPython's _Py_Mangle: `__name` inside class `C` becomes `_C__name`.
func mangle(_ privateName: String?, _ name: String) -> String {
    guard let privateName = privateName, name.hasPrefix("__") else { return name }
    if name.hasSuffix("__") || name.contains(".") { return name }
    let stripped = privateName.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
