import Bytecode
import Runtime
import Superblock

extension ProjectionState {
    /// Instructions the projector handles itself (EXPAND ... special). False ends projection.
    func special(_ opcode: Opcode, oparg: Int, cache: UnsafeMutablePointer<UInt64>, index: Int) throws -> Bool {
        let frame = current
        var next = index + 1
        switch opcode {
        case .NOP, .RESUME:
            break
        case .POP_TOP:
            // A loop-owned generator dropped here is finalized (the optimizer removes the uop
            // for values of known other types).
            let value = frame.stack.removeLast()
            if !value.isConstant { _ = emit(._RELEASE_VALUE, [value]) }
        case .GET_ITER:
            // As Tier 1: the iterator is the loop's own when the iterable was just made by a call.
            let previous = index > 0 ? UInt8(truncatingIfNeeded: frame.code.pointee.instructions[index - 1]) : 0
            let afterCall = previous == Opcode.CALL.rawValue || previous == Opcode.CALL_KW.rawValue
                || previous == Opcode.CALL_FUNCTION_EX.rawValue
            frame.stack.append(emit(._GET_ITER, [frame.stack.removeLast()], immediate: afterCall ? 1 : 0))
        case .PUSH_NULL:
            frame.stack.append(constant(.null))
        case .COPY:
            frame.stack.append(frame.stack[frame.stack.count - oparg])
        case .SWAP:
            frame.stack.swapAt(frame.stack.count - 1, frame.stack.count - oparg)
        case .LOAD_CONST, .LOAD_CONST__LOAD_FAST:
            // A superinstruction is projected as its first half; its second half is the next
            // instruction, projected next.
            let value = frame.code.pointee.constants.tupleItems[oparg]
            let ref = constant(value)
            if value.isBool { knownBools.insert(ref) }
            frame.stack.append(ref)
        case .LOAD_ASSERTION_ERROR:
            frame.stack.append(constant(Value(rt.pointee.types.AssertionError)))
        case .LOAD_FAST, .LOAD_CLOSURE, .LOAD_FAST__LOAD_FAST, .LOAD_FAST__LOAD_CONST:
            guard let value = try boundLocal(oparg) else { return try end("unbound local") }
            frame.stack.append(value)
        case .STORE_FAST, .STORE_FAST__LOAD_FAST, .STORE_FAST__STORE_FAST:
            setLocal(oparg, frame.stack.removeLast())
        case .DELETE_FAST:
            guard try boundLocal(oparg) != nil else { return try end("unbound local") }
            setLocal(oparg, constant(.null))
        case .MAKE_CELL:
            guard frame.isVirtual else { return try end("MAKE_CELL outside a projected call") }
            setLocal(oparg, emit(._MAKE_CELL, [frame.slots[oparg] ?? constant(.null)]))
        case .LOAD_DEREF:
            guard let cell = try boundLocal(oparg) else { return try end("unbound cell") }
            frame.stack.append(emit(._CELL_GET, [cell]))
        case .STORE_DEREF:
            guard let cell = try boundLocal(oparg) else { return try end("unbound cell") }
            emit(._CELL_SET, [cell, frame.stack.removeLast()])
        case .COPY_FREE_VARS:
            guard let function = frame.function else { return try end("COPY_FREE_VARS outside a projected call") }
            let first = Int(frame.code.pointee.localsPlusCount) - oparg
            for i in 0..<oparg { setLocal(first + i, emit(._CLOSURE_CELL, [function], immediate: Int64(i))) }
        case .LOAD_METHOD_WITH_VALUES, .LOAD_METHOD_NO_DICT:
            // The method found on the type, pinned by the guards; the owner becomes self.
            let owner = frame.stack[frame.stack.count - 1]
            emit(._GUARD_TYPE_VERSION, [owner], immediate: Int64(bitPattern: cache[1]))
            if opcode == .LOAD_METHOD_WITH_VALUES { emit(._GUARD_SHAPE, [owner], immediate: Int64(bitPattern: cache[2])) }
            frame.stack[frame.stack.count - 1] = constant(Value(bits: cache[3]))
            frame.stack.append(owner)
        case .STORE_ATTR_INSTANCE_VALUE:
            let owner = frame.stack.removeLast()
            let value = frame.stack.removeLast()
            emit(._GUARD_TYPE_VERSION, [owner], immediate: Int64(bitPattern: cache[1]))
            emit(._GUARD_SHAPE, [owner], immediate: Int64(bitPattern: cache[2]))
            if cache[3] == 0 {
                emit(._STORE_INSTANCE_SLOT, [value, owner], immediate: Int64(cache[0] >> 16))
            } else {
                _ = constant(Value(bits: cache[3]))
                emit(._ADD_INSTANCE_ATTRIBUTE, [value, owner], immediate: Int64(bitPattern: cache[3]))
            }
        case .LOAD_METHOD_MODULE:
            let owner = frame.stack.removeLast()
            emit(._GUARD_MODULE_KEYS, [owner], immediate: Int64(bitPattern: cache[1]))
            frame.stack.append(emit(._LOAD_MODULE_ENTRY, [owner], immediate: Int64(cache[0] >> 16)))
            frame.stack.append(constant(.null))
        case .LOAD_METHOD:
            // The bound attribute and a NULL self call the same thing as [method, self].
            let owner = frame.stack.removeLast()
            let name = constant(frame.code.pointee.names.tupleItems[oparg])
            frame.stack.append(emit(._LOAD_ATTR, [owner], immediate: Int64(name.constantIndex)))
            frame.stack.append(constant(.null))
        case .UNPACK_SEQUENCE:
            let items = emit(._UNPACK_SEQUENCE, [frame.stack.removeLast()], immediate: Int64(oparg))
            for k in (0..<oparg).reversed() { frame.stack.append(emit(._TUPLE_ITEM, [items], immediate: Int64(k))) }
        case .UNPACK_SEQUENCE_TWO_TUPLE, .UNPACK_SEQUENCE_TUPLE:
            let sequence = frame.stack.removeLast()
            emit(._GUARD_TUPLE_LENGTH, [sequence], immediate: Int64(oparg))
            for k in (0..<oparg).reversed() { frame.stack.append(emit(._TUPLE_ITEM, [sequence], immediate: Int64(k))) }
        case .UNPACK_SEQUENCE_LIST:
            let sequence = frame.stack.removeLast()
            emit(._GUARD_LIST_LENGTH, [sequence], immediate: Int64(oparg))
            for k in (0..<oparg).reversed() { frame.stack.append(emit(._LIST_ITEM, [sequence], immediate: Int64(k))) }
        case .UNPACK_EX:
            let total = (oparg & 0xFF) + 1 + (oparg >> 8)
            let items = emit(._UNPACK_EX, [frame.stack.removeLast()], immediate: Int64(oparg))
            for k in (0..<total).reversed() { frame.stack.append(emit(._TUPLE_ITEM, [items], immediate: Int64(k))) }
        case .FOR_ITER, .FOR_ITER_RANGE, .FOR_ITER_LIST, .FOR_ITER_TUPLE:
            try forIter(opcode, target: oparg, index: index)
        case .JUMP_FORWARD:
            next = oparg
        case .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE,
             .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP:
            guard let target = try branch(opcode, target: oparg, cache: cache, index: index) else { return false }
            next = target
        case .RETURN_VALUE, .RETURN_CONST:
            guard frames.count > 1 else { return try end("return from the superblock's frame") }
            let value = opcode == .RETURN_VALUE ? frame.stack.removeLast() : constant(frame.code.pointee.constants.tupleItems[oparg])
            if frame.isConstructor {
                // The instance is already on the caller's stack; __init__ must return None.
                if value != constant(.none) { emit(._CHECK_INIT_RETURN, [value]) }
                frames.removeLast()
                return true
            }
            if frame.isBinaryOperator {
                // NotImplemented leaves for Tier 1, which re-runs this return and raises
                // CPython's TypeError; otherwise the result replaces the operands.
                emit(._GUARD_NOT_IDENTITY, [value], immediate: Int64(bitPattern: Value.notImplemented.bits),
                     guardExit: addExit(.guardFailed, reason: "operator returned NotImplemented"))
                frames.removeLast()
                current.stack.removeLast(2)
                current.stack.append(value)
                return true
            }
            frames.removeLast()
            current.stack.append(value)
            return true
        case .BINARY_OP_USER:
            return try userBinaryOperator(oparg: oparg, cache: cache, index: index)
        case .CALL, .CALL_KW, .CALL_PY_EXACT_ARGS, .CALL_PY_WITH_DEFAULTS, .CALL_BUILTIN, .CALL_LEN, .CALL_ISINSTANCE,
             .CALL_LIST_APPEND, .CALL_TYPE_1, .CALL_RANGE, .CALL_ALLOC_AND_ENTER_INIT:
            return try call(opcode, oparg: oparg, cache: cache, index: index)
        default:
            return try end("cannot project \(opcode.name)")
        }
        frame.instructionIndex = next
        return true
    }

