// The abstract syntax tree. Node for node and field for field it mirrors CPython 3.11's `ast`
// module (https://docs.python.org/3.11/library/ast.html), so a dump of it can be compared with
// `ast.dump()` from CPython itself. Constructs Hotpath does not support (async, match, except*)
// have no node: the parser reports them as unsupported.

/// Where a node starts and ends: 1-based lines, 0-based UTF-8 byte columns (as CPython).
public struct SourceRange: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}

public struct Module: Equatable, Sendable {
    public var body: [Statement]
    public init(body: [Statement]) { self.body = body }
}

public struct Statement: Equatable, Sendable {
    public var kind: StatementKind
    public var range: SourceRange
    public init(_ kind: StatementKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StatementKind: Equatable, Sendable {
    case functionDef(name: String, args: Arguments, body: [Statement], decorators: [Expression], returns: Expression?)
    case classDef(name: String, bases: [Expression], keywords: [Keyword], body: [Statement], decorators: [Expression])
    case `return`(Expression?)
    case delete([Expression])
    case assign(targets: [Expression], value: Expression)
    case augAssign(target: Expression, op: BinaryOperator, value: Expression)
    /// `simple` is true for a plain name target not in parentheses (CPython's `simple` field).
    case annAssign(target: Expression, annotation: Expression, value: Expression?, simple: Bool)
    case `for`(target: Expression, iter: Expression, body: [Statement], orelse: [Statement])
    case `while`(test: Expression, body: [Statement], orelse: [Statement])
    case `if`(test: Expression, body: [Statement], orelse: [Statement])
    case with(items: [WithItem], body: [Statement])
    case raise(exc: Expression?, cause: Expression?)
    case `try`(body: [Statement], handlers: [ExceptHandler], orelse: [Statement], finalbody: [Statement])
    case assert(test: Expression, msg: Expression?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expression)
    case pass
    case `break`
    case `continue`
}

public struct Expression: Equatable, Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange
    /// CPython's `Constant.kind`: "u" for a str constant whose literal starts with a lowercase `u`
    /// prefix, nil otherwise (and for every other node).
    public var constantKind: String?
    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.constantKind = nil
    }
}

public indirect enum ExpressionKind: Equatable, Sendable {
    case boolOp(op: BooleanOperator, values: [Expression])
    case namedExpr(target: Expression, value: Expression)
    case binOp(left: Expression, op: BinaryOperator, right: Expression)
    case unaryOp(op: UnaryOperator, operand: Expression)
    case lambda(args: Arguments, body: Expression)
    case ifExp(test: Expression, body: Expression, orelse: Expression)
    /// A nil key is a `**mapping` entry.
    case dict(keys: [Expression?], values: [Expression])
    case set([Expression])
    case listComp(elt: Expression, generators: [Comprehension])
    case setComp(elt: Expression, generators: [Comprehension])
    case dictComp(key: Expression, value: Expression, generators: [Comprehension])
    case generatorExp(elt: Expression, generators: [Comprehension])
    case yield(Expression?)
    case yieldFrom(Expression)
    case compare(left: Expression, ops: [ComparisonOperator], comparators: [Expression])
    case call(func: Expression, args: [Expression], keywords: [Keyword])
    /// conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's values).
    case formattedValue(value: Expression, conversion: Int, formatSpec: Expression?)
    case joinedStr([Expression])
    case constant(ConstantValue)
    case attribute(value: Expression, attr: String, ctx: ExpressionContext)
    case `subscript`(value: Expression, slice: Expression, ctx: ExpressionContext)
    case starred(value: Expression, ctx: ExpressionContext)
    case name(id: String, ctx: ExpressionContext)
    case list(elts: [Expression], ctx: ExpressionContext)
    case tuple(elts: [Expression], ctx: ExpressionContext)
    case slice(lower: Expression?, upper: Expression?, step: Expression?)
}

/// The value of a Constant node.
public enum ConstantValue: Equatable, Sendable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int64)
    /// An int literal beyond Int64, as decimal digits.
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2j` (the value of its imaginary part).
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])

    public static func == (lhs: ConstantValue, rhs: ConstantValue) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a == b
        case let (.float(a), .float(b)), let (.imaginary(a), .imaginary(b)): return a.bitPattern == b.bitPattern
        case let (.str(a), .str(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.bytes(a), .bytes(b)): return a == b
        default: return false
        }
    }
}

public enum ExpressionContext: Equatable, Sendable { case load, store, del }
public enum BooleanOperator: Equatable, Sendable { case and, or }
public enum BinaryOperator: Equatable, Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}
public enum UnaryOperator: Equatable, Sendable { case invert, not, uAdd, uSub }
public enum ComparisonOperator: Equatable, Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

public struct Comprehension: Equatable, Sendable {
    public var target: Expression
    public var iter: Expression
    public var ifs: [Expression]
    public init(target: Expression, iter: Expression, ifs: [Expression]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public struct ExceptHandler: Equatable, Sendable {
    public var type: Expression?
    public var name: String?
    public var body: [Statement]
    public var range: SourceRange
    public init(type: Expression?, name: String?, body: [Statement], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

public struct Arguments: Equatable, Sendable {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    /// One per keyword-only argument; nil where it has no default.
    public var kwDefaults: [Expression?]
    public var kwarg: Arg?
    /// Defaults of the last positional parameters.
    public var defaults: [Expression]
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expression?] = [], kwarg: Arg? = nil, defaults: [Expression] = []) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

public struct Arg: Equatable, Sendable {
    public var name: String
    public var annotation: Expression?
    public var range: SourceRange
    public init(name: String, annotation: Expression?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

public struct Keyword: Equatable, Sendable {
    /// nil for `**mapping`.
    public var arg: String?
    public var value: Expression
    public var range: SourceRange
    public init(arg: String?, value: Expression, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}

public struct Alias: Equatable, Sendable {
    public var name: String
    public var asname: String?
    public var range: SourceRange
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

public struct WithItem: Equatable, Sendable {
    public var contextExpr: Expression
    public var optionalVars: Expression?
    public init(contextExpr: Expression, optionalVars: Expression?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}
