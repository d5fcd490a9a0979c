#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum CodeMemoryError: Error, Equatable, CustomStringConvertible {
    case reservationFailed(bytes: Int, errno: Int32)
    case protectionFailed(errno: Int32)
    case notCommittedCode(address: UInt64, length: Int)
    case unknownRegion(CodeRegion)

    public var description: String {
        switch self {
        case .reservationFailed(let bytes, let errno): return "cannot reserve \(bytes) bytes of code memory (errno \(errno))"
        case .protectionFailed(let errno): return "mprotect failed (errno \(errno))"
        case .notCommittedCode(let address, let length): return "0x\(String(address, radix: 16)) (+\(length)) is not inside committed code"
        case .unknownRegion(let region): return "no live region at 0x\(String(region.address, radix: 16))"
        }
    }
}

/// A bounded area of executable memory, carved into regions (one per piece of compiled code).
///
/// Pages are never writable and executable at once (W^X): code is written into a staging buffer,
/// and `commit` makes the target pages read+write, copies, then makes them read+execute. Pages
/// that never held code stay inaccessible. Freed regions are filled with int3 (so a stale jump
/// traps) and reused first-fit. When no hole is large enough `allocate` returns nil: the caller
/// decides (flush all code with `reset`, or stop compiling).
///
/// Not thread-safe: Hotpath compiles and runs Python on one thread. While a page is being
/// written, code on that page is not executable, so nothing may run concurrently from it.
public final class CodeMemory {
    public let reservedBytes: Int
    /// Every region starts at a multiple of this (16: what the x86 emitter's constant pool needs).
    public let alignment: Int
    public let pageSize: Int
    /// The start of the reservation.
    public let baseAddress: UInt64

    private let base: UnsafeMutableRawPointer
    private var top = 0
    /// Free ranges below `top`, sorted by offset, never adjacent to one another.
    private var holes: [(offset: Int, size: Int)] = []
    /// Live regions by offset; staged ones keep their staging buffer here until commit.
    private var live: [Int: LiveRegion] = [:]
    private var counters = (commits: 0, frees: 0, patches: 0, failedAllocations: 0)

    /// Reserves `reservedBytes` of address space (no memory is used until code is committed).
    /// `nearAddress` is a hint: code placed within ±2 GiB of the runtime's helpers can call them
    /// with a rel32 call.
    public init(reservedBytes: Int = 64 << 20, alignment: Int = 16, nearAddress: UInt64? = nil) throws {
        precondition(alignment > 0 && alignment & (alignment - 1) == 0, "alignment must be a power of two")
        pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        precondition(alignment <= pageSize)
        self.alignment = alignment
        self.reservedBytes = (reservedBytes + pageSize - 1) / pageSize * pageSize
        let hint = nearAddress.flatMap { UnsafeMutableRawPointer(bitPattern: UInt($0)) }
        let mapped = mmap(hint, self.reservedBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let mapped, mapped != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw CodeMemoryError.reservationFailed(bytes: self.reservedBytes, errno: errno)
        }
        base = mapped
        baseAddress = UInt64(UInt(bitPattern: mapped))
    }

    deinit {
        for entry in live.values { entry.staging?.deallocate() }
        munmap(base, reservedBytes)
    }

    // MARK: Allocation

