import RuntimeSupport
#if canImport(Glibc)
import Glibc
#endif

/// The managed heap: small objects in size-class blocks with free lists, large objects from
/// malloc. Objects never move, so machine code and Swift code may hold raw addresses, and the
/// native stack can be scanned conservatively (see `Collector`).
public struct Heap {
    /// Blocks are aligned to their size, so a block's base is `address & ~(blockSize - 1)`.
    public static let blockSize = 1 << 18
    /// Largest object served from blocks; bigger ones are "large objects".
    public static let largestSmallObject = 2048
    static let sizeClasses: [Int] = [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256,
                                     320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048]

    /// Free list heads, one per size class. A free cell has kind 0 and links to the next free cell
    /// in its first word (where a live object keeps its type).
    let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Size class index for each (size + 15) / 16.
    let classForGranule: UnsafeMutablePointer<UInt8>
    /// Cell size of each size class (a raw table: no array retain/release on the fast path).
    let cellSizes: UnsafeMutablePointer<Int>

    struct Block {
        var base: UnsafeMutableRawPointer
        var cellSize: Int
        var cellCount: Int
    }
    var blocks: [Block] = []
    var blockIndexByBase: [UInt: Int] = [:]
    var largeObjects: [UInt: Int] = [:]
    /// Large objects sorted by address, rebuilt before a collection when `largeObjectsChanged`.
    var sortedLargeObjects: [(start: UInt, end: UInt)] = []
    var largeObjectsChanged = false

    /// Bytes allocated (cells, whether reused or new, and large objects) since the last
    /// collection. Behind a pointer: the fast path bumps it inside `mutating allocate`, and the
    /// collector resets it from a static slow path, which a stored field of `self` would not
    /// reliably see (see below). Counting only new blocks grew the heap by a full threshold per
    /// collection: reused cells were free, so nqueens reached 167 MB with 120 KB live.
    let allocatedSinceCollection: UnsafeMutablePointer<Int>
    /// Collect when a free list runs dry after this many bytes were allocated (grows with the
    /// live heap).
    var collectionThreshold = 32 << 20
    public internal(set) var liveBytesAfterLastCollection = 0
    public internal(set) var collections = 0
    /// Collect before every allocation (HOTPATH_GC_STRESS): finds rooting bugs early.
    public var stressEveryAllocation = false
    var allocationsUntilStressCollection = 0
    var stressInterval = 1
    /// Set while collecting; allocation during a collection is a bug.
    var collecting = false

    init() {
        allocatedSinceCollection = .allocate(capacity: 1)
        allocatedSinceCollection.initialize(to: 0)
        // Large objects (big ints above all) go back to malloc at every sweep. By default glibc
        // then returns the top of its heap to the kernel and faults it back in at the next
        // allocation: most of the system time of a big-int workload.
        hp_malloc_keep_freed_memory(64 << 20)
        freeLists = .allocate(capacity: Heap.sizeClasses.count)
        freeLists.initialize(repeating: nil, count: Heap.sizeClasses.count)
        cellSizes = .allocate(capacity: Heap.sizeClasses.count)
        for (i, size) in Heap.sizeClasses.enumerated() { cellSizes[i] = size }
        let granules = Heap.largestSmallObject / 16 + 1
        classForGranule = .allocate(capacity: granules)
        for granule in 0..<granules {
            let size = max(16, granule * 16)
            classForGranule[granule] = UInt8(Heap.sizeClasses.firstIndex { $0 >= size }!)
        }
    }

    /// Configures stress mode: `interval` 1 collects at every allocation, n at every n-th.
    public mutating func setStress(interval: Int) {
        stressEveryAllocation = interval > 0
        stressInterval = max(1, interval)
        allocationsUntilStressCollection = stressInterval
    }

    // MARK: allocation

    /// A zeroed object of `size` bytes with its header set. May collect first.
    @inline(__always)
    public mutating func allocate(size: Int, kind: ObjectKind, type: UnsafeMutablePointer<TypeObject>) -> UnsafeMutableRawPointer {
        allocate(size: size, kind: kind, type: type, zeroed: true)
    }

