/// Why source text could not be turned into a code unit.
public enum FrontendError: Error, Equatable, Sendable {
    /// A SyntaxError, IndentationError or TabError as CPython would raise it.
    case syntax(SyntaxErrorInfo)
    /// Valid Python outside Hotpath's supported subset (reported as `hotpath: unsupported: ...`).
    case unsupported(what: String, filename: String, line: Int)
}

public struct SyntaxErrorInfo: Equatable, Sendable {
    public enum Kind: String, Sendable { case syntaxError = "SyntaxError", indentationError = "IndentationError", tabError = "TabError" }
    public var kind: Kind
    /// The message exactly as CPython 3.11 prints it after "SyntaxError: ".
    public var message: String
    public var filename: String
    public var line: Int
    /// 1-based column as CPython reports it (for the caret); 0 when unknown.
    public var column: Int
    /// The offending source line, if known.
    public var text: String?

    public init(kind: Kind, message: String, filename: String, line: Int, column: Int, text: String?) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.text = text
    }
}
