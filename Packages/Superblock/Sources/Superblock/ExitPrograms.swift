import Runtime

/// Every exit of a superblock (and its loop write-back) flattened into words, with each SSA value
/// already resolved to its register index (constants first, then one register per uop: the
/// layout every backend's register file uses). Taking an exit then walks raw memory: reading an
/// `ExitDescriptor` copies arrays of snapshots that hold arrays, a retain and a release each,
/// and on loops that exit every few iterations that ARC cost more than the loop itself.
///
/// One exit:
///     objectCount, per object: register, class register, shape bits, slotCount, slot registers...
///     frameCount, per frame: code pointer, function register (-1: the root frame's own),
///                 resume index, kind (0 plain, 1 constructor, 2 binary operator),
///                 localCount, (slot, register)...,
///                 stackCount, registers...
/// The loop write-back is one frame's localCount... part.
public struct ExitPrograms {
    public let words: UnsafeMutablePointer<Int>
    let starts: UnsafeMutablePointer<Int>
    public let count: Int
    /// Where the root frame's write-back starts in `words` (-1: not a `loopBack` superblock).
    let loopBackStart: Int

    public init(_ superblock: Superblock) {
        let constantCount = superblock.constants.count
        func register(_ ref: Ref) -> Int { ref.isConstant ? ref.constantIndex : constantCount + ref.uopIndex }
        var words: [Int] = []
        var starts: [Int] = []
        func frameState(_ snapshot: FrameSnapshot) {
            words.append(snapshot.locals.count)
            for (slot, ref) in snapshot.locals { words += [Int(slot), register(ref)] }
            words.append(snapshot.stack.count)
            for ref in snapshot.stack { words.append(register(ref)) }
        }
        for exit in superblock.exits {
            starts.append(words.count)
            words.append(exit.objects.count)
            for object in exit.objects {
                words += [register(object.ref), register(object.cls), Int(object.shape), object.slots.count]
                for slot in object.slots { words.append(register(slot)) }
            }
            words.append(exit.frames.count)
            for snapshot in exit.frames {
                words.append(Int(bitPattern: superblock.codes[Int(snapshot.code)]))
                words.append(snapshot.function.map(register) ?? -1)
                words += [Int(snapshot.resumeIndex), snapshot.isConstructor ? 1 : snapshot.isBinaryOperator ? 2 : 0]
                frameState(snapshot)
            }
        }
        if let loopBack = superblock.loopBack {
            loopBackStart = words.count
            frameState(loopBack)
        } else {
            loopBackStart = -1
        }
        count = starts.count
        self.words = .allocate(capacity: max(words.count, 1))
        self.words.initialize(from: words, count: words.count)
        self.starts = .allocate(capacity: max(starts.count, 1))
        self.starts.initialize(from: starts, count: starts.count)
    }

    public func deallocate() {
        words.deallocate()
        starts.deallocate()
    }

    /// The program of exit `index`.
    @inline(__always) public func exit(_ index: Int) -> UnsafePointer<Int> { UnsafePointer(words + starts[index]) }

    /// The loop write-back program (only for superblocks with `loopBack`).
    @inline(__always) public var loopBack: UnsafePointer<Int> { UnsafePointer(words + loopBackStart) }
}
