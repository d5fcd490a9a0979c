import Bytecode
import Runtime

/// The warm-up counter in the low 16 bits of a specializable instruction's first cache word:
/// 12 bits of count and 4 bits of backoff exponent, as CPython 3.12 does. A generic
/// instruction specializes when the count runs out; each failure (or deoptimization) doubles
/// the wait, up to 4096 executions, so a site whose types keep changing stops trying.
enum AdaptiveCounter {
    static let warmup: UInt16 = 1
    static let mask: UInt64 = 0xFFFF

    /// Counts one execution; true when it is time to try specializing.
    @inline(__always)
    static func tick(_ cache: UnsafeMutablePointer<UInt64>) -> Bool {
        if cache.pointee & 0xFFF == 0 { return true }
        cache.pointee -= 1
        return false
    }

    /// Waits longer before the next attempt (after a failure or a deoptimization).
    static func backoff(_ cache: UnsafeMutablePointer<UInt64>) {
        let exponent = min((cache.pointee >> 12) & 0xF + 1, 12)
        cache.pointee = (cache.pointee & ~mask) | (exponent << 12) | ((1 << exponent) - 1)
    }

    /// The site had so many failures that it is treated as megamorphic.
    static func isMegamorphic(_ cache: UnsafeMutablePointer<UInt64>) -> Bool {
        (cache.pointee >> 12) & 0xF >= 12
    }
}

/// Iteration counts of JUMP_BACKWARD sites; Tier 2 starts when one reaches `threshold`.
public enum LoopCounter {
    public static let mask: UInt64 = 0xFFFF_FFFF
    nonisolated(unsafe) public static var threshold: UInt64 = .max
}

/// Where Tier 1 continues after compiled code ran.
public struct Tier2Resume {
    /// The frame to continue in (the root frame, or a callee frame an exit created).
    public var frame: FrameRef
    /// The current exception is to be raised at the frame's instruction (instructionIndex).
    public var raising: Bool

    public init(frame: FrameRef, raising: Bool) {
        self.frame = frame
        self.raising = raising
    }

    /// As one word, for the C-convention `enter` hook: the frame's address, with the lowest
    /// bit set when raising (frames are 8-byte aligned).
    @inlinable public var encoded: UInt { UInt(bitPattern: frame) | (raising ? 1 : 0) }

    @inlinable public init(encoded: UInt) {
        frame = FrameRef(bitPattern: encoded & ~1).unsafelyUnwrapped
        raising = encoded & 1 != 0
    }
}

/// What Tier 2 plugs into Tier 1.
public struct Tier2Hooks {
    /// A loop's back edge got hot (`LoopCounter.threshold` iterations). Called with the frame
    /// stopped at the loop head (saved), the loop head index and the back edge's instruction
    /// index. May install a superblock (rewriting the JUMP_BACKWARD to ENTER_SUPERBLOCK) and run
    /// it; returns where to continue, or nil when nothing ran.
    public var hotLoop: ((FrameRef, Int, Int) -> Tier2Resume?)?
    /// ENTER_SUPERBLOCK: runs superblock `id` from the frame (a FrameRef) stopped at the loop
    /// head; returns a `Tier2Resume` encoded as one word. A C function pointer, not a closure:
    /// calling a closure retains and releases its context, and this runs on every entry.
    public var enter: (@convention(c) (UnsafeMutableRawPointer, Int) -> UInt)?
    public init() {}
}

nonisolated(unsafe) public var tier2 = Tier2Hooks()

/// Returns a specialized instruction to its generic form and backs off its counter.
@inline(never)
func deoptimize(_ cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters, to generic: Opcode) {
    r.rewrite(to: generic)
    AdaptiveCounter.backoff(cache)
    statistics.deoptimizations += 1
}

@inline(never)
func specialize(_ r: EvalRegisters, _ cache: UnsafeMutablePointer<UInt64>, _ opcode: Opcode?) {
    if let opcode {
        r.rewrite(to: opcode)
        statistics.specializations += 1
    } else {
        AdaptiveCounter.backoff(cache)
        statistics.specializationFailures += 1
    }
}