    /// A local that must be bound: loads root-frame slots (guarding they are bound); nil when a
    /// projected frame's slot is unbound (Tier 1 will raise).
    func boundLocal(_ slot: Int) throws -> Ref? {
        if let value = current.slots[slot] {
            if value == constant(.null) { return nil }
            return value
        }
        if current.isVirtual { return nil }
        return try local(slot)
    }

    /// FOR_ITER: the loop is predicted to go on; when the iterator is exhausted the superblock
    /// exits to the loop's exit with the iterator popped (the state after FOR_ITER jumped).
    func forIter(_ opcode: Opcode, target: Int, index: Int) throws {
        let frame = current
        let iterator = frame.stack[frame.stack.count - 1]
        let exhausted = addExit(.guardFailed, reason: "loop exhausted", stack: Array(frame.stack.dropLast()), resumeIndex: target)
        let nextValue: Ref
        switch opcode {
        case .FOR_ITER_RANGE:
            emit(._GUARD_RANGE_ITERATOR, [iterator])
            emit(._GUARD_RANGE_NOT_EXHAUSTED, [iterator], guardExit: exhausted)
            nextValue = emit(._RANGE_NEXT, [iterator])
        case .FOR_ITER_LIST:
            emit(._GUARD_LIST_ITERATOR, [iterator])
            emit(._GUARD_LIST_NOT_EXHAUSTED, [iterator], guardExit: exhausted)
            nextValue = emit(._LIST_NEXT, [iterator])
        case .FOR_ITER_TUPLE:
            emit(._GUARD_TUPLE_ITERATOR, [iterator])
            emit(._GUARD_TUPLE_NOT_EXHAUSTED, [iterator], guardExit: exhausted)
            nextValue = emit(._TUPLE_NEXT, [iterator])
        default:
            nextValue = emit(._FOR_ITER_NEXT, [iterator], guardExit: exhausted)
        }
        frame.stack.append(nextValue)
    }

