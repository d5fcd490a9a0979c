import Bytecode
import Runtime

/// Runs `entry` and every Python frame it calls until `entry` returns (or, for a generator
/// frame, yields), and returns that value. Python-to-Python calls do not recurse in Swift: the
/// loop switches frames. `throwing` resumes a generator frame by raising the current exception
/// at the instruction where it is suspended.
func evalFrame(_ entry: FrameRef, throwing: Bool = false) throws(PyError) -> Value {
    var r = EvalRegisters(entry)
    rt.pointee.currentFrame = entry
    entry.pointee.flags.insert(.entry)
    /// RERAISE and a bare `raise` re-raise without adding a traceback entry (as CPython).
    var reraising = false
    var throwOnEntry = throwing
    /// generator.throw() raises at the suspension point without implicit chaining.
    var thrownIn = throwing

    while true {
        do throws(PyError) {
            if throwOnEntry {
                throwOnEntry = false
                throw PyError()
            }
            while true {
                let word = r.instructions[r.ip]
                r.ip += 1
                let oparg = Int(truncatingIfNeeded: (word >> 8) & 0xFF_FFFF)
                switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {

                // MARK: stack and constants
                case .NOP:
                    continue
                case .RESUME:
                    if r.code.pointee.warmup < codeWarmupDelay { r.code.pointee.warmup += 1 }
                case .POP_TOP:
                    r.sp -= 1
                    let popped = r.sp.pointee
                    if popped.isObject && popped.header.pointee.kind == .generator {
                        r.save()
                        releaseStackValue(popped)
                    }
                case .PUSH_NULL:
                    r.push(.null)
                case .COPY:
                    r.push(r.peek(oparg))
                case .SWAP:
                    let top = r.sp[-1]
                    r.sp[-1] = r.sp[-oparg]
                    r.sp[-oparg] = top
                case .LOAD_CONST:
                    r.push(r.constants[oparg])
                case .LOAD_ASSERTION_ERROR:
                    r.push(Value(rt.pointee.types.AssertionError))

                // MARK: locals, cells, globals, names
                case .LOAD_FAST:
                    let v = r.locals[oparg]
                    if v.isNull { throw raiseUnboundLocal(r.code, oparg) }
                    r.push(v)
                case .STORE_FAST:
                    r.locals[oparg] = r.pop()

                // MARK: superinstructions: run the next instruction too (only its oparg is read;
                // ip then points past it, so a raise there is reported at its line)
                case .LOAD_FAST__LOAD_FAST:
                    let v = r.locals[oparg]
                    if v.isNull { throw raiseUnboundLocal(r.code, oparg) }
                    let second = r.nextOparg()
                    let w = r.locals[second]
                    if w.isNull { throw raiseUnboundLocal(r.code, second) }
                    r.push(v)
                    r.push(w)
                case .LOAD_FAST__LOAD_CONST:
                    let v = r.locals[oparg]
                    if v.isNull { throw raiseUnboundLocal(r.code, oparg) }
                    r.push(v)
                    r.push(r.constants[r.nextOparg()])
                case .STORE_FAST__LOAD_FAST:
                    r.locals[oparg] = r.pop()
                    let second = r.nextOparg()
                    let w = r.locals[second]
                    if w.isNull { throw raiseUnboundLocal(r.code, second) }
                    r.push(w)
                case .STORE_FAST__STORE_FAST:
                    r.locals[oparg] = r.pop()
                    r.locals[r.nextOparg()] = r.pop()
                case .LOAD_CONST__LOAD_FAST:
                    r.push(r.constants[oparg])
                    let second = r.nextOparg()
                    let w = r.locals[second]
                    if w.isNull { throw raiseUnboundLocal(r.code, second) }
                    r.push(w)
                case .DELETE_FAST:
                    if r.locals[oparg].isNull { throw raiseUnboundLocal(r.code, oparg) }
                    r.locals[oparg] = .null
                case .MAKE_CELL:
                    r.locals[oparg] = newCell(r.locals[oparg])
                case .LOAD_CLOSURE:
                    r.push(r.locals[oparg])
                case .LOAD_DEREF:
                    let v = r.locals[oparg].object(as: CellObject.self).pointee.value
                    if v.isNull { throw raiseUnboundCell(r.code, oparg) }
                    r.push(v)
                case .LOAD_CLASSDEREF:
                    let name = r.code.pointee.localNames.tupleItems[oparg]
                    if r.frame.pointee.locals.isObject,
                       let v = try lookupName(in: r.frame.pointee.locals, name) {
                        r.push(v)
                    } else {
                        let v = r.locals[oparg].object(as: CellObject.self).pointee.value
                        if v.isNull { throw raiseUnboundCell(r.code, oparg) }
                        r.push(v)
                    }
                case .STORE_DEREF:
                    r.locals[oparg].object(as: CellObject.self).pointee.value = r.pop()
                case .DELETE_DEREF:
                    let cell = r.locals[oparg].object(as: CellObject.self)
                    if cell.pointee.value.isNull { throw raiseUnboundCell(r.code, oparg) }
                    cell.pointee.value = .null
                case .COPY_FREE_VARS:
                    let closure = r.frame.pointee.function.object(as: FunctionObject.self).pointee.closure
                    let first = Int(r.code.pointee.localsPlusCount) - oparg
                    for i in 0..<oparg { r.locals[first + i] = closure.tupleItems[i] }
                case .LOAD_GLOBAL:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) {
                        specializeLoadGlobal(r.frame, name: r.names[oparg], cache: cache, r: r)
                    }
                    r.push(try loadGlobal(r.frame, r.names[oparg]))
                case .LOAD_GLOBAL_MODULE:
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] {
                        r.push(globals.pointee.entries.unsafelyUnwrapped[Int(truncatingIfNeeded: cache[0] >> 16)].value)
                    } else {
                        deoptimize(cache, r: r, to: .LOAD_GLOBAL)
                        r.push(try loadGlobal(r.frame, r.names[oparg]))
                    }
                case .LOAD_GLOBAL_BUILTIN:
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    let builtins = r.frame.pointee.builtins.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] && builtins.pointee.keysVersion == cache[2] {
                        r.push(builtins.pointee.entries.unsafelyUnwrapped[Int(truncatingIfNeeded: cache[0] >> 16)].value)
                    } else {
                        deoptimize(cache, r: r, to: .LOAD_GLOBAL)
                        r.push(try loadGlobal(r.frame, r.names[oparg]))
                    }
                case .STORE_GLOBAL:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) {
                        specializeStoreGlobal(r.frame, name: r.names[oparg], cache: cache, r: r, as: .STORE_GLOBAL_MODULE)
                    }
                    dictSetString(r.frame.pointee.globals.object(as: DictObject.self), r.names[oparg], r.pop())
                case .STORE_GLOBAL_MODULE:
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] {
                        storeGlobalsEntry(globals, Int(truncatingIfNeeded: cache[0] >> 16), r.pop())
                    } else {
                        deoptimize(cache, r: r, to: .STORE_GLOBAL)
                        dictSetString(globals, r.names[oparg], r.pop())
                    }
                case .DELETE_GLOBAL:
                    let name = r.names[oparg]
                    if try dictDelete(r.frame.pointee.globals.object(as: DictObject.self), name) == nil {
                        throw raiseUndefinedName(name)
                    }
                case .LOAD_NAME:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) {
                        specializeLoadName(r.frame, name: r.names[oparg], cache: cache, r: r)
                    }
                    r.push(try loadName(r.frame, r.names[oparg]))
                case .LOAD_NAME_MODULE:
                    // Only module code is specialized (see namesAreGlobals).
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] {
                        r.push(globals.pointee.entries.unsafelyUnwrapped[Int(truncatingIfNeeded: cache[0] >> 16)].value)
                    } else {
                        deoptimize(cache, r: r, to: .LOAD_NAME)
                        r.push(try loadName(r.frame, r.names[oparg]))
                    }
                case .LOAD_NAME_BUILTIN:
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    let builtins = r.frame.pointee.builtins.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] && builtins.pointee.keysVersion == cache[2] {
                        r.push(builtins.pointee.entries.unsafelyUnwrapped[Int(truncatingIfNeeded: cache[0] >> 16)].value)
                    } else {
                        deoptimize(cache, r: r, to: .LOAD_NAME)
                        r.push(try loadName(r.frame, r.names[oparg]))
                    }
                case .STORE_NAME:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) {
                        if namesAreGlobals(r.frame) {
                            specializeStoreGlobal(r.frame, name: r.names[oparg], cache: cache, r: r, as: .STORE_NAME_MODULE)
                        } else {
                            specialize(r, cache, nil)
                        }
                    }
                    try storeName(r.frame, r.names[oparg], r.pop())
                case .STORE_NAME_MODULE:
                    let cache = r.cache(word)
                    let globals = r.frame.pointee.globals.object(as: DictObject.self)
                    if globals.pointee.keysVersion == cache[1] {
                        storeGlobalsEntry(globals, Int(truncatingIfNeeded: cache[0] >> 16), r.pop())
                    } else {
                        deoptimize(cache, r: r, to: .STORE_NAME)
                        try storeName(r.frame, r.names[oparg], r.pop())
                    }
                case .DELETE_NAME:
                    try deleteName(r.frame, r.names[oparg])

                // MARK: attributes
                case .LOAD_ATTR:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) { specializeLoadAttr(r.top, r.names[oparg], cache: cache, r: r) }
                    r.sp[-1] = try getAttribute(r.top, r.names[oparg])
                case .LOAD_METHOD:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) { specializeLoadMethod(r.top, r.names[oparg], cache: cache, r: r) }
                    // Results go through memory: a (Value, Value) result of a typed-throws call is
                    // miscompiled in this function by Swift 6.3.1 -O (see ARCHITECTURE.md).
                    try loadMethod(r.top, r.names[oparg], into: r.sp - 1)
                    r.sp += 1
                case .STORE_ATTR:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) { specializeStoreAttr(r.top, r.names[oparg], cache: cache, r: r) }
                    let owner = r.pop()
                    let value = r.pop()
                    try setAttribute(owner, r.names[oparg], value)
                case .DELETE_ATTR:
                    try deleteAttribute(r.pop(), r.names[oparg])
                case .LOAD_SUPER_ATTR:
                    let receiver = r.pop()
                    let cls = r.pop()
                    let globalSuper = r.pop()
                    let name = r.names[oparg >> 2]
                    if oparg & 1 != 0 {
                        try loadSuperMethod(globalSuper, cls, receiver, name, into: r.sp)
                        r.sp += 2
                    } else {
                        r.push(try loadSuperAttribute(globalSuper, cls, receiver, name))
                    }
                case .LOAD_ATTR_INSTANCE_VALUE:
                    let cache = r.cache(word)
                    let owner = r.top
                    if instanceMatches(owner, cache) {
                        r.sp[-1] = owner.object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[AttributeCache.index(cache)]
                        continue
                    }
                    if let e = PolymorphicAttributeCache.match(owner, cache)
                        ?? PolymorphicAttributeCache.learn(owner, r.names[oparg], cache, operation: InstanceAttributeCache.load,
                                                           kinds: 1 << InstanceAttributeCache.slot) {
                        r.sp[-1] = owner.object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[PolymorphicAttributeCache.slot(e)]
                        continue
                    }
                    if !InstanceAttributeCache.tolerateMiss(cache) { deoptimize(cache, r: r, to: .LOAD_ATTR) }
                    r.sp[-1] = try getAttribute(owner, r.names[oparg])
                case .LOAD_ATTR_CLASS:
                    let cache = r.cache(word)
                    let owner = r.top
                    if instanceMatches(owner, cache) {
                        r.sp[-1] = Value(bits: cache[3])
                        continue
                    }
                    if let e = PolymorphicAttributeCache.match(owner, cache)
                        ?? PolymorphicAttributeCache.learn(owner, r.names[oparg], cache, operation: InstanceAttributeCache.load,
                                                           kinds: 1 << InstanceAttributeCache.value) {
                        r.sp[-1] = Value(bits: e[2])
                        continue
                    }
                    if !InstanceAttributeCache.tolerateMiss(cache) { deoptimize(cache, r: r, to: .LOAD_ATTR) }
                    r.sp[-1] = try getAttribute(owner, r.names[oparg])
                case .LOAD_ATTR_MODULE:
                    let cache = r.cache(word)
                    let owner = r.top
                    if owner.isObject && owner.header.pointee.kind == .module {
                        let dict = owner.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self)
                        if dict.pointee.keysVersion == cache[1] {
                            r.sp[-1] = dict.pointee.entries.unsafelyUnwrapped[AttributeCache.index(cache)].value
                            continue
                        }
                    }
                    deoptimize(cache, r: r, to: .LOAD_ATTR)
                    r.sp[-1] = try getAttribute(owner, r.names[oparg])
                case .LOAD_ATTR_SLOT, .LOAD_ATTR_PROPERTY:
                    r.rewrite(to: .LOAD_ATTR)
                    r.ip -= 1
                case .LOAD_METHOD_WITH_VALUES:
                    let cache = r.cache(word)
                    let owner = r.top
                    if instanceMatches(owner, cache) {
                        storePair(Value(bits: cache[3]), owner, into: r.sp - 1)
                        r.sp += 1
                        continue
                    }
                    if let e = PolymorphicAttributeCache.match(owner, cache)
                        ?? PolymorphicAttributeCache.learn(owner, r.names[oparg], cache, operation: InstanceAttributeCache.method,
                                                           kinds: 1 << InstanceAttributeCache.function) {
                        storePair(Value(bits: e[2]), owner, into: r.sp - 1)
                        r.sp += 1
                        continue
                    }
                    if !InstanceAttributeCache.tolerateMiss(cache) { deoptimize(cache, r: r, to: .LOAD_METHOD) }
                    try loadMethod(owner, r.names[oparg], into: r.sp - 1)
                    r.sp += 1
                case .LOAD_METHOD_NO_DICT:
                    let cache = r.cache(word)
                    let owner = r.top
                    if owner.isObject && UInt64(owner.header.pointee.type.pointee.version) == cache[1] {
                        // Through a function, as the other two-value results: Swift 6.3.1 -O lost
                        // the method stored inline here (see ARCHITECTURE.md).
                        storePair(Value(bits: cache[3]), owner, into: r.sp - 1)
                        r.sp += 1
                        continue
                    }
                    deoptimize(cache, r: r, to: .LOAD_METHOD)
                    try loadMethod(owner, r.names[oparg], into: r.sp - 1)
                    r.sp += 1
                case .LOAD_METHOD_MODULE:
                    let cache = r.cache(word)
                    let owner = r.top
                    if owner.isObject && owner.header.pointee.kind == .module {
                        let dict = owner.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self)
                        if dict.pointee.keysVersion == cache[1] {
                            storePair(dict.pointee.entries.unsafelyUnwrapped[AttributeCache.index(cache)].value, .null, into: r.sp - 1)
                            r.sp += 1
                            continue
                        }
                    }
                    deoptimize(cache, r: r, to: .LOAD_METHOD)
                    try loadMethod(owner, r.names[oparg], into: r.sp - 1)
                    r.sp += 1
                case .STORE_ATTR_INSTANCE_VALUE:
                    let cache = r.cache(word)
                    let owner = r.pop()
                    let value = r.pop()
                    if instanceMatches(owner, cache) {
                        let instance = owner.object(as: InstanceObject.self)
                        let index = AttributeCache.index(cache)
                        if cache[3] == 0 {
                            instance.pointee.slots.unsafelyUnwrapped[index] = value
                            continue
                        }
                        if index < instance.pointee.slotCapacity {
                            instance.pointee.slots.unsafelyUnwrapped[index] = value
                            instance.pointee.shape = Value(bits: cache[3])
                            noteShape(instance.pointee.header.type, cache[3])
                            continue
                        }
                        try setAttribute(owner, r.names[oparg], value)
                        continue
                    }
                    if let e = PolymorphicAttributeCache.match(owner, cache)
                        ?? PolymorphicAttributeCache.learn(owner, r.names[oparg], cache, operation: InstanceAttributeCache.store,
                                                           kinds: 1 << InstanceAttributeCache.slot | 1 << InstanceAttributeCache.add) {
                        let instance = owner.object(as: InstanceObject.self)
                        let index = PolymorphicAttributeCache.slot(e)
                        if e[2] == 0 {
                            instance.pointee.slots.unsafelyUnwrapped[index] = value
                            continue
                        }
                        if index < instance.pointee.slotCapacity {
                            instance.pointee.slots.unsafelyUnwrapped[index] = value
                            instance.pointee.shape = Value(bits: e[2])
                            noteShape(instance.pointee.header.type, e[2])
                            continue
                        }
                        try setAttribute(owner, r.names[oparg], value)
                        continue
                    }
                    if !InstanceAttributeCache.tolerateMiss(cache) { deoptimize(cache, r: r, to: .STORE_ATTR) }
                    try setAttribute(owner, r.names[oparg], value)
                case .STORE_ATTR_SLOT:
                    r.rewrite(to: .STORE_ATTR)
                    r.ip -= 1

                // MARK: operators
                case .BINARY_OP:
                    let cache = r.cache(word)
                    let rhs = r.pop()
                    let lhs = r.top
                    if AdaptiveCounter.tick(cache) { specializeBinaryOp(oparg, lhs, rhs, cache: cache, r: r) }
                    if let result = floatArithmetic(oparg, lhs, rhs) {
                        r.sp[-1] = result
                        continue
                    }
                    if oparg < 13, let callee = try isUserInstance(lhs) ? binaryOperatorFrame(oparg, lhs, rhs)
                                                                        : reflectedOperatorFrame(oparg, lhs, rhs) {
                        // The operands stay on the stack until the method returns.
                        r.sp += 1
                        r.save()
                        callee.pointee.previous = r.frame
                        r.load(callee)
                        continue
                    }
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_USER:
                    let cache = r.cache(word)
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if userBinaryOperandsMatch(cache[1], lhs, rhs),
                       let callee = try cache[1] & (1 << 40) == 0 ? binaryOperatorFrame(oparg, lhs, rhs) : reflectedOperatorFrame(oparg, lhs, rhs) {
                        // The operands stay on the stack until the method returns.
                        r.save()
                        callee.pointee.previous = r.frame
                        r.load(callee)
                        continue
                    }
                    deoptimize(cache, r: r, to: .BINARY_OP)
                    r.ip -= 1
                case .BINARY_OP_ADD_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) {
                        let sum = lhs.smallInt &+ rhs.smallInt
                        if Value.fitsSmallInt(sum) { r.sp -= 1; r.sp[-1] = Value(smallInt: sum); continue }
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_SUBTRACT_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) {
                        let difference = lhs.smallInt &- rhs.smallInt
                        if Value.fitsSmallInt(difference) { r.sp -= 1; r.sp[-1] = Value(smallInt: difference); continue }
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_MULTIPLY_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) {
                        let (product, overflow) = lhs.smallInt.multipliedReportingOverflow(by: rhs.smallInt)
                        if !overflow && Value.fitsSmallInt(product) { r.sp -= 1; r.sp[-1] = Value(smallInt: product); continue }
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_FLOOR_DIVIDE_INT, .BINARY_OP_REMAINDER_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) && rhs.smallInt != 0 {
                        let (q, m) = floorDivMod(lhs.smallInt, rhs.smallInt)
                        r.sp -= 1
                        let isDivision = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) == .BINARY_OP_FLOOR_DIVIDE_INT
                        r.sp[-1] = newInt(isDivision ? q : m)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_AND_INT, .BINARY_OP_OR_INT, .BINARY_OP_XOR_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) {
                        let a = lhs.smallInt, b = rhs.smallInt
                        let result: Int
                        switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                        case .BINARY_OP_AND_INT: result = a & b
                        case .BINARY_OP_OR_INT: result = a | b
                        default: result = a ^ b
                        }
                        r.sp -= 1
                        r.sp[-1] = Value(smallInt: result)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_LSHIFT_INT, .BINARY_OP_RSHIFT_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs), rhs.smallInt >= 0, rhs.smallInt < 64 {
                        let a = lhs.smallInt, shift = rhs.smallInt
                        if unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) == .BINARY_OP_RSHIFT_INT {
                            r.sp -= 1
                            r.sp[-1] = Value(smallInt: a >> shift)
                            continue
                        }
                        let shifted = a << shift
                        if shifted >> shift == a && Value.fitsSmallInt(shifted) {
                            r.sp -= 1
                            r.sp[-1] = Value(smallInt: shifted)
                            continue
                        }
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_ADD_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothFloats(lhs, rhs) {
                        r.sp -= 1
                        r.sp[-1] = Value(arithmeticResult: lhs.float + rhs.float)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_SUBTRACT_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothFloats(lhs, rhs) {
                        r.sp -= 1
                        r.sp[-1] = Value(arithmeticResult: lhs.float - rhs.float)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_MULTIPLY_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothFloats(lhs, rhs) {
                        r.sp -= 1
                        r.sp[-1] = Value(arithmeticResult: lhs.float * rhs.float)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_TRUE_DIVIDE_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothFloats(lhs, rhs) && rhs.float != 0 {
                        r.sp -= 1
                        r.sp[-1] = Value(arithmeticResult: lhs.float / rhs.float)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_POWER_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    r.sp -= 1
                    if !Value.bothFloats(lhs, rhs) { deoptimize(r.cache(word), r: r, to: .BINARY_OP) }
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .BINARY_OP_ADD_UNICODE:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if isExactStr(lhs) && isExactStr(rhs) {
                        r.sp -= 1
                        r.sp[-1] = concatenateStrings(lhs, rhs)
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .BINARY_OP)
                    r.sp[-1] = try binaryOperation(oparg, lhs, rhs)
                case .UNARY_NEGATIVE:
                    r.sp[-1] = try unaryNegative(r.top)
                case .UNARY_POSITIVE:
                    r.sp[-1] = try unaryPositive(r.top)
                case .UNARY_NOT:
                    r.sp[-1] = Value(bool: !(try isTruthy(r.top)))
                case .UNARY_INVERT:
                    r.sp[-1] = try unaryInvert(r.top)
                case .COMPARE_OP:
                    let cache = r.cache(word)
                    let rhs = r.pop()
                    let lhs = r.top
                    if AdaptiveCounter.tick(cache) { specializeCompareOp(lhs, rhs, cache: cache, r: r) }
                    r.sp[-1] = try richCompare(lhs, rhs, oparg)
                case .COMPARE_OP_INT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothSmallInts(lhs, rhs) {
                        r.sp -= 1
                        r.sp[-1] = Value(bool: compareInts(lhs.smallInt, rhs.smallInt, oparg))
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .COMPARE_OP)
                    r.sp[-1] = try richCompare(lhs, rhs, oparg)
                case .COMPARE_OP_FLOAT:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if Value.bothFloats(lhs, rhs) {
                        r.sp -= 1
                        r.sp[-1] = Value(bool: compareDoubles(lhs.float, rhs.float, oparg))
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .COMPARE_OP)
                    r.sp[-1] = try richCompare(lhs, rhs, oparg)
                case .COMPARE_OP_STR:
                    let rhs = r.sp[-1], lhs = r.sp[-2]
                    if isExactStr(lhs) && isExactStr(rhs) {
                        r.sp -= 1
                        let order = compareStrings(lhs.object(as: StrObject.self), rhs.object(as: StrObject.self))
                        r.sp[-1] = Value(bool: compareInts(order, 0, oparg))
                        continue
                    }
                    r.sp -= 1
                    deoptimize(r.cache(word), r: r, to: .COMPARE_OP)
                    r.sp[-1] = try richCompare(lhs, rhs, oparg)
                case .IS_OP:
                    let rhs = r.pop()
                    r.sp[-1] = Value(bool: (r.top.bits == rhs.bits) != (oparg == 1))
                case .CONTAINS_OP:
                    let container = r.pop()
                    r.sp[-1] = Value(bool: try containsItem(container, r.top) != (oparg == 1))

                // MARK: subscripts
                case .BINARY_SUBSCR:
                    let cache = r.cache(word)
                    let sub = r.pop()
                    let container = r.top
                    if AdaptiveCounter.tick(cache) { specializeBinarySubscr(container, sub, cache: cache, r: r) }
                    r.sp[-1] = try getItem(container, sub)
                case .BINARY_SUBSCR_LIST_INT:
                    let sub = r.sp[-1], container = r.sp[-2]
                    if sub.isSmallInt && container.isObject && container.header.pointee.type == rt.pointee.types.list {
                        let list = container.object(as: ListObject.self)
                        var index = sub.smallInt
                        if index < 0 { index += list.pointee.count }
                        if index >= 0 && index < list.pointee.count {
                            r.sp -= 1
                            r.sp[-1] = list.items[index]
                            continue
                        }
                    } else {
                        deoptimize(r.cache(word), r: r, to: .BINARY_SUBSCR)
                    }
                    r.sp -= 1
                    r.sp[-1] = try getItem(container, sub)
                case .BINARY_SUBSCR_TUPLE_INT:
                    let sub = r.sp[-1], container = r.sp[-2]
                    if sub.isSmallInt && container.isObject && container.header.pointee.type == rt.pointee.types.tuple {
                        var index = sub.smallInt
                        let count = container.tupleCount
                        if index < 0 { index += count }
                        if index >= 0 && index < count {
                            r.sp -= 1
                            r.sp[-1] = container.tupleItems[index]
                            continue
                        }
                    } else {
                        deoptimize(r.cache(word), r: r, to: .BINARY_SUBSCR)
                    }
                    r.sp -= 1
                    r.sp[-1] = try getItem(container, sub)
                case .BINARY_SUBSCR_DICT:
                    let sub = r.sp[-1], container = r.sp[-2]
                    r.sp -= 1
                    if container.isObject && container.header.pointee.type == rt.pointee.types.dict {
                        if let v = try dictLookup(container.object(as: DictObject.self), sub) {
                            r.sp[-1] = v
                            continue
                        }
                    } else {
                        deoptimize(r.cache(word), r: r, to: .BINARY_SUBSCR)
                    }
                    r.sp[-1] = try getItem(container, sub)
                case .BINARY_SUBSCR_STR_INT:
                    let sub = r.sp[-1], container = r.sp[-2]
                    r.sp -= 1
                    if !(sub.isSmallInt && isExactStr(container)) {
                        deoptimize(r.cache(word), r: r, to: .BINARY_SUBSCR)
                    }
                    r.sp[-1] = try getItem(container, sub)
                case .STORE_SUBSCR:
                    let cache = r.cache(word)
                    let sub = r.pop()
                    let container = r.pop()
                    let value = r.pop()
                    if AdaptiveCounter.tick(cache) { specializeStoreSubscr(container, sub, cache: cache, r: r) }
                    try setItem(container, sub, value)
                case .STORE_SUBSCR_LIST_INT:
                    let sub = r.pop()
                    let container = r.pop()
                    let value = r.pop()
                    if sub.isSmallInt && container.isObject && container.header.pointee.type == rt.pointee.types.list {
                        let list = container.object(as: ListObject.self)
                        var index = sub.smallInt
                        if index < 0 { index += list.pointee.count }
                        if index >= 0 && index < list.pointee.count {
                            list.items[index] = value
                            continue
                        }
                    } else {
                        deoptimize(r.cache(word), r: r, to: .STORE_SUBSCR)
                    }
                    try setItem(container, sub, value)
                case .STORE_SUBSCR_DICT:
                    let sub = r.pop()
                    let container = r.pop()
                    let value = r.pop()
                    if container.isObject && container.header.pointee.type == rt.pointee.types.dict {
                        try dictSetItem(container.object(as: DictObject.self), sub, value)
                        continue
                    }
                    deoptimize(r.cache(word), r: r, to: .STORE_SUBSCR)
                    try setItem(container, sub, value)
                case .DELETE_SUBSCR:
                    let sub = r.pop()
                    try deleteItem(r.pop(), sub)
                case .BINARY_SLICE:
                    let stop = r.pop()
                    let start = r.pop()
                    r.sp[-1] = try getItem(r.top, newSlice(start, stop, .none))
                case .STORE_SLICE:
                    let stop = r.pop()
                    let start = r.pop()
                    let container = r.pop()
                    let value = r.pop()
                    try setItem(container, newSlice(start, stop, .none), value)

                // MARK: building
                case .BUILD_TUPLE:
                    let tuple = newTuple(r.sp - oparg, count: oparg)
                    r.sp -= oparg
                    r.push(tuple)
                case .BUILD_LIST:
                    let list = newList(r.sp - oparg, count: oparg)
                    r.sp -= oparg
                    r.push(list)
                case .BUILD_SET:
                    let set = newSet()
                    for i in 0..<oparg { try setAdd(set.object(as: SetObject.self), r.sp[i - oparg]) }
                    r.sp -= oparg
                    r.push(set)
                case .BUILD_MAP:
                    let dict = newDict(capacity: oparg)
                    let base = r.sp - 2 * oparg
                    for i in 0..<oparg { try dictSetItem(dict.object(as: DictObject.self), base[2 * i], base[2 * i + 1]) }
                    r.sp = base
                    r.push(dict)
                case .BUILD_CONST_KEY_MAP:
                    let keys = r.pop()
                    let dict = newDict(capacity: oparg)
                    let base = r.sp - oparg
                    for i in 0..<oparg { try dictSetItem(dict.object(as: DictObject.self), keys.tupleItems[i], base[i]) }
                    r.sp = base
                    r.push(dict)
                case .BUILD_STRING:
                    let s = joinStrings(r.sp - oparg, count: oparg)
                    r.sp -= oparg
                    r.push(s)
                case .BUILD_SLICE:
                    let step = oparg == 3 ? r.pop() : Value.none
                    let stop = r.pop()
                    r.sp[-1] = newSlice(r.top, stop, step)
                case .LIST_APPEND:
                    let v = r.pop()
                    listAppend(r.peek(oparg).object(as: ListObject.self), v)
                case .SET_ADD:
                    let v = r.pop()
                    try setAdd(r.peek(oparg).object(as: SetObject.self), v)
                case .MAP_ADD:
                    let value = r.pop()
                    let key = r.pop()
                    try dictSetItem(r.peek(oparg).object(as: DictObject.self), key, value)
                case .LIST_EXTEND:
                    let iterable = r.pop()
                    do throws(PyError) {
                        try listExtend(r.peek(oparg).object(as: ListObject.self), iterable)
                    } catch {
                        if currentExceptionMatches(rt.pointee.types.TypeError) && !isIterable(iterable) {
                            _ = takeCurrentException()
                            throw raiseTypeError("Value after * must be an iterable, not \(typeName(iterable))")
                        }
                        throw error
                    }
                case .SET_UPDATE:
                    let iterable = r.pop()
                    try setUpdate(r.peek(oparg).object(as: SetObject.self), iterable)
                case .DICT_UPDATE:
                    let update = r.pop()
                    try dictUpdateForDisplay(r.peek(oparg), update)
                case .DICT_MERGE:
                    let update = r.pop()
                    try dictMergeForCall(r.peek(oparg), update, function: r.peek(oparg + 3))
                case .LIST_TO_TUPLE:
                    let list = r.top.object(as: ListObject.self)
                    r.sp[-1] = newTuple(list.pointee.items ?? UnsafeMutablePointer(bitPattern: 8)!, count: list.pointee.count)
                case .FORMAT_VALUE:
                    let spec = oparg & 4 != 0 ? r.pop() : Value.null
                    r.sp[-1] = try formatValue(r.top, conversion: oparg & 3, spec: spec)
                case .UNPACK_SEQUENCE, .UNPACK_SEQUENCE_TWO_TUPLE, .UNPACK_SEQUENCE_TUPLE, .UNPACK_SEQUENCE_LIST:
                    // One handler for every form (each checks what it gets); the specialized
                    // forms tell Tier 2 what to guard, and go back to the generic form when
                    // the sequence stops being what they say.
                    let form = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
                    let seq = r.pop()
                    if form == .UNPACK_SEQUENCE {
                        let cache = r.cache(word)
                        if AdaptiveCounter.tick(cache) { specializeUnpackSequence(seq, oparg, cache: cache, r: r) }
                    }
                    if seq.isObject, seq.header.pointee.type == rt.pointee.types.tuple, seq.tupleCount == oparg {
                        if form == .UNPACK_SEQUENCE_LIST { deoptimize(r.cache(word), r: r, to: .UNPACK_SEQUENCE) }
                        let items = seq.tupleItems
                        for i in 0..<oparg { r.sp[i] = items[oparg - 1 - i] }
                        r.sp += oparg
                    } else if seq.isObject, seq.header.pointee.type == rt.pointee.types.list,
                              seq.object(as: ListObject.self).pointee.count == oparg {
                        if form == .UNPACK_SEQUENCE_TWO_TUPLE || form == .UNPACK_SEQUENCE_TUPLE {
                            deoptimize(r.cache(word), r: r, to: .UNPACK_SEQUENCE)
                        }
                        let items = seq.object(as: ListObject.self).items
                        for i in 0..<oparg { r.sp[i] = items[oparg - 1 - i] }
                        r.sp += oparg
                    } else {
                        if form != .UNPACK_SEQUENCE { deoptimize(r.cache(word), r: r, to: .UNPACK_SEQUENCE) }
                        try unpackIterable(seq, into: r.sp, before: oparg, after: -1)
                        r.sp += oparg
                    }
                case .UNPACK_EX:
                    let seq = r.pop()
                    let before = oparg & 0xFF, after = oparg >> 8
                    try unpackIterable(seq, into: r.sp, before: before, after: after)
                    r.sp += before + 1 + after

                // MARK: control flow
                case .GET_ITER:
                    r.sp[-1] = try getIterator(r.top)
                    markLoopOwnedGenerator(r.top, previousOpcode: UInt8(truncatingIfNeeded: r.instructions[r.ip - 2]))
                case .FOR_ITER:
                    let cache = r.cache(word)
                    if AdaptiveCounter.tick(cache) { specializeForIter(r.top, cache: cache, r: r) }
                    // A generator runs in this loop, as a called function does (CPython 3.12's
                    // FOR_ITER_GEN): its yield comes back here, its return ends the loop.
                    if r.top.isObject && r.top.header.pointee.kind == .generator,
                       let generatorFrame = resumeGeneratorInline(r.top) {
                        r.save()
                        generatorFrame.pointee.previous = r.frame
                        r.load(generatorFrame)
                        continue
                    }
                    if let next = try iteratorNext(r.top) {
                        r.push(next)
                    } else {
                        r.sp -= 1
                        r.ip = oparg
                    }
                case .FOR_ITER_RANGE:
                    let iterator = r.top
                    if iterator.isObject && iterator.header.pointee.kind == .rangeIterator {
                        let range = iterator.object(as: RangeIteratorObject.self)
                        if range.pointee.remaining > 0 {
                            let value = range.pointee.next
                            range.pointee.next = value &+ range.pointee.step
                            range.pointee.remaining -= 1
                            r.push(newInt(value))
                        } else {
                            r.sp -= 1
                            r.ip = oparg
                        }
                        continue
                    }
                    deoptimize(r.cache(word), r: r, to: .FOR_ITER)
                    r.ip -= 1
                case .FOR_ITER_LIST:
                    let iterator = r.top
                    if iterator.isObject && iterator.header.pointee.kind == .listIterator {
                        let it = iterator.object(as: SequenceIteratorObject.self)
                        if it.pointee.sequence.isObject && iterator.header.pointee.type == rt.pointee.types.listIterator {
                            let list = it.pointee.sequence.object(as: ListObject.self)
                            let index = it.pointee.index
                            if index < list.pointee.count {
                                it.pointee.index = index + 1
                                r.push(list.items[index])
                                continue
                            }
                            it.pointee.sequence = .null
                        }
                        r.sp -= 1
                        r.ip = oparg
                        continue
                    }
                    deoptimize(r.cache(word), r: r, to: .FOR_ITER)
                    r.ip -= 1
                case .FOR_ITER_TUPLE:
                    let iterator = r.top
                    if iterator.isObject && iterator.header.pointee.kind == .tupleIterator {
                        let it = iterator.object(as: SequenceIteratorObject.self)
                        if it.pointee.sequence.isObject {
                            let tuple = it.pointee.sequence
                            let index = it.pointee.index
                            if index < tuple.tupleCount {
                                it.pointee.index = index + 1
                                r.push(tuple.tupleItems[index])
                                continue
                            }
                            it.pointee.sequence = .null
                        }
                        r.sp -= 1
                        r.ip = oparg
                        continue
                    }
                    deoptimize(r.cache(word), r: r, to: .FOR_ITER)
                    r.ip -= 1
                case .JUMP_FORWARD:
                    r.ip = oparg
                case .JUMP_BACKWARD:
                    let jumpIndex = r.ip - 1
                    r.ip = oparg
                    if r.code.pointee.warmup < codeWarmupDelay { r.code.pointee.warmup += 1 }
                    let cache = r.cache(word)
                    cache.pointee &+= 1
                    if cache.pointee & LoopCounter.mask >= LoopCounter.threshold {
                        cache.pointee &= ~LoopCounter.mask
                        r.save()
                        if let hook = tier2.hotLoop, let resume = hook(r.frame, oparg, jumpIndex) {
                            r.load(resume.frame)
                            if resume.raising {
                                r.ip += 1
                                throw PyError()
                            }
                        }
                    }
                case .ENTER_SUPERBLOCK:
                    r.ip = oparg
                    r.save()
                    let resume = Tier2Resume(encoded: tier2.enter.unsafelyUnwrapped(UnsafeMutableRawPointer(r.frame), Int(truncatingIfNeeded: r.cache(word).pointee)))
                    r.load(resume.frame)
                    if resume.raising {
                        r.ip += 1
                        throw PyError()
                    }
                case .POP_JUMP_IF_FALSE:
                    let v = r.pop()
                    let taken: Bool
                    if v.bits == Value.false.bits { taken = true } else if v.bits == Value.true.bits { taken = false } else {
                        recordNonBoolTest(r.cache(word))
                        taken = !(try isTruthy(v))
                    }
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg }
                case .POP_JUMP_IF_TRUE:
                    let v = r.pop()
                    let taken: Bool
                    if v.bits == Value.true.bits { taken = true } else if v.bits == Value.false.bits { taken = false } else {
                        recordNonBoolTest(r.cache(word))
                        taken = try isTruthy(v)
                    }
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg }
                case .POP_JUMP_IF_NONE:
                    let taken = r.pop().isNone
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg }
                case .POP_JUMP_IF_NOT_NONE:
                    let taken = !r.pop().isNone
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg }
                case .JUMP_IF_FALSE_OR_POP:
                    let taken = !(try isTruthy(r.top))
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg } else { r.sp -= 1 }
                case .JUMP_IF_TRUE_OR_POP:
                    let taken = try isTruthy(r.top)
                    recordBranch(r.cache(word), taken)
                    if taken { r.ip = oparg } else { r.sp -= 1 }
                case .RETURN_VALUE, .RETURN_CONST:
                    let value = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) == .RETURN_VALUE ? r.pop() : r.constants[oparg]
                    let finished = r.frame
                    if finished.pointee.flags.contains(.ownedByGenerator) {
                        finishGenerator(finished)
                    }
                    if finished.pointee.flags.contains(.entry) {
                        r.save()
                        popFrame(finished)
                        return value
                    }
                    let caller = finished.pointee.previous.unsafelyUnwrapped
                    let flags = finished.pointee.flags
                    popFrame(finished)
                    r.load(caller)
                    if flags.contains(.ownedByGenerator) {
                        // A generator resumed inline by FOR_ITER is exhausted: the loop pops it
                        // and jumps past its end (the return value is dropped).
                        r.sp -= 1
                        r.ip = Int(truncatingIfNeeded: (r.instructions[r.ip - 1] >> 8) & 0xFF_FFFF)
                    } else if flags.contains(.constructor) {
                        // The instance is already on the caller's stack.
                        if !value.isNone { throw raiseTypeError("__init__() should return None, not '\(typeName(value))'") }
                    } else if flags.contains(.binaryOperator) {
                        // The operands are still on the caller's stack: the result replaces them.
                        if value.bits == Value.notImplemented.bits {
                            throw binaryOperatorNotImplemented(r.instructions[r.ip - 1], r.sp[-2], r.sp[-1])
                        }
                        r.sp -= 1
                        r.sp[-1] = value
                    } else {
                        r.push(value)
                    }

                // MARK: calls
                case .CALL, .CALL_KW:
                    var argc = oparg
                    var keywordNames = Value.null
                    if unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) == .CALL_KW {
                        keywordNames = r.pop()
                    } else {
                        let cache = r.cache(word)
                        if AdaptiveCounter.tick(cache) { specializeCall(r.sp, argc: argc, cache: cache, r: r) }
                    }
                    let callableSlot = r.sp - argc - 2
                    var args = r.sp - argc
                    if !callableSlot[1].isNull {
                        args -= 1
                        argc += 1
                    } else if callableSlot[0].isObject && callableSlot[0].header.pointee.kind == .boundMethod {
                        // Unpack a bound method in place: its receiver becomes the first argument.
                        let method = callableSlot[0].object(as: BoundMethodObject.self)
                        callableSlot[0] = method.pointee.function
                        callableSlot[1] = method.pointee.receiver
                        args -= 1
                        argc += 1
                    }
                    let callable = callableSlot[0]
                    if callable.isObject && callable.header.pointee.kind == .function {
                        let function = callable.object(as: FunctionObject.self)
                        if function.pointee.code.pointee.flags & CodeFlags.generator.rawValue != 0 {
                            let generator = try makeGenerator(function, args, argc, keywordNames)
                            r.sp = callableSlot
                            r.push(generator)
                            continue
                        }
                        let callee = try makeFrame(function, args, argc, keywordNames)
                        r.sp = callableSlot
                        r.save()
                        callee.pointee.previous = r.frame
                        r.load(callee)
                        continue
                    }
                    r.save()
                    let result: Value
                    if callable.isObject && (callable.header.pointee.kind == .builtinFunction && (r.code.pointee.warmup < codeWarmupDelay
                            || callable.header.pointee.flags & builtinCountsWhenWarm != 0)
                        || r.code.pointee.warmup < codeWarmupDelay && (callable.header.pointee.kind == .methodDescriptor
                            || callable.bits == Value(rt.pointee.types.str).bits && argc == 1 && keywordNames.isNull)) {
                        // Until CPython 3.11 quickens the code, its calls of built-ins go through
                        // cfunction_enter_call / tp_call, one level deeper (some always do).
                        result = try callObjectOneLevelDeeper(callable, args, argc, keywordNames)
                    } else {
                        result = try callObject(callable, args, argc, keywordNames)
                    }
                    r.sp = callableSlot
                    r.push(result)
                case .CALL_PY_EXACT_ARGS, .CALL_PY_WITH_DEFAULTS:
                    let cache = r.cache(word)
                    let callableSlot = r.sp - oparg - 2
                    let callable = callableSlot[0]
                    let hasSelf = !callableSlot[1].isNull
                    if callable.isObject && callable.header.pointee.kind == .function &&
                        callable.object(as: FunctionObject.self).pointee.version == UInt32(truncatingIfNeeded: cache[1]) &&
                        Int(truncatingIfNeeded: cache[1] >> 32) == oparg + (hasSelf ? 1 : 0) {
                        let function = callable.object(as: FunctionObject.self)
                        let argc = oparg + (hasSelf ? 1 : 0)
                        let callee = try makeFrameExact(function, r.sp - argc, argc,
                                                        withDefaults: unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) == .CALL_PY_WITH_DEFAULTS)
                        r.sp = callableSlot
                        r.save()
                        callee.pointee.previous = r.frame
                        r.load(callee)
                        continue
                    }
                    deoptimize(cache, r: r, to: .CALL)
                    r.ip -= 1
                case .CALL_BUILTIN, .CALL_LEN, .CALL_ISINSTANCE, .CALL_LIST_APPEND, .CALL_TYPE_1, .CALL_RANGE:
                    let cache = r.cache(word)
                    let callableSlot = r.sp - oparg - 2
                    let callable = callableSlot[0]
                    if callable.bits == cache[1] {
                        var args = r.sp - oparg
                        var argc = oparg
                        if !callableSlot[1].isNull { args -= 1; argc += 1 }
                        let result: Value
                        switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                        case .CALL_LEN where argc == 1:
                            result = newInt(try length(args[0]))
                        case .CALL_LIST_APPEND where argc == 2 && args[0].isObject && args[0].header.pointee.type == rt.pointee.types.list:
                            listAppend(args[0].object(as: ListObject.self), args[1])
                            result = .none
                        case .CALL_TYPE_1 where argc == 1:
                            result = Value(typeOf(args[0]))
                        // Below the recursion limit only: calling range costs a level in CPython.
                        case .CALL_RANGE where argc == 1 && args[0].isSmallInt && rt.pointee.recursionDepth < rt.pointee.recursionLimit:
                            result = newRange(start: 0, stop: args[0].smallInt, step: 1)
                        case .CALL_RANGE where argc == 2 && args[0].isSmallInt && args[1].isSmallInt
                                && rt.pointee.recursionDepth < rt.pointee.recursionLimit:
                            result = newRange(start: args[0].smallInt, stop: args[1].smallInt, step: 1)
                        case .CALL_ISINSTANCE where argc == 2:
                            result = Value(bool: try isInstance(args[0], args[1]))
                        default:
                            r.save()
                            if r.code.pointee.warmup < codeWarmupDelay
                                || callable.header.pointee.kind == .builtinFunction && callable.header.pointee.flags & builtinCountsWhenWarm != 0 {
                                // Not yet quickened in CPython: one level deeper (see CALL).
                                result = try callObjectOneLevelDeeper(callable, args, argc, .null)
                            } else {
                                result = try callObject(callable, args, argc, .null)
                            }
                        }
                        r.sp = callableSlot
                        r.push(result)
                        continue
                    }
                    deoptimize(cache, r: r, to: .CALL)
                    r.ip -= 1
                case .CALL_ALLOC_AND_ENTER_INIT:
                    let cache = r.cache(word)
                    let callableSlot = r.sp - oparg - 2
                    let callable = callableSlot[0]
                    if callable.isObject && callable.header.pointee.kind == .type && callableSlot[1].isNull &&
                        UInt64(callable.object(as: TypeObject.self).pointee.version) == cache[1] & 0xFFFF_FFFF {
                        let type = callable.object(as: TypeObject.self)
                        // The guard pins the class version, so __init__ is the one specialized on.
                        let initializer = lookupInType(type, names.dunderInit)!.object(as: FunctionObject.self)
                        let instance = try allocateInstance(type, r.sp - oparg, oparg, .null)
                        // [type, NULL, args...] becomes [instance, instance, args...]: the first
                        // instance stays for the caller, the second is __init__'s self.
                        callableSlot[0] = instance
                        callableSlot[1] = instance
                        // CPython 3.11 calls the class through tp_call, a C level of its own: the
                        // __init__ frame counts twice (popFrame gives both back).
                        if rt.pointee.recursionDepth + 1 >= rt.pointee.recursionLimit {
                            throw raise(rt.pointee.types.RecursionError, "maximum recursion depth exceeded while calling a Python object")
                        }
                        rt.pointee.recursionDepth += 1
                        let callee: FrameRef
                        do throws(PyError) {
                            callee = try makeFrameExact(initializer, callableSlot + 1, oparg + 1, withDefaults: false)
                        } catch {
                            rt.pointee.recursionDepth -= 1
                            throw error
                        }
                        callee.pointee.flags = .constructor
                        r.sp = callableSlot + 1
                        r.save()
                        callee.pointee.previous = r.frame
                        r.load(callee)
                        continue
                    }
                    deoptimize(cache, r: r, to: .CALL)
                    r.ip -= 1
                case .CALL_FUNCTION_EX:
                    let kwargs = oparg & 1 != 0 ? r.pop() : Value.null
                    let positional = r.pop()
                    r.sp -= 1
                    let callable = r.top
                    r.save()
                    r.sp[-1] = try callWithUnpacked(callable, positional, kwargs)
                case .MAKE_FUNCTION:
                    let code = r.pop().object(as: CodeObject.self)
                    let closure = oparg & 8 != 0 ? r.pop() : Value.null
                    let keywordDefaults = oparg & 2 != 0 ? r.pop() : Value.null
                    let defaults = oparg & 1 != 0 ? r.pop() : Value.null
                    r.push(newFunction(code: code, globals: r.frame.pointee.globals, builtins: r.frame.pointee.builtins,
                                       defaults: defaults, keywordDefaults: keywordDefaults, closure: closure))
                case .LOAD_BUILD_CLASS:
                    r.push(try loadBuildClass(r.frame))

                // MARK: exceptions
                case .RAISE_VARARGS:
                    switch oparg {
                    case 0:
                        let active = topmostHandledException()
                        if active.isNull { throw raiseRuntimeError("No active exception to reraise") }
                        reraising = true
                        throw raise(active)
                    case 1:
                        throw raise(try makeRaisable(r.pop()))
                    default:
                        let cause = r.pop()
                        let exception = try makeRaisable(r.pop())
                        try setCause(exception, cause)
                        throw raise(exception)
                    }
                case .RERAISE:
                    // The handler search starts at this instruction (CPython looks up
                    // next_instr - 1, not the restored f_lasti), so a handler's own RERAISE
                    // never finds the handler again.
                    let exception = r.pop()
                    // As CPython: the handler search starts at the RERAISE itself (the lasti below
                    // the exception only matters for the frame's line number, and the traceback
                    // entry for this frame was made when the exception was first raised).
                    reraising = true
                    throw raise(exception)
                case .PUSH_EXC_INFO:
                    let exception = r.top
                    let previous = rt.pointee.handledException
                    r.sp[-1] = previous.isNull ? .none : previous
                    r.push(exception)
                    rt.pointee.handledException = exception
                case .POP_EXCEPT:
                    let previous = r.pop()
                    rt.pointee.handledException = previous.isNone ? .null : previous
                case .CHECK_EXC_MATCH:
                    let pattern = r.pop()
                    r.push(Value(bool: try exceptionMatches(r.top, pattern)))
                case .BEFORE_WITH:
                    let manager = r.top
                    r.save()
                    try enterContext(manager, into: r.sp - 1)
                    r.sp += 1
                case .WITH_EXCEPT_START:
                    let exception = r.sp[-1]
                    let exit = r.sp[-4]
                    r.save()
                    r.push(try callExit(exit, exception))

                // MARK: modules
                case .IMPORT_NAME:
                    let fromList = r.pop()
                    let level = r.pop()
                    r.save()
                    r.push(try importModule(r.names[oparg], fromList: fromList, level: level, globals: r.frame.pointee.globals))
                case .IMPORT_FROM:
                    r.push(try importFrom(r.top, r.names[oparg]))
                case .IMPORT_STAR:
                    try importStar(r.pop(), into: r.frame)

                // MARK: generators
                case .YIELD_VALUE:
                    let value = r.pop()
                    r.save()
                    let yielding = r.frame
                    suspendGenerator(yielding)
                    popFrame(yielding)
                    if yielding.pointee.flags.contains(.entry) { return value }
                    // Resumed inline by FOR_ITER: the value is the loop's next item.
                    r.load(yielding.pointee.previous.unsafelyUnwrapped)
                    r.push(value)
                case .GET_YIELD_FROM_ITER:
                    let iterable = r.top
                    if !(iterable.isObject && iterable.header.pointee.kind == .generator) {
                        r.sp[-1] = try getIterator(iterable)
                    }
                case .SEND:
                    let sent = r.pop()
                    let receiver = r.top
                    r.save()
                    switch try sendToIterator(receiver, sent) {
                    case .yielded(let v):
                        r.push(v)
                    case .returned(let v):
                        r.sp[-1] = v
                        r.ip = oparg
                    }
                }
            }
        } catch {
            // An exception is propagating: find a handler in this frame or unwind to the caller.
            var raisingIndex = r.ip - 1
            if !reraising {
                // Chain only exceptions raised here, not ones propagating out of a nested call
                // (CPython chains when an exception is set, not as it unwinds).
                if !thrownIn && rt.pointee.currentException.bits != propagatedExceptionBits {
                    chainContext(rt.pointee.currentException)
                }
                addTracebackEntry(r.frame, raisingIndex)
            }
            reraising = false
            thrownIn = false
            // Valid Python outside the subset stops the program: no handler (not even a bare
            // `except:` or `finally:`) may intercept it.
            let stopping = rt.pointee.currentException.isObject
                && rt.pointee.currentException.header.pointee.type == rt.pointee.types.HotpathUnsupported
            while true {
                if !stopping, let handler = findExceptionHandler(r.code, raisingIndex) {
                    if r.sp > r.stackBase + Int(handler.depth) {
                        r.save()
                        releaseStackValues(from: r.stackBase + Int(handler.depth), to: r.sp)
                    }
                    propagatedExceptionBits = 0
                    r.sp = r.stackBase + Int(handler.depth)
                    if handler.pushLastIndex != 0 { r.push(Value(smallInt: raisingIndex)) }
                    r.push(takeCurrentException())
                    r.ip = Int(handler.handler)
                    break
                }
                let finished = r.frame
                if r.sp > r.stackBase {
                    r.save()
                    releaseStackValues(from: r.stackBase, to: r.sp)
                }
                if finished.pointee.flags.contains(.ownedByGenerator) {
                    failGenerator(finished)
                }
                if finished.pointee.flags.contains(.entry) {
                    r.save()
                    popFrame(finished)
                    propagatedExceptionBits = rt.pointee.currentException.bits
                    throw error
                }
                let caller = finished.pointee.previous.unsafelyUnwrapped
                popFrame(finished)
                r.load(caller)
                raisingIndex = r.ip - 1
                addTracebackEntry(r.frame, raisingIndex)
            }
        }
    }
}

