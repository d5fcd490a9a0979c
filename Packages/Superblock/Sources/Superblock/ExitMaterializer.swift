import Bytecode
import Runtime

/// Writes an exit's state back into frames, creating the projected ones: shared by every
/// backend, so an exit means the same thing whoever takes it. It runs an exit's flat program
/// (ExitPrograms) against the running superblock's register file.
public enum ExitMaterializer {
    /// Returns the innermost frame; Tier 1 resumes there. `root` is the frame the superblock
    /// started in. Projected frames are pushed on the frame stack above the root, as Tier 1's
    /// own calls would have laid them out.
    public static func materialize(_ program: UnsafePointer<Int>, root: FrameRef, registers: UnsafeMutablePointer<Value>) -> FrameRef {
        var p = program
        let objectCount = p[0]
        p += 1
        for _ in 0 ..< objectCount { p = createObject(p, registers: registers) }
        let frameCount = p[0]
        p += 1
        var current = root
        for depth in 0 ..< frameCount {
            let frame: FrameRef
            if depth == 0 {
                frame = root
            } else {
                let code = CodeRef(bitPattern: p[0]).unsafelyUnwrapped
                let function = registers[p[1]]
                // p[3]: 0 a plain call, 1 a constructor's __init__, 2 a binary operator's method.
                let isConstructor = p[3] == 1
                let top = rt.pointee.frames.top
                frame = top.assumingMemoryBound(to: Frame.self)
                rt.pointee.frames.top = top + Frame.size(for: code)
                // A constructor frame also counts the C level of the class call (see popFrame).
                rt.pointee.recursionDepth += isConstructor ? 2 : 1
                let f = function.object(as: FunctionObject.self)
                frame.pointee.previous = current
                frame.pointee.code = code
                frame.pointee.function = function
                frame.pointee.globals = f.pointee.globals
                frame.pointee.builtins = f.pointee.builtins
                frame.pointee.locals = .null
                frame.pointee.flags = isConstructor ? .constructor : p[3] == 2 ? .binaryOperator : []
                frame.pointee.generator = .null
                Frame.localsPlus(frame).update(repeating: .null, count: Int(code.pointee.localsPlusCount))
            }
            frame.pointee.instructionIndex = p[2]
            p = writeFrameState(p + 4, frame, registers)
            current = frame
        }
        rt.pointee.currentFrame = current
        return current
    }

    /// Writes locals and stack (a program's `localCount...` part) into `frame`; returns what
    /// follows.
    @inline(__always)
    static func writeFrameState(_ program: UnsafePointer<Int>, _ frame: FrameRef, _ registers: UnsafeMutablePointer<Value>,
                                setsDepth: Bool = true) -> UnsafePointer<Int> {
        var p = program
        let locals = Frame.localsPlus(frame)
        let localCount = p[0]
        p += 1
        for _ in 0 ..< localCount {
            locals[p[0]] = registers[p[1]]
            p += 2
        }
        let stack = Frame.stackBase(frame)
        let stackCount = p[0]
        p += 1
        for i in 0 ..< stackCount { stack[i] = registers[p[i]] }
        if setsDepth { frame.pointee.stackDepth = stackCount }
        return p + stackCount
    }

    /// Creates a removed instance as it is at an exit. Its register holds it as soon as it
    /// exists, so the collector sees it while its slots are allocated.
    static func createObject(_ program: UnsafePointer<Int>, registers: UnsafeMutablePointer<Value>) -> UnsafePointer<Int> {
        let slotCount = program[3]
        let type = registers[program[1]].object(as: TypeObject.self)
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<InstanceObject>.stride, kind: .instance, type: type)
        let instance = raw.assumingMemoryBound(to: InstanceObject.self)
        instance.pointee.shape = Value(emptyShape())
        instance.pointee.slots = nil
        instance.pointee.slotCapacity = 0
        instance.pointee.dict = .null
        instance.pointee.builtinPart = .null
        registers[program[0]] = Value(instance)
        guard slotCount > 0 else { return program + 4 }
        let capacity = max(4, slotCount)
        let slots = rt.pointee.allocateValueStorage(capacity: capacity)
        for i in 0 ..< slotCount { slots[i] = registers[program[4 + i]] }
        instance.pointee.slots = slots
        instance.pointee.slotCapacity = capacity
        instance.pointee.shape = Value(bits: UInt64(bitPattern: Int64(program[2])))
        return program + 4 + slotCount
    }

    /// Writes a loop superblock's modified root-frame state back before jumping to the top.
    @inline(__always)
    public static func writeBack(_ program: UnsafePointer<Int>, root: FrameRef, registers: UnsafeMutablePointer<Value>) {
        _ = writeFrameState(program, root, registers, setsDepth: false)
    }
}
