import MachineCode
import Runtime
import Superblock
import XCTest
@testable import X86Emitter

/// Builds superblocks by hand (what the projector would make) for the backend tests.
final class SuperblockBuilder {
    let superblock = Superblock()

    init(code: CodeRef = TestRuntime.code) {
        superblock.codes = [code]
        superblock.origins = [Origin(code: 0, instructionIndex: 0, line: 1)]
    }

    func constant(_ value: Value) -> Ref {
        superblock.constants.append(value)
        return Ref(constant: superblock.constants.count - 1)
    }

    func constant(_ int: Int) -> Ref { constant(Value(smallInt: int)) }
    func constant(_ float: Double) -> Ref { constant(Value(float: float)) }

    @discardableResult
    func uop(_ uop: Uop, _ operands: [Ref] = [], immediate: Int64 = 0, exit: Int32 = -1, raiseExit: Int32 = -1) -> Ref {
        let instruction = UopInstruction(uop: uop, operandStart: Int32(superblock.operands.count), operandCount: Int32(operands.count),
                                         immediate: immediate, exit: exit, raiseExit: raiseExit, origin: 0)
        superblock.operands += operands
        superblock.instructions.append(instruction)
        return Ref(uop: superblock.instructions.count - 1)
    }

    /// An exit of the root frame resuming at `resume` with these locals and stack.
    func exit(_ kind: ExitKind = .guardFailed, resume: Int32 = 7, locals: [(Int32, Ref)] = [], stack: [Ref] = [],
              reason: String = "test") -> Int32 {
        let snapshot = FrameSnapshot(code: 0, function: nil, resumeIndex: resume, locals: locals.map { (slot: $0.0, value: $0.1) },
                                     stack: stack, isVirtual: false)
        superblock.exits.append(ExitDescriptor(kind: kind, frames: [snapshot], reason: reason))
        return Int32(superblock.exits.count - 1)
    }

    /// A peeled loop: the body starts at uop `target` and loops onto itself, each phi taking its
    /// value at the back edge.
    func peeledLoop(target: Int, backEdge: [(phi: Ref, value: Ref)]) {
        superblock.loop = LoopInfo(target: target, backEdge: backEdge)
    }

    func loop(locals: [(Int32, Ref)] = [], stack: [Ref] = []) {
        superblock.loopBack = FrameSnapshot(code: 0, function: nil, resumeIndex: 0, locals: locals.map { (slot: $0.0, value: $0.1) },
                                            stack: stack, isVirtual: false)
    }
}

/// The generic form of a hand-built superblock: records the test `executeUop` understands.
final class TestProgram: GenericUopProgram {
    struct Record {
        var uop: Uop
        var out: Int32
        var a: Int32
        var b: Int32
        var immediate: Int64
        var exit: Int32
        var raiseExit: Int32
    }

    let records: UnsafeMutablePointer<Record>
    let constantCount: Int
    let registerCount: Int

    init(_ superblock: Superblock) {
        constantCount = superblock.constants.count
        registerCount = constantCount + superblock.instructions.count
        records = .allocate(capacity: max(1, superblock.instructions.count))
        let constantCount = self.constantCount
        func index(_ ref: Ref) -> Int32 { Int32(ref.isConstant ? ref.constantIndex : constantCount + ref.uopIndex) }
        for (j, instruction) in superblock.instructions.enumerated() {
            let operands = superblock.operands(of: instruction)
            records[j] = Record(uop: instruction.uop, out: Int32(constantCount + j),
                                a: operands.first.map(index) ?? -1, b: operands.dropFirst().first.map(index) ?? -1,
                                immediate: instruction.immediate, exit: instruction.exit, raiseExit: instruction.raiseExit)
        }
    }

    deinit { records.deallocate() }

    func uopRecord(_ index: Int) -> UnsafeRawPointer { UnsafeRawPointer(records + index) }
    func registerIndex(_ ref: Ref) -> Int { ref.isConstant ? ref.constantIndex : constantCount + ref.uopIndex }
}

/// The runtime the tests run against: a register file, a fake code object and frames, and an
/// `executeUop` that understands the few generic uops the tests use.
enum TestRuntime {
    nonisolated(unsafe) static var genericCalls = 0

