import Bytecode
import Runtime
import Superblock

extension ProjectionState {
    /// CPython's NB_* operator codes 0-12 and the special method each runs first.
    static let binaryOperatorMethods = ["__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__",
                                        "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"]
    /// `__radd__` ...: what a number on the left makes CPython run on a user instance on the right.
    static let reflectedOperatorMethods = binaryOperatorMethods.map { "__r" + $0.dropFirst(2) }

    /// BINARY_OP_USER: `lhs op rhs` where Tier 1 runs the left operand's Python special method
    /// (or the right operand's reflected one, when a number is on the left) in a frame. Projected into that method like a call (guards on both operands' classes pin
    /// which method runs, as the instruction's own guard does); the caller keeps the operands on
    /// its stack as Tier 1 does, so an exit inside the method resumes exactly there.
    func userBinaryOperator(oparg: Int, cache: UnsafeMutablePointer<UInt64>, index: Int) throws -> Bool {
        let frame = current
        let lhs = frame.stack[frame.stack.count - 2]
        let rhs = frame.stack[frame.stack.count - 1]
        let version = Int64(cache[1] & 0xFFFF_FFFF)
        let otherKind = (cache[1] >> 32) & 0xFF
        // The reflected method of the right operand (`2.0 * v` runs `v.__rmul__(2.0)`).
        let reflected = cache[1] & (1 << 40) != 0
        let owner = reflected ? rhs : lhs, other = reflected ? lhs : rhs
        guard oparg < 13, let type = classAtProjection(cache, version: version),
              let method = lookupInTypeForProjection(type, name: (reflected ? Self.reflectedOperatorMethods : Self.binaryOperatorMethods)[oparg]),
              // Tier 1 checked this when it specialized; the method's code may have changed since.
              method.pointee.code.pointee.argCount == 2, method.pointee.code.pointee.keywordOnlyArgCount == 0,
              method.pointee.code.pointee.flags & 0x2C == 0,
              frames.count < configuration.maxFrameDepth,
              !frames.contains(where: { $0.code == method.pointee.code }) else {
            // Tier 1's own path (the generic operation): correct for any operands.
            frame.stack.removeLast(2)
            frame.stack.append(emit(._BINARY_OP, [lhs, rhs], immediate: Int64(oparg)))
            frame.instructionIndex = index + 1
            return true
        }
        emit(._GUARD_TYPE_VERSION, [owner], immediate: version)
        switch otherKind {
        case 0: emit(._GUARD_TYPE_VERSION, [other], immediate: version)
        case 1: emit(._GUARD_BOTH_SMALL_INT, [other, other])
        default: emit(._GUARD_BOTH_FLOAT, [other, other])
        }
        // The class version pins the class's method; the function's own version pins its code.
        let function = constant(Value(method))
        emit(._GUARD_FUNCTION_VERSION, [function], immediate: Int64(method.pointee.version))
        frame.instructionIndex = index + 1
        let code = method.pointee.code
        superblock.codes.append(code)
        let callee = AbstractFrame(code: code, codeIndex: Int32(superblock.codes.count - 1), function: function,
                                   stack: [], instructionIndex: 0, isVirtual: true)
        callee.functionObject = method
        callee.isBinaryOperator = true
        callee.slots[0] = owner
        callee.slots[1] = other
        frames.append(callee)
        return true
    }

    /// The class BINARY_OP_USER recorded (cache[2]), if it is still a class with that version.
    func classAtProjection(_ cache: UnsafeMutablePointer<UInt64>, version: Int64) -> TypeRef? {
        let candidate = Value(bits: cache[2])
        guard candidate.isObject, candidate.header.pointee.kind == .type else { return nil }
        let type = candidate.object(as: TypeObject.self)
        guard Int64(type.pointee.version) == version else { return nil }
        _ = constant(candidate)
        return type
    }
}
