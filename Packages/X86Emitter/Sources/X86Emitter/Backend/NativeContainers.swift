import Runtime
import Superblock

/// Lists, tuples and their iterators, read and written in place (the guards before these uops
/// have checked the types).
extension SuperblockCompiler {
    /// container[index] with Python's negative indexes; exits when out of range.
    func emitSequenceGet(_ j: Int, isList: Bool) {
        emitUntag(operand(j, 0), into: .rax)
        emitCheckedIndex(operand(j, 1), count: .rax + (isList ? Layout.listCount : Layout.tupleCount), fail: guardExit(j))
        if isList {
            asm.mov(.rax, .rax + Layout.listItems)
            asm.mov(.rax, Memory(base: .rax, index: .rcx, scale: .x8))
        } else {
            asm.mov(.rax, Memory(base: .rax, index: .rcx, scale: .x8, displacement: Layout.tupleItems))
        }
        define(j, .rax)
    }

    /// rcx = the index (the small int `ref`, plus the count when negative); jumps to `fail` unless
    /// 0 <= rcx < count. Clobbers rdx and r11.
    func emitCheckedIndex(_ ref: Ref, count: Memory, fail: Label) {
        emitDecodeInt(ref, into: .rcx)
        asm.mov(.rdx, count)
        if !(constant(ref).map { $0.isSmallInt && $0.smallInt >= 0 } ?? false) {
            asm.lea(.r11, Memory(base: .rcx, index: .rdx))
            asm.test(.rcx, .rcx)
            asm.cmov(.sign, .rcx, .r11)
        }
        asm.cmp(.rcx, .rdx)
        asm.j(.aboveOrEqual, fail)   // unsigned: still negative counts as out of range
    }

    /// list[index] = value.
    func emitListSet(_ j: Int) {
        emitUntag(operand(j, 1), into: .rax)
        emitCheckedIndex(operand(j, 2), count: .rax + Layout.listCount, fail: guardExit(j))
        asm.mov(.rax, .rax + Layout.listItems)
        asm.mov(Memory(base: .rax, index: .rcx, scale: .x8), load(operand(j, 0), .rdx))
    }

    /// Item `immediate` of a tuple or list whose length a guard checked.
    func emitConstantIndexItem(_ j: Int, isList: Bool) {
        guard isUsed(j) else { return }
        let index = Int32(superblock.instructions[j].immediate)
        emitUntag(operand(j, 0), into: .rax)
        if isList {
            asm.mov(.rax, .rax + Layout.listItems)
            asm.mov(.rax, .rax + 8 * index)
        } else {
            asm.mov(.rax, .rax + (Layout.tupleItems + 8 * index))
        }
        define(j, .rax)
    }

    /// The next int of a range iterator; one that does not fit a small int goes to
    /// `executeUop` (which boxes a big int) before the iterator changes.
    func emitRangeNext(_ j: Int) {
        let slow = asm.newLabel(), resume = asm.newLabel()
        emitUntag(operand(j, 0), into: .rax)
        asm.mov(.rcx, .rax + Layout.rangeNext)
        emitRangeCheck(.rcx, fail: slow)
        asm.mov(.rdx, .rax + Layout.rangeStep)
        asm.add(.rax + Layout.rangeNext, .rdx)
        asm.sub(.rax + Layout.rangeRemaining, 1)
        asm.or(.rcx, pool(Boxing.intTag))
        asm.bind(resume)
        define(j, .rcx)
        emitSlowPath(j, entry: slow, result: .rcx, resume: resume)
    }

    /// The next item of a list or tuple iterator (a guard checked it is not exhausted).
    func emitSequenceNext(_ j: Int, isList: Bool) {
        emitUntag(operand(j, 0), into: .rax)
        asm.mov(.rcx, .rax + Layout.sequenceIteratorSequence)
        asm.xor(.rcx, pool(Boxing.objectTag))
        asm.mov(.rdx, .rax + Layout.sequenceIteratorIndex)
        if isList {
            asm.mov(.rcx, .rcx + Layout.listItems)
            asm.mov(.r11, Memory(base: .rcx, index: .rdx, scale: .x8))
        } else {
            asm.mov(.r11, Memory(base: .rcx, index: .rdx, scale: .x8, displacement: Layout.tupleItems))
        }
        asm.add(.rax + Layout.sequenceIteratorIndex, 1)
        define(j, .r11)
    }