    /// A code object with 4 locals and room for 4 stack items (only what the backend reads).
    nonisolated(unsafe) static let code: CodeRef = {
        setUp()
        let code = CodeRef.allocate(capacity: 1)
        UnsafeMutableRawPointer(code).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<CodeObject>.stride)
        code.pointee.localsPlusCount = 4
        code.pointee.stackSize = 4
        code.pointee.qualifiedName = internString("test")
        return code
    }()

    nonisolated(unsafe) static let registerFile = UnsafeMutablePointer<Value>.allocate(capacity: 1 << 16)
    nonisolated(unsafe) static var registerTop = 0

    nonisolated(unsafe) static var isSetUp = false

    static func setUp() {
        guard !isSetUp else { return }
        isSetUp = true
        Runtime.initialize()
        NativeTrampoline.takeRegisters = { count in
            guard registerTop + count <= 1 << 16 else { return nil }
            defer { registerTop += count }
            return registerFile + registerTop
        }
        NativeTrampoline.giveRegisters = { count in
            registerTop -= count
            (registerFile + registerTop).update(repeating: Value(bits: 0), count: count)
        }
    }

    /// A root frame for `code` on the frame stack, every slot NULL.
    static func makeFrame(locals: [Value] = [], stack: [Value] = []) -> FrameRef {
        let frame = rt.pointee.frames.top.assumingMemoryBound(to: Frame.self)
        UnsafeMutableRawPointer(frame).initializeMemory(as: UInt8.self, repeating: 0, count: Frame.size(for: code))
        frame.pointee.code = code
        Frame.localsPlus(frame).update(repeating: .null, count: code.pointee.frameSlotCount)
        for (i, value) in locals.enumerated() { Frame.localsPlus(frame)[i] = value }
        for (i, value) in stack.enumerated() { Frame.stackBase(frame)[i] = value }
        return frame
    }

    /// The generic uops the tests use: _BINARY_OP (small-int add; raises when the sum is 666;
    /// true division is only called for a zero divisor, and raises),
    /// _TO_BOOL (objects are true), _RANGE_NEXT (boxes with newInt), _LEN (dicts; anything
    /// else raises) and _LIST_APPEND.
    static let executeUop: @convention(c) (UnsafeRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int32 = { record, registers, _ in
        genericCalls += 1
        let u = record.assumingMemoryBound(to: TestProgram.Record.self).pointee
        let r = registers.assumingMemoryBound(to: Value.self)
        switch u.uop {
        case ._BINARY_OP:
            if u.immediate == 11 { return u.raiseExit }
            let sum = r[Int(u.a)].smallInt + r[Int(u.b)].smallInt
            if sum == 666 { return u.raiseExit }
            r[Int(u.out)] = Value(smallInt: sum)
        case ._TO_BOOL:
            r[Int(u.out)] = .true
        case ._LEN:
            // Dicts have a length; every other kind here raises.
            guard r[Int(u.a)].isObject, r[Int(u.a)].header.pointee.kind == .dict else { return u.raiseExit }
            r[Int(u.out)] = Value(smallInt: r[Int(u.a)].object(as: DictObject.self).pointee.count)
        case ._LIST_APPEND:
            listAppend(r[Int(u.a)].object(as: ListObject.self), r[Int(u.b)])
            r[Int(u.out)] = .none
        case ._RANGE_NEXT:
            let range = r[Int(u.a)].object(as: RangeIteratorObject.self)
            let value = range.pointee.next
            range.pointee.next = value &+ range.pointee.step
            range.pointee.remaining -= 1
            r[Int(u.out)] = newInt(value)
        default:
            fatalError("the test executeUop does not run \(u.uop.name)")
        }
        return -1
    }

    /// `executeUop` behind a trampoline that trashes every caller-saved register (except the
    /// result) after the call, as an arbitrary C function may.
    static let clobberingExecuteUop: UInt64 = {
        let asm = X86Assembler()
        asm.push(.rbx)
        asm.callAbsolute(UInt64(UInt(bitPattern: unsafeBitCast(executeUop, to: UnsafeRawPointer.self))))
        for register in SysV.callerSaved where register != .rax {
            asm.mov(register, Int64(bitPattern: 0xDEAD_BEEF_DEAD_BEEF))
        }
        for xmm in XMM.allCases { asm.xorpd(xmm, xmm) }
        asm.pop(.rbx)
        asm.ret()
        let installed = try! asm.finish().install(in: memory)!
        return installed.address
    }()

    nonisolated(unsafe) static let memory = try! CodeMemory(reservedBytes: 16 << 20)

    static var interface: NativeRuntimeInterface {
        NativeRuntimeInterface(executeUop: UnsafeRawPointer(bitPattern: UInt(clobberingExecuteUop))!,
                               makeGenericProgram: { TestProgram($0) })
    }

    static func backend(memory: CodeMemory = memory) -> X86Backend {
        setUp()
        return X86Backend(interface: interface, memory: memory)
    }

    /// Compiles with `backend`, checking the bytes against the listing with capstone.
    nonisolated(unsafe) static var nextSuperblockID = 0

    static func compile(_ builder: SuperblockBuilder, backend: X86Backend = backend(),
                        file: StaticString = #filePath, line: UInt = #line) throws -> X86CompiledSuperblock {
        // Distinct ids, so exit results name the superblock that exited.
        nextSuperblockID += 1
        builder.superblock.id = nextSuperblockID
        let compiled = try XCTUnwrap(backend.compile(builder.superblock, id: nextSuperblockID) as? X86CompiledSuperblock, file: file, line: line)
        XCTAssertEqual(compiled.installed.verify(with: CapstoneOracle.verifier).map(\.description), [], file: file, line: line)
        return compiled
    }
}

extension Value {
    /// The small int, or nil.
    var int: Int? { isSmallInt ? smallInt : nil }
}
