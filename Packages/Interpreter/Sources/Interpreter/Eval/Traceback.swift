import Runtime

/// Records that the exception being raised passed through `frame` at instruction `index`
/// (CPython's PyTraceBack_Here): the newest entry goes first, so the chain runs from the
/// outermost frame to where the exception was raised.
func addTracebackEntry(_ frame: FrameRef, _ index: Int) {
    let exception = rt.pointee.currentException
    guard exception.isObject, exception.header.pointee.kind == .exception else { return }
    let e = exception.object(as: ExceptionObject.self)
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<TracebackObject>.stride, kind: .traceback, type: rt.pointee.types.traceback)
    let entry = raw.assumingMemoryBound(to: TracebackObject.self)
    let previous = e.pointee.traceback
    entry.pointee.next = previous.isObject && previous.header.pointee.kind == .traceback ? previous : .none
    entry.pointee.code = Value(frame.pointee.code)
    entry.pointee.instructionIndex = index
    let code = frame.pointee.code
    entry.pointee.line = index >= 0 && index < code.pointee.instructionCount ? Int(code.pointee.lines[index]) : Int(code.pointee.firstLine)
    e.pointee.traceback = Value(entry)
}

/// The source text of the running program's files, for traceback lines (set by runMain).
nonisolated(unsafe) var tracebackSourceLines: (String) -> [Substring]? = { _ in nil }

/// CPython's PyTraceBack_LIMIT: only the innermost 1000 entries of a traceback are printed.
let tracebackLimit = 1000
/// Consecutive identical entries beyond this many collapse into "[Previous line repeated ...]".
let tracebackRecursiveCutoff = 3

/// The text CPython prints for an uncaught exception, chained exceptions included.
public func formatUncaughtException(_ exception: Value, sourceLines: (String) -> [Substring]?) -> String {
    var seen = Set<UInt64>()
    return formatChain(exception, sourceLines: sourceLines, seen: &seen)
}

private func formatChain(_ exception: Value, sourceLines: (String) -> [Substring]?, seen: inout Set<UInt64>) -> String {
    seen.insert(exception.bits)
    var out = ""
    if exception.isObject && exception.header.pointee.kind == .exception {
        let e = exception.object(as: ExceptionObject.self)
        let cause = e.pointee.cause
        let context = e.pointee.context
        if isExceptionInstance(cause) {
            if !seen.contains(cause.bits) {
                out += formatChain(cause, sourceLines: sourceLines, seen: &seen)
                out += "\nThe above exception was the direct cause of the following exception:\n\n"
            }
        } else if !e.pointee.suppressContext && isExceptionInstance(context) && !seen.contains(context.bits) {
            out += formatChain(context, sourceLines: sourceLines, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        out += formatTraceback(e.pointee.traceback, sourceLines: sourceLines)
    }
    out += exceptionSummaryLine(exception) + suggestionSuffix(exception) + "\n"
    out += exceptionNotes(exception)
    return out
}

/// "Traceback (most recent call last):" and one entry per frame, as CPython's tb_print_internal
/// prints them (innermost 1000 entries, repeated lines collapsed).
func formatTraceback(_ traceback: Value, sourceLines: (String) -> [Substring]?) -> String {
    guard traceback.isObject && traceback.header.pointee.kind == .traceback else { return "" }
    var out = "Traceback (most recent call last):\n"
    var depth = 0
    var cursor = traceback
    while cursor.isObject {
        depth += 1
        cursor = cursor.object(as: TracebackObject.self).pointee.next
    }
    var entry = traceback
    while entry.isObject && depth > tracebackLimit {
        depth -= 1
        entry = entry.object(as: TracebackObject.self).pointee.next
    }
    var lastFile = "", lastName = "", lastLine = -1, repeated = 0
    func repeatedLine(_ count: Int) -> String {
        let n = count - tracebackRecursiveCutoff
        return "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
    }
    while entry.isObject {
        let tb = entry.object(as: TracebackObject.self)
        let code = tb.pointee.code.object(as: CodeObject.self)
        let filename = code.pointee.filename.stringValue
        let name = code.pointee.name.stringValue
        let line = tb.pointee.line
        if filename != lastFile || line != lastLine || name != lastName {
            if repeated > tracebackRecursiveCutoff { out += repeatedLine(repeated) }
            lastFile = filename
            lastLine = line
            lastName = name
            repeated = 0
        }
        repeated += 1
        if repeated <= tracebackRecursiveCutoff {
            out += "  File \"\(filename)\", line \(line), in \(name)\n"
            if let lines = sourceLines(filename), line >= 1, line <= lines.count {
                var text = lines[line - 1].drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
                while text.last == "\r" || text.last == "\n" { text = text.dropLast() }
                if !text.isEmpty { out += "    \(text)\n" }
            }
        }
        entry = tb.pointee.next
    }
    if repeated > tracebackRecursiveCutoff { out += repeatedLine(repeated) }
    return out
}

/// "ValueError: bad 4000": the type (prefixed with its module unless that is builtins or
/// __main__, as CPython's traceback module does) and str() of the exception.
public func exceptionSummaryLine(_ exception: Value) -> String {
    let type = typeOf(exception)
    var name = type.pointee.qualifiedName.isObject ? type.pointee.qualifiedName.stringValue : type.pointee.name.stringValue
    if type.pointee.module.isObject {
        let module = type.pointee.module.stringValue
        if module != "builtins" && module != "__main__" { name = module + "." + name }
    }
    let pending = rt.pointee.currentException
    let text: String
    if let s = try? strOf(exception) {
        text = s.stringValue
    } else {
        text = "<exception str() failed>"
    }
    rt.pointee.currentException = pending
    return text.isEmpty ? name : "\(name): \(text)"
}

/// The lines of the exception's __notes__ (add_note), one per note, as 3.11 prints them.
func exceptionNotes(_ exception: Value) -> String {
    guard let dict = instanceDict(exception),
          let notes = dictLookupString(dict, internString("__notes__")) else { return "" }
    guard notes.isObject && (notes.header.pointee.kind == .list || notes.header.pointee.kind == .tuple) else {
        let text = (try? strOf(notes))?.stringValue ?? "<__notes__ str() failed>"
        return text + "\n"
    }
    var out = ""
    let count = notes.header.pointee.kind == .list ? notes.object(as: ListObject.self).pointee.count : notes.tupleCount
    for i in 0..<count {
        let note = notes.header.pointee.kind == .list ? notes.object(as: ListObject.self).items[i] : notes.tupleItems[i]
        if note.isStr {
            out += note.stringValue + "\n"
        } else {
            out += ((try? strOf(note))?.stringValue ?? "<note str() failed>") + "\n"
        }
    }
    return out
}

/// CPython's default sys.unraisablehook: "Exception ignored in: <obj repr>", the traceback and
/// the exception line, on stderr (for errors in finalizers, which cannot propagate).
func writeUnraisable(_ exception: Value, object: Value) {
    standardOutput.flush()
    var out = ""
    if !object.isNull && !object.isNone {
        let text = (try? reprOf(object))?.stringValue ?? "<object repr() failed>"
        out += "Exception ignored in: \(text)\n"
    }
    if isExceptionInstance(exception) {
        out += formatTraceback(exception.object(as: ExceptionObject.self).pointee.traceback, sourceLines: tracebackSourceLines)
    }
    out += exceptionSummaryLine(exception) + "\n"
    _ = takeCurrentException()
    writeError(out)
}