    /// Exits when the iterator's sequence is gone or its index reached the length; like Tier 1 it
    /// then drops the sequence (sets it to NULL) so the iterator stays exhausted.
    func emitSequenceNotExhausted(_ j: Int, isList: Bool) {
        let exhausted = asm.newLabel()
        emitUntag(operand(j, 0), into: .rax)
        asm.mov(.rcx, .rax + Layout.sequenceIteratorSequence)
        emitObjectCheck(.rcx, fail: exhausted)
        asm.mov(.rdx, .rax + Layout.sequenceIteratorIndex)
        asm.cmp(.rdx, .rcx + (isList ? Layout.listCount : Layout.tupleCount))
        asm.j(.greaterOrEqual, exhausted)
        let annotation = asm.annotation
        outOfLine.append { [self] in
            asm.annotation = annotation.map { $0 + " (exhausted)" }
            asm.bind(exhausted)
            asm.mov(.rdx, Int64(bitPattern: Boxing.null))
            asm.mov(.rax + Layout.sequenceIteratorSequence, .rdx)
            asm.jmp(guardExit(j))
        }
    }

    /// bool(value): True, False, None, small ints and floats inline; anything else through
    /// `executeUop` (which may call __bool__ or __len__, or raise).
    func emitToBool(_ j: Int) {
        let done = asm.newLabel(), isFalse = asm.newLabel(), notInt = asm.newLabel(), slow = asm.newLabel()
        copy(operand(j, 0), into: .rax)
        asm.cmp(.rax, pool(Boxing.true))
        asm.j(.equal, done)
        asm.cmp(.rax, pool(Boxing.false))
        asm.j(.equal, done)
        asm.cmp(.rax, pool(Boxing.none))
        asm.j(.equal, isFalse)
        asm.mov(.rcx, .rax)
        asm.sar(.rcx, 50)
        asm.cmp(.rcx, -1)
        asm.j(.notEqual, notInt)
        asm.cmp(.rax, pool(Boxing.intTag))   // zero is the bare tag
        emitBoolean(.notEqual, into: .rax)
        asm.jmp(done)
        asm.bind(notInt)
        asm.mov(.rcx, Int64(bitPattern: Boxing.objectTag))
        asm.cmp(.rax, .rcx)
        asm.j(.aboveOrEqual, slow)
        // A float: true unless ±0.0 (a NaN is true).
        asm.movq(.xmm0, .rax)
        asm.xorpd(.xmm1, .xmm1)
        asm.ucomisd(.xmm0, .xmm1)
        asm.set(.notEqual, .rax)
        asm.set(.parity, .rcx)
        asm.or(.rax, .rcx, size: .byte)
        asm.movzx(.rax, .rax, from: .byte, size: .dword)
        asm.or(.rax, pool(Boxing.false))
        asm.jmp(done)
        asm.bind(isFalse)
        asm.mov(.rax, pool(Boxing.false))
        asm.bind(done)
        define(j, .rax)
        emitSlowPath(j, entry: slow, result: .rax, resume: done)
    }
}

/// `len()` of an exact list, tuple or str, and `list.append` with room in the list: the cases
/// Python code runs all the time. Anything else (subclasses, user `__len__`, a full list) goes to
/// `executeUop` from out of line.
extension SuperblockCompiler {
    func emitLength(_ j: Int) {
        let slow = asm.newLabel(), notList = asm.newLabel(), notTuple = asm.newLabel()
        let box = asm.newLabel(), done = asm.newLabel()
        let types = rt.pointee.types
        emitExactTypeCheck(operand(j, 0), types.list, pointer: .rax, scratch: .rcx, fail: notList)
        asm.mov(.rax, .rax + Layout.listCount)
        asm.jmp(box)
        asm.bind(notList)
        emitExactTypeCheck(operand(j, 0), types.tuple, pointer: .rax, scratch: .rcx, fail: notTuple)
        asm.mov(.rax, .rax + Layout.tupleCount)
        asm.jmp(box)
        asm.bind(notTuple)
        emitExactTypeCheck(operand(j, 0), types.str, pointer: .rax, scratch: .rcx, fail: slow)
        asm.mov(.rax, .rax + Layout.strCount)
        asm.bind(box)
        asm.or(.rax, pool(Boxing.intTag))   // a length is below 2^49: it always fits
        asm.bind(done)
        define(j, .rax)
        emitSlowPath(j, entry: slow, result: .rax, resume: done)
    }

    func emitListAppend(_ j: Int) {
        let slow = asm.newLabel(), done = asm.newLabel()
        emitExactTypeCheck(operand(j, 0), rt.pointee.types.list, pointer: .rax, scratch: .rcx, fail: slow)
        asm.mov(.rcx, .rax + Layout.listCount)
        // `>=`: a list being sorted has capacity -1 (see listAppend).
        asm.cmp(.rcx, .rax + Layout.listCapacity)
        asm.j(.greaterOrEqual, slow)
        asm.mov(.rdx, .rax + Layout.listItems)
        asm.mov(Memory(base: .rdx, index: .rcx, scale: .x8), load(operand(j, 1), .r11))
        asm.add(.rax + Layout.listCount, 1)
        asm.bind(done)
        if isUsed(j) {
            asm.mov(.rax, pool(Boxing.none))
            define(j, .rax)
        }
        emitSlowPath(j, entry: slow, result: .rax, resume: done)
    }
}
