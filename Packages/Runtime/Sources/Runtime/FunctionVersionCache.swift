/// Maps function versions to functions, so Tier 2 can find the callee of a specialized call
/// from the version recorded in its inline cache (seed 001's function-by-version cache). A fixed
/// table of 4096 entries indexed by version, as CPython's; a newer function with a colliding
/// version replaces the older one. The table is a root: cached functions stay alive.
public enum FunctionVersionCache {
    public static let size = 4096
    nonisolated(unsafe) static var table: UnsafeMutablePointer<Value> = {
        let t = UnsafeMutablePointer<Value>.allocate(capacity: size)
        t.initialize(repeating: .null, count: size)
        rt.pointee.rootVisitors.append { marker in
            for i in 0..<size { marker.mark(FunctionVersionCache.table[i]) }
        }
        return t
    }()

    public static func record(_ function: Value) {
        let version = function.object(as: FunctionObject.self).pointee.version
        guard version != 0 else { return }
        table[Int(version) % size] = function
    }

    /// The function with `version`, if the cache still holds it.
    public static func lookup(_ version: UInt32) -> UnsafeMutablePointer<FunctionObject>? {
        let entry = table[Int(version) % size]
        guard entry.isObject, entry.header.pointee.kind == .function else { return nil }
        let function = entry.object(as: FunctionObject.self)
        return function.pointee.version == version ? function : nil
    }
}
