/// A hidden class: which attribute lives in which slot of an instance. Shapes form a tree from
/// the empty shape: adding attribute `name` to an instance of shape S moves it to S's child for
/// `name`, so instances that got the same attributes in the same order share a shape, and a
/// cached attribute access is "same shape? then slot i". Shapes never change once made.
@frozen
public struct ShapeObject {
    public var header: ObjectHeader
    public var parent: Value
    /// The attribute names in slot order (a tuple of interned strs).
    public var names: Value
    /// Child shapes by added name (a dict), NULL until the first transition.
    public var transitions: Value
    public var count: Int
    /// Some name is not interned (set via setattr with a computed str): lookups by an interned
    /// name must then compare characters too.
    public var hasUninternedNames: Bool
}

public typealias ShapeRef = UnsafeMutablePointer<ShapeObject>

extension RuntimeState {
    /// Instances with more attributes than this keep them in a dict.
    public static let maxShapeAttributes = 64
}

/// The shape of instances with no attributes (created on first use, a permanent root).
nonisolated(unsafe) var emptyShapeValue = Value.null

public func emptyShape() -> ShapeRef {
    if emptyShapeValue.isNull {
        emptyShapeValue = makeShape(parent: .null, names: newTuple([]), uninterned: false)
        rt.pointee.permanentRoots.append(emptyShapeValue)
    }
    return emptyShapeValue.object(as: ShapeObject.self)
}

/// Another empty shape, distinct from `emptyShape()`: shapes grown from it never equal shapes
/// grown from the usual root (the caller keeps it alive).
public func makeRootShape() -> ShapeRef {
    makeShape(parent: .null, names: newTuple([]), uninterned: false).object(as: ShapeObject.self)
}

private func makeShape(parent: Value, names: Value, uninterned: Bool) -> Value {
    let raw = rt.pointee.heap.allocate(size: MemoryLayout<ShapeObject>.stride, kind: .shape, type: rt.pointee.types.object)
    let shape = raw.assumingMemoryBound(to: ShapeObject.self)
    shape.pointee.parent = parent
    shape.pointee.names = names
    shape.pointee.transitions = .null
    shape.pointee.count = names.tupleCount
    shape.pointee.hasUninternedNames = uninterned
    return Value(shape)
}

/// The slot of `name` in `shape`, or -1. Names are interned, so identity usually decides.
@inline(__always)
public func shapeSlot(_ shape: ShapeRef, _ name: Value) -> Int {
    let names = shape.pointee.names
    let count = shape.pointee.count
    let items = names.tupleItems
    for i in 0..<count where items[i].bits == name.bits { return i }
    // Equal interned strings are identical.
    if !shape.pointee.hasUninternedNames && name.object(as: StrObject.self).pointee.isInterned { return -1 }
    for i in 0..<count where stringsEqual(items[i].object(as: StrObject.self), name.object(as: StrObject.self)) { return i }
    return -1
}

/// The shape after adding `name` to `shape` (made once, then shared).
public func shapeAdding(_ shape: ShapeRef, _ name: Value) -> ShapeRef {
    let key = name
    if shape.pointee.transitions.isObject,
       let child = dictLookupString(shape.pointee.transitions.object(as: DictObject.self), key) {
        return child.object(as: ShapeObject.self)
    }
    let count = shape.pointee.count
    let names = allocateTuple(count: count + 1)
    let old = shape.pointee.names.tupleItems
    for i in 0..<count { TupleObject.items(names)[i] = old[i] }
    TupleObject.items(names)[count] = key
    let uninterned = shape.pointee.hasUninternedNames || !key.object(as: StrObject.self).pointee.isInterned
    let child = makeShape(parent: Value(shape), names: Value(names), uninterned: uninterned)
    if !shape.pointee.transitions.isObject { shape.pointee.transitions = newDict() }
    dictSetString(shape.pointee.transitions.object(as: DictObject.self), key, child)
    return child.object(as: ShapeObject.self)
}
