import Bytecode

/// Compile a parsed module into its code unit (nested functions, classes and comprehensions are
/// code units among its constants). Runs CPython 3.11's pipeline: future-import checks, the AST
/// optimizer (constant folding), the symbol table, then code generation and assembly. Only
/// `FrontendError` is thrown: `.syntax` for the SyntaxErrors CPython raises at compile time
/// (symbol table errors, 'return' outside function, ...).
public func compileModule(_ module: Module, filename: String) throws -> CodeUnit {
    let futureImportsEndLine = try FutureFeatures.check(module, filename: filename)
    let optimized = ASTOptimizer().optimize(module)
    let symbols = try SymbolTable.build(optimized, filename: filename)
    let compiler = Compiler(filename: filename, symbols: symbols, futureImportsEndLine: futureImportsEndLine)
    return try compiler.compileModule(optimized)
}

extension Compiler {
    func compileModule(_ module: Module) throws -> CodeUnit {
        enterUnit(scope: symbols.top, kind: .module, name: "<module>", firstLine: 1)
        try compileBody(module.body)
        return finishUnit()
    }
}

/// Parse and compile Python source (`parseModule` then `compileModule`). Compile-time
/// SyntaxErrors carry the offending source line as `text` (CPython prints it from the file).
public func compile(source: String, filename: String) throws -> CodeUnit {
    let module = try parseModule(source: source, filename: filename)
    do {
        return try compileModule(module, filename: filename)
    } catch FrontendError.syntax(var info) {
        if info.text == nil && info.line > 0 {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if info.line <= lines.count { info.text = String(lines[info.line - 1]) + "\n" }
        }
        throw FrontendError.syntax(info)
    }
}