/// CPython 3.11's QUICKENING_WARMUP_DELAY: starts and back edges before a code object is quickened.
let codeWarmupDelay: Int32 = 8

/// The exception that last propagated out of an `evalFrame` invocation (its bits; never
/// dereferenced): when it reaches the caller's frame it is not a new raise there.
nonisolated(unsafe) var propagatedExceptionBits: UInt64 = 0

@inline(__always)
func findExceptionHandler(_ code: CodeRef, _ index: Int) -> CodeExceptionEntry? {
    let count = code.pointee.exceptionTableCount
    if count == 0 { return nil }
    let table = code.pointee.exceptionTable
    var low = 0, high = count
    while low < high {
        let mid = (low + high) / 2
        if Int(table[mid].end) <= index { low = mid + 1 } else { high = mid }
    }
    guard low < count, Int(table[low].start) <= index else { return nil }
    return table[low]
}

/// Records a conditional jump's direction in its 16-bit history (Tier 2 reads it); the bits
/// above the history are kept.
@inline(__always)
func recordBranch(_ cache: UnsafeMutablePointer<UInt64>, _ taken: Bool) {
    cache.pointee = ((cache.pointee << 1) | (taken ? 1 : 0)) & BranchCache.historyMask | cache.pointee & ~BranchCache.historyMask
}

/// POP_JUMP_IF_FALSE/TRUE tested something other than True or False at least once: Tier 2 then
/// keeps the general truth test (BranchCache.sawNonBool).
@inline(__always)
func recordNonBoolTest(_ cache: UnsafeMutablePointer<UInt64>) {
    cache.pointee |= BranchCache.sawNonBool
}
