/// jmp, jcc, call, ret.
extension X86Assembler {
    public func jmp(_ label: Label, distance: JumpDistance = .automatic) {
        branch(mnemonic: "jmp", shortOpcode: [0xEB], nearOpcode: [0xE9], to: label, distance: distance)
    }

    /// Jumps to `label` if `condition` holds.
    public func j(_ condition: Condition, _ label: Label, distance: JumpDistance = .automatic) {
        branch(mnemonic: "j" + condition.suffix, shortOpcode: [0x70 + condition.rawValue],
               nearOpcode: [0x0F, 0x80 + condition.rawValue], to: label, distance: distance)
    }

    /// A rel32 jump to an address outside this code (another trace, an exit stub): the offset is
    /// filled in by `AssembledCode.linked(at:)`.
    public func jmp(toAddress address: UInt64) {
        instruction("jmp", [.target(.absolute(address))]) {
            emit(0xE9)
            emitFixup(.rel32, to: .absolute(address))
        }
    }

    public func j(_ condition: Condition, toAddress address: UInt64) {
        instruction("j" + condition.suffix, [.target(.absolute(address))]) {
            emit(0x0F); emit(0x80 + condition.rawValue)
            emitFixup(.rel32, to: .absolute(address))
        }
    }

    /// `jmp` to either kind of target (labels get `distance`, addresses are always rel32).
    public func jmp(to target: BranchTarget, distance: JumpDistance = .automatic) {
        switch target {
        case .label(let label): jmp(label, distance: distance)
        case .absolute(let address): jmp(toAddress: address)
        }
    }

    public func j(_ condition: Condition, to target: BranchTarget, distance: JumpDistance = .automatic) {
        switch target {
        case .label(let label): j(condition, label, distance: distance)
        case .absolute(let address): j(condition, toAddress: address)
        }
    }

    public func jmp(_ target: GPR) {
        instruction("jmp", [registerText(target, .qword)]) {
            emitModRM(opcode: [0xFF], reg: 4, rm: .gpr(target, .qword))
        }
    }

    public func jmp(_ target: Memory) {
        instruction("jmp", [memoryText(target, .qword)]) {
            emitModRM(opcode: [0xFF], reg: 4, rm: .memory(target))
        }
    }

    /// A jump (conditional when `condition` is given) that can be re-pointed after the code is
    /// committed: always rel32, so any target within ±2 GiB fits. Use it for side exits that may
    /// later go straight to a bridge (`CodeMemory.redirect`).
    @discardableResult
    public func patchableJump(_ condition: Condition? = nil, to target: BranchTarget) -> PatchSite {
        let start = bytes.count
        let mnemonic = condition.map { "j" + $0.suffix } ?? "jmp"
        instruction(mnemonic, [.target(target)]) {
            if let condition { emit(0x0F); emit(0x80 + condition.rawValue) } else { emit(0xE9) }
            emitFixup(.rel32, to: target)
        }
        let site = PatchSite(index: patchSites.count, instructionOffset: start, fieldOffset: bytes.count - 4,
                             instructionEnd: bytes.count, condition: condition, initialTarget: target)
        patchSites.append(site)
        return site
    }

    public func call(_ label: Label) {
        instruction("call", [.target(.label(label))]) {
            emit(0xE8)
            emitFixup(.rel32, to: .label(label))
        }
    }

    /// A rel32 call: the target must lie within ±2 GiB of the code once placed (see
    /// `callAbsolute` for helpers that may be farther).
    public func call(toAddress address: UInt64) {
        instruction("call", [.target(.absolute(address))]) {
            emit(0xE8)
            emitFixup(.rel32, to: .absolute(address))
        }
    }

    public func call(to target: BranchTarget) {
        switch target {
        case .label(let label): call(label)
        case .absolute(let address): call(toAddress: address)
        }
    }

    public func call(_ target: GPR) {
        instruction("call", [registerText(target, .qword)]) {
            emitModRM(opcode: [0xFF], reg: 2, rm: .gpr(target, .qword))
        }
    }

    /// An indirect call through memory, e.g. a helper's address in the constant pool:
    /// `call(asm.constant(bits: address))`.
    public func call(_ target: Memory) {
        instruction("call", [memoryText(target, .qword)]) {
            emitModRM(opcode: [0xFF], reg: 2, rm: .memory(target))
        }
    }

    public func ret() {
        instruction("ret", []) { emit(0xC3) }
    }

    private func branch(mnemonic: String, shortOpcode: [UInt8], nearOpcode: [UInt8], to label: Label, distance: JumpDistance) {
        var useShort = distance == .short
        if distance == .automatic, let target = labelOffsets[label.id] {
            useShort = Int8(exactly: target - (bytes.count + shortOpcode.count + 1)) != nil
        }
        instruction(mnemonic, [.target(.label(label))]) {
            bytes.append(contentsOf: useShort ? shortOpcode : nearOpcode)
            emitFixup(useShort ? .rel8 : .rel32, to: .label(label))
        }
    }
}