/// Counters for `--stats`.
public struct InterpreterStatistics {
    public var specializations = 0
    public var specializationFailures = 0
    public var deoptimizations = 0
}

nonisolated(unsafe) public var statistics = InterpreterStatistics()

func isExactStr(_ v: Value) -> Bool {
    v.isObject && v.header.pointee.type == rt.pointee.types.str
}

@inline(never)
func specializeBinaryOp(_ op: Int, _ lhs: Value, _ rhs: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    let ints = Value.bothSmallInts(lhs, rhs)
    let floats = Value.bothFloats(lhs, rhs)
    var choice: Opcode?
    switch op % 13 {
    case 0: choice = ints ? .BINARY_OP_ADD_INT : floats ? .BINARY_OP_ADD_FLOAT : (isExactStr(lhs) && isExactStr(rhs) ? .BINARY_OP_ADD_UNICODE : nil)
    case 10: choice = ints ? .BINARY_OP_SUBTRACT_INT : floats ? .BINARY_OP_SUBTRACT_FLOAT : nil
    case 5: choice = ints ? .BINARY_OP_MULTIPLY_INT : floats ? .BINARY_OP_MULTIPLY_FLOAT : nil
    case 11: choice = floats ? .BINARY_OP_TRUE_DIVIDE_FLOAT : nil
    case 8: choice = floats ? .BINARY_OP_POWER_FLOAT : nil
    case 2: choice = ints ? .BINARY_OP_FLOOR_DIVIDE_INT : nil
    case 6: choice = ints ? .BINARY_OP_REMAINDER_INT : nil
    case 1: choice = ints ? .BINARY_OP_AND_INT : nil
    case 7: choice = ints ? .BINARY_OP_OR_INT : nil
    case 12: choice = ints ? .BINARY_OP_XOR_INT : nil
    case 3: choice = ints ? .BINARY_OP_LSHIFT_INT : nil
    case 9: choice = ints ? .BINARY_OP_RSHIFT_INT : nil
    default: choice = nil
    }
    if choice == nil, op < 13, let operands = userBinaryOperands(op, lhs, rhs) {
        cache[1] = operands
        cache[2] = Value((operands & (1 << 40) == 0 ? lhs : rhs).header.pointee.type).bits
        choice = .BINARY_OP_USER
    }
    specialize(r, cache, choice)
}

/// UNPACK_SEQUENCE of an exact tuple or list of the right length (CPython 3.12's forms).
@inline(never)
func specializeUnpackSequence(_ seq: Value, _ count: Int, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    var choice: Opcode?
    if seq.isObject && seq.header.pointee.type == rt.pointee.types.tuple && seq.tupleCount == count {
        choice = count == 2 ? .UNPACK_SEQUENCE_TWO_TUPLE : .UNPACK_SEQUENCE_TUPLE
    } else if seq.isObject && seq.header.pointee.type == rt.pointee.types.list
                && seq.object(as: ListObject.self).pointee.count == count {
        choice = .UNPACK_SEQUENCE_LIST
    }
    specialize(r, cache, choice)
}

@inline(never)
func specializeCompareOp(_ lhs: Value, _ rhs: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    let choice: Opcode? = Value.bothSmallInts(lhs, rhs) ? .COMPARE_OP_INT
        : Value.bothFloats(lhs, rhs) ? .COMPARE_OP_FLOAT
        : (isExactStr(lhs) && isExactStr(rhs)) ? .COMPARE_OP_STR : nil
    specialize(r, cache, choice)
}

@inline(never)
func specializeBinarySubscr(_ container: Value, _ sub: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    var choice: Opcode?
    if container.isObject {
        let type = container.header.pointee.type
        if type == rt.pointee.types.list && sub.isSmallInt { choice = .BINARY_SUBSCR_LIST_INT }
        else if type == rt.pointee.types.tuple && sub.isSmallInt { choice = .BINARY_SUBSCR_TUPLE_INT }
        else if type == rt.pointee.types.dict { choice = .BINARY_SUBSCR_DICT }
        else if type == rt.pointee.types.str && sub.isSmallInt { choice = .BINARY_SUBSCR_STR_INT }
    }
    specialize(r, cache, choice)
}

