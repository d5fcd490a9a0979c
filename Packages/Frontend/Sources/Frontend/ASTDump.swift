// Prints a Module exactly as CPython 3.11's `ast.dump(tree)` does (optionally with
// `include_attributes=True`), so trees can be compared with CPython's own.
// Rules followed: fields in ASDL order, optional fields omitted when None, lists in brackets,
// constants as Python reprs.

struct ASTDumper {
    var includeAttributes: Bool
    var out = ""

    init(includeAttributes: Bool) {
        self.includeAttributes = includeAttributes
        out.reserveCapacity(4096)
    }

    // MARK: - Building blocks

    /// One node: `Name(field=value, ...)`. Fields whose value is nil are omitted.
    private mutating func node(_ name: String, _ range: SourceRange?, _ fields: [(String, ((inout ASTDumper) -> Void)?)]) {
        out += name
        out += "("
        var first = true
        for (field, write) in fields {
            guard let write = write else { continue }
            if !first { out += ", " }
            first = false
            out += field
            out += "="
            write(&self)
        }
        if includeAttributes, let r = range {
            for (field, value) in [("lineno", r.line), ("col_offset", r.column), ("end_lineno", r.endLine),
                                   ("end_col_offset", r.endColumn)] {
                if !first { out += ", " }
                first = false
                out += field + "=" + String(value)
            }
        }
        out += ")"
    }

    private mutating func list<T>(_ items: [T], _ write: (inout ASTDumper, T) -> Void) {
        out += "["
        for (i, item) in items.enumerated() {
            if i > 0 { out += ", " }
            write(&self, item)
        }
        out += "]"
    }

    private static func field(_ e: Expression) -> ((inout ASTDumper) -> Void) {
        { $0.expression(e) }
    }

    private static func optionalField(_ e: Expression?) -> ((inout ASTDumper) -> Void)? {
        guard let e = e else { return nil }
        return { $0.expression(e) }
    }

    private static func expressions(_ items: [Expression]) -> ((inout ASTDumper) -> Void) {
        { $0.list(items) { d, e in d.expression(e) } }
    }

    private static func statements(_ items: [Statement]) -> ((inout ASTDumper) -> Void) {
        { $0.list(items) { d, s in d.statement(s) } }
    }

    private static func text(_ s: String) -> ((inout ASTDumper) -> Void) {
        { $0.out += PythonRepr.string(s) }
    }

    private static func optionalText(_ s: String?) -> ((inout ASTDumper) -> Void)? {
        guard let s = s else { return nil }
        return text(s)
    }

    private static func raw(_ s: String) -> ((inout ASTDumper) -> Void) {
        { $0.out += s }
    }

    // MARK: - Module and statements

    mutating func module(_ m: Module) {
        node("Module", nil, [("body", ASTDumper.statements(m.body)), ("type_ignores", ASTDumper.raw("[]"))])
    }

    mutating func statement(_ s: Statement) {
        let r = s.range
        switch s.kind {
        case let .functionDef(name, args, body, decorators, returns):
            node("FunctionDef", r, [("name", ASTDumper.text(name)), ("args", { $0.arguments(args) }),
                                    ("body", ASTDumper.statements(body)),
                                    ("decorator_list", ASTDumper.expressions(decorators)),
                                    ("returns", ASTDumper.optionalField(returns))])
        case let .classDef(name, bases, keywords, body, decorators):
            node("ClassDef", r, [("name", ASTDumper.text(name)), ("bases", ASTDumper.expressions(bases)),
                                 ("keywords", { $0.list(keywords) { d, k in d.keyword(k) } }),
                                 ("body", ASTDumper.statements(body)),
                                 ("decorator_list", ASTDumper.expressions(decorators))])
        case let .return(value):
            node("Return", r, [("value", ASTDumper.optionalField(value))])
        case let .delete(targets):
            node("Delete", r, [("targets", ASTDumper.expressions(targets))])
        case let .assign(targets, value):
            node("Assign", r, [("targets", ASTDumper.expressions(targets)), ("value", ASTDumper.field(value))])
        case let .augAssign(target, op, value):
            node("AugAssign", r, [("target", ASTDumper.field(target)), ("op", ASTDumper.raw(ASTDumper.name(op) + "()")),
                                  ("value", ASTDumper.field(value))])
        case let .annAssign(target, annotation, value, simple):
            node("AnnAssign", r, [("target", ASTDumper.field(target)), ("annotation", ASTDumper.field(annotation)),
                                  ("value", ASTDumper.optionalField(value)), ("simple", ASTDumper.raw(simple ? "1" : "0"))])
        case let .for(target, iter, body, orelse):
            node("For", r, [("target", ASTDumper.field(target)), ("iter", ASTDumper.field(iter)),
                            ("body", ASTDumper.statements(body)), ("orelse", ASTDumper.statements(orelse))])
        case let .while(test, body, orelse):
            node("While", r, [("test", ASTDumper.field(test)), ("body", ASTDumper.statements(body)),
                              ("orelse", ASTDumper.statements(orelse))])
        case let .if(test, body, orelse):
            node("If", r, [("test", ASTDumper.field(test)), ("body", ASTDumper.statements(body)),
                           ("orelse", ASTDumper.statements(orelse))])
        case let .with(items, body):
            node("With", r, [("items", { $0.list(items) { d, item in d.withItem(item) } }),
                             ("body", ASTDumper.statements(body))])
        case let .raise(exc, cause):
            node("Raise", r, [("exc", ASTDumper.optionalField(exc)), ("cause", ASTDumper.optionalField(cause))])
        case let .try(body, handlers, orelse, finalbody):
            node("Try", r, [("body", ASTDumper.statements(body)),
                            ("handlers", { $0.list(handlers) { d, h in d.exceptHandler(h) } }),
                            ("orelse", ASTDumper.statements(orelse)), ("finalbody", ASTDumper.statements(finalbody))])
        case let .assert(test, msg):
            node("Assert", r, [("test", ASTDumper.field(test)), ("msg", ASTDumper.optionalField(msg))])
        case let .import(names):
            node("Import", r, [("names", { $0.list(names) { d, a in d.alias(a) } })])
        case let .importFrom(module, names, level):
            node("ImportFrom", r, [("module", ASTDumper.optionalText(module)),
                                   ("names", { $0.list(names) { d, a in d.alias(a) } }),
                                   ("level", ASTDumper.raw(String(level)))])
        case let .global(names):
            node("Global", r, [("names", { $0.list(names) { d, n in d.out += PythonRepr.string(n) } })])
        case let .nonlocal(names):
            node("Nonlocal", r, [("names", { $0.list(names) { d, n in d.out += PythonRepr.string(n) } })])
        case let .expr(value):
            node("Expr", r, [("value", ASTDumper.field(value))])
        case .pass:
            node("Pass", r, [])
        case .break:
            node("Break", r, [])
        case .continue:
            node("Continue", r, [])
        }
    }

