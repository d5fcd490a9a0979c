import Runtime
import Superblock

/// Machine code for one superblock, before it is installed.
struct EmittedSuperblock {
    let code: AssembledCode
    /// The patchable jumps that end the stubs of each exit (one per uop that takes it).
    let exitJumps: [[PatchSite]]
    /// Per exit: the code that enters a linked superblock (materializes the exit, then jumps to
    /// its entry). nil for exits that are never linked (raises).
    let linkEntries: [Label?]
    /// Where other superblocks' linked exits jump (see `NativeSuperblockInfo.linkedEntry`).
    let linkedEntry: Label
}

/// Compiles a superblock to x86-64 (see `NativeRunState` for the calling convention).
///
/// Layout of the code: prologue, loop head, the uops in order (each native one inline, the others
/// as calls to `executeUop`), the loop back (writes the root frame's slots, jumps to the loop
/// head), then the out-of-line parts: slow paths, one stub per (uop, exit) pair that writes the
/// values the exit names and ends with a patchable jump to the exit's return (mov eax, exit; ret),
/// the link entries, and the epilogue.
final class SuperblockCompiler {
    let superblock: Superblock
    let program: GenericUopProgram
    let executeUop: UInt64
    /// The `X86Bridging` helpers (addresses).
    let linkedHelper: UInt64
    let bridgeHelper: UInt64
    let liveness: Liveness
    /// Where the code counts its iterations.
    let iterationCounter: UnsafeMutablePointer<Int>
    /// Per exit, the superblock linked to it (`NativeSuperblockInfo.links`): a linked exit reads
    /// it to jump straight to that superblock. nil: linked exits always call the helper.
    let linkSlots: UnsafeMutablePointer<UnsafeMutablePointer<NativeSuperblockInfo>?>?
    let allocation: RegisterAllocation
    let asm = X86Assembler()

    /// Where `value(of:)` loads from: the root frame's value stack, from r14.
    let stackBaseOffset: Int32
    var frameLayout = StackFrame(savedRegisters: [], localAreaSize: 0)
    let epilogue: Label
    var outOfLine: [() -> Void] = []
    var siteLabels: [Int: Label] = [:]
    var sites: [(label: Label, uop: Int, exit: Int)] = []

    /// The fixed registers.
    static let frameRegister = GPR.r14
    static let registersRegister = GPR.r15

    init(superblock: Superblock, program: GenericUopProgram, executeUop: UInt64,
         iterationCounter: UnsafeMutablePointer<Int> = .allocate(capacity: 1),
         linkSlots: UnsafeMutablePointer<UnsafeMutablePointer<NativeSuperblockInfo>?>? = nil,
         linkedHelper: UInt64 = X86Bridging.address(X86Bridging.enterLinked),
         bridgeHelper: UInt64 = X86Bridging.address(X86Bridging.enterBridge)) {
        self.superblock = superblock
        self.program = program
        self.executeUop = executeUop
        self.iterationCounter = iterationCounter
        iterationCounter.initialize(to: 0)
        self.linkSlots = linkSlots
        self.linkedHelper = linkedHelper
        self.bridgeHelper = bridgeHelper
        liveness = Liveness(superblock)
        allocation = RegisterAllocator.allocate(liveness)
        stackBaseOffset = Layout.frameLocalsPlus + 8 * Int32(superblock.codes[0].pointee.localsPlusCount)
        epilogue = asm.newLabel()
    }

    func compile() throws -> EmittedSuperblock {
        emitPrologue()
        let top = asm.newLabel()
        asm.align(16)
        asm.bind(top)
        let body = asm.newLabel()
        for j in 0 ..< superblock.instructions.count {
            if j == superblock.loop?.target {
                asm.align(16)
                asm.bind(body)
            }
            asm.annotation = annotation(j)
            emitUop(j)
        }
        if let loop = superblock.loop {
            asm.annotation = "back edge"
            emitIterationCount()
            emitParallelMoves(loop.backEdge.map { (destination: $0.phi, source: $0.value) })
            asm.jmp(body)
        } else if let loop = superblock.loopBack {
            asm.annotation = "loop back"
            emitIterationCount()
            emitWriteBack(loop)
            asm.jmp(top)
        } else {
            asm.annotation = "end of superblock (unreachable)"
            asm.ud2()
        }
        var index = 0
        while index < outOfLine.count {   // slow paths may queue more
            outOfLine[index]()
            index += 1
        }
        let (exitJumps, linkEntries) = emitExits()
        asm.annotation = "epilogue"
        asm.bind(epilogue)
        asm.leaveFrame(frameLayout)
        asm.ret()
        let linkedEntry = emitLinkedEntry(first: top)
        return EmittedSuperblock(code: try asm.finish(), exitJumps: exitJumps, linkEntries: linkEntries,
                                 linkedEntry: linkedEntry)
    }

