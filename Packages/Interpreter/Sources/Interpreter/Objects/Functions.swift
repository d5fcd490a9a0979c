import Bytecode
import Runtime

/// MAKE_FUNCTION.
func newFunction(code: CodeRef, globals: Value, builtins: Value, defaults: Value, keywordDefaults: Value, closure: Value) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<FunctionObject>.stride, kind: .function, type: rt.pointee.types.function)
    let function = raw.assumingMemoryBound(to: FunctionObject.self)
    function.pointee.code = code
    function.pointee.globals = globals
    function.pointee.builtins = builtins
    function.pointee.name = code.pointee.name
    function.pointee.qualifiedName = code.pointee.qualifiedName
    function.pointee.defaults = defaults
    function.pointee.keywordDefaults = keywordDefaults
    function.pointee.closure = closure
    function.pointee.doc = code.pointee.docstring
    function.pointee.dict = .null
    // The interned name, not internString's table lookup: functions are made at run time too.
    let nameKey = names.dunderName.isNull ? internString("__name__") : names.dunderName
    function.pointee.module = (try? lookupName(in: globals, nameKey) ?? nil) ?? .none
    function.pointee.version = code.pointee.serial
    return Value(function)
}