    /// A conditional jump becomes a guard toward the direction Tier 1's history says is likely;
    /// the guard's exit resumes on the other side. Returns the next instruction, or nil when the
    /// branch is too unpredictable to continue (the superblock ends before it).
    func branch(_ opcode: Opcode, target: Int, cache: UnsafeMutablePointer<UInt64>, index: Int) throws -> Int? {
        let frame = current
        let history = cache[0] & BranchCache.historyMask
        let takenCount = history.nonzeroBitCount
        let likelyTaken = takenCount * 2 > 16
        let onTarget = Double(likelyTaken ? takenCount : 16 - takenCount) / 16
        if confidence * onTarget < configuration.confidenceThreshold {
            _ = try end("unpredictable branch")
            return nil
        }
        confidence *= onTarget
        let value = frame.stack.removeLast()
        let keepsValueWhenTaken = opcode == .JUMP_IF_FALSE_OR_POP || opcode == .JUMP_IF_TRUE_OR_POP
        // Where Tier 1 continues when the prediction is wrong.
        let otherIndex = likelyTaken ? index + 1 : target
        let otherKeepsValue = keepsValueWhenTaken && !likelyTaken
        let otherExit = addExit(.guardFailed, reason: "branch went the other way",
                                stack: frame.stack + (otherKeepsValue ? [value] : []), resumeIndex: otherIndex)
        let guardUop: Uop
        switch opcode {
        case .POP_JUMP_IF_NONE: guardUop = likelyTaken ? ._GUARD_NONE : ._GUARD_NOT_NONE
        case .POP_JUMP_IF_NOT_NONE: guardUop = likelyTaken ? ._GUARD_NOT_NONE : ._GUARD_NONE
        case .POP_JUMP_IF_FALSE, .JUMP_IF_FALSE_OR_POP: guardUop = likelyTaken ? ._GUARD_FALSE : ._GUARD_TRUE
        default: guardUop = likelyTaken ? ._GUARD_TRUE : ._GUARD_FALSE
        }
        let tested: Ref
        if opcode == .POP_JUMP_IF_NONE || opcode == .POP_JUMP_IF_NOT_NONE || knownBools.contains(value) {
            tested = value
        } else if (opcode == .POP_JUMP_IF_FALSE || opcode == .POP_JUMP_IF_TRUE) && cache[0] & BranchCache.sawNonBool == 0 {
            // Tier 1 only ever saw True or False here: check that, and test the value itself
            // (no truth-value call that could run user code and make later loads stale).
            let notBool = addExit(.guardFailed, reason: "not a bool", stack: frame.stack + [value], resumeIndex: index)
            emit(._GUARD_IS_BOOL, [value], guardExit: notBool)
            knownBools.insert(value)
            tested = value
        } else {
            tested = emit(._TO_BOOL, [value])
        }
        emit(guardUop, [tested], guardExit: otherExit)
        if keepsValueWhenTaken && likelyTaken { frame.stack.append(value) }
        return likelyTaken ? target : index + 1
    }

