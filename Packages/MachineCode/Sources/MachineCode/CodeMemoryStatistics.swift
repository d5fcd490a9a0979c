/// How full the code area is.
public struct CodeMemoryStatistics: Equatable, Sendable {
    public var reservedBytes: Int
    /// Bytes in live regions (staged or committed), alignment padding included.
    public var usedBytes: Int
    /// The highest offset ever handed out since the last reset: everything below it has been used.
    public var highWaterMark: Int
    /// Freed bytes below the high-water mark, available for reuse.
    public var reusableBytes: Int
    public var stagedRegions: Int
    public var committedRegions: Int
    /// Counters since creation.
    public var commits: Int
    public var frees: Int
    public var patches: Int
    public var failedAllocations: Int
}