    /// A region of at least `bytes` bytes with a staging buffer to write the code into, or nil
    /// when the code area is full.
    public func allocate(bytes: Int) -> StagedCode? {
        precondition(bytes > 0)
        let size = (bytes + alignment - 1) & ~(alignment - 1)
        guard let offset = takeSpace(size) else {
            counters.failedAllocations += 1
            return nil
        }
        let staging = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: alignment)
        // int3 fill: padding after the code traps rather than running into whatever follows.
        staging.initializeMemory(as: UInt8.self, repeating: 0xCC)
        live[offset] = LiveRegion(size: size, staging: staging)
        return StagedCode(region: CodeRegion(address: baseAddress + UInt64(offset), size: size), bytes: staging)
    }

    /// Copies the staged code into its region and makes it executable; returns the region (its
    /// address is the one `allocate` promised).
    @discardableResult
    public func commit(_ staged: StagedCode) throws -> CodeRegion {
        let offset = self.offset(of: staged.region)
        guard let entry = live[offset], entry.size == staged.region.size, let staging = entry.staging,
              staging.baseAddress == staged.bytes.baseAddress else {
            throw CodeMemoryError.unknownRegion(staged.region)
        }
        try write(UnsafeRawBufferPointer(staging), atOffset: offset)
        staging.deallocate()
        live[offset] = LiveRegion(size: entry.size, staging: nil)
        counters.commits += 1
        return staged.region
    }

    /// Gives up a staged region without committing it.
    public func abandon(_ staged: StagedCode) {
        let offset = self.offset(of: staged.region)
        guard let entry = live[offset], let staging = entry.staging, staging.baseAddress == staged.bytes.baseAddress else { return }
        staging.deallocate()
        live[offset] = nil
        returnSpace(offset: offset, size: entry.size)
    }

    /// Frees committed code that is no longer reachable (invalidated); its space is reused. The
    /// bytes are overwritten with int3.
    public func free(_ region: CodeRegion) throws {
        let offset = self.offset(of: region)
        guard let entry = live[offset], entry.committed, entry.size == region.size else {
            throw CodeMemoryError.unknownRegion(region)
        }
        let traps = [UInt8](repeating: 0xCC, count: entry.size)
        try traps.withUnsafeBytes { try write($0, atOffset: offset) }
        live[offset] = nil
        returnSpace(offset: offset, size: entry.size)
        counters.frees += 1
    }

    /// Frees everything at once (the "code area full: flush all compiled code" policy). Staged
    /// code not yet committed is abandoned (its buffer must not be used afterwards). The pages go
    /// back to the system and become inaccessible.
    public func reset() throws {
        for entry in live.values { entry.staging?.deallocate() }
        if top > 0 {
            let length = roundUpToPage(top)
            guard mprotect(base, length, PROT_NONE) == 0 else { throw CodeMemoryError.protectionFailed(errno: errno) }
            _ = madvise(base, length, MADV_DONTNEED)
        }
        live.removeAll()
        holes.removeAll()
        top = 0
    }

    // MARK: Patching

    /// Overwrites bytes inside committed code, e.g. the rel32 of a side exit's jump when a bridge
    /// has been compiled for it. The page is made writable (and not executable) for the write.
    public func patch(at address: UInt64, bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        guard address >= baseAddress, address - baseAddress + UInt64(bytes.count) <= UInt64(top),
              let (regionOffset, entry) = liveRegion(containing: Int(address - baseAddress)), entry.committed,
              Int(address - baseAddress) + bytes.count <= regionOffset + entry.size else {
            throw CodeMemoryError.notCommittedCode(address: address, length: bytes.count)
        }
        try bytes.withUnsafeBytes { try write($0, atOffset: Int(address - baseAddress)) }
        counters.patches += 1
    }

    // MARK: Queries

    public var statistics: CodeMemoryStatistics {
        let used = live.values.reduce(0) { $0 + $1.size }
        let staged = live.values.filter { !$0.committed }.count
        return CodeMemoryStatistics(
            reservedBytes: reservedBytes, usedBytes: used, highWaterMark: top,
            reusableBytes: holes.reduce(0) { $0 + $1.size },
            stagedRegions: staged, committedRegions: live.count - staged,
            commits: counters.commits, frees: counters.frees, patches: counters.patches,
            failedAllocations: counters.failedAllocations)
    }

    /// The committed region that contains `address`, if any (e.g. to map a crash address to code).
    public func region(containing address: UInt64) -> CodeRegion? {
        guard address >= baseAddress, address - baseAddress < UInt64(top),
              let (offset, entry) = liveRegion(containing: Int(address - baseAddress)), entry.committed else { return nil }
        return CodeRegion(address: baseAddress + UInt64(offset), size: entry.size)
    }

    public func contains(_ address: UInt64) -> Bool {
        address >= baseAddress && address - baseAddress < UInt64(reservedBytes)
    }

    // MARK: Private

    private func offset(of region: CodeRegion) -> Int {
        guard contains(region.address) else { return -1 }
        return Int(region.address - baseAddress)
    }

    private func liveRegion(containing offset: Int) -> (Int, LiveRegion)? {
        // Regions are a few hundred to a few thousand; a linear scan keeps the bookkeeping trivial
        // (patching and crash lookup are rare).
        for (start, entry) in live where offset >= start && offset < start + entry.size {
            return (start, entry)
        }
        return nil
    }

    private func takeSpace(_ size: Int) -> Int? {
        if let index = holes.firstIndex(where: { $0.size >= size }) {
            let hole = holes[index]
            if hole.size == size {
                holes.remove(at: index)
            } else {
                holes[index] = (hole.offset + size, hole.size - size)
            }
            return hole.offset
        }
        guard top + size <= reservedBytes else { return nil }
        defer { top += size }
        return top
    }

    private func returnSpace(offset: Int, size: Int) {
        var start = offset, end = offset + size
        let index = holes.firstIndex { $0.offset > offset } ?? holes.count
        var insertAt = index
        if index < holes.count, holes[index].offset == end {
            end += holes[index].size
            holes.remove(at: index)
        }
        if index > 0, holes[index - 1].offset + holes[index - 1].size == start {
            start = holes[index - 1].offset
            holes.remove(at: index - 1)
            insertAt -= 1
        }
        if end == top {
            top = start   // the hole touches the unused tail: give it back to the tail
        } else {
            holes.insert((start, end - start), at: insertAt)
        }
    }

    private func roundUpToPage(_ value: Int) -> Int { (value + pageSize - 1) / pageSize * pageSize }

    /// The one place that writes into the code area: read+write, copy, read+execute.
    private func write(_ bytes: UnsafeRawBufferPointer, atOffset offset: Int) throws {
        let firstPage = offset / pageSize * pageSize
        let length = roundUpToPage(offset + bytes.count) - firstPage
        let pages = base + firstPage
        guard mprotect(pages, length, PROT_READ | PROT_WRITE) == 0 else { throw CodeMemoryError.protectionFailed(errno: errno) }
        (base + offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        guard mprotect(pages, length, PROT_READ | PROT_EXEC) == 0 else { throw CodeMemoryError.protectionFailed(errno: errno) }
    }
}

/// A region handed out by `allocate`: staged until committed.
private struct LiveRegion {
    var size: Int
    var staging: UnsafeMutableRawBufferPointer?

    var committed: Bool { staging == nil }
}
