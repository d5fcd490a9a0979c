import Runtime

/// What the link helpers need about a compiled superblock, in plain memory: a transition from one
/// superblock to another touches no Swift object (no reference counting, no dictionary).
struct NativeSuperblockInfo {
    /// The entry point.
    var entry: UInt
    /// Where a linked exit of another superblock jumps, with the state, the root frame (r14), the
    /// register file (r15) and the native frame already set up: copies the constants into the
    /// register file, counts a loop iteration and goes to the first uop.
    var linkedEntry: UInt
    var registerCount: Int
    var constantCount: Int
    /// The constants, copied into the register file before the code runs.
    var constants: UnsafeMutablePointer<Value>
    /// Per exit: the info of the superblock linked to it, or nil.
    var links: UnsafeMutablePointer<UnsafeMutablePointer<NativeSuperblockInfo>?>
    /// The `X86CompiledSuperblock` (unretained).
    var owner: UnsafeRawPointer
    var isReleased: Bool
    /// For a superblock that loops: its iteration counter. A link into it enters at the loop
    /// head, which is one iteration too (see `X86Bridging.switchTo`).
    var loopIterations: UnsafeMutablePointer<Int>?

    static let registerCountOffset = Int32(MemoryLayout<NativeSuperblockInfo>.offset(of: \.registerCount)!)
    static let isReleasedOffset = Int32(MemoryLayout<NativeSuperblockInfo>.offset(of: \.isReleased)!)
    static let linkedEntryOffset = Int32(MemoryLayout<NativeSuperblockInfo>.offset(of: \.linkedEntry)!)

    static func allocate(exitCount: Int, constants: [Value], registerCount: Int,
                         owner: UnsafeRawPointer) -> UnsafeMutablePointer<NativeSuperblockInfo> {
        let copy = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        copy.initialize(from: constants, count: constants.count)
        let links = UnsafeMutablePointer<UnsafeMutablePointer<NativeSuperblockInfo>?>.allocate(capacity: max(1, exitCount))
        links.initialize(repeating: nil, count: max(1, exitCount))
        let info = UnsafeMutablePointer<NativeSuperblockInfo>.allocate(capacity: 1)
        info.initialize(to: NativeSuperblockInfo(entry: 0, linkedEntry: 0, registerCount: registerCount, constantCount: constants.count,
                                                 constants: copy, links: links, owner: owner, isReleased: false, loopIterations: nil))
        return info
    }

    static func deallocate(_ info: UnsafeMutablePointer<NativeSuperblockInfo>) {
        info.pointee.constants.deallocate()
        info.pointee.links.deallocate()
        info.deallocate()
    }
}