    /// Like `allocate`, but only the header is initialized: for objects without references
    /// whose every other byte the caller writes before the next allocation (a big int's limbs,
    /// which would otherwise be written twice).
    @inline(__always)
    public mutating func allocateUnzeroed(size: Int, kind: ObjectKind, type: UnsafeMutablePointer<TypeObject>) -> UnsafeMutableRawPointer {
        allocate(size: size, kind: kind, type: type, zeroed: false)
    }

    @inline(__always)
    mutating func allocate(size: Int, kind: ObjectKind, type: UnsafeMutablePointer<TypeObject>, zeroed: Bool) -> UnsafeMutableRawPointer {
        if stressEveryAllocation { Heap.stressCollect() }
        let cell: UnsafeMutableRawPointer
        if size <= Heap.largestSmallObject {
            let sizeClass = Int(classForGranule[(size + 15) >> 4])
            if let head = freeLists[sizeClass] {
                freeLists[sizeClass] = head.load(fromByteOffset: 0, as: UnsafeMutableRawPointer?.self)
                allocatedSinceCollection.pointee &+= cellSizes[sizeClass]
                cell = head
            } else {
                cell = Heap.refillAndAllocate(sizeClass: sizeClass)
            }
            if zeroed { cell.initializeMemory(as: UInt8.self, repeating: 0, count: cellSizes[sizeClass]) }
        } else {
            cell = Heap.allocateLarge(size: size, zeroed: zeroed)
        }
        let header = cell.assumingMemoryBound(to: ObjectHeader.self)
        if zeroed {
            header.pointee.type = type
            header.pointee.kind = kind
        } else {
            header.initialize(to: ObjectHeader(type: type, kind: kind, marked: false, flags: 0, extra: 0))
        }
        return cell
    }

    // The slow paths may collect, and the collector changes the heap (free lists, counters)
    // through `rt`. So they are static and read every field through a pointer after the
    // collection: a `mutating` method's `self` is assumed not to change behind its back, and
    // Swift -O kept the allocation counter (then a stored field) in a register across the collection (the reset was
    // lost and, past the first threshold, every large allocation collected).

    /// The heap inside the runtime state.
    static var current: UnsafeMutablePointer<Heap> { rt.pointer(to: \.heap)! }

    @inline(never)
    static func stressCollect() {
        let heap = current
        heap.pointee.allocationsUntilStressCollection -= 1
        if heap.pointee.allocationsUntilStressCollection <= 0 {
            heap.pointee.allocationsUntilStressCollection = heap.pointee.stressInterval
            Collector.collect()
        }
    }

    @inline(never)
    static func refillAndAllocate(sizeClass: Int) -> UnsafeMutableRawPointer {
        let heap = current
        heap.pointee.allocatedSinceCollection.pointee &+= heap.pointee.cellSizes[sizeClass]
        if heap.pointee.allocatedSinceCollection.pointee > heap.pointee.collectionThreshold && !heap.pointee.collecting {
            Collector.collect()
            if let head = heap.pointee.freeLists[sizeClass] {
                heap.pointee.freeLists[sizeClass] = head.load(fromByteOffset: 0, as: UnsafeMutableRawPointer?.self)
                return head
            }
        }
        heap.pointee.addBlock(sizeClass: sizeClass)
        let head = heap.pointee.freeLists[sizeClass]!
        heap.pointee.freeLists[sizeClass] = head.load(fromByteOffset: 0, as: UnsafeMutableRawPointer?.self)
        return head
    }

