/// `from __future__ import ...` at the top of a module (CPython's future.c): checks the feature
/// names and finds where the future imports end, so that a later one is an error.
enum FutureFeatures {
    static let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                     "annotations"]

    /// The line of the last leading future import (0 when there is none).
    static func check(_ module: Module, filename: String) throws -> Int {
        var endLine = 0
        var done = false
        var previousLine = 0
        var statements = module.body[...]
        if case .expr(let value)? = statements.first?.kind, case .constant(.str) = value.kind {
            statements = statements.dropFirst()
        }
        for statement in statements {
            if done && statement.range.line > previousLine { break }
            previousLine = statement.range.line
            guard case let .importFrom("__future__"?, names, _) = statement.kind else {
                done = true
                continue
            }
            if done {
                throw error("from __future__ imports must occur at the beginning of the file", statement, column: statement.range.column)
            }
            for alias in names where !known.contains(alias.name) {
                let message = alias.name == "braces" ? "not a chance" : "future feature \(alias.name) is not defined"
                throw error(message, statement, column: statement.range.column + 1)
            }
            endLine = statement.range.line
        }
        return endLine

        func error(_ message: String, _ statement: Statement, column: Int) -> FrontendError {
            .syntax(SyntaxErrorInfo(kind: .syntaxError, message: message, filename: filename,
                                    line: statement.range.line, column: column, text: nil))
        }
    }
}