    /// Calls: into the callee when Tier 1 specialized the call to a Python function found in the
    /// function-by-version cache (seed 001), else a call uop.
    func call(_ opcode: Opcode, oparg: Int, cache: UnsafeMutablePointer<UInt64>, index: Int) throws -> Bool {
        let frame = current
        let keywordNames: Ref? = opcode == .CALL_KW ? frame.stack.removeLast() : nil
        let operands = Array(frame.stack.suffix(oparg + 2))
        let callable = operands[0]
        let selfOrNull = operands[1]
        let arguments = (selfOrNull == constant(.null) ? [] : [selfOrNull]) + operands[2...]

        if opcode == .CALL_PY_EXACT_ARGS,
           let function = FunctionVersionCache.lookup(UInt32(truncatingIfNeeded: cache[1])),
           frames.count < configuration.maxFrameDepth,
           !frames.contains(where: { $0.code == function.pointee.code }),
           Int(function.pointee.code.pointee.argCount) == arguments.count {
            emit(._GUARD_FUNCTION_VERSION, [callable], immediate: Int64(function.pointee.version))
            frame.stack.removeLast(oparg + 2)
            frame.instructionIndex = index + 1
            let code = function.pointee.code
            superblock.codes.append(code)
            let callee = AbstractFrame(code: code, codeIndex: Int32(superblock.codes.count - 1), function: callable,
                                       stack: [], instructionIndex: 0, isVirtual: true)
            callee.functionObject = function
            for (slot, argument) in arguments.enumerated() { callee.slots[slot] = argument }
            frames.append(callee)
            return true
        }

        if opcode == .CALL_ALLOC_AND_ENTER_INIT, selfOrNull == constant(.null),
           let type = classAtProjection(callable, cache),
           let initializer = lookupInTypeForProjection(type),
           frames.count < configuration.maxFrameDepth,
           !frames.contains(where: { $0.code == initializer.pointee.code }) {
            emit(._GUARD_CLASS_VERSION, [callable], immediate: Int64(cache[1] & 0xFFFF_FFFF))
            let instance = emit(._ALLOCATE_INSTANCE, [callable])
            frame.stack.removeLast(oparg + 2)
            frame.stack.append(instance)
            frame.instructionIndex = index + 1
            let code = initializer.pointee.code
            superblock.codes.append(code)
            let callee = AbstractFrame(code: code, codeIndex: Int32(superblock.codes.count - 1),
                                       function: constant(Value(initializer)), stack: [], instructionIndex: 0, isVirtual: true)
            callee.functionObject = initializer
            callee.isConstructor = true
            for (slot, argument) in ([instance] + arguments).enumerated() { callee.slots[slot] = argument }
            frames.append(callee)
            return true
        }

        let result: Ref
        switch opcode {
        case .CALL_LEN where arguments.count == 1:
            emit(._GUARD_IDENTITY, [callable], immediate: identity(cache[1]))
            result = emit(._LEN, arguments)
        case .CALL_ISINSTANCE where arguments.count == 2:
            emit(._GUARD_IDENTITY, [callable], immediate: identity(cache[1]))
            result = emit(._ISINSTANCE, arguments)
        case .CALL_LIST_APPEND where arguments.count == 2:
            emit(._GUARD_IDENTITY, [callable], immediate: identity(cache[1]))
            result = emit(._LIST_APPEND, arguments)
        case .CALL_TYPE_1 where arguments.count == 1:
            emit(._GUARD_IDENTITY, [callable], immediate: identity(cache[1]))
            result = emit(._TYPE_OF, arguments)
        case .CALL_RANGE where (arguments.count == 1 || arguments.count == 2) && nextIsGetIter(frame, index):
            // `for i in range(...)`: the range itself is never seen, so make only its iterator.
            emit(._GUARD_IDENTITY, [callable], immediate: identity(cache[1]))
            let start = arguments.count == 2 ? arguments[0] : constant(Value(smallInt: 0))
            let stop = arguments[arguments.count - 1]
            emit(._GUARD_BOTH_SMALL_INT, [start, stop])
            let iterator = emit(._RANGE_ITER_NEW, [start, stop])
            frame.stack.removeLast(oparg + 2)
            frame.stack.append(iterator)
            frame.instructionIndex = index + 2
            return true
        default:
            if let keywordNames {
                result = emit(._CALL_KW, [callable] + arguments + [keywordNames], immediate: Int64(arguments.count))
            } else {
                result = emit(._CALL, [callable] + arguments, immediate: Int64(arguments.count))
            }
        }
        frame.stack.removeLast(oparg + 2)
        frame.stack.append(result)
        frame.instructionIndex = index + 1
        return true
    }

