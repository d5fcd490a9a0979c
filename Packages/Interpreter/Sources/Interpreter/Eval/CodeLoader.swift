import Bytecode
import BigInt
import Runtime

/// A construct the frontend accepts but the runtime cannot run (complex numbers, say).
public struct UnsupportedFeature: Error, Equatable {
    public var what: String
    public var filename: String
    public var line: Int
}

/// Turns compiled code units into code objects in the heap.
public enum CodeLoader {
    /// Loads `unit` and, through its constants, every nested code unit.
    public static func load(_ unit: CodeUnit) throws -> CodeRef {
        let filename = newString(unit.filename)
        return try load(unit, filename: filename)
    }

    static func load(_ unit: CodeUnit, filename: Value) throws -> CodeRef {
        let raw = rt.pointee.heap.allocate(size: MemoryLayout<CodeObject>.stride, kind: .code, type: rt.pointee.types.code)
        let code = raw.assumingMemoryBound(to: CodeObject.self)
        // Every Value field starts as NULL so that a collection during loading sees valid values.
        code.pointee.constants = .null; code.pointee.names = .null; code.pointee.localNames = .null
        code.pointee.name = .null; code.pointee.qualifiedName = .null; code.pointee.filename = filename
        code.pointee.docstring = .null; code.pointee.instructionStorage = .null
        code.pointee.cacheStorage = .null; code.pointee.tableStorage = .null

        code.pointee.name = internString(unit.name)
        code.pointee.qualifiedName = newString(unit.qualifiedName)
        code.pointee.docstring = unit.docstring.map(newString) ?? .none
        code.pointee.names = newTuple(unit.names.map(internString))
        code.pointee.localNames = newTuple(unit.localNames.map(internString))
        let constants = allocateTuple(count: unit.constants.count)
        for i in 0..<unit.constants.count { TupleObject.items(constants)[i] = .none }
        code.pointee.constants = Value(constants)
        for (index, constant) in unit.constants.enumerated() {
            TupleObject.items(constants)[index] = try loadConstant(constant, unit: unit, index: index, filename: filename)
        }

        code.pointee.localsPlusCount = Int32(unit.localNames.count)
        code.pointee.argCount = Int32(unit.argCount)
        code.pointee.positionalOnlyArgCount = Int32(unit.positionalOnlyArgCount)
        code.pointee.keywordOnlyArgCount = Int32(unit.keywordOnlyArgCount)
        code.pointee.flags = unit.flags.rawValue
        code.pointee.stackSize = Int32(unit.stackSize)
        code.pointee.firstLine = Int32(unit.firstLine)
        code.pointee.freeCount = Int32(unit.localKinds.filter { $0.contains(.free) }.count)
        code.pointee.warmup = 0
        code.pointee.serial = rt.pointee.nextCodeSerial
        rt.pointee.nextCodeSerial &+= 1

        // Instructions: each word carries the index of its first cache word.
        let count = unit.instructions.count
        let instructionStorage = rt.pointee.allocateStorage(kind: .byteStorage, capacity: count, elementSize: 8)
        code.pointee.instructionStorage = Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: instructionStorage)))
        let words = instructionStorage.assumingMemoryBound(to: UInt64.self)
        var cacheWords = 0
        for (i, instruction) in unit.instructions.enumerated() {
            let size = instruction.opcode.cacheSize
            words[i] = InstructionWord(opcode: instruction.opcode.rawValue, oparg: instruction.oparg,
                                       cacheIndex: UInt32(size > 0 ? cacheWords : 0)).bits
            cacheWords += size
        }
        code.pointee.instructions = words
        code.pointee.instructionCount = count
        let cacheStorage = rt.pointee.allocateStorage(kind: .byteStorage, capacity: max(cacheWords, 1), elementSize: 8)
        code.pointee.cacheStorage = Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: cacheStorage)))
        code.pointee.caches = cacheStorage.assumingMemoryBound(to: UInt64.self)
        for i in 0..<count {
            let word = InstructionWord(bits: words[i])
            let opcode = Opcode(rawValue: word.opcode)!
            // Specializable instructions start with a warm-up count; branch histories and loop
            // counters start at zero.
            if opcode.cacheSize > 0 && !opcode.flags.contains(.branch) && opcode != .JUMP_BACKWARD || opcode == .FOR_ITER {
                code.pointee.caches[word.cacheIndex] = UInt64(AdaptiveCounter.warmup)
            }
        }
        Superinstructions.place(in: words, count: count)

        // Lines, exception table and local kinds share one byte storage.
        let tableBytes = count * 4 + unit.exceptionTable.count * MemoryLayout<CodeExceptionEntry>.stride + unit.localKinds.count + 8
        let tables = rt.pointee.allocateStorage(kind: .byteStorage, capacity: tableBytes, elementSize: 1)
        code.pointee.tableStorage = Value(object: UnsafeMutableRawPointer(StorageObject.owner(ofPayload: tables)))
        let exceptionEntries = tables.assumingMemoryBound(to: CodeExceptionEntry.self)
        for (i, entry) in unit.exceptionTable.enumerated() {
            exceptionEntries[i] = CodeExceptionEntry(start: entry.start, end: entry.end, handler: entry.handler,
                                                     depth: entry.depth, pushLastIndex: entry.pushLastIndex ? 1 : 0)
        }
        code.pointee.exceptionTable = exceptionEntries
        code.pointee.exceptionTableCount = unit.exceptionTable.count
        let lines = (tables + unit.exceptionTable.count * MemoryLayout<CodeExceptionEntry>.stride).assumingMemoryBound(to: Int32.self)
        for i in 0..<count { lines[i] = i < unit.lines.count ? unit.lines[i] : 0 }
        code.pointee.lines = lines
        let kinds = UnsafeMutableRawPointer(lines + count).assumingMemoryBound(to: UInt8.self)
        for (i, kind) in unit.localKinds.enumerated() { kinds[i] = kind.rawValue }
        code.pointee.localKinds = kinds
        return code
    }

    static func loadConstant(_ constant: Constant, unit: CodeUnit, index: Int, filename: Value) throws -> Value {
        switch constant {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return Value(bool: b)
        case .int(let i): return newInt(Int(i))
        case .bigInt(let digits):
            guard let big = BigInt(digits) else { fatalError("malformed big int constant \(digits)") }
            return newInt(big)
        case .float(let d): return Value(float: d)
        case .complex:
            throw UnsupportedFeature(what: "complex numbers", filename: unit.filename, line: lineLoading(constant: index, in: unit))
        case .str(let s): return looksLikeIdentifier(s) ? internString(s) : newString(s)
        case .bytes(let b): return newBytes(b)
        case .tuple(let items):
            // Fill a tuple in place: a Swift array would hide the items from the collector.
            let tuple = allocateTuple(count: items.count)
            for i in 0..<items.count { TupleObject.items(tuple)[i] = .none }
            for (i, item) in items.enumerated() {
                TupleObject.items(tuple)[i] = try loadConstant(item, unit: unit, index: index, filename: filename)
            }
            return Value(tuple)
        case .frozenset(let items):
            let elements = try loadConstant(.tuple(items), unit: unit, index: index, filename: filename)
            return try newFrozenSet(fromTuple: elements)
        case .code(let nested):
            return Value(try load(nested, filename: filename))
        }
    }

    static func lineLoading(constant index: Int, in unit: CodeUnit) -> Int {
        for (i, instruction) in unit.instructions.enumerated() where instruction.opcode == .LOAD_CONST && instruction.oparg == index {
            return Int(unit.lines[i])
        }
        return unit.firstLine
    }

    /// CPython interns constant strings made of identifier characters.
    static func looksLikeIdentifier(_ s: String) -> Bool {
        s.utf8.count <= 40 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
    }
}
