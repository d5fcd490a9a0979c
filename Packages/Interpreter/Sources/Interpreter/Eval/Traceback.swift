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
    entry.pointee.next = e.pointee.traceback
    entry.pointee.code = Value(frame.pointee.code)
    entry.pointee.instructionIndex = index
    let code = frame.pointee.code
    entry.pointee.line = index >= 0 && index < code.pointee.instructionCount ? Int(code.pointee.lines[index]) : Int(code.pointee.firstLine)
    e.pointee.traceback = Value(entry)
}

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
        if cause.isObject && cause.header.pointee.kind == .exception && !seen.contains(cause.bits) {
            out += formatChain(cause, sourceLines: sourceLines, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !e.pointee.suppressContext && context.isObject && context.header.pointee.kind == .exception && !seen.contains(context.bits) {
            out += formatChain(context, sourceLines: sourceLines, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        var entry = e.pointee.traceback
        if entry.isObject {
            out += "Traceback (most recent call last):\n"
            while entry.isObject {
                let tb = entry.object(as: TracebackObject.self)
                let code = tb.pointee.code.object(as: CodeObject.self)
                let filename = code.pointee.filename.stringValue
                out += "  File \"\(filename)\", line \(tb.pointee.line), in \(code.pointee.name.stringValue)\n"
                if let lines = sourceLines(filename), tb.pointee.line >= 1, tb.pointee.line <= lines.count {
                    let text = lines[tb.pointee.line - 1].drop { $0 == " " || $0 == "\t" }
                    if !text.isEmpty { out += "    \(text)\n" }
                }
                entry = tb.pointee.next
            }
        }
    }
    out += exceptionSummaryLine(exception) + "\n"
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
    let text = (try? strOf(exception))?.stringValue ?? "<exception str() failed>"
    return text.isEmpty ? name : "\(name): \(text)"
}