    // MARK: - Expressions

    mutating func expression(_ e: Expression) {
        let r = e.range
        switch e.kind {
        case let .boolOp(op, values):
            node("BoolOp", r, [("op", ASTDumper.raw(op == .and ? "And()" : "Or()")), ("values", ASTDumper.expressions(values))])
        case let .namedExpr(target, value):
            node("NamedExpr", r, [("target", ASTDumper.field(target)), ("value", ASTDumper.field(value))])
        case let .binOp(left, op, right):
            node("BinOp", r, [("left", ASTDumper.field(left)), ("op", ASTDumper.raw(ASTDumper.name(op) + "()")),
                              ("right", ASTDumper.field(right))])
        case let .unaryOp(op, operand):
            node("UnaryOp", r, [("op", ASTDumper.raw(ASTDumper.name(op) + "()")), ("operand", ASTDumper.field(operand))])
        case let .lambda(args, body):
            node("Lambda", r, [("args", { $0.arguments(args) }), ("body", ASTDumper.field(body))])
        case let .ifExp(test, body, orelse):
            node("IfExp", r, [("test", ASTDumper.field(test)), ("body", ASTDumper.field(body)),
                              ("orelse", ASTDumper.field(orelse))])
        case let .dict(keys, values):
            node("Dict", r, [("keys", { $0.list(keys) { d, k in
                if let k = k { d.expression(k) } else { d.out += "None" }
            } }), ("values", ASTDumper.expressions(values))])
        case let .set(elts):
            node("Set", r, [("elts", ASTDumper.expressions(elts))])
        case let .listComp(elt, generators):
            node("ListComp", r, [("elt", ASTDumper.field(elt)), ("generators", { $0.comprehensions(generators) })])
        case let .setComp(elt, generators):
            node("SetComp", r, [("elt", ASTDumper.field(elt)), ("generators", { $0.comprehensions(generators) })])
        case let .dictComp(key, value, generators):
            node("DictComp", r, [("key", ASTDumper.field(key)), ("value", ASTDumper.field(value)),
                                 ("generators", { $0.comprehensions(generators) })])
        case let .generatorExp(elt, generators):
            node("GeneratorExp", r, [("elt", ASTDumper.field(elt)), ("generators", { $0.comprehensions(generators) })])
        case let .yield(value):
            node("Yield", r, [("value", ASTDumper.optionalField(value))])
        case let .yieldFrom(value):
            node("YieldFrom", r, [("value", ASTDumper.field(value))])
        case let .compare(left, ops, comparators):
            node("Compare", r, [("left", ASTDumper.field(left)),
                                ("ops", { $0.list(ops) { d, op in d.out += ASTDumper.name(op) + "()" } }),
                                ("comparators", ASTDumper.expressions(comparators))])
        case let .call(function, args, keywords):
            node("Call", r, [("func", ASTDumper.field(function)), ("args", ASTDumper.expressions(args)),
                             ("keywords", { $0.list(keywords) { d, k in d.keyword(k) } })])
        case let .formattedValue(value, conversion, formatSpec):
            node("FormattedValue", r, [("value", ASTDumper.field(value)), ("conversion", ASTDumper.raw(String(conversion))),
                                       ("format_spec", ASTDumper.optionalField(formatSpec))])
        case let .joinedStr(values):
            node("JoinedStr", r, [("values", ASTDumper.expressions(values))])
        case let .constant(value):
            node("Constant", r, [("value", ASTDumper.raw(ASTDumper.repr(value))),
                                 ("kind", ASTDumper.optionalText(e.constantKind))])
        case let .attribute(value, attr, ctx):
            node("Attribute", r, [("value", ASTDumper.field(value)), ("attr", ASTDumper.text(attr)),
                                  ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .subscript(value, slice, ctx):
            node("Subscript", r, [("value", ASTDumper.field(value)), ("slice", ASTDumper.field(slice)),
                                  ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .starred(value, ctx):
            node("Starred", r, [("value", ASTDumper.field(value)), ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .name(id, ctx):
            node("Name", r, [("id", ASTDumper.text(id)), ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .list(elts, ctx):
            node("List", r, [("elts", ASTDumper.expressions(elts)), ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .tuple(elts, ctx):
            node("Tuple", r, [("elts", ASTDumper.expressions(elts)), ("ctx", ASTDumper.raw(ASTDumper.name(ctx)))])
        case let .slice(lower, upper, step):
            node("Slice", r, [("lower", ASTDumper.optionalField(lower)), ("upper", ASTDumper.optionalField(upper)),
                              ("step", ASTDumper.optionalField(step))])
        }
    }

    // MARK: - Other nodes

    mutating func arguments(_ a: Arguments) {
        node("arguments", nil, [
            ("posonlyargs", { $0.list(a.posonlyargs) { d, arg in d.arg(arg) } }),
            ("args", { $0.list(a.args) { d, arg in d.arg(arg) } }),
            ("vararg", a.vararg.map { v in { $0.arg(v) } }),
            ("kwonlyargs", { $0.list(a.kwonlyargs) { d, arg in d.arg(arg) } }),
            ("kw_defaults", { $0.list(a.kwDefaults) { d, e in
                if let e = e { d.expression(e) } else { d.out += "None" }
            } }),
            ("kwarg", a.kwarg.map { k in { $0.arg(k) } }),
            ("defaults", ASTDumper.expressions(a.defaults)),
        ])
    }

    mutating func arg(_ a: Arg) {
        node("arg", a.range, [("arg", ASTDumper.text(a.name)), ("annotation", ASTDumper.optionalField(a.annotation))])
    }

    mutating func keyword(_ k: Keyword) {
        node("keyword", k.range, [("arg", ASTDumper.optionalText(k.arg)), ("value", ASTDumper.field(k.value))])
    }

    mutating func alias(_ a: Alias) {
        node("alias", a.range, [("name", ASTDumper.text(a.name)), ("asname", ASTDumper.optionalText(a.asname))])
    }

    mutating func withItem(_ w: WithItem) {
        node("withitem", nil, [("context_expr", ASTDumper.field(w.contextExpr)),
                               ("optional_vars", ASTDumper.optionalField(w.optionalVars))])
    }

    mutating func exceptHandler(_ h: ExceptHandler) {
        node("ExceptHandler", h.range, [("type", ASTDumper.optionalField(h.type)), ("name", ASTDumper.optionalText(h.name)),
                                        ("body", ASTDumper.statements(h.body))])
    }

    mutating func comprehensions(_ generators: [Comprehension]) {
        list(generators) { d, c in
            d.node("comprehension", nil, [("target", ASTDumper.field(c.target)), ("iter", ASTDumper.field(c.iter)),
                                          ("ifs", ASTDumper.expressions(c.ifs)), ("is_async", ASTDumper.raw("0"))])
        }
    }

    // MARK: - Names and reprs

    static func repr(_ value: ConstantValue) -> String {
        switch value {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case let .bool(b): return b ? "True" : "False"
        case let .int(i): return String(i)
        case let .bigInt(digits): return digits
        case let .float(f): return PythonRepr.float(f)
        case let .imaginary(f): return PythonRepr.imaginary(f)
        case let .str(s): return PythonRepr.string(s)
        case let .bytes(b): return PythonRepr.bytes(b)
        }
    }

    static func name(_ ctx: ExpressionContext) -> String {
        switch ctx {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    static func name(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mult: return "Mult"
        case .matMult: return "MatMult"
        case .div: return "Div"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lShift: return "LShift"
        case .rShift: return "RShift"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .bitAnd: return "BitAnd"
        case .floorDiv: return "FloorDiv"
        }
    }

    static func name(_ op: UnaryOperator) -> String {
        switch op {
        case .invert: return "Invert"
        case .not: return "Not"
        case .uAdd: return "UAdd"
        case .uSub: return "USub"
        }
    }

    static func name(_ op: ComparisonOperator) -> String {
        switch op {
        case .eq: return "Eq"
        case .notEq: return "NotEq"
        case .lt: return "Lt"
        case .ltE: return "LtE"
        case .gt: return "Gt"
        case .gtE: return "GtE"
        case .is: return "Is"
        case .isNot: return "IsNot"
        case .in: return "In"
        case .notIn: return "NotIn"
        }
    }
}