    mutating func addBlock(sizeClass: Int) {
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, Heap.blockSize, Heap.blockSize) == 0, let base = memory else {
            fatalError("hotpath: out of memory")
        }
        let cellSize = Heap.sizeClasses[sizeClass]
        let cellCount = Heap.blockSize / cellSize
        base.initializeMemory(as: UInt8.self, repeating: 0, count: Heap.blockSize)
        // Thread the new cells onto the free list in address order.
        var next = freeLists[sizeClass]
        for index in stride(from: cellCount - 1, through: 0, by: -1) {
            let cell = base + index * cellSize
            cell.storeBytes(of: next, toByteOffset: 0, as: UnsafeMutableRawPointer?.self)
            next = cell
        }
        freeLists[sizeClass] = next
        blockIndexByBase[UInt(bitPattern: base)] = blocks.count
        blocks.append(Block(base: base, cellSize: cellSize, cellCount: cellCount))
    }

    @inline(never)
    static func allocateLarge(size: Int, zeroed: Bool = true) -> UnsafeMutableRawPointer {
        let heap = current
        heap.pointee.allocatedSinceCollection.pointee &+= size
        if heap.pointee.allocatedSinceCollection.pointee > heap.pointee.collectionThreshold && !heap.pointee.collecting {
            Collector.collect()
        }
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, 16, size) == 0, let cell = memory else {
            fatalError("hotpath: out of memory allocating \(size) bytes")
        }
        if zeroed { cell.initializeMemory(as: UInt8.self, repeating: 0, count: size) }
        heap.pointee.largeObjects[UInt(bitPattern: cell)] = size
        heap.pointee.largeObjectsChanged = true
        return cell
    }

    // MARK: finding objects (for conservative roots)

    /// The live object containing `address`, if any (interior addresses count).
    func objectContaining(_ address: UInt) -> UnsafeMutableRawPointer? {
        let base = address & ~UInt(Heap.blockSize - 1)
        if let index = blockIndexByBase[base] {
            let block = blocks[index]
            let cellIndex = Int(address - base) / block.cellSize
            guard cellIndex < block.cellCount else { return nil }
            let cell = block.base + cellIndex * block.cellSize
            return cell.load(fromByteOffset: ObjectHeader.kindOffset, as: UInt8.self) == 0 ? nil : cell
        }
        guard !sortedLargeObjects.isEmpty, address >= sortedLargeObjects[0].start else { return nil }
        var low = 0, high = sortedLargeObjects.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if sortedLargeObjects[mid].start <= address { low = mid } else { high = mid }
        }
        let candidate = sortedLargeObjects[low]
        return address < candidate.end ? UnsafeMutableRawPointer(bitPattern: candidate.start) : nil
    }

    mutating func prepareLargeObjectIndex() {
        guard largeObjectsChanged else { return }
        sortedLargeObjects = largeObjects.map { (start: $0.key, end: $0.key + UInt($0.value)) }.sorted { $0.start < $1.start }
        largeObjectsChanged = false
    }

    // MARK: sweeping

    /// Frees every unmarked object, clears the marks and rebuilds the free lists. Returns live bytes.
    mutating func sweep() -> Int {
        var live = 0
        for sizeClass in 0..<Heap.sizeClasses.count { freeLists[sizeClass] = nil }
        // Walk blocks backwards so that each free list ends up in address order.
        for block in blocks.reversed() {
            let sizeClass = Int(classForGranule[block.cellSize >> 4])
            var head = freeLists[sizeClass]
            for index in stride(from: block.cellCount - 1, through: 0, by: -1) {
                let cell = block.base + index * block.cellSize
                let header = cell.assumingMemoryBound(to: ObjectHeader.self)
                if header.pointee.kind != .free {
                    if header.pointee.marked {
                        header.pointee.marked = false
                        live += block.cellSize
                        continue
                    }
                    header.pointee.kind = .free
                }
                cell.storeBytes(of: head, toByteOffset: 0, as: UnsafeMutableRawPointer?.self)
                head = cell
            }
            freeLists[sizeClass] = head
        }
        for (address, size) in largeObjects {
            let header = UnsafeMutableRawPointer(bitPattern: address)!.assumingMemoryBound(to: ObjectHeader.self)
            if header.pointee.marked {
                header.pointee.marked = false
                live += size
            } else {
                largeObjects[address] = nil
                largeObjectsChanged = true
                free(UnsafeMutableRawPointer(bitPattern: address))
            }
        }
        return live
    }

    /// Bytes of memory held in blocks and large objects.
    public var heapBytes: Int {
        blocks.count * Heap.blockSize + largeObjects.values.reduce(0, +)
    }
}
