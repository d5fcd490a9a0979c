import Bytecode
import Runtime

/// Writes an exit's state back into frames, creating the projected ones: shared by every
/// backend, so an exit means the same thing whoever takes it. `value(ref)` reads an SSA value
/// (or a constant) from the running superblock.
public enum ExitMaterializer {
    /// Returns the innermost frame; Tier 1 resumes there. `root` is the frame the superblock
    /// started in. Projected frames are pushed on the frame stack above the root, as Tier 1's
    /// own calls would have laid them out.
    @inline(__always)
    public static func materialize(_ exit: ExitDescriptor, in superblock: Superblock, root: FrameRef,
                                   value: (Ref) -> Value, store: (Ref, Value) -> Void) -> FrameRef {
        for object in exit.objects { createObject(object, value: value, store: store) }
        var current = root
        for (depth, snapshot) in exit.frames.enumerated() {
            let frame: FrameRef
            if depth == 0 {
                frame = root
            } else {
                let code = superblock.codes[Int(snapshot.code)]
                let function = value(snapshot.function!)
                let top = rt.pointee.frames.top
                frame = top.assumingMemoryBound(to: Frame.self)
                rt.pointee.frames.top = top + Frame.size(for: code)
                // A constructor frame also counts the C level of the class call (see popFrame).
                rt.pointee.recursionDepth += snapshot.isConstructor ? 2 : 1
                let f = function.object(as: FunctionObject.self)
                frame.pointee.previous = current
                frame.pointee.code = code
                frame.pointee.function = function
                frame.pointee.globals = f.pointee.globals
                frame.pointee.builtins = f.pointee.builtins
                frame.pointee.locals = .null
                frame.pointee.flags = snapshot.isConstructor ? .constructor : []
                frame.pointee.generator = .null
                Frame.localsPlus(frame).update(repeating: .null, count: Int(code.pointee.localsPlusCount))
            }
            let locals = Frame.localsPlus(frame)
            for (slot, ref) in snapshot.locals { locals[Int(slot)] = value(ref) }
            let stack = Frame.stackBase(frame)
            for (i, ref) in snapshot.stack.enumerated() { stack[i] = value(ref) }
            frame.pointee.stackDepth = snapshot.stack.count
            frame.pointee.instructionIndex = Int(snapshot.resumeIndex)
            current = frame
        }
        rt.pointee.currentFrame = current
        return current
    }

    /// Creates a removed instance as it is at an exit. The register of `object.ref` holds it as
    /// soon as it exists, so the collector sees it while its slots are allocated.
    static func createObject(_ object: VirtualObject, value: (Ref) -> Value, store: (Ref, Value) -> Void) {
        let type = value(object.cls).object(as: TypeObject.self)
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<InstanceObject>.stride, kind: .instance, type: type)
        let instance = raw.assumingMemoryBound(to: InstanceObject.self)
        instance.pointee.shape = Value(emptyShape())
        instance.pointee.slots = nil
        instance.pointee.slotCapacity = 0
        instance.pointee.dict = .null
        instance.pointee.builtinPart = .null
        store(object.ref, Value(instance))
        guard !object.slots.isEmpty else { return }
        let capacity = max(4, object.slots.count)
        let slots = rt.pointee.allocateValueStorage(capacity: capacity)
        for (i, ref) in object.slots.enumerated() { slots[i] = value(ref) }
        instance.pointee.slots = slots
        instance.pointee.slotCapacity = capacity
        instance.pointee.shape = Value(bits: UInt64(bitPattern: object.shape))
    }

    /// Writes a loop superblock's modified root-frame state back before jumping to the top.
    @inline(__always)
    public static func writeBack(_ snapshot: FrameSnapshot, root: FrameRef, value: (Ref) -> Value) {
        let locals = Frame.localsPlus(root)
        for (slot, ref) in snapshot.locals { locals[Int(slot)] = value(ref) }
        let stack = Frame.stackBase(root)
        for (i, ref) in snapshot.stack.enumerated() { stack[i] = value(ref) }
    }
}
