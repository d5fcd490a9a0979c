/// Backing store owned by another object (list items, dict entries and indexes, set tables,
/// string data). Storage objects are ordinary heap cells, so owners need no finalizers: an
/// unreachable owner's storage is swept with it. The payload follows the struct.
@frozen
public struct StorageObject {
    public var header: ObjectHeader
    /// Payload size in elements of the storage's element type.
    public var capacity: Int

    public static let payloadOffset = MemoryLayout<StorageObject>.stride

    @inline(__always)
    public static func payload<T>(_ storage: UnsafeMutablePointer<StorageObject>, as _: T.Type) -> UnsafeMutablePointer<T> {
        (UnsafeMutableRawPointer(storage) + payloadOffset).assumingMemoryBound(to: T.self)
    }

    /// The storage object whose payload starts at `payload`.
    @inline(__always)
    public static func owner(ofPayload payload: UnsafeMutableRawPointer) -> UnsafeMutablePointer<StorageObject> {
        (payload - payloadOffset).assumingMemoryBound(to: StorageObject.self)
    }
}

extension RuntimeState {
    /// Zeroed storage for `capacity` elements of `elementSize` bytes; returns the payload.
    public mutating func allocateStorage(kind: ObjectKind, capacity: Int, elementSize: Int) -> UnsafeMutableRawPointer {
        let raw = heap.allocate(size: StorageObject.payloadOffset + capacity * elementSize, kind: kind, type: types.object)
        let storage = raw.assumingMemoryBound(to: StorageObject.self)
        storage.pointee.capacity = capacity
        return raw + StorageObject.payloadOffset
    }

    /// Zero-initialized value slots (zero bits are the float 0.0: harmless to the collector).
    @inline(__always)
    public mutating func allocateValueStorage(capacity: Int) -> UnsafeMutablePointer<Value> {
        allocateStorage(kind: .valueStorage, capacity: capacity, elementSize: 8).assumingMemoryBound(to: Value.self)
    }
}
