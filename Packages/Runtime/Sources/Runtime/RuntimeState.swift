import RuntimeSupport

/// The process-wide runtime: heap, built-in types, interned strings, the exception being raised.
/// One instance, reached through `rt` (a pointer, so hot paths touch no Swift globals with
/// exclusivity checks or reference counting). `Runtime.initialize()` must run before anything
/// else uses the runtime.
public struct RuntimeState {
    public var heap = Heap()
    public var types = BuiltinTypes()
    /// The exception being propagated (NULL when none): a raising function sets it and throws PyError.
    public var currentException = Value.null
    /// The exception being handled by the innermost active `except` block (CPython's exc_info),
    /// NULL when none. PUSH_EXC_INFO / POP_EXCEPT save and restore it on the value stack.
    public var handledException = Value.null
    /// The value carried by the StopIteration that ended the last iteration (for `yield from`).
    public var lastStopIterationValue = Value.none
    /// Identifier strings, interned so that names compare by identity.
    public var internedStrings: [String: Value] = [:]
    /// Values the collector must always keep (module dicts, built-in singletons, caches).
    public var permanentRoots: [Value] = []
    /// The frame stack of ordinary calls.
    public var frames: FrameStack
    /// The innermost running interpreter frame (for tracebacks and the collector).
    public var currentFrame: FrameRef?
    /// Extra root scanning installed by other packages (the JIT's constants, for example).
    public var rootVisitors: [(inout Marker) -> Void] = []
    public var hooks = RuntimeHooks()
    /// Next dict keys version / type version / code serial.
    public var nextDictVersion: UInt64 = 1
    public var nextTypeVersion: UInt32 = 1
    public var nextCodeSerial: UInt32 = 1
    /// Python recursion depth and limit (sys.setrecursionlimit).
    public var recursionDepth = 0
    public var recursionLimit = 1000
    /// The global attribute caches (AttributeCaches.swift), and whether anything is in them.
    public var typeLookupCache = AttributeCaches.makeTypeLookup()
    public var instanceAttributeCache = AttributeCaches.makeInstance()
    public var attributeCachesUsed = false

    init(frames: FrameStack) {
        self.frames = frames
    }
}

/// Functions the interpreter provides to the runtime, for the few runtime operations that may
/// have to run Python code.
public struct RuntimeHooks {
    /// `a == b` for values the runtime cannot compare itself (user-defined __eq__).
    public var richEquals: (Value, Value) throws(PyError) -> Bool = { a, b throws(PyError) in a.bits == b.bits }
    /// hash(v) for values the runtime cannot hash itself.
    public var hash: (Value) throws(PyError) -> Int = { _ throws(PyError) in
        throw raiseTypeError("unhashable type")
    }
    /// repr(v) for values the runtime cannot print itself.
    public var repr: (Value) throws(PyError) -> Value = { v throws(PyError) in
        try newString("<object>")
    }
}

/// The runtime, allocated and filled in by `Runtime.initialize()`. It lives in a C global
/// (RuntimeSupport's hp_runtime_state) so that reading it is one load, not an accessor call.
public var rt: UnsafeMutablePointer<RuntimeState> {
    @inlinable @inline(__always) get { hp_runtime_state.unsafelyUnwrapped.assumingMemoryBound(to: RuntimeState.self) }
}

/// The error thrown by every operation that raises a Python exception. The exception itself is
/// in `rt.pointee.currentException`; the error carries nothing, so throwing costs nothing.
public struct PyError: Error {
    public init() {}
}

public enum Runtime {
    public private(set) static var isInitialized = false

    /// Sets up the heap, the frame stack and every built-in type. Call once, before anything
    /// else, on the thread that will run Python code.
    public static func initialize(frameStackBytes: Int = 256 << 20) {
        guard !isInitialized else { return }
        isInitialized = true
        let state = UnsafeMutablePointer<RuntimeState>.allocate(capacity: 1)
        state.initialize(to: RuntimeState(frames: makeFrameStack(bytes: frameStackBytes)))
        hp_runtime_state = UnsafeMutableRawPointer(state)
        rt.pointee.types.bootstrap()
        if let stress = environmentVariable("HOTPATH_GC_STRESS"), let interval = Int(stress), interval > 0 {
            rt.pointee.heap.setStress(interval: interval)
        }
    }
}
