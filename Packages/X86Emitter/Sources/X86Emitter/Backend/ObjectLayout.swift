import Runtime

/// Field offsets of the runtime structures machine code reads, taken from the Swift layouts at
/// compile time (never hard-coded: a field added to a struct moves them and the code follows).
enum Layout {
    static func offset<Root, Field>(_ path: KeyPath<Root, Field>) -> Int32 {
        Int32(MemoryLayout<Root>.offset(of: path)!)
    }

    // Object header.
    static let headerType = Int32(ObjectHeader.typeOffset)
    static let headerKind = Int32(ObjectHeader.kindOffset)

    // Frames.
    static let frameLocalsPlus = Int32(Frame.localsPlusOffset)
    static let frameInstructionIndex = offset(\Frame.instructionIndex)
    static let frameStackDepth = offset(\Frame.stackDepth)
    /// Where the runtime keeps the innermost running frame.
    static var currentFrameAddress: UInt64 {
        UInt64(UInt(bitPattern: rt)) + UInt64(MemoryLayout<RuntimeState>.offset(of: \RuntimeState.currentFrame)!)
    }

    // Containers.
    static let listCount = offset(\ListObject.count)
    static let listItems = offset(\ListObject.items)
    static let listCapacity = offset(\ListObject.capacity)
    static let strCount = offset(\StrObject.count)
    static let tupleCount = offset(\TupleObject.count)
    static let tupleItems = Int32(TupleObject.itemsOffset)

    // Iterators.
    static let rangeNext = offset(\RangeIteratorObject.next)
    static let rangeStep = offset(\RangeIteratorObject.step)
    static let rangeRemaining = offset(\RangeIteratorObject.remaining)
    static let sequenceIteratorSequence = offset(\SequenceIteratorObject.sequence)
    static let sequenceIteratorIndex = offset(\SequenceIteratorObject.index)

    // Dicts (module globals and builtins).
    static let dictEntries = offset(\DictObject.entries)
    static let dictKeysVersion = offset(\DictObject.keysVersion)
    static let dictVersion = offset(\DictObject.version)
    static let dictEntryStride = Int32(MemoryLayout<DictEntry>.stride)
    static let dictEntryValue = offset(\DictEntry.value)

    // Classes and instances.
    static let typeVersion = offset(\TypeObject.version)
    static let instanceShape = offset(\InstanceObject.shape)
    static let instanceSlots = offset(\InstanceObject.slots)

    // Functions and cells.
    static let functionVersion = offset(\FunctionObject.version)
    static let functionClosure = offset(\FunctionObject.closure)
    static let cellValue = offset(\CellObject.value)
}

/// NaN-boxing constants (see Value).
enum Boxing {
    static let objectTag = Value.objectTag
    static let intTag = Value.intTag
    static let null = Value.null.bits
    static let none = Value.none.bits
    static let `false` = Value.false.bits
    static let `true` = Value.true.bits
    /// A small int's payload shifted this far left is a 64-bit int whose overflow flag is the
    /// 50-bit range check.
    static let intShift: UInt8 = UInt8(Value.intShift)
}
