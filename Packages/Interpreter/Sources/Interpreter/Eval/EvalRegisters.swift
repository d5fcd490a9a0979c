import Runtime

/// The interpreter's working state for the running frame. Kept in a local struct so that the
/// optimizer can hold it in registers; `save()` writes it back to the frame whenever the frame
/// stops running (calls, yields, exceptions).
struct EvalRegisters {
    var frame: FrameRef
    var code: CodeRef
    var instructions: UnsafeMutablePointer<UInt64>
    var caches: UnsafeMutablePointer<UInt64>
    var locals: UnsafeMutablePointer<Value>
    var constants: UnsafeMutablePointer<Value>
    var names: UnsafeMutablePointer<Value>
    /// Index of the next instruction to execute.
    var ip: Int
    /// The next free value-stack slot.
    var sp: UnsafeMutablePointer<Value>

    @inline(__always) init(_ frame: FrameRef) {
        self.frame = frame
        code = frame.pointee.code
        instructions = code.pointee.instructions
        caches = code.pointee.caches
        locals = Frame.localsPlus(frame)
        constants = code.pointee.constants.tupleItems
        names = code.pointee.names.tupleItems
        ip = frame.pointee.instructionIndex
        sp = Frame.stackBase(frame) + frame.pointee.stackDepth
    }

    /// Switches to running `frame` from its saved position.
    @inline(__always) mutating func load(_ frame: FrameRef) {
        self = EvalRegisters(frame)
        rt.pointee.currentFrame = frame
    }

    /// Writes the position back to the frame.
    @inline(__always) func save() {
        frame.pointee.instructionIndex = ip
        frame.pointee.stackDepth = sp - Frame.stackBase(frame)
    }

    @inline(__always) var stackBase: UnsafeMutablePointer<Value> { Frame.stackBase(frame) }

    @inline(__always) mutating func push(_ v: Value) {
        sp.pointee = v
        sp += 1
    }

    @inline(__always) mutating func pop() -> Value {
        sp -= 1
        return sp.pointee
    }

    /// The top of the value stack. Read-only on purpose: writes go through `sp[-1]` (a
    /// `nonmutating set` here followed by `push` was miscompiled by Swift 6.3.1 -O).
    @inline(__always) var top: Value { sp[-1] }

    @inline(__always) func peek(_ depth: Int) -> Value { sp[-depth] }

    /// The inline cache of the instruction that just started (ip was already advanced).
    @inline(__always) func cache(_ word: UInt64) -> UnsafeMutablePointer<UInt64> {
        caches + Int(truncatingIfNeeded: word >> 32)
    }

    /// Rewrites the opcode of the instruction that just started (quickening / deoptimizing).
    @inline(__always) func rewrite(to opcode: Opcode) {
        let word = instructions[ip - 1]
        instructions[ip - 1] = (word & ~0xFF) | UInt64(opcode.rawValue)
    }

    @inline(__always) var currentIndex: Int { ip - 1 }

    /// A superinstruction's second half: the oparg of the next instruction, which is skipped.
    @inline(__always) mutating func nextOparg() -> Int {
        let word = instructions[ip]
        ip += 1
        return Int(truncatingIfNeeded: (word >> 8) & 0xFF_FFFF)
    }
}

import Bytecode

/// Writes a two-value result (method and self) into two stack slots. Not inlined on purpose:
/// Swift 6.3.1 -O lost the first of the two stores when the eval loop wrote them inline
/// (`sp[-1] = method; push(owner)` in LOAD_METHOD_NO_DICT; see ARCHITECTURE.md).
@inline(never)
func storePair(_ first: Value, _ second: Value, into slots: UnsafeMutablePointer<Value>) {
    slots[0] = first
    slots[1] = second
}
