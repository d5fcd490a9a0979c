// The public entry points of the parsing half of the frontend. (The compiler adds its own entry
// points in its own file.)

/// Parses a module the way CPython 3.11's `ast.parse(source)` does.
///
/// Throws `FrontendError.syntax` with CPython's exception type, message and line for invalid
/// code, and `FrontendError.unsupported` for valid code Hotpath does not support (async functions,
/// await, async for/with/comprehensions, match statements, except* clauses). Syntax errors take
/// precedence over unsupported constructs, as the whole file is parsed first.
public func parseModule(source: String, filename: String) throws(FrontendError) -> Module {
    if source.utf8.contains(0) {
        throw .syntax(SyntaxErrorInfo(kind: .syntaxError, message: "source code string cannot contain null bytes",
                                      filename: filename, line: 0, column: 0, text: nil))
    }
    let tokenized = Tokenizer.tokenize(source: source, filename: filename)
    let parser = Parser(tokenized: tokenized, filename: filename)
    let module: Module
    do {
        module = try parser.run { try parser.fileRule() }
    } catch let abort as ParseAbort {
        throw .syntax(abort.error)
    } catch {
        fatalError("unexpected parser error \(error)")
    }
    if let first = parser.unsupportedConstructs.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
        throw .unsupported(what: first.what, filename: filename, line: first.line)
    }
    return module
}

/// The tree as CPython 3.11's `ast.dump(tree)` prints it (no attributes, no indentation).
public func dumpAST(_ module: Module) -> String {
    dumpAST(module, includeAttributes: false)
}

/// With `includeAttributes`, as `ast.dump(tree, include_attributes=True)`: every node's
/// lineno, col_offset, end_lineno and end_col_offset too.
public func dumpAST(_ module: Module, includeAttributes: Bool) -> String {
    var dumper = ASTDumper(includeAttributes: includeAttributes)
    dumper.module(module)
    return dumper.out
}