    /// The entry for linked exits of other superblocks (state, r14, r15 and the native frame are
    /// theirs and fit): the constants go into the register file, and entering at the first uop
    /// of a loop is an iteration of it (as `X86Bridging.switchTo` counts).
    func emitLinkedEntry(first: Label) -> Label {
        asm.annotation = "linked entry"
        let label = asm.newLabel()
        asm.bind(label)
        for (index, constant) in superblock.constants.enumerated() {
            asm.mov(.rax, pool(constant.bits))
            asm.mov(slot(Ref(constant: index)), .rax)
        }
        if superblock.loop != nil || superblock.loopBack != nil { emitIterationCount() }
        asm.jmp(first)
        return label
    }

    // MARK: Prologue and loop back

    /// One more iteration in the superblock's counter (see CompiledSuperblock.iterations).
    func emitIterationCount() {
        asm.mov(.rax, Int64(Int(bitPattern: iterationCounter)))
        asm.add(Memory(base: .rax), 1)
    }

    func emitPrologue() {
        asm.annotation = "entry: rdi = run state"
        frameLayout = asm.enterFrame(saving: SysV.calleeSaved, localBytes: 8)
        asm.mov(frameLayout.localSlot(0), .rdi)
        asm.mov(Self.frameRegister, .rdi + NativeRunState.frameOffset)
        asm.mov(Self.registersRegister, .rdi + NativeRunState.registersOffset)
    }

    /// What `ExitMaterializer.writeBack` writes: the root frame's changed locals and stack.
    func emitWriteBack(_ loop: FrameSnapshot) {
        for (slot, ref) in loop.locals {
            asm.mov(localSlot(Int(slot)), load(ref, .rax))
        }
        for (i, ref) in loop.stack.enumerated() {
            asm.mov(stackSlot(i), load(ref, .rax))
        }
    }

    // MARK: Values

    /// The register-file slot of an SSA value (constants are copied there before entry).
    func slot(_ ref: Ref) -> Memory {
        Memory(base: Self.registersRegister, displacement: Int32(8 * program.registerIndex(ref)))
    }

    func localSlot(_ index: Int) -> Memory {
        Memory(base: Self.frameRegister, displacement: Layout.frameLocalsPlus + Int32(8 * index))
    }

    func stackSlot(_ index: Int) -> Memory {
        Memory(base: Self.frameRegister, displacement: stackBaseOffset + Int32(8 * index))
    }

    func operands(_ j: Int) -> ArraySlice<Ref> {
        superblock.operands(of: superblock.instructions[j])
    }

    func operand(_ j: Int, _ k: Int) -> Ref {
        let instruction = superblock.instructions[j]
        return superblock.operands[Int(instruction.operandStart) + k]
    }

    func constant(_ ref: Ref) -> Value? {
        ref.isConstant ? superblock.constants[ref.constantIndex] : nil
    }

    /// A 64-bit constant as a memory operand (from the constant pool).
    func pool(_ bits: UInt64) -> Memory { asm.constant(bits: bits) }

    // MARK: Exits

    /// The stub for `exit` taken at uop j. The stub is emitted with the registers as they are
    /// when uop j starts (native code computes into scratch registers until every check passed).
    func exitLabel(_ j: Int, _ exit: Int32) -> Label {
        precondition(exit >= 0, "uop \(j) has no such exit")
        let key = j << 32 | Int(exit)
        if let label = siteLabels[key] { return label }
        let label = asm.newLabel()
        siteLabels[key] = label
        sites.append((label, j, Int(exit)))
        return label
    }

    /// Uop j's guard exit.
    func guardExit(_ j: Int) -> Label { exitLabel(j, superblock.instructions[j].exit) }

