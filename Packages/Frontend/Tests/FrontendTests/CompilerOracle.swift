import Foundation
@testable import Frontend

// Foundation has an `Expression` type too; the tests mean the AST node.
typealias Expression = Frontend.Expression

/// CPython 3.11 (`python3`) as the compiler tests' oracle: it parses sources into ASTs we decode (so the
/// compiler can be tested before Hotpath's own parser exists) and reports what CPython itself
/// makes of them (SyntaxErrors, code object shapes). One python3 process serves a whole batch.
enum CompilerOracle {
    struct Result {
        /// The AST from ast.parse, or nil when CPython's parser rejects the source.
        var module: Module?
        /// compile()'s SyntaxError, if any: message, line, offset.
        var error: (message: String, line: Int, offset: Int)?
        /// For every code object, keyed by "qualname@firstline": its shape.
        var codes: [String: [String: Any]]
        /// For every symbol table, keyed by "type:name@line": each symbol's scope number
        /// (1 local, 2 global explicit, 3 global implicit, 4 free, 5 cell).
        var symbols: [String: [String: Int]] = [:]
    }

    static let script = #"""
import ast, json, sys, symtable, warnings
warnings.simplefilter("ignore")

def conv(node):
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for f in node._fields:
            d[f] = conv(getattr(node, f, None))
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, a):
                d[a] = getattr(node, a)
        return d
    if isinstance(node, list):
        return [conv(x) for x in node]
    if isinstance(node, bool) or node is None or isinstance(node, str):
        return node
    if isinstance(node, bytes):
        return {"_bytes": list(node)}
    if isinstance(node, complex):
        return {"_imag": repr(node.imag)}
    if isinstance(node, float):
        return {"_float": repr(node)}
    if isinstance(node, int):
        return {"_int": str(node)}
    if node is Ellipsis:
        return {"_ellipsis": True}
    raise TypeError(type(node))

def shapes(code, out):
    cells = [c for c in code.co_cellvars if c not in code.co_varnames]
    out["%s@%d" % (code.co_qualname, code.co_firstlineno)] = {
        "name": code.co_name,
        "localsplus": list(code.co_varnames) + cells + list(code.co_freevars),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "argcount": code.co_argcount,
        "posonly": code.co_posonlyargcount,
        "kwonly": code.co_kwonlyargcount,
        "flags": code.co_flags,
        "names": list(code.co_names),
        "lines": sorted({l for (_, _, l) in code.co_lines() if l is not None}),
    }
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            shapes(c, out)

def tables(t, out):
    key = "%s:%s@%d" % (t.get_type(), t.get_name(), t.get_lineno())
    out[key] = {s.get_name(): s._Symbol__scope for s in t.get_symbols()}
    for c in t.get_children():
        tables(c, out)

