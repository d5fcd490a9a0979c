import Runtime

/// Memory for the SSA values of running superblocks (the uop interpreter's registers). A stack:
/// a superblock takes its registers on entry and gives them back on exit, and a superblock that
/// calls into Tier 1 which enters another superblock nests above it. The collector scans the used
/// part conservatively (it may hold raw ints and floats as well as values).
enum RegisterFile {
    static let capacity = 1 << 20
    nonisolated(unsafe) static let base: UnsafeMutablePointer<Value> = {
        let memory = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        memory.initialize(repeating: Value(bits: 0), count: capacity)
        rt.pointee.rootVisitors.append { marker in
            marker.markConservatively(from: UnsafeRawPointer(RegisterFile.base), to: UnsafeRawPointer(RegisterFile.base + RegisterFile.top))
        }
        return memory
    }()
    nonisolated(unsafe) static var top = 0

    /// `count` registers, or nil when the file is full (the caller stays in Tier 1).
    @inline(__always)
    static func take(_ count: Int) -> UnsafeMutablePointer<Value>? {
        guard top + count <= capacity else { return nil }
        let registers = base + top
        top += count
        return registers
    }

    @inline(__always)
    static func give(_ count: Int) {
        top -= count
        // Clear what was used so stale values are not kept alive.
        (base + top).update(repeating: Value(bits: 0), count: count)
    }
}