    func emitExits() -> ([[PatchSite]], [Label?]) {
        let exitCount = superblock.exits.count
        var returns = [Label?](repeating: nil, count: exitCount)
        var jumps = [[PatchSite]](repeating: [], count: exitCount)
        for site in sites {
            asm.annotation = "exit \(site.exit) from v\(site.uop): \(superblock.exits[site.exit].reason)"
            asm.bind(site.label)
            var written = Set<Int>()
            for ref in Liveness.refs(of: superblock.exits[site.exit], in: superblock) where !ref.isConstant {
                let v = ref.uopIndex
                guard !allocation.synced[v], written.insert(v).inserted else { continue }
                precondition(home(of: ref) != .slot, "v\(v) is named by exit \(site.exit) but is neither synced nor in a register")
                emitStoreBoxed(ref, to: slot(ref))
            }
            let target = returns[site.exit] ?? asm.newLabel()
            returns[site.exit] = target
            jumps[site.exit].append(asm.patchableJump(to: .label(target)))
        }
        var links = [Label?](repeating: nil, count: exitCount)
        for exit in 0 ..< exitCount {
            guard let target = returns[exit] else { continue }
            asm.annotation = "return exit \(exit)"
            asm.bind(target)
            let descriptor = superblock.exits[exit]
            if descriptor.frames.count == 1 && descriptor.objects.isEmpty && descriptor.kind != .raised {
                // Resumes in the root frame: write it here (no Swift materializer on return).
                emitRootFrameMaterialization(descriptor.frames[0])
                asm.mov(.rax, frameLayout.localSlot(0))
                asm.mov(.rax + NativeRunState.materializedExitOffset, Int32(exit), size: .qword)
            }
            asm.mov(.rax, Int64(exit))
            asm.jmp(epilogue)
        }
        // A linked exit: materialize, call the helper, jump to the entry it returns.
        let enterLinked = asm.newLabel(), enterBridge = asm.newLabel()
        var used: [(label: Label, helper: UInt64)] = []
        for exit in 0 ..< exitCount where returns[exit] != nil && superblock.exits[exit].kind != .raised {
            asm.annotation = "enter the superblock linked to exit \(exit)"
            links[exit] = asm.here()
            let descriptor = superblock.exits[exit]
            if descriptor.frames.count == 1 && descriptor.objects.isEmpty {
                emitRootFrameMaterialization(descriptor.frames[0])
                if let linkSlots { emitDirectLink(slot: linkSlots + exit) }
                asm.mov(.rsi, Int64(exit))
                asm.jmp(enterLinked)
                if !used.contains(where: { $0.label == enterLinked }) { used.append((enterLinked, linkedHelper)) }
            } else {
                asm.mov(.rsi, Int64(exit))
                asm.jmp(enterBridge)
                if !used.contains(where: { $0.label == enterBridge }) { used.append((enterBridge, bridgeHelper)) }
            }
        }
        for (label, helper) in used {
            // rsi = exit. The helper makes the state the linked superblock's and returns its
            // entry (or 0: the exit was materialized, return to Swift).
            asm.annotation = "enter a linked superblock"
            asm.bind(label)
            asm.mov(.rdi, frameLayout.localSlot(0))
            asm.callAbsolute(helper)
            asm.test(.rax, .rax)
            let failed = asm.newLabel()
            asm.j(.zero, failed)
            asm.mov(.rdi, frameLayout.localSlot(0))
            asm.leaveFrame(frameLayout)
            asm.jmp(.rax)
            asm.bind(failed)
            asm.mov(.rax, -1)
            asm.jmp(epilogue)
        }
        return (jumps, links)
    }

    /// With the exit written into the root frame: jumps to the linked entry of the superblock in
    /// `slot` when it is still installed and needs no more registers than the state has (what
    /// `X86Bridging.switchTo` checks); otherwise falls through to the helper call.
    func emitDirectLink(slot: UnsafeMutablePointer<UnsafeMutablePointer<NativeSuperblockInfo>?>) {
        let slow = asm.newLabel()
        asm.mov(.rax, Int64(Int(bitPattern: slot)))
        asm.mov(.rax, Memory(base: .rax))
        asm.test(.rax, .rax)
        asm.j(.zero, slow)
        asm.cmp(.rax + NativeSuperblockInfo.isReleasedOffset, 0, size: .byte)
        asm.j(.notEqual, slow)
        asm.mov(.rdx, frameLayout.localSlot(0))
        asm.mov(.rcx, .rax + NativeSuperblockInfo.registerCountOffset)
        asm.cmp(.rcx, .rdx + NativeRunState.capacityOffset)
        asm.j(.above, slow)
        asm.mov(.rdx + NativeRunState.superblockOffset, .rax)
        asm.jmp(.rax + NativeSuperblockInfo.linkedEntryOffset)
        asm.bind(slow)
    }

