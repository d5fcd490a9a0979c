import RuntimeSupport

/// Mark-sweep garbage collection.
///
/// Roots are found two ways:
/// - conservatively: every word of the native stack (and callee-saved registers, spilled by
///   setjmp) and of the frame stack is treated as a possible value or raw address, and kept
///   only if it points into a live heap cell. Swift code and machine code may therefore hold
///   values in locals and registers across any allocation without registering them;
/// - precisely: the runtime's own fields, interned strings, built-in types, permanent roots and
///   whatever other packages register in `rootVisitors`.
/// The one rule for Swift code: never keep the only reference to a heap value in memory the
/// collector cannot see (a Swift Array, Dictionary or class instance) across an allocation.
public enum Collector {
    public static func collect() {
        // A pointer to the heap inside the runtime state. (Escaping the pointer a
        // withUnsafeMutablePointer closure gets is undefined: in release builds it pointed at a
        // copy, the reset of the allocation counter was lost and every large allocation collected.)
        let heap = rt.pointer(to: \.heap)!
        guard !heap.pointee.collecting else { return }
        heap.pointee.collecting = true
        defer { heap.pointee.collecting = false }
        heap.pointee.prepareLargeObjectIndex()

        var marker = Marker()
        markRoots(&marker)
        marker.drain()
        marker.release()
        BuiltinSubclassAttributes.forgetDead()

        let live = heap.pointee.sweep()
        heap.pointee.liveBytesAfterLastCollection = live
        heap.pointee.allocatedSinceCollection.pointee = 0
        heap.pointee.collectionThreshold = max(32 << 20, live)
        heap.pointee.collections += 1
    }

    static func markRoots(_ marker: inout Marker) {
        let state = rt
        marker.mark(state.pointee.currentException)
        marker.mark(state.pointee.handledException)
        marker.mark(state.pointee.lastStopIterationValue)
        for value in state.pointee.internedStrings.values { marker.mark(value) }
        for value in state.pointee.permanentRoots { marker.mark(value) }
        for type in state.pointee.types.all { marker.markAddress(UnsafeMutableRawPointer(type)) }
        if let empty = emptyTupleCache { marker.markAddress(UnsafeMutableRawPointer(empty)) }
        marker.mark(emptyShapeValue)
        for visitor in state.pointee.rootVisitors { visitor(&marker) }
        BuiltinSubclassAttributes.mark(&marker)

        let frames = state.pointee.frames
        marker.markConservatively(from: frames.base, to: frames.top)
        if let frame = state.pointee.currentFrame { marker.markConservatively(frameChainFrom: frame) }

        withUnsafeMutablePointer(to: &marker) { markerPointer in
            hp_scan_native_stack({ context, low, high in
                let marker = context!.assumingMemoryBound(to: Marker.self)
                marker.pointee.markConservatively(from: UnsafeRawPointer(low!), to: UnsafeRawPointer(high!))
            }, markerPointer)
        }
    }
}

/// The marking state: a stack of objects whose references are still to be traced.
public struct Marker {
    var stack: UnsafeMutablePointer<UnsafeMutableRawPointer>
    var count = 0
    var capacity = 4096

    init() {
        stack = .allocate(capacity: capacity)
    }

    func release() { stack.deallocate() }

    /// Marks a value known to be valid (from a precise root or a heap object's field).
    @inline(__always)
    public mutating func mark(_ value: Value) {
        if value.isObject { markAddress(value.objectAddress) }
    }

    @inline(__always)
    public mutating func markAddress(_ address: UnsafeMutableRawPointer) {
        let header = address.assumingMemoryBound(to: ObjectHeader.self)
        if header.pointee.marked { return }
        header.pointee.marked = true
        if count == capacity { grow() }
        stack[count] = address
        count += 1
    }

    /// Marks a storage object given its payload address.
    @inline(__always)
    mutating func markPayload(_ payload: UnsafeMutableRawPointer?) {
        if let payload { markAddress(UnsafeMutableRawPointer(StorageObject.owner(ofPayload: payload))) }
    }

