import Runtime
import Superblock

/// Attribute access on instances: the class version, the shape, and slot loads and stores,
/// read at the offsets of the Swift layouts (see Layout).
extension SuperblockCompiler {
    /// Emits uop j when it is an attribute uop; false otherwise.
    func emitAttributeUop(_ j: Int) -> Bool {
        let instruction = superblock.instructions[j]
        switch instruction.uop {
        case ._GUARD_TYPE_VERSION:
            copy(operand(j, 0), into: .rax)
            emitObjectCheck(.rax, fail: guardExit(j))
            asm.mov(.rax, .rax + Layout.headerType)
            emitVersionCheck(.rax + Layout.typeVersion, instruction.immediate, fail: guardExit(j))
        case ._GUARD_CLASS_VERSION:
            emitKindCheck(operand(j, 0), .type, pointer: .rax, fail: guardExit(j))
            emitVersionCheck(.rax + Layout.typeVersion, instruction.immediate, fail: guardExit(j))
        case ._GUARD_SHAPE:
            emitKindCheck(operand(j, 0), .instance, pointer: .rax, fail: guardExit(j))
            asm.mov(.rcx, instruction.immediate)
            asm.cmp(.rax + Layout.instanceShape, .rcx)
            asm.j(.notEqual, guardExit(j))
        case ._LOAD_INSTANCE_SLOT:
            guard isUsed(j) else { return true }
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rax, .rax + Layout.instanceSlots)
            asm.mov(.rax, .rax + Int32(8 * instruction.immediate))
            define(j, .rax)
        case ._STORE_INSTANCE_SLOT:
            // value, owner
            emitUntag(operand(j, 1), into: .rax)
            asm.mov(.rax, .rax + Layout.instanceSlots)
            asm.mov(.rax + Int32(8 * instruction.immediate), load(operand(j, 0), .rcx))
        default:
            return false
        }
        return true
    }

    /// A class version is a UInt32: an immediate outside that range never matches.
    func emitVersionCheck(_ field: Memory, _ immediate: Int64, fail: Label) {
        if let version = UInt32(exactly: immediate) {
            asm.cmp(field, Int32(bitPattern: version), size: .dword)
            asm.j(.notEqual, fail)
        } else {
            asm.jmp(fail)
        }
    }
}