    /// What `ExitMaterializer.materialize` writes for an exit that resumes in the root frame,
    /// from the register file: locals, stack, stack depth, resume index, the current frame.
    func emitRootFrameMaterialization(_ snapshot: FrameSnapshot) {
        for (slot, ref) in snapshot.locals {
            asm.mov(.rax, self.slot(ref))
            asm.mov(localSlot(Int(slot)), .rax)
        }
        for (i, ref) in snapshot.stack.enumerated() {
            asm.mov(.rax, slot(ref))
            asm.mov(stackSlot(i), .rax)
        }
        asm.mov(Self.frameRegister + Layout.frameStackDepth, Int32(snapshot.stack.count))
        asm.mov(Self.frameRegister + Layout.frameInstructionIndex, snapshot.resumeIndex)
        asm.mov(.rax, Int64(bitPattern: Layout.currentFrameAddress))
        asm.mov(Memory(base: .rax), Self.frameRegister)
    }

    // MARK: Calls

    /// Calls `executeUop` for uop j (its operands must be in their slots); eax = -1 or an exit.
    func emitExecuteUop(_ j: Int) {
        asm.movabs(.rdi, UInt64(UInt(bitPattern: program.uopRecord(j))))
        asm.mov(.rsi, Self.registersRegister)
        asm.mov(.rdx, Self.frameRegister)
        asm.call(pool(executeUop))
    }

    /// After `executeUop` returned for uop j: goes to the exit it names, if any.
    func emitExitDispatch(_ j: Int) {
        let exits = Liveness.exits(of: superblock.instructions[j])
        guard !exits.isEmpty else { return }
        let dispatch = asm.newLabel()
        asm.cmp(.rax, -1, size: .dword)
        asm.j(.notEqual, dispatch)
        let annotation = asm.annotation
        outOfLine.append { [self] in
            asm.annotation = annotation
            asm.bind(dispatch)
            for exit in exits.dropLast() {
                asm.cmp(.rax, Int32(exit), size: .dword)
                asm.j(.equal, exitLabel(j, Int32(exit)))
            }
            asm.jmp(exitLabel(j, Int32(exits.last!)))
        }
    }

    /// A generic uop: a call to `executeUop`.
    func emitGeneric(_ j: Int) {
        if superblock.instructions[j].uop == ._FLOAT_POWER {
            emitFloatPowerCall(j)
            return
        }
        emitExecuteUop(j)
        emitExitDispatch(j)
        emitReload(j)
    }

    /// Out-of-line `executeUop` for native uop j's rare case: saves the live caller-saved
    /// registers (and the operands) to their slots, calls, restores them, then goes to the exit
    /// the call took or loads the result into `result` and jumps to `resume`.
    func emitSlowPath(_ j: Int, entry: Label, result: GPR, resume: Label, loadResult: (() -> Void)? = nil) {
        let annotation = asm.annotation
        outOfLine.append { [self] in
            asm.annotation = annotation.map { $0 + " (slow path)" }
            asm.bind(entry)
            let live = allocation.liveCallerSaved(at: 2 * j)
            var stored = Set<Int>()
            for ref in operands(j) where !ref.isConstant && !allocation.synced[ref.uopIndex] {
                if stored.insert(ref.uopIndex).inserted { emitStoreBoxed(ref, to: slot(ref)) }
            }
            for v in live where !allocation.synced[v] && !stored.contains(v) {
                emitStoreBoxed(Ref(uop: v), to: slot(Ref(uop: v)))
            }
            emitExecuteUop(j)
            for v in live { emitReload(v) }
            emitExitDispatch(j)
            if let loadResult { loadResult() } else { asm.mov(result, slot(Ref(uop: j))) }
            asm.jmp(resume)
        }
    }

    // MARK: Annotations

    func annotation(_ j: Int) -> String {
        let instruction = superblock.instructions[j]
        var text = "v\(j) = \(instruction.uop.name)"
        let args = operands(j).map(\.description)
        if !args.isEmpty { text += " " + args.joined(separator: ", ") }
        if instruction.uop.immediateKind != "none" { text += " [\(instruction.uop.immediateKind)=\(instruction.immediate)]" }
        if instruction.origin >= 0 && Int(instruction.origin) < superblock.origins.count {
            let origin = superblock.origins[Int(instruction.origin)]
            text += " (\(superblock.codes[Int(origin.code)].pointee.qualifiedName.stringValue) line \(origin.line))"
        }
        if liveness.isGeneric[j] { text += " [generic]" }
        switch home(of: Ref(uop: j)) {
        case .boxed(let register): text += " -> \(register)"
        case .shiftedInt(let register): text += " -> \(register) (shifted)"
        case .double(let xmm): text += " -> \(xmm)"
        case .slot: break
        }
        return text
    }
}
