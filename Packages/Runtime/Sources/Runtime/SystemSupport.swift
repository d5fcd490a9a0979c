import RuntimeSupport
#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's native stack: its lowest and highest addresses (0, 0 when unknown).
public func threadStackBounds() -> (low: UInt, high: UInt) {
    let top = UInt(hp_thread_stack_top())
    let size = UInt(hp_thread_stack_size())
    guard top != 0, size != 0 else { return (0, 0) }
    return (top - size, top)
}

/// The value of an environment variable, or nil.
public func environmentVariable(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}

/// Reserves address space for the frame stack; pages are committed as frames touch them.
func makeFrameStack(bytes: Int) -> FrameStack {
    let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let base = memory, base != MAP_FAILED else { fatalError("hotpath: cannot reserve the frame stack") }
    return FrameStack(base: base, top: base, limit: base + bytes)
}
