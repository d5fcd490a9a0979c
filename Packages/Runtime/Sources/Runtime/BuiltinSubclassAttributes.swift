/// The attribute dicts of instances of user subclasses of built-in types (`class TypedList(list)`
/// with `self.kind = ...`). Those objects keep the built-in layout (a list is a ListObject whose
/// type is the subclass), which has no room for a dict, so their dicts live here, keyed by the
/// object's address. Only such instances ever get an entry: plain lists and dicts pay nothing.
///
/// The collector marks every dict here and then forgets the entries whose object died (so a
/// dict outlives its object by one collection at most; an object its own dict refers to stays
/// alive, a leak rather than a wrong answer).
public enum BuiltinSubclassAttributes {
    nonisolated(unsafe) static var dicts: [UInt: Value] = [:]

    /// The object's dict, if it has one.
    public static func dict(of obj: Value) -> Value? {
        dicts.isEmpty ? nil : dicts[UInt(bitPattern: obj.objectAddress)]
    }

    /// Records `dict` as the object's dict.
    public static func set(_ dict: Value, for obj: Value) {
        dicts[UInt(bitPattern: obj.objectAddress)] = dict
    }

    static func mark(_ marker: inout Marker) {
        for dict in dicts.values { marker.mark(dict) }
    }

    /// After marking: entries of objects that are not marked go.
    static func forgetDead() {
        guard !dicts.isEmpty else { return }
        dicts = dicts.filter { address, _ in
            UnsafeMutableRawPointer(bitPattern: address)!.assumingMemoryBound(to: ObjectHeader.self).pointee.marked
        }
    }
}
