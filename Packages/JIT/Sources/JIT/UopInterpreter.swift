import Bytecode
import Interpreter
import Runtime
import Superblock

/// The uop interpreter backend (`--backend uops`): runs superblocks uop by uop. It is the
/// reference every machine-code backend is tested against, so it favours plainness: each uop
/// does exactly what its Tier 1 instruction does, through the same operations.
public final class UopInterpreterBackend: Backend {
    public let name = "uops"
    public init() {}

    public func compile(_ superblock: Superblock, id: Int) -> CompiledSuperblock? {
        InterpretedSuperblock(superblock)
    }
}

/// A uop in the form the interpreter runs: operands are register indexes (constants first, then
/// one register per uop). Self-contained, so machine code can hand one to `executeUop`.
public struct CompactUop {
    var uop: Uop
    var operandCount: Int32
    var a: Int32
    var b: Int32
    var c: Int32
    /// The register the uop's result goes to.
    var out: Int32
    /// All operands (for uops with more than three).
    var operands: UnsafeMutablePointer<Int32>
    var immediate: Int64
    var exit: Int32
    var raiseExit: Int32
}

final class InterpretedSuperblock: CompiledSuperblock {
    let superblock: Superblock
    var iterations = 0
    let program: UnsafeMutablePointer<CompactUop>
    let count: Int
    let operandIndexes: UnsafeMutablePointer<Int32>
    let constantCount: Int
    let registerCount: Int
    /// Bridges attached to exits (owned here; `linkTable` is the same, read per exit without ARC).
    var links: [Int32: InterpretedSuperblock] = [:]
    let linkTable: UnsafeMutablePointer<Unmanaged<InterpretedSuperblock>?>
    /// The constants, copied where an entry can read them without touching a Swift array (the
    /// superblock's array keeps them alive for the collector).
    let constantValues: UnsafeMutablePointer<Value>
    let exitPrograms: ExitPrograms
    /// What the end of the uops does: -1 none, else the uop a peeled loop's back edge jumps to.
    let loopTarget: Int
    /// The superblock gets back to its loop head (peeled loop or loop back).
    let loops: Bool
    let hasLoopBack: Bool
    let superblockID: Int
    /// A peeled loop's back edge as register indexes, and room for its parallel copy (the
    /// scratch values are copied straight back, so the collector never needs to see them).
    let backEdgeIndexes: UnsafeMutablePointer<(phi: Int, value: Int)>
    let backEdgeCount: Int
    let backEdgeScratch: UnsafeMutablePointer<Value>

    init(_ superblock: Superblock) {
        self.superblock = superblock
        constantCount = superblock.constants.count
        count = superblock.instructions.count
        registerCount = constantCount + count
        program = .allocate(capacity: max(count, 1))
        let constants = superblock.constants.count
        constantValues = .allocate(capacity: max(constants, 1))
        constantValues.initialize(from: superblock.constants, count: constants)
        exitPrograms = ExitPrograms(superblock)
        linkTable = .allocate(capacity: max(superblock.exits.count, 1))
        linkTable.initialize(repeating: nil, count: max(superblock.exits.count, 1))
        loopTarget = superblock.loop?.target ?? -1
        loops = superblock.loop != nil || superblock.loopBack != nil
        hasLoopBack = superblock.loopBack != nil
        superblockID = superblock.id
        func index(_ ref: Ref) -> Int { ref.isConstant ? ref.constantIndex : constants + ref.uopIndex }
        let backEdge = superblock.loop?.backEdge.map { (phi: index($0.phi), value: index($0.value)) } ?? []
        backEdgeCount = backEdge.count
        backEdgeIndexes = .allocate(capacity: max(backEdge.count, 1))
        backEdgeIndexes.initialize(from: backEdge, count: backEdge.count)
        backEdgeScratch = .allocate(capacity: max(backEdge.count, 1))
        operandIndexes = .allocate(capacity: max(superblock.operands.count, 1))
        for (i, ref) in superblock.operands.enumerated() { operandIndexes[i] = Int32(registerIndex(ref)) }
        for (i, instruction) in superblock.instructions.enumerated() {
            let start = Int(instruction.operandStart)
            let n = Int(instruction.operandCount)
            program[i] = CompactUop(uop: instruction.uop, operandCount: Int32(n),
                                    a: n > 0 ? operandIndexes[start] : 0, b: n > 1 ? operandIndexes[start + 1] : 0,
                                    c: n > 2 ? operandIndexes[start + 2] : 0, out: Int32(constantCount + i),
                                    operands: operandIndexes + start,
                                    immediate: instruction.immediate, exit: instruction.exit, raiseExit: instruction.raiseExit)
        }
    }

