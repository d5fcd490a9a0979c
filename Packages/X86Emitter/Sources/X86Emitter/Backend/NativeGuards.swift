import Runtime
import Superblock

/// Guards: compare, then a conditional jump to the exit's stub.
extension SuperblockCompiler {
    func emitUop(_ j: Int) {
        let instruction = superblock.instructions[j]
        if liveness.emittedByPrevious[j] { return }
        if liveness.isGeneric[j] {
            emitGeneric(j)
            return
        }
        if emitAttributeUop(j) { return }
        switch instruction.uop {
        case ._EXIT:
            asm.jmp(guardExit(j))
        case ._PHI:
            // Entering the loop body: the phi starts as its preamble value (the back edge
            // writes it afterwards).
            emitPhiEntry(j)
        case ._VIRTUAL_INSTANCE:
            break   // sunk: exits that need the instance create it
        case ._GUARD_BOTH_SMALL_INT:
            emitSmallIntCheck([operand(j, 0), operand(j, 1)], fail: guardExit(j))
        case ._GUARD_BOTH_FLOAT:
            emitFloatCheck([operand(j, 0), operand(j, 1)], fail: guardExit(j))
        case ._GUARD_BOTH_STR:
            emitExactTypeCheck(operand(j, 0), rt.pointee.types.str, pointer: .rax, scratch: .rcx, fail: guardExit(j))
            emitExactTypeCheck(operand(j, 1), rt.pointee.types.str, pointer: .rax, scratch: .rcx, fail: guardExit(j))
        case ._GUARD_LIST_INT, ._GUARD_TUPLE_INT, ._GUARD_STR_INT:
            let types = rt.pointee.types
            let type = instruction.uop == ._GUARD_LIST_INT ? types.list : instruction.uop == ._GUARD_TUPLE_INT ? types.tuple : types.str
            emitExactTypeCheck(operand(j, 0), type, pointer: .rcx, scratch: .rdx, fail: guardExit(j))
            emitSmallIntCheck([operand(j, 1)], fail: guardExit(j))
        case ._GUARD_DICT_SUBSCRIPT:
            emitExactTypeCheck(operand(j, 0), rt.pointee.types.dict, pointer: .rax, scratch: .rcx, fail: guardExit(j))
        case ._GUARD_LIST_INT_STORE:
            emitExactTypeCheck(operand(j, 1), rt.pointee.types.list, pointer: .rcx, scratch: .rdx, fail: guardExit(j))
            emitSmallIntCheck([operand(j, 2)], fail: guardExit(j))
        case ._GUARD_DICT_STORE:
            emitExactTypeCheck(operand(j, 1), rt.pointee.types.dict, pointer: .rax, scratch: .rcx, fail: guardExit(j))
        case ._GUARD_GLOBALS_KEYS, ._GUARD_BUILTINS_KEYS:
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rcx, instruction.immediate)
            asm.cmp(.rax + Layout.dictKeysVersion, .rcx)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_TRUE:
            emitCompare(operand(j, 0), with: Boxing.true)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_FALSE:
            emitCompare(operand(j, 0), with: Boxing.false)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_NONE:
            emitCompare(operand(j, 0), with: Boxing.none)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_IS_BOOL:
            // False and True differ only in bit 0.
            copy(operand(j, 0), into: .rax)
            asm.or(.rax, 1)
            asm.cmp(.rax, pool(Boxing.true))
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_NOT_NONE:
            emitCompare(operand(j, 0), with: Boxing.none)
            asm.j(.equal, guardExit(j))
        case ._GUARD_IS_NULL:
            emitCompare(operand(j, 0), with: Boxing.null)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_NOT_NULL:
            emitCompare(operand(j, 0), with: Boxing.null)
            asm.j(.equal, guardExit(j))
        case ._GUARD_IDENTITY:
            emitCompare(operand(j, 0), with: UInt64(bitPattern: instruction.immediate))
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_NOT_IDENTITY:
            emitCompare(operand(j, 0), with: UInt64(bitPattern: instruction.immediate))
            asm.j(.equal, guardExit(j))
        case ._GUARD_FUNCTION_VERSION:
            emitKindCheck(operand(j, 0), .function, pointer: .rax, fail: guardExit(j))
            // The version is a UInt32: an immediate outside that range never matches.
            if let version = UInt32(exactly: instruction.immediate) {
                asm.cmp(.rax + Layout.functionVersion, Int32(bitPattern: version), size: .dword)
                asm.j(.notEqual, guardExit(j))
            } else {
                asm.jmp(guardExit(j))
            }
        case ._GUARD_TUPLE_LENGTH, ._GUARD_LIST_LENGTH:
            let isTuple = instruction.uop == ._GUARD_TUPLE_LENGTH
            emitExactTypeCheck(operand(j, 0), isTuple ? rt.pointee.types.tuple : rt.pointee.types.list,
                               pointer: .rax, scratch: .rcx, fail: guardExit(j))
            asm.mov(.rcx, instruction.immediate)
            asm.cmp(.rax + (isTuple ? Layout.tupleCount : Layout.listCount), .rcx)
            asm.j(.notEqual, guardExit(j))
        case ._GUARD_RANGE_ITERATOR:
            emitKindCheck(operand(j, 0), .rangeIterator, pointer: .rax, fail: guardExit(j))
        case ._GUARD_LIST_ITERATOR:
            emitExactTypeCheck(operand(j, 0), rt.pointee.types.listIterator, pointer: .rax, scratch: .rcx, fail: guardExit(j))
        case ._GUARD_TUPLE_ITERATOR:
            emitExactTypeCheck(operand(j, 0), rt.pointee.types.tupleIterator, pointer: .rax, scratch: .rcx, fail: guardExit(j))
        case ._GUARD_RANGE_NOT_EXHAUSTED:
            emitUntag(operand(j, 0), into: .rax)
            asm.cmp(.rax + Layout.rangeRemaining, 0)
            asm.j(.lessOrEqual, guardExit(j))
        case ._GUARD_LIST_NOT_EXHAUSTED, ._GUARD_TUPLE_NOT_EXHAUSTED:
            emitSequenceNotExhausted(j, isList: instruction.uop == ._GUARD_LIST_NOT_EXHAUSTED)

        case ._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY:
            emitIntArithmetic(j)
        case ._INT_FLOOR_DIVIDE, ._INT_REMAINDER:
            emitIntDivision(j)
        case ._INT_AND, ._INT_OR, ._INT_XOR:
            emitIntBitwise(j)
        case ._INT_LSHIFT:
            emitIntLeftShift(j)
        case ._INT_RSHIFT:
            emitIntRightShift(j)
        case ._INT_COMPARE:
            emitIntCompare(j)
        case ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE:
            emitFloatArithmetic(j)
        case ._FLOAT_COMPARE:
            emitFloatCompare(j)
        case ._BINARY_OP:
            emitNumericBinary(j)

        case ._LIST_GET, ._TUPLE_GET:
            emitSequenceGet(j, isList: instruction.uop == ._LIST_GET)
        case ._LIST_SET:
            emitListSet(j)
        case ._TUPLE_ITEM, ._LIST_ITEM:
            emitConstantIndexItem(j, isList: instruction.uop == ._LIST_ITEM)
        case ._RANGE_NEXT:
            emitRangeNext(j)
        case ._LEN:
            emitLength(j)
        case ._LIST_APPEND:
            emitListAppend(j)
        case ._LIST_NEXT, ._TUPLE_NEXT:
            emitSequenceNext(j, isList: instruction.uop == ._LIST_NEXT)

        case ._LOAD_LOCAL:
            asm.mov(.rax, localSlot(Int(instruction.immediate)))
            asm.cmp(.rax, pool(Boxing.null))
            asm.j(.equal, guardExit(j))
            define(j, .rax)
        case ._LOAD_STACK:
            guard isUsed(j) else { return }
            asm.mov(.rax, stackSlot(Int(instruction.immediate)))
            define(j, .rax)
        case ._CELL_GET:
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rax, .rax + Layout.cellValue)
            asm.cmp(.rax, pool(Boxing.null))
            asm.j(.equal, guardExit(j))
            define(j, .rax)
        case ._CELL_SET:
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rax + Layout.cellValue, load(operand(j, 1), .rcx))
        case ._CLOSURE_CELL:
            guard isUsed(j) else { return }
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rax, .rax + Layout.functionClosure)
            asm.xor(.rax, pool(Boxing.objectTag))
            asm.mov(.rax, .rax + (Layout.tupleItems + 8 * Int32(instruction.immediate)))
            define(j, .rax)
        case ._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY:
            guard isUsed(j) else { return }
            emitUntag(operand(j, 0), into: .rax)
            asm.mov(.rax, .rax + Layout.dictEntries)
            asm.mov(.rax, .rax + (Int32(instruction.immediate) * Layout.dictEntryStride + Layout.dictEntryValue))
            define(j, .rax)
        case ._STORE_GLOBALS_ENTRY:
            emitUntag(operand(j, 0), into: .rdx)
            asm.mov(.rax, .rdx + Layout.dictEntries)
            asm.mov(.rax + (Int32(instruction.immediate) * Layout.dictEntryStride + Layout.dictEntryValue), load(operand(j, 1), .rcx))
            asm.add(.rdx + Layout.dictVersion, 1)

        case ._IS_OP:
            guard isUsed(j) else { return }
            copy(operand(j, 0), into: .rax)
            asm.cmp(.rax, load(operand(j, 1), .rcx))
            emitBoolean(instruction.immediate == 1 ? .notEqual : .equal, into: .rax)
            define(j, .rax)
        case ._TO_BOOL:
            emitToBool(j)
        default:
            preconditionFailure("\(instruction.uop.name) is not compiled natively")
        }
    }
}