@inline(never)
func specializeStoreSubscr(_ container: Value, _ sub: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    var choice: Opcode?
    if container.isObject {
        let type = container.header.pointee.type
        if type == rt.pointee.types.list && sub.isSmallInt { choice = .STORE_SUBSCR_LIST_INT }
        else if type == rt.pointee.types.dict { choice = .STORE_SUBSCR_DICT }
    }
    specialize(r, cache, choice)
}

@inline(never)
func specializeForIter(_ iterator: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    var choice: Opcode?
    if iterator.isObject {
        switch iterator.header.pointee.kind {
        case .rangeIterator: choice = .FOR_ITER_RANGE
        case .listIterator where iterator.header.pointee.type == rt.pointee.types.listIterator: choice = .FOR_ITER_LIST
        case .tupleIterator: choice = .FOR_ITER_TUPLE
        default: break
        }
    }
    specialize(r, cache, choice)
}

@inline(never)
func specializeLoadGlobal(_ frame: FrameRef, name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    let globals = frame.pointee.globals.object(as: DictObject.self)
    let builtins = frame.pointee.builtins.object(as: DictObject.self)
    let hash = stringHash(name.object(as: StrObject.self))
    let counter = cache.pointee & AdaptiveCounter.mask
    if let probe = try? dictProbe(globals, name, hash) {
        if probe.found {
            cache[0] = counter | UInt64(probe.entryIndex) << 16
            cache[1] = globals.pointee.keysVersion
            specialize(r, cache, .LOAD_GLOBAL_MODULE)
            return
        }
        if let builtinProbe = try? dictProbe(builtins, name, hash), builtinProbe.found {
            cache[0] = counter | UInt64(builtinProbe.entryIndex) << 16
            cache[1] = globals.pointee.keysVersion
            cache[2] = builtins.pointee.keysVersion
            specialize(r, cache, .LOAD_GLOBAL_BUILTIN)
            return
        }
    }
    specialize(r, cache, nil)
}

/// Module code: its frame has no locals dict, or (`__main__`) has its globals as locals. A code
/// object is either module code or a class body (whose frames always get a fresh namespace), so
/// this holds for every frame that ever runs the code, and the specialized forms need no check.
@inline(__always)
func namesAreGlobals(_ frame: FrameRef) -> Bool {
    frame.pointee.locals.isNull || frame.pointee.locals.bits == frame.pointee.globals.bits
}

/// LOAD_NAME in module code reads globals then builtins: LOAD_GLOBAL's forms.
@inline(never)
func specializeLoadName(_ frame: FrameRef, name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    guard namesAreGlobals(frame) else { specialize(r, cache, nil); return }
    let globals = frame.pointee.globals.object(as: DictObject.self)
    let builtins = frame.pointee.builtins.object(as: DictObject.self)
    let hash = stringHash(name.object(as: StrObject.self))
    let counter = cache.pointee & AdaptiveCounter.mask
    if let probe = try? dictProbe(globals, name, hash) {
        if probe.found {
            cache[0] = counter | UInt64(probe.entryIndex) << 16
            cache[1] = globals.pointee.keysVersion
            specialize(r, cache, .LOAD_NAME_MODULE)
            return
        }
        if let builtinProbe = try? dictProbe(builtins, name, hash), builtinProbe.found {
            cache[0] = counter | UInt64(builtinProbe.entryIndex) << 16
            cache[1] = globals.pointee.keysVersion
            cache[2] = builtins.pointee.keysVersion
            specialize(r, cache, .LOAD_NAME_BUILTIN)
            return
        }
    }
    specialize(r, cache, nil)
}