    deinit {
        release()
        constantValues.deallocate()
        exitPrograms.deallocate()
        linkTable.deallocate()
    }

    var codeSize: Int { 0 }

    func registerIndex(_ ref: Ref) -> Int {
        ref.isConstant ? ref.constantIndex : constantCount + ref.uopIndex
    }

    func link(exit: Int, to bridge: CompiledSuperblock) {
        let bridge = bridge as? InterpretedSuperblock
        links[Int32(exit)] = bridge
        // A raise exit never continues in a bridge: Tier 1 handles the exception.
        if superblock.exits[exit].kind != .raised {
            linkTable[exit] = bridge.map { Unmanaged.passUnretained($0) }
        }
    }

    func release() {}

    func run(_ frame: FrameRef) -> ExitResult? {
        // Unretained: `self` and every bridge are kept alive by their executors while they run.
        var current = Unmanaged.passUnretained(self)
        var root = frame
        while true {
            let block = current.takeUnretainedValue()
            guard let registers = RegisterFile.take(block.registerCount) else { return nil }
            registers.update(from: block.constantValues, count: block.constantCount)
            let exitIndex = block.execute(registers, root)
            let resumeFrame = ExitMaterializer.materialize(block.exitPrograms.exit(Int(exitIndex)), root: root, registers: registers)
            RegisterFile.give(block.registerCount)
            if let bridge = block.linkTable[Int(exitIndex)] {
                // A link into a loop enters at its head: one iteration (as on x86-64).
                let target = bridge.takeUnretainedValue()
                if target.loops { target.iterations &+= 1 }
                current = bridge
                root = resumeFrame
                continue
            }
            return ExitResult(exit: Int(exitIndex), superblockID: block.superblockID, frame: resumeFrame)
        }
    }

    /// Runs until an exit is taken; returns its index. A loop superblock writes back its root
    /// frame's changed state and starts over at the end of each iteration.
    func execute(_ r: UnsafeMutablePointer<Value>, _ frame: FrameRef) -> Int32 {
        var pc = 0
        while true {
            if pc == count {
                iterations &+= 1
                if loopTarget >= 0 {
                    // All phis take their new values at once (a back-edge value may be a phi).
                    let edge = backEdgeIndexes
                    for i in 0..<backEdgeCount { backEdgeScratch[i] = r[edge[i].value] }
                    for i in 0..<backEdgeCount { r[edge[i].phi] = backEdgeScratch[i] }
                    pc = loopTarget
                    continue
                }
                guard hasLoopBack else { fatalError("a superblock must end with an exit or loop") }
                ExitMaterializer.writeBack(exitPrograms.loopBack, root: frame, registers: r)
                pc = 0
                continue
            }
            let exit = executeUop(program + pc, r, frame)
            pc += 1
            if exit >= 0 { return exit }
        }
    }
}

