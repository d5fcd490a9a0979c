import Superblock

/// Which uops the backend compiles to machine code. The rest run through the runtime's generic
/// `executeUop` (the uop interpreter's own code), so every uop works from the start.
extension Uop {
    var isCompiledNatively: Bool {
        switch self {
        case ._EXIT,
             ._GUARD_BOTH_SMALL_INT, ._GUARD_BOTH_FLOAT, ._GUARD_BOTH_STR,
             ._GUARD_LIST_INT, ._GUARD_TUPLE_INT, ._GUARD_STR_INT, ._GUARD_DICT_SUBSCRIPT,
             ._GUARD_LIST_INT_STORE, ._GUARD_DICT_STORE,
             ._GUARD_GLOBALS_KEYS, ._GUARD_BUILTINS_KEYS,
             ._GUARD_TRUE, ._GUARD_FALSE, ._GUARD_NONE, ._GUARD_NOT_NONE, ._GUARD_IS_BOOL,
             ._GUARD_FUNCTION_VERSION, ._GUARD_IDENTITY, ._GUARD_NOT_IDENTITY, ._GUARD_TUPLE_LENGTH, ._GUARD_LIST_LENGTH,
             ._GUARD_RANGE_ITERATOR, ._GUARD_LIST_ITERATOR, ._GUARD_TUPLE_ITERATOR,
             ._GUARD_RANGE_NOT_EXHAUSTED, ._GUARD_LIST_NOT_EXHAUSTED, ._GUARD_TUPLE_NOT_EXHAUSTED,
             ._GUARD_IS_NULL, ._GUARD_NOT_NULL,
             ._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY, ._INT_FLOOR_DIVIDE, ._INT_REMAINDER,
             ._INT_AND, ._INT_OR, ._INT_XOR, ._INT_LSHIFT, ._INT_RSHIFT, ._INT_COMPARE,
             ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE, ._FLOAT_COMPARE,
             ._LIST_GET, ._TUPLE_GET, ._LIST_SET, ._TUPLE_ITEM, ._LIST_ITEM,
             ._RANGE_NEXT, ._LIST_NEXT, ._TUPLE_NEXT, ._LEN, ._LIST_APPEND,
             ._LOAD_LOCAL, ._LOAD_STACK, ._CELL_GET, ._CELL_SET, ._CLOSURE_CELL,
             ._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY, ._STORE_GLOBALS_ENTRY,
             ._IS_OP, ._TO_BOOL,
             ._PHI, ._VIRTUAL_INSTANCE,
             ._GUARD_TYPE_VERSION, ._GUARD_CLASS_VERSION, ._GUARD_SHAPE,
             ._LOAD_INSTANCE_SLOT, ._STORE_INSTANCE_SLOT:
            return true
        default:
            return false
        }
    }

    /// Native uops whose rare case calls `executeUop` from out-of-line code that saves and
    /// restores the live caller-saved registers (so the fast path is not treated as a call).
    var hasGenericSlowPath: Bool { self == ._TO_BOOL || self == ._RANGE_NEXT || self == ._LEN || self == ._LIST_APPEND }
}
