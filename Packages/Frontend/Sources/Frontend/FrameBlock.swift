/// A statically nested block that `return`, `break` and `continue` must unwind (CPython's
/// struct fblockinfo): loops, try bodies, finally bodies, with bodies and exception handlers.
struct FrameBlock {
    enum Kind {
        case whileLoop
        /// The iterator is on the stack.
        case forLoop
        case tryExcept
        /// A try body protected by a finally: unwinding runs a copy of `finalBody`.
        case finallyTry
        /// The exceptional copy of a finally body: [prev_exc, exc] are on the stack.
        case finallyEnd
        /// A with body: [__exit__] is on the stack.
        case with
        /// The handler-matching part of an except clause.
        case exceptionHandler
        /// An except clause's body; `handlerName` is bound to the exception when given.
        case handlerCleanup
        /// A value held on the stack while a finally body runs (a return value).
        case popValue
    }

    var kind: Kind
    /// Loops: where `continue` goes (just before the loop's back edge).
    var continueTarget: Label?
    /// Loops: where `break` goes.
    var exit: Label?
    var finalBody: [Statement] = []
    var handlerName: String?
    /// The `with` statement's line, for the __exit__ call made when unwinding.
    var withLine: Int = -1

    var isLoop: Bool { kind == .whileLoop || kind == .forLoop }
}