/// STORE_GLOBAL, or STORE_NAME in module code: a name that already has an entry in globals is
/// overwritten in place while the keys version holds.
@inline(never)
func specializeStoreGlobal(_ frame: FrameRef, name: Value, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters, as opcode: Opcode) {
    let globals = frame.pointee.globals.object(as: DictObject.self)
    let counter = cache.pointee & AdaptiveCounter.mask
    if let probe = try? dictProbe(globals, name, stringHash(name.object(as: StrObject.self))), probe.found {
        cache[0] = counter | UInt64(probe.entryIndex) << 16
        cache[1] = globals.pointee.keysVersion
        specialize(r, cache, opcode)
        return
    }
    specialize(r, cache, nil)
}

@inline(never)
func specializeCall(_ sp: UnsafeMutablePointer<Value>, argc: Int, cache: UnsafeMutablePointer<UInt64>, r: EvalRegisters) {
    let callable = (sp - argc - 2).pointee
    let hasSelf = !(sp - argc - 1).pointee.isNull
    let total = argc + (hasSelf ? 1 : 0)
    guard callable.isObject else { specialize(r, cache, nil); return }
    switch callable.header.pointee.kind {
    case .function:
        let function = callable.object(as: FunctionObject.self)
        let code = function.pointee.code
        let flags = CodeFlags(rawValue: code.pointee.flags)
        let parameters = Int(code.pointee.argCount)
        let defaults = function.pointee.defaults.isObject ? function.pointee.defaults.tupleCount : 0
        guard function.pointee.version != 0, !flags.contains(.generator), !flags.contains(.varargs),
              !flags.contains(.varkeywords), code.pointee.keywordOnlyArgCount == 0,
              total <= parameters, total >= parameters - defaults else {
            specialize(r, cache, nil)
            return
        }
        cache[1] = UInt64(function.pointee.version) | UInt64(total) << 32
        FunctionVersionCache.record(callable)
        specialize(r, cache, total == parameters ? .CALL_PY_EXACT_ARGS : .CALL_PY_WITH_DEFAULTS)
    case .type where callable.object(as: TypeObject.self).pointee.flags.contains(.heapType):
        // A class whose instances are plain objects, made by object.__new__, set up by a Python
        // __init__ taking exactly these arguments.
        let type = callable.object(as: TypeObject.self)
        guard !hasSelf, type.pointee.instanceKind == .instance, type.pointee.version != 0,
              type.pointee.header.type == rt.pointee.types.type,
              lookupInType(type, names.dunderNew) == nil,
              let initializer = lookupInType(type, names.dunderInit), initializer.isObject,
              initializer.header.pointee.kind == .function else {
            specialize(r, cache, nil)
            return
        }
        let code = initializer.object(as: FunctionObject.self).pointee.code
        let flags = CodeFlags(rawValue: code.pointee.flags)
        guard Int(code.pointee.argCount) == argc + 1, code.pointee.keywordOnlyArgCount == 0,
              !flags.contains(.varargs), !flags.contains(.varkeywords), !flags.contains(.generator) else {
            specialize(r, cache, nil)
            return
        }
        cache[1] = UInt64(type.pointee.version) | UInt64(argc + 1) << 32
        cache[2] = callable.bits
        FunctionVersionCache.record(initializer)
        specialize(r, cache, .CALL_ALLOC_AND_ENTER_INIT)
    case .builtinFunction, .methodDescriptor, .type:
        cache[1] = callable.bits
        var choice: Opcode = .CALL_BUILTIN
        if callable.bits == builtinObjects.len.bits { choice = .CALL_LEN }
        else if callable.bits == builtinObjects.isinstance.bits { choice = .CALL_ISINSTANCE }
        else if callable.bits == builtinObjects.listAppend.bits { choice = .CALL_LIST_APPEND }
        else if callable.bits == Value(rt.pointee.types.type).bits && total == 1 { choice = .CALL_TYPE_1 }
        else if callable.bits == Value(rt.pointee.types.range).bits && (total == 1 || total == 2) { choice = .CALL_RANGE }
        else if callable.header.pointee.kind == .type { specialize(r, cache, nil); return }
        specialize(r, cache, choice)
    default:
        specialize(r, cache, nil)
    }
}