    mutating func grow() {
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity * 2)
        bigger.update(from: stack, count: count)
        stack.deallocate()
        stack = bigger
        capacity *= 2
    }

    /// Marks whatever live objects the words in [low, high) may refer to, as boxed values or as
    /// raw (possibly interior) addresses.
    public mutating func markConservatively(from low: UnsafeRawPointer, to high: UnsafeRawPointer) {
        var word = UnsafeRawPointer(bitPattern: (UInt(bitPattern: low) + 7) & ~7)!
        let heap = rt.pointee.heap
        while word < high {
            let bits = word.load(as: UInt64.self)
            if bits >> 48 == 0xFFF9 {
                if let cell = heap.objectContaining(UInt(bits & Value.addressMask)) { markAddress(cell) }
            } else if bits >> 48 == 0, bits >= 4096, let cell = heap.objectContaining(UInt(bits)) {
                markAddress(cell)
            }
            word += 8
        }
    }

    /// Frames outside the frame stack (generator frames) reachable from the running chain.
    mutating func markConservatively(frameChainFrom frame: FrameRef) {
        var current: FrameRef? = frame
        while let f = current {
            if f.pointee.flags.contains(.ownedByGenerator) {
                let size = Frame.size(for: f.pointee.code)
                markConservatively(from: UnsafeRawPointer(f), to: UnsafeRawPointer(f) + size)
            }
            current = f.pointee.previous
        }
    }

    mutating func drain() {
        while count > 0 {
            count -= 1
            trace(stack[count])
        }
    }

    /// Marks everything the object at `address` refers to.
    mutating func trace(_ address: UnsafeMutableRawPointer) {
        let header = address.assumingMemoryBound(to: ObjectHeader.self)
        markAddress(UnsafeMutableRawPointer(header.pointee.type))
        switch header.pointee.kind {
        case .free, .str, .bytes, .bigInt, .byteStorage, .native, .rangeIterator:
            break
        case .range:
            mark(address.assumingMemoryBound(to: RangeObject.self).pointee.big)
        case .type:
            let t = address.assumingMemoryBound(to: TypeObject.self)
            markFields(t, \.name, \.subclasses)
            mark(t.pointee.instanceShape)
            mark(t.pointee.slotNames)
        case .tuple:
            let t = address.assumingMemoryBound(to: TupleObject.self)
            markValues(TupleObject.items(t), t.pointee.count)
        case .list:
            markPayload(address.assumingMemoryBound(to: ListObject.self).pointee.items)
        case .valueStorage:
            let s = address.assumingMemoryBound(to: StorageObject.self)
            markValues(StorageObject.payload(s, as: Value.self), s.pointee.capacity)
        case .dict:
            let d = address.assumingMemoryBound(to: DictObject.self)
            markPayload(d.pointee.entries)
            markPayload(d.pointee.indices)
        case .dictEntries:
            let s = address.assumingMemoryBound(to: StorageObject.self)
            let entries = StorageObject.payload(s, as: DictEntry.self)
            for i in 0..<s.pointee.capacity {
                mark(entries[i].key)
                mark(entries[i].value)
            }
        case .set, .frozenset:
            markPayload(address.assumingMemoryBound(to: SetObject.self).pointee.table)
        case .setTable:
            let s = address.assumingMemoryBound(to: StorageObject.self)
            let entries = StorageObject.payload(s, as: SetEntry.self)
            for i in 0..<s.pointee.capacity { mark(entries[i].key) }
        case .function:
            let f = address.assumingMemoryBound(to: FunctionObject.self)
            markAddress(UnsafeMutableRawPointer(f.pointee.code))
            markFields(f, \.globals, \.module)
        case .builtinFunction:
            let f = address.assumingMemoryBound(to: BuiltinFunctionObject.self)
            markFields(f, \.name, \.ownerType)
        case .methodDescriptor, .memberDescriptor:
            let f = address.assumingMemoryBound(to: MethodDescriptorObject.self)
            mark(f.pointee.name)
            mark(f.pointee.ownerType)
        case .boundMethod:
            let m = address.assumingMemoryBound(to: BoundMethodObject.self)
            mark(m.pointee.function)
            mark(m.pointee.receiver)
        case .code:
            let c = address.assumingMemoryBound(to: CodeObject.self)
            markFields(c, \.constants, \.tableStorage)
        case .cell:
            mark(address.assumingMemoryBound(to: CellObject.self).pointee.value)
        case .module:
            let m = address.assumingMemoryBound(to: ModuleObject.self)
            mark(m.pointee.name)
            mark(m.pointee.dict)
        case .instance:
            let i = address.assumingMemoryBound(to: InstanceObject.self)
            mark(i.pointee.shape)
            markPayload(i.pointee.slots.map { UnsafeMutableRawPointer($0) })
            mark(i.pointee.dict)
            mark(i.pointee.builtinPart)
        case .exception:
            let e = address.assumingMemoryBound(to: ExceptionObject.self)
            markFields(e, \.args, \.context)
            mark(e.pointee.dict)
        case .traceback:
            let t = address.assumingMemoryBound(to: TracebackObject.self)
            mark(t.pointee.next)
            mark(t.pointee.code)
        case .slice:
            let s = address.assumingMemoryBound(to: SliceObject.self)
            markFields(s, \.start, \.step)
        case .listIterator, .tupleIterator, .strIterator, .sequenceIterator, .bytesIterator, .reversed:
            mark(address.assumingMemoryBound(to: SequenceIteratorObject.self).pointee.sequence)
        case .dictIterator, .setIterator:
            mark(address.assumingMemoryBound(to: HashIteratorObject.self).pointee.container)
        case .enumerate, .zip, .map, .filter, .callIterator:
            let c = address.assumingMemoryBound(to: CombinatorIteratorObject.self)
            markFields(c, \.first, \.third)
        case .generator:
            let g = address.assumingMemoryBound(to: GeneratorObject.self)
            markFields(g, \.frameStorage, \.qualifiedName)
            mark(g.pointee.delegate)
            mark(g.pointee.exceptionState)
            mark(g.pointee.savedException)
        case .frameStorage:
            // A generator's frame: its header fields and every slot. Slots above the live stack
            // may hold stale values; they were retained while stale, so they are still valid.
            let s = address.assumingMemoryBound(to: FrameStorageObject.self)
            let frame = FrameStorageObject.frame(s)
            markAddress(UnsafeMutableRawPointer(frame.pointee.code))
            markFields(frame, \.function, \.locals)
            mark(frame.pointee.generator)
            markValues(Frame.localsPlus(frame), frame.pointee.code.pointee.frameSlotCount)
        case .property:
            let p = address.assumingMemoryBound(to: PropertyObject.self)
            markFields(p, \.getter, \.doc)
        case .staticMethod, .classMethod:
            mark(address.assumingMemoryBound(to: MethodWrapperObject.self).pointee.function)
        case .superObject:
            let s = address.assumingMemoryBound(to: SuperObject.self)
            markFields(s, \.startType, \.objectType)
        case .namespace:
            mark(address.assumingMemoryBound(to: NamespaceObject.self).pointee.dict)
        case .shape:
            let shape = address.assumingMemoryBound(to: ShapeObject.self)
            markFields(shape, \.parent, \.transitions)
        }
    }

    @inline(__always)
    mutating func markValues(_ values: UnsafeMutablePointer<Value>, _ count: Int) {
        for i in 0..<count { mark(values[i]) }
    }

    /// Marks the consecutive Value fields of `object` from `first` to `last` inclusive.
    @inline(__always)
    mutating func markFields<T>(_ object: UnsafeMutablePointer<T>, _ first: PartialKeyPath<T>, _ last: PartialKeyPath<T>) {
        let start = MemoryLayout<T>.offset(of: first)!
        let end = MemoryLayout<T>.offset(of: last)!
        markValues((UnsafeMutableRawPointer(object) + start).assumingMemoryBound(to: Value.self), (end - start) / 8 + 1)
    }
}
