import Foundation

// The public entry points of the parsing half of the frontend. (The compiler adds its own entry
// points in its own file.)

/// Parses a module the way CPython 3.11's `ast.parse(source)` does.
///
/// Throws `FrontendError.syntax` with CPython's exception type, message and line for invalid
/// code, and `FrontendError.unsupported` for valid code Hotpath does not support (async functions,
/// await, async for/with/comprehensions, match statements, except* clauses). Syntax errors take
/// precedence over unsupported constructs, as the whole file is parsed first.
public func parseModule(source: String, filename: String) throws(FrontendError) -> Module {
    try onLargeStack { parseModuleOnCurrentThread(source: source, filename: filename) }.get()
}

/// Runs `body` on a thread with a 512 MB stack and waits for it. The parser and the dumper are
/// recursive; trees may nest up to `Parser.maximumNestingDepth` levels, which needs more than a
/// default 8 MB stack in debug builds.
func onLargeStack<T>(_ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    return box.value!
}

/// Hands a result back from another thread.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

func parseModuleOnCurrentThread(source: String, filename: String) -> Result<Module, FrontendError> {
    if source.utf8.contains(0) {
        return .failure(.syntax(SyntaxErrorInfo(kind: .syntaxError, message: "source code string cannot contain null bytes",
                                                filename: filename, line: 0, column: 0, text: nil)))
    }
    let tokenized = Tokenizer.tokenize(source: source, filename: filename)
    let parser = Parser(tokenized: tokenized, filename: filename)
    let module: Module
    do {
        module = try parser.run { try parser.fileRule() }
    } catch let abort as ParseAbort {
        return .failure(.syntax(abort.error))
    } catch let tooDeep as NestingLimitExceeded {
        return .failure(.unsupported(what: "code nested too deeply", filename: filename, line: tooDeep.line))
    } catch {
        fatalError("unexpected parser error \(error)")
    }
    if let first = parser.unsupportedConstructs.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
        return .failure(.unsupported(what: first.what, filename: filename, line: first.line))
    }
    return .success(module)
}

/// The tree as CPython 3.11's `ast.dump(tree)` prints it (no attributes, no indentation).
public func dumpAST(_ module: Module) -> String {
    dumpAST(module, includeAttributes: false)
}

/// With `includeAttributes`, as `ast.dump(tree, include_attributes=True)`: every node's
/// lineno, col_offset, end_lineno and end_col_offset too.
public func dumpAST(_ module: Module, includeAttributes: Bool) -> String {
    onLargeStack {
        var dumper = ASTDumper(includeAttributes: includeAttributes)
        dumper.module(module)
        return dumper.out
    }
}
