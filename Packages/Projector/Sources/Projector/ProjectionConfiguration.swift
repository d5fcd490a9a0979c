/// Limits that end projection (CPython 3.13's values as a start; see ARCHITECTURE.md).
public struct ProjectionConfiguration: Sendable {
    /// Stop when the estimated chance of still being on the superblock drops below this.
    public var confidenceThreshold = 0.4
    /// Stop at this many uops.
    public var maxUops = 800
    /// Project through at most this many nested calls.
    public var maxFrameDepth = 5

    public init() {}
}

/// Why projection stopped without a superblock.
public struct ProjectionFailure: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