results = []
for src in json.load(sys.stdin):
    r = {}
    try:
        r["ast"] = conv(ast.parse(src, "t.py"))
    except SyntaxError as e:
        r["ast"] = None
    try:
        code = compile(src, "t.py", "exec")
        out = {}
        shapes(code, out)
        r["codes"] = out
        symbols = {}
        tables(symtable.symtable(src, "t.py", "exec"), symbols)
        r["symbols"] = symbols
    except SyntaxError as e:
        r["error"] = [e.msg, e.lineno or 0, e.offset or 0]
    try:
        json.dumps(r, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        r = {"ast": None, "codes": {}}  # lone surrogates: JSON readers reject them
    results.append(r)
json.dump(results, sys.stdout)
"""#

    static func run(_ sources: [String]) throws -> [Result] {
        let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("hotpath-compiler-oracle-\(UUID().uuidString).py")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let payload = try JSONSerialization.data(withJSONObject: sources)
        input.fileHandleForWriting.write(payload)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw OracleError.badOutput
        }
        return items.map { item in
            var result = Result(module: nil, error: nil, codes: [:])
            if let ast = item["ast"] as? [String: Any] { result.module = try? ASTDecoder().module(ast) }
            if let error = item["error"] as? [Any] {
                result.error = (error[0] as! String, (error[1] as! NSNumber).intValue, (error[2] as! NSNumber).intValue)
            }
            result.codes = item["codes"] as? [String: [String: Any]] ?? [:]
            for (key, table) in item["symbols"] as? [String: [String: NSNumber]] ?? [:] {
                result.symbols[key] = table.mapValues(\.intValue)
            }
            return result
        }
    }

    enum OracleError: Error { case badOutput, badNode(String) }
}

/// Decodes the JSON form of Python's `ast` nodes into Frontend's AST.
struct ASTDecoder {
    typealias Node = [String: Any]

    func module(_ node: Node) throws -> Module { Module(body: try statements(node["body"])) }

    private func range(_ node: Node) -> SourceRange {
        func int(_ key: String) -> Int { (node[key] as? NSNumber)?.intValue ?? 0 }
        return SourceRange(line: int("lineno"), column: int("col_offset"), endLine: int("end_lineno"), endColumn: int("end_col_offset"))
    }

    /// An int field (encoded as {"_int": digits}).
    private func pythonInt(_ value: Any?) -> Int {
        if let dictionary = value as? Node, let digits = dictionary["_int"] as? String { return Int(digits) ?? 0 }
        return (value as? NSNumber)?.intValue ?? 0
    }

    private func type(_ node: Node) -> String { node["_type"] as! String }
    private func list(_ value: Any?) -> [Node] { value as? [Node] ?? [] }
    private func statements(_ value: Any?) throws -> [Statement] { try list(value).map(statement) }
    private func expressions(_ value: Any?) throws -> [Expression] { try list(value).map(expression) }
    private func optionalExpression(_ value: Any?) throws -> Expression? {
        guard let node = value as? Node else { return nil }
        return try expression(node)
    }
    private func context(_ value: Any?) -> ExpressionContext {
        switch (value as? Node).map(type) {
        case "Store": return .store
        case "Del": return .del
        default: return .load
        }
    }

    private func statement(_ node: Node) throws -> Statement {
        let kind: StatementKind
        switch type(node) {
        case "FunctionDef":
            kind = .functionDef(name: node["name"] as! String, args: try arguments(node["args"] as! Node),
                                body: try statements(node["body"]), decorators: try expressions(node["decorator_list"]),
                                returns: try optionalExpression(node["returns"]))
        case "ClassDef":
            kind = .classDef(name: node["name"] as! String, bases: try expressions(node["bases"]),
                             keywords: try list(node["keywords"]).map(keyword), body: try statements(node["body"]),
                             decorators: try expressions(node["decorator_list"]))
        case "Return": kind = .return(try optionalExpression(node["value"]))
        case "Delete": kind = .delete(try expressions(node["targets"]))
        case "Assign": kind = .assign(targets: try expressions(node["targets"]), value: try expression(node["value"] as! Node))
        case "AugAssign":
            kind = .augAssign(target: try expression(node["target"] as! Node), op: binaryOperator(node["op"] as! Node),
                              value: try expression(node["value"] as! Node))
        case "AnnAssign":
            kind = .annAssign(target: try expression(node["target"] as! Node), annotation: try expression(node["annotation"] as! Node),
                              value: try optionalExpression(node["value"]), simple: pythonInt(node["simple"]) != 0)
        case "For":
            kind = .for(target: try expression(node["target"] as! Node), iter: try expression(node["iter"] as! Node),
                        body: try statements(node["body"]), orelse: try statements(node["orelse"]))
        case "While":
            kind = .while(test: try expression(node["test"] as! Node), body: try statements(node["body"]), orelse: try statements(node["orelse"]))
        case "If":
            kind = .if(test: try expression(node["test"] as! Node), body: try statements(node["body"]), orelse: try statements(node["orelse"]))
        case "With":
            kind = .with(items: try list(node["items"]).map { item in
                WithItem(contextExpr: try expression(item["context_expr"] as! Node), optionalVars: try optionalExpression(item["optional_vars"]))
            }, body: try statements(node["body"]))
        case "Raise": kind = .raise(exc: try optionalExpression(node["exc"]), cause: try optionalExpression(node["cause"]))
        case "Try":
            kind = .try(body: try statements(node["body"]), handlers: try list(node["handlers"]).map { handler in
                ExceptHandler(type: try optionalExpression(handler["type"]), name: handler["name"] as? String,
                              body: try statements(handler["body"]), range: range(handler))
            }, orelse: try statements(node["orelse"]), finalbody: try statements(node["finalbody"]))
        case "Assert": kind = .assert(test: try expression(node["test"] as! Node), msg: try optionalExpression(node["msg"]))
        case "Import": kind = .import(list(node["names"]).map(alias))
        case "ImportFrom":
            kind = .importFrom(module: node["module"] as? String, names: list(node["names"]).map(alias),
                               level: pythonInt(node["level"]))
        case "Global": kind = .global(node["names"] as! [String])
        case "Nonlocal": kind = .nonlocal(node["names"] as! [String])
        case "Expr": kind = .expr(try expression(node["value"] as! Node))
        case "Pass": kind = .pass
        case "Break": kind = .break
        case "Continue": kind = .continue
        default: throw CompilerOracle.OracleError.badNode(type(node))
        }
        return Statement(kind, range(node))
    }

    private func alias(_ node: Node) -> Alias {
        Alias(name: node["name"] as! String, asname: node["asname"] as? String, range: range(node))
    }

    private func keyword(_ node: Node) throws -> Keyword {
        Keyword(arg: node["arg"] as? String, value: try expression(node["value"] as! Node), range: range(node))
    }

    private func arg(_ node: Node) throws -> Arg {
        Arg(name: node["arg"] as! String, annotation: try optionalExpression(node["annotation"]), range: range(node))
    }

    private func arguments(_ node: Node) throws -> Arguments {
        Arguments(posonlyargs: try list(node["posonlyargs"]).map(arg), args: try list(node["args"]).map(arg),
                  vararg: try (node["vararg"] as? Node).map(arg), kwonlyargs: try list(node["kwonlyargs"]).map(arg),
                  kwDefaults: try (node["kw_defaults"] as? [Any] ?? []).map { try optionalExpression($0) },
                  kwarg: try (node["kwarg"] as? Node).map(arg), defaults: try expressions(node["defaults"]))
    }

    private func comprehensions(_ value: Any?) throws -> [Comprehension] {
        try list(value).map { Comprehension(target: try expression($0["target"] as! Node), iter: try expression($0["iter"] as! Node),
                                            ifs: try expressions($0["ifs"])) }
    }

    private func binaryOperator(_ node: Node) -> BinaryOperator {
        switch type(node) {
        case "Add": return .add
        case "Sub": return .sub
        case "Mult": return .mult
        case "MatMult": return .matMult
        case "Div": return .div
        case "Mod": return .mod
        case "Pow": return .pow
        case "LShift": return .lShift
        case "RShift": return .rShift
        case "BitOr": return .bitOr
        case "BitXor": return .bitXor
        case "BitAnd": return .bitAnd
        default: return .floorDiv
        }
    }

    private func comparisonOperator(_ node: Node) -> ComparisonOperator {
        switch type(node) {
        case "Eq": return .eq
        case "NotEq": return .notEq
        case "Lt": return .lt
        case "LtE": return .ltE
        case "Gt": return .gt
        case "GtE": return .gtE
        case "Is": return .is
        case "IsNot": return .isNot
        case "In": return .in
        default: return .notIn
        }
    }

    private func constant(_ value: Any?) -> ConstantValue {
        switch value {
        case nil, is NSNull: return .none
        case let string as String: return .str(string)
        case let dictionary as Node:
            if let digits = dictionary["_int"] as? String { return Int64(digits).map(ConstantValue.int) ?? .bigInt(digits) }
            if let text = dictionary["_float"] as? String { return .float(pythonFloat(text)) }
            if let text = dictionary["_imag"] as? String { return .imaginary(pythonFloat(text)) }
            if let bytes = dictionary["_bytes"] as? [NSNumber] { return .bytes(bytes.map { $0.uint8Value }) }
            return .ellipsis
        case let number as NSNumber: return .bool(number.boolValue)
        default: return .none
        }
    }

    private func pythonFloat(_ text: String) -> Double {
        switch text {
        case "inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default: return Double(text)!
        }
    }

    private func expression(_ node: Node) throws -> Expression {
        let kind: ExpressionKind
        switch type(node) {
        case "BoolOp":
            kind = .boolOp(op: type(node["op"] as! Node) == "And" ? .and : .or, values: try expressions(node["values"]))
        case "NamedExpr": kind = .namedExpr(target: try expression(node["target"] as! Node), value: try expression(node["value"] as! Node))
        case "BinOp":
            kind = .binOp(left: try expression(node["left"] as! Node), op: binaryOperator(node["op"] as! Node),
                          right: try expression(node["right"] as! Node))
        case "UnaryOp":
            let op: UnaryOperator
            switch type(node["op"] as! Node) {
            case "Invert": op = .invert
            case "Not": op = .not
            case "UAdd": op = .uAdd
            default: op = .uSub
            }
            kind = .unaryOp(op: op, operand: try expression(node["operand"] as! Node))
        case "Lambda": kind = .lambda(args: try arguments(node["args"] as! Node), body: try expression(node["body"] as! Node))
        case "IfExp":
            kind = .ifExp(test: try expression(node["test"] as! Node), body: try expression(node["body"] as! Node),
                          orelse: try expression(node["orelse"] as! Node))
        case "Dict":
            kind = .dict(keys: try (node["keys"] as! [Any]).map { try optionalExpression($0) }, values: try expressions(node["values"]))
        case "Set": kind = .set(try expressions(node["elts"]))
        case "ListComp": kind = .listComp(elt: try expression(node["elt"] as! Node), generators: try comprehensions(node["generators"]))
        case "SetComp": kind = .setComp(elt: try expression(node["elt"] as! Node), generators: try comprehensions(node["generators"]))
        case "GeneratorExp":
            kind = .generatorExp(elt: try expression(node["elt"] as! Node), generators: try comprehensions(node["generators"]))
        case "DictComp":
            kind = .dictComp(key: try expression(node["key"] as! Node), value: try expression(node["value"] as! Node),
                             generators: try comprehensions(node["generators"]))
        case "Yield": kind = .yield(try optionalExpression(node["value"]))
        case "YieldFrom": kind = .yieldFrom(try expression(node["value"] as! Node))
        case "Compare":
            kind = .compare(left: try expression(node["left"] as! Node), ops: list(node["ops"]).map(comparisonOperator),
                            comparators: try expressions(node["comparators"]))
        case "Call":
            kind = .call(func: try expression(node["func"] as! Node), args: try expressions(node["args"]),
                         keywords: try list(node["keywords"]).map(keyword))
        case "FormattedValue":
            kind = .formattedValue(value: try expression(node["value"] as! Node), conversion: pythonInt(node["conversion"]),
                                   formatSpec: try optionalExpression(node["format_spec"]))
        case "JoinedStr": kind = .joinedStr(try expressions(node["values"]))
        case "Constant": kind = .constant(constant(node["value"]))
        case "Attribute":
            kind = .attribute(value: try expression(node["value"] as! Node), attr: node["attr"] as! String, ctx: context(node["ctx"]))
        case "Subscript":
            kind = .subscript(value: try expression(node["value"] as! Node), slice: try expression(node["slice"] as! Node),
                              ctx: context(node["ctx"]))
        case "Starred": kind = .starred(value: try expression(node["value"] as! Node), ctx: context(node["ctx"]))
        case "Name": kind = .name(id: node["id"] as! String, ctx: context(node["ctx"]))
        case "List": kind = .list(elts: try expressions(node["elts"]), ctx: context(node["ctx"]))
        case "Tuple": kind = .tuple(elts: try expressions(node["elts"]), ctx: context(node["ctx"]))
        case "Slice":
            kind = .slice(lower: try optionalExpression(node["lower"]), upper: try optionalExpression(node["upper"]),
                          step: try optionalExpression(node["step"]))
        default: throw CompilerOracle.OracleError.badNode(type(node))
        }
        return Expression(kind, range(node))
    }
}