/// Runs one uop: reads its operands from the registers, writes its result. Returns -1 to go on,
/// or the index of the exit to take (a failed guard, or a raise with the exception set).
@inline(__always)
func executeUop(_ pointer: UnsafePointer<CompactUop>, _ r: UnsafeMutablePointer<Value>, _ frame: FrameRef) -> Int32 {
    let u = pointer.pointee
    let out = Int(u.out)
    do throws(PyError) {
        switch u.uop {
        case ._EXIT:
            return u.exit
        case ._PHI:
            r[out] = r[Int(u.a)]
        case ._VIRTUAL_INSTANCE:
            break

        // MARK: guards
        case ._GUARD_BOTH_SMALL_INT:
            if !Value.bothSmallInts(r[Int(u.a)], r[Int(u.b)]) { return u.exit }
        case ._GUARD_BOTH_FLOAT:
            if !Value.bothFloats(r[Int(u.a)], r[Int(u.b)]) { return u.exit }
        case ._GUARD_BOTH_STR:
            if !(isExactType(r[Int(u.a)], rt.pointee.types.str) && isExactType(r[Int(u.b)], rt.pointee.types.str)) { return u.exit }
        case ._GUARD_LIST_INT:
            if !(isExactType(r[Int(u.a)], rt.pointee.types.list) && r[Int(u.b)].isSmallInt) { return u.exit }
        case ._GUARD_TUPLE_INT:
            if !(isExactType(r[Int(u.a)], rt.pointee.types.tuple) && r[Int(u.b)].isSmallInt) { return u.exit }
        case ._GUARD_STR_INT:
            if !(isExactType(r[Int(u.a)], rt.pointee.types.str) && r[Int(u.b)].isSmallInt) { return u.exit }
        case ._GUARD_DICT_SUBSCRIPT:
            if !isExactType(r[Int(u.a)], rt.pointee.types.dict) { return u.exit }
        case ._GUARD_LIST_INT_STORE:
            if !(isExactType(r[Int(u.b)], rt.pointee.types.list) && r[Int(u.c)].isSmallInt) { return u.exit }
        case ._GUARD_DICT_STORE:
            if !isExactType(r[Int(u.b)], rt.pointee.types.dict) { return u.exit }
        case ._GUARD_GLOBALS_KEYS, ._GUARD_BUILTINS_KEYS:
            if r[Int(u.a)].object(as: DictObject.self).pointee.keysVersion != UInt64(bitPattern: u.immediate) { return u.exit }
        case ._GUARD_TRUE:
            if r[Int(u.a)].bits != Value.true.bits { return u.exit }
        case ._GUARD_FALSE:
            if r[Int(u.a)].bits != Value.false.bits { return u.exit }
        case ._GUARD_NONE:
            if !r[Int(u.a)].isNone { return u.exit }
        case ._GUARD_IS_BOOL:
            if !r[Int(u.a)].isBool { return u.exit }
        case ._GUARD_NOT_NONE:
            if r[Int(u.a)].isNone { return u.exit }
        case ._GUARD_FUNCTION_VERSION:
            let callable = r[Int(u.a)]
            if !(callable.isObject && callable.header.pointee.kind == .function &&
                 Int64(callable.object(as: FunctionObject.self).pointee.version) == u.immediate) { return u.exit }
        case ._GUARD_IDENTITY:
            if r[Int(u.a)].bits != UInt64(bitPattern: u.immediate) { return u.exit }
        case ._GUARD_NOT_IDENTITY:
            if r[Int(u.a)].bits == UInt64(bitPattern: u.immediate) { return u.exit }
        case ._GUARD_TUPLE_LENGTH:
            let v = r[Int(u.a)]
            if !(isExactType(v, rt.pointee.types.tuple) && v.tupleCount == Int(u.immediate)) { return u.exit }
        case ._GUARD_LIST_LENGTH:
            let v = r[Int(u.a)]
            if !(isExactType(v, rt.pointee.types.list) && v.object(as: ListObject.self).pointee.count == Int(u.immediate)) { return u.exit }
        case ._GUARD_RANGE_ITERATOR:
            let v = r[Int(u.a)]
            if !(v.isObject && v.header.pointee.kind == .rangeIterator) { return u.exit }
        case ._GUARD_LIST_ITERATOR:
            if !isExactType(r[Int(u.a)], rt.pointee.types.listIterator) { return u.exit }
        case ._GUARD_TUPLE_ITERATOR:
            if !isExactType(r[Int(u.a)], rt.pointee.types.tupleIterator) { return u.exit }
        case ._GUARD_RANGE_NOT_EXHAUSTED:
            if r[Int(u.a)].object(as: RangeIteratorObject.self).pointee.remaining <= 0 { return u.exit }
        case ._GUARD_LIST_NOT_EXHAUSTED:
            let it = r[Int(u.a)].object(as: SequenceIteratorObject.self)
            if !it.pointee.sequence.isObject || it.pointee.index >= it.pointee.sequence.object(as: ListObject.self).pointee.count {
                it.pointee.sequence = .null
                return u.exit
            }
        case ._GUARD_TUPLE_NOT_EXHAUSTED:
            let it = r[Int(u.a)].object(as: SequenceIteratorObject.self)
            if !it.pointee.sequence.isObject || it.pointee.index >= it.pointee.sequence.tupleCount {
                it.pointee.sequence = .null
                return u.exit
            }

        // MARK: attributes
        case ._GUARD_TYPE_VERSION:
            let owner = r[Int(u.a)]
            if !(owner.isObject && Int64(owner.header.pointee.type.pointee.version) == u.immediate) { return u.exit }
        case ._GUARD_SHAPE:
            let owner = r[Int(u.a)]
            if !(owner.isObject && owner.header.pointee.kind == .instance &&
         owner.object(as: InstanceObject.self).pointee.shape.bits == UInt64(bitPattern: u.immediate)) { return u.exit }
        case ._LOAD_INSTANCE_SLOT:
            r[out] = r[Int(u.a)].object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[Int(u.immediate)]
        case ._STORE_INSTANCE_SLOT:
            r[Int(u.b)].object(as: InstanceObject.self).pointee.slots.unsafelyUnwrapped[Int(u.immediate)] = r[Int(u.a)]
        case ._ADD_INSTANCE_ATTRIBUTE:
            let instance = r[Int(u.b)].object(as: InstanceObject.self)
            let shape = Value(bits: UInt64(bitPattern: u.immediate))
            let index = shape.object(as: ShapeObject.self).pointee.count - 1
            if index >= instance.pointee.slotCapacity { return u.exit }
            instance.pointee.slots.unsafelyUnwrapped[index] = r[Int(u.a)]
            instance.pointee.shape = shape
        case ._GUARD_CLASS_VERSION:
            let cls = r[Int(u.a)]
            if !(cls.isObject && cls.header.pointee.kind == .type &&
                 Int64(cls.object(as: TypeObject.self).pointee.version) == u.immediate) { return u.exit }
        case ._ALLOCATE_INSTANCE:
            r[out] = Tier1.newInstance(r[Int(u.a)].object(as: TypeObject.self))
        case ._CHECK_INIT_RETURN:
            let value = r[Int(u.a)]
            if !value.isNone { throw raiseTypeError("__init__() should return None, not '\(typeName(value))'") }
        case ._GUARD_MODULE_KEYS:
            let owner = r[Int(u.a)]
            if !(owner.isObject && owner.header.pointee.kind == .module &&
         owner.object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self).pointee.keysVersion == UInt64(bitPattern: u.immediate)) {
        return u.exit
            }
        case ._LOAD_MODULE_ENTRY:
            r[out] = r[Int(u.a)].object(as: ModuleObject.self).pointee.dict.object(as: DictObject.self).pointee.entries.unsafelyUnwrapped[Int(u.immediate)].value
        case ._CONSTANT_ATTRIBUTE:
            r[out] = r[Int(u.immediate)]

        // MARK: ints
        case ._INT_ADD:
            let (s, o) = r[Int(u.a)].smallInt.addingReportingOverflow(r[Int(u.b)].smallInt)
            if o || !Value.fitsSmallInt(s) { return u.exit }
            r[out] = Value(smallInt: s)
        case ._INT_SUBTRACT:
            let (s, o) = r[Int(u.a)].smallInt.subtractingReportingOverflow(r[Int(u.b)].smallInt)
            if o || !Value.fitsSmallInt(s) { return u.exit }
            r[out] = Value(smallInt: s)
        case ._INT_MULTIPLY:
            let (s, o) = r[Int(u.a)].smallInt.multipliedReportingOverflow(by: r[Int(u.b)].smallInt)
            if o || !Value.fitsSmallInt(s) { return u.exit }
            r[out] = Value(smallInt: s)
        case ._INT_FLOOR_DIVIDE, ._INT_REMAINDER:
            let b = r[Int(u.b)].smallInt
            if b == 0 { return u.exit }
            let (q, m) = floorDivMod(r[Int(u.a)].smallInt, b)
            let result = u.uop == ._INT_FLOOR_DIVIDE ? q : m
            if !Value.fitsSmallInt(result) { return u.exit }
            r[out] = Value(smallInt: result)
        case ._INT_AND:
            r[out] = Value(smallInt: r[Int(u.a)].smallInt & r[Int(u.b)].smallInt)
        case ._INT_OR:
            r[out] = Value(smallInt: r[Int(u.a)].smallInt | r[Int(u.b)].smallInt)
        case ._INT_XOR:
            r[out] = Value(smallInt: r[Int(u.a)].smallInt ^ r[Int(u.b)].smallInt)
        case ._INT_LSHIFT:
            let a = r[Int(u.a)].smallInt, shift = r[Int(u.b)].smallInt
            if shift < 0 || shift >= 64 { return u.exit }
            let shifted = a << shift
            if shifted >> shift != a || !Value.fitsSmallInt(shifted) { return u.exit }
            r[out] = Value(smallInt: shifted)
        case ._INT_RSHIFT:
            let a = r[Int(u.a)].smallInt, shift = r[Int(u.b)].smallInt
            if shift < 0 { return u.exit }
            r[out] = Value(smallInt: shift >= 64 ? (a < 0 ? -1 : 0) : a >> shift)
        case ._INT_COMPARE:
            r[out] = Value(bool: compareInts(r[Int(u.a)].smallInt, r[Int(u.b)].smallInt, Int(u.immediate)))

        // MARK: floats
        case ._FLOAT_ADD:
            r[out] = Value(arithmeticResult: r[Int(u.a)].float + r[Int(u.b)].float)
        case ._FLOAT_SUBTRACT:
            r[out] = Value(arithmeticResult: r[Int(u.a)].float - r[Int(u.b)].float)
        case ._FLOAT_MULTIPLY:
            r[out] = Value(arithmeticResult: r[Int(u.a)].float * r[Int(u.b)].float)
        case ._FLOAT_TRUE_DIVIDE:
            let b = r[Int(u.b)].float
            if b == 0 { return u.exit }
            r[out] = Value(arithmeticResult: r[Int(u.a)].float / b)
        case ._FLOAT_POWER:
            guard let result = floatPowerFastPath(r[Int(u.a)].float, r[Int(u.b)].float) else { return u.exit }
            r[out] = Value(float: result)
        case ._FLOAT_COMPARE:
            r[out] = Value(bool: compareDoubles(r[Int(u.a)].float, r[Int(u.b)].float, Int(u.immediate)))

        // MARK: strings
        case ._STR_CONCAT:
            r[out] = concatenateStrings(r[Int(u.a)], r[Int(u.b)])
        case ._STR_COMPARE:
            let order = compareStrings(r[Int(u.a)].object(as: StrObject.self), r[Int(u.b)].object(as: StrObject.self))
            r[out] = Value(bool: compareInts(order, 0, Int(u.immediate)))
        case ._STR_GET:
            let s = r[Int(u.a)].object(as: StrObject.self)
            var index = r[Int(u.b)].smallInt
            if index < 0 { index += s.pointee.count }
            if index < 0 || index >= s.pointee.count { return u.exit }
            r[out] = Tier1.character(StrObject.character(s, index))

        // MARK: containers
        case ._LIST_GET:
            let list = r[Int(u.a)].object(as: ListObject.self)
            var index = r[Int(u.b)].smallInt
            if index < 0 { index += list.pointee.count }
            if index < 0 || index >= list.pointee.count { return u.exit }
            r[out] = list.items[index]
        case ._TUPLE_GET:
            let tuple = r[Int(u.a)]
            var index = r[Int(u.b)].smallInt
            if index < 0 { index += tuple.tupleCount }
            if index < 0 || index >= tuple.tupleCount { return u.exit }
            r[out] = tuple.tupleItems[index]
        case ._LIST_SET:
            let list = r[Int(u.b)].object(as: ListObject.self)
            var index = r[Int(u.c)].smallInt
            if index < 0 { index += list.pointee.count }
            if index < 0 || index >= list.pointee.count { return u.exit }
            list.items[index] = r[Int(u.a)]
        case ._DICT_GET:
            let key = r[Int(u.b)]
            guard let value = try dictLookup(r[Int(u.a)].object(as: DictObject.self), key) else { throw raiseKeyError(key) }
            r[out] = value
        case ._DICT_SET:
            try dictSetItem(r[Int(u.b)].object(as: DictObject.self), r[Int(u.c)], r[Int(u.a)])
        case ._TUPLE_ITEM:
            r[out] = r[Int(u.a)].tupleItems[Int(u.immediate)]
        case ._LIST_ITEM:
            r[out] = r[Int(u.a)].object(as: ListObject.self).items[Int(u.immediate)]
        case ._RANGE_NEXT:
            let range = r[Int(u.a)].object(as: RangeIteratorObject.self)
            let value = range.pointee.next
            range.pointee.next = value &+ range.pointee.step
            range.pointee.remaining -= 1
            r[out] = newInt(value)
        case ._LIST_NEXT:
            let it = r[Int(u.a)].object(as: SequenceIteratorObject.self)
            r[out] = it.pointee.sequence.object(as: ListObject.self).items[it.pointee.index]
            it.pointee.index += 1
        case ._TUPLE_NEXT:
            let it = r[Int(u.a)].object(as: SequenceIteratorObject.self)
            r[out] = it.pointee.sequence.tupleItems[it.pointee.index]
            it.pointee.index += 1
        case ._FOR_ITER_NEXT:
            guard let next = try iteratorNext(r[Int(u.a)]) else { return u.exit }
            r[out] = next

        // MARK: frames, cells, globals
        case ._LOAD_LOCAL:
            let v = Frame.localsPlus(frame)[Int(u.immediate)]
            if v.isNull { return u.exit }
            r[out] = v
        case ._LOAD_STACK:
            r[out] = Frame.stackBase(frame)[Int(u.immediate)]
        case ._GUARD_IS_NULL:
            if !r[Int(u.a)].isNull { return u.exit }
        case ._GUARD_NOT_NULL:
            if r[Int(u.a)].isNull { return u.exit }
        case ._CELL_GET:
            let v = r[Int(u.a)].object(as: CellObject.self).pointee.value
            if v.isNull { return u.exit }
            r[out] = v
        case ._CELL_SET:
            r[Int(u.a)].object(as: CellObject.self).pointee.value = r[Int(u.b)]
        case ._MAKE_CELL:
            r[out] = Tier1.makeCell(r[Int(u.a)])
        case ._CLOSURE_CELL:
            r[out] = r[Int(u.a)].object(as: FunctionObject.self).pointee.closure.tupleItems[Int(u.immediate)]
        case ._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY:
            r[out] = r[Int(u.a)].object(as: DictObject.self).pointee.entries.unsafelyUnwrapped[Int(u.immediate)].value
        case ._LOAD_GLOBAL:
            r[out] = try Tier1.loadGlobal(r[Int(u.a)], r[Int(u.b)], r[Int(u.immediate)])
        case ._STORE_GLOBALS_ENTRY:
            storeGlobalsEntry(r[Int(u.a)].object(as: DictObject.self), Int(u.immediate), r[Int(u.b)])
        case ._STORE_GLOBAL:
            dictSetString(r[Int(u.a)].object(as: DictObject.self), r[Int(u.immediate)], r[Int(u.b)])
        case ._LOAD_NAME:
            r[out] = try Tier1.loadName(frame, r[Int(u.immediate)])
        case ._STORE_NAME:
            try Tier1.storeName(frame, r[Int(u.immediate)], r[Int(u.a)])

        // MARK: generic operations
        case ._BINARY_OP:
            r[out] = try binaryOperation(Int(u.immediate), r[Int(u.a)], r[Int(u.b)])
        case ._COMPARE_OP:
            r[out] = try richCompare(r[Int(u.a)], r[Int(u.b)], Int(u.immediate))
        case ._IS_OP:
            r[out] = Value(bool: (r[Int(u.a)].bits == r[Int(u.b)].bits) != (u.immediate == 1))
        case ._CONTAINS_OP:
            r[out] = Value(bool: try containsItem(r[Int(u.b)], r[Int(u.a)]) != (u.immediate == 1))
        case ._UNARY_NEGATIVE:
            r[out] = try unaryNegative(r[Int(u.a)])
        case ._UNARY_POSITIVE:
            r[out] = try unaryPositive(r[Int(u.a)])
        case ._UNARY_NOT:
            r[out] = Value(bool: !(try isTruthy(r[Int(u.a)])))
        case ._UNARY_INVERT:
            r[out] = try unaryInvert(r[Int(u.a)])
        case ._TO_BOOL:
            r[out] = Value(bool: try isTruthy(r[Int(u.a)]))
        case ._BINARY_SUBSCR:
            r[out] = try getItem(r[Int(u.a)], r[Int(u.b)])
        case ._STORE_SUBSCR:
            try setItem(r[Int(u.b)], r[Int(u.c)], r[Int(u.a)])
        case ._DELETE_SUBSCR:
            try deleteItem(r[Int(u.a)], r[Int(u.b)])
        case ._BINARY_SLICE:
            r[out] = try getItem(r[Int(u.a)], newSlice(r[Int(u.b)], r[Int(u.c)], .none))
        case ._STORE_SLICE:
            let o = operands(u)
            try setItem(r[Int(o[1])], newSlice(r[Int(o[2])], r[Int(o[3])], .none), r[Int(o[0])])
        case ._BUILD_TUPLE, ._BUILD_LIST, ._BUILD_STRING:
            r[out] = try gather(u, r) { items, n throws(PyError) in
                switch u.uop {
                case ._BUILD_TUPLE: return newTuple(items, count: n)
                case ._BUILD_LIST: return newList(items, count: n)
                default: return joinStrings(items, count: n)
                }
            }
        case ._BUILD_SET:
            let set = newSet()
            let o = operands(u)
            for i in 0..<Int(u.operandCount) { try Tier1.setAdd(set, r[Int(o[i])]) }
            r[out] = set
        case ._BUILD_MAP:
            let dict = newDict(capacity: Int(u.immediate))
            let o = operands(u)
            for i in 0..<Int(u.immediate) {
                try dictSetItem(dict.object(as: DictObject.self), r[Int(o[2 * i])], r[Int(o[2 * i + 1])])
            }
            r[out] = dict
        case ._BUILD_CONST_KEY_MAP:
            let dict = newDict(capacity: Int(u.immediate))
            let o = operands(u)
            let keys = r[Int(o[Int(u.immediate)])]
            for i in 0..<Int(u.immediate) {
                try dictSetItem(dict.object(as: DictObject.self), keys.tupleItems[i], r[Int(o[i])])
            }
            r[out] = dict
        case ._BUILD_SLICE:
            r[out] = newSlice(r[Int(u.a)], r[Int(u.b)], u.operandCount == 3 ? r[Int(u.c)] : .none)
        case ._LIST_APPEND_TO:
            listAppend(r[Int(u.a)].object(as: ListObject.self), r[Int(u.b)])
        case ._SET_ADD_TO:
            try Tier1.setAdd(r[Int(u.a)], r[Int(u.b)])
        case ._MAP_ADD_TO:
            try dictSetItem(r[Int(u.a)].object(as: DictObject.self), r[Int(u.b)], r[Int(u.c)])
        case ._LIST_EXTEND_BY:
            try listExtend(r[Int(u.a)].object(as: ListObject.self), r[Int(u.b)])
        case ._SET_UPDATE_BY:
            try setUpdate(r[Int(u.a)].object(as: SetObject.self), r[Int(u.b)])
        case ._DICT_UPDATE_BY:
            try Tier1.dictUpdate(r[Int(u.a)], r[Int(u.b)])
        case ._LIST_TO_TUPLE:
            r[out] = Tier1.listToTuple(r[Int(u.a)])
        case ._FORMAT_VALUE:
            r[out] = try Tier1.formatValue(r[Int(u.a)], conversion: Int(u.immediate) & 3,
                                           spec: u.immediate & 4 != 0 ? r[Int(u.b)] : .null)
        case ._GET_ITER:
            r[out] = try Tier1.iterator(of: r[Int(u.a)], afterCall: u.immediate != 0)
        case ._RELEASE_VALUE:
            Tier1.releaseValue(r[Int(u.a)])
        case ._UNPACK_SEQUENCE:
            r[out] = try Tier1.unpackToTuple(r[Int(u.a)], before: Int(u.immediate), after: -1)
        case ._UNPACK_EX:
            r[out] = try Tier1.unpackToTuple(r[Int(u.a)], before: Int(u.immediate) & 0xFF, after: Int(u.immediate) >> 8)
        case ._LOAD_ATTR:
            r[out] = try getAttribute(r[Int(u.a)], r[Int(u.immediate)])
        case ._STORE_ATTR:
            try setAttribute(r[Int(u.b)], r[Int(u.immediate)], r[Int(u.a)])
        case ._DELETE_ATTR:
            try deleteAttribute(r[Int(u.a)], r[Int(u.immediate)])
        case ._MAKE_FUNCTION:
            let o = operands(u)
            let flags = Int(u.immediate)
            var i = 2
            let defaults = flags & 1 != 0 ? r[Int(o[i])] : .null
            if flags & 1 != 0 { i += 1 }
            let keywordDefaults = flags & 2 != 0 ? r[Int(o[i])] : .null
            if flags & 2 != 0 { i += 1 }
            let closure = flags & 8 != 0 ? r[Int(o[i])] : .null
            if flags & 8 != 0 { i += 1 }
            r[out] = Tier1.makeFunction(code: r[Int(o[i])].object(as: CodeObject.self), globals: r[Int(o[0])], builtins: r[Int(o[1])],
                                        defaults: defaults, keywordDefaults: keywordDefaults, closure: closure)
        case ._CALL_FUNCTION_EX:
            let o = operands(u)
            r[out] = try Tier1.callWithArgumentTuple(r[Int(o[0])], r[Int(o[2])], u.immediate & 1 != 0 ? r[Int(o[3])] : .null)

        // MARK: calls
        case ._CALL:
            let callable = r[Int(u.a)]
            let n = Int(u.immediate)
            let o = operands(u)
            r[out] = try Tier1.withScratchValues(n) { args throws(PyError) -> Value in
                for i in 0..<n { args[i] = r[Int(o[1 + i])] }
                return try callObject(callable, args, n)
            }
        case ._CALL_KW:
            let callable = r[Int(u.a)]
            let n = Int(u.immediate)
            let o = operands(u)
            let names = r[Int(o[1 + n])]
            r[out] = try Tier1.withScratchValues(n) { args throws(PyError) -> Value in
                for i in 0..<n { args[i] = r[Int(o[1 + i])] }
                return try callObject(callable, args, n, names)
            }
        case ._LEN:
            r[out] = newInt(try length(r[Int(u.a)]))
        case ._ISINSTANCE:
            r[out] = Value(bool: try isInstance(r[Int(u.a)], r[Int(u.b)]))
        case ._LIST_APPEND:
            let list = r[Int(u.a)]
            if isExactType(list, rt.pointee.types.list) {
                listAppend(list.object(as: ListObject.self), r[Int(u.b)])
                r[out] = .none
            } else {
                r[out] = try call(try getAttribute(list, internString("append")), r[Int(u.b)])
            }
        case ._TYPE_OF:
            r[out] = Value(typeOf(r[Int(u.a)]))
        case ._RANGE_ITER_NEW:
            if rt.pointee.recursionDepth >= rt.pointee.recursionLimit { return u.exit }
            let start = r[Int(u.a)].smallInt, stop = r[Int(u.b)].smallInt
            r[out] = newRangeIterator(start: start, step: 1, count: max(0, stop - start))
        }
    } catch {
        return u.raiseExit
    }
    return -1
}

@inline(__always)
func operands(_ u: CompactUop) -> UnsafeMutablePointer<Int32> {
    u.operands
}

/// Copies a uop's operands into scratch slots the collector sees and builds a value from them.
@inline(__always)
func gather(_ u: CompactUop, _ r: UnsafeMutablePointer<Value>, _ build: (UnsafeMutablePointer<Value>, Int) throws(PyError) -> Value) throws(PyError) -> Value {
    let n = Int(u.operandCount)
    let o = operands(u)
    return try Tier1.withScratchValues(n) { items throws(PyError) -> Value in
        for i in 0..<n { items[i] = r[Int(o[i])] }
        return try build(items, n)
    }
}

@inline(__always)
func isExactType(_ v: Value, _ type: TypeRef) -> Bool {
    v.isObject && v.header.pointee.type == type
}