    /// Whether the instruction after `index` is GET_ITER (nothing can jump between the two: they
    /// come from one `for` header).
    func nextIsGetIter(_ frame: AbstractFrame, _ index: Int) -> Bool {
        index + 1 < frame.code.pointee.instructionCount
            && UInt8(truncatingIfNeeded: frame.code.pointee.instructions[index + 1]) == Opcode.GET_ITER.rawValue
    }

    /// The value a call cache holds, kept alive as a constant; the guard compares against it.
    func identity(_ bits: UInt64) -> Int64 {
        _ = constant(Value(bits: bits))
        return Int64(bitPattern: bits)
    }
}

extension ProjectionState {
    /// The class a CALL_ALLOC_AND_ENTER_INIT was specialized on (cache[2]), if it is still a
    /// class with the cached version.
    func classAtProjection(_ callable: Ref, _ cache: UnsafeMutablePointer<UInt64>) -> TypeRef? {
        let candidate = Value(bits: cache[2])
        guard candidate.isObject, candidate.header.pointee.kind == .type else { return nil }
        let type = candidate.object(as: TypeObject.self)
        guard UInt64(type.pointee.version) == cache[1] & 0xFFFF_FFFF else { return nil }
        _ = constant(candidate)
        return type
    }

    /// A class's function attribute `name` (`__init__` by default), found along its MRO
    /// (pinned by the class version guard); nil when the attribute is not a plain function.
    func lookupInTypeForProjection(_ type: TypeRef, name: String = "__init__") -> FunctionRef? {
        let mro = type.pointee.mro
        let name = internString(name)
        for i in 0..<mro.tupleCount {
            let dict = mro.tupleItems[i].object(as: TypeObject.self).pointee.dict.object(as: DictObject.self)
            if let v = dictLookupString(dict, name) {
                guard v.isObject, v.header.pointee.kind == .function else { return nil }
                return v.object(as: FunctionObject.self)
            }
        }
        return nil
    }
}
