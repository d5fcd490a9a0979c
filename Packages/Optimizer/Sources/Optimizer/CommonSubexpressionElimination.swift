import Runtime
import Superblock

/// Reuses values computed earlier: pure computations for the whole superblock, loads from the heap
/// (instance slots, list items, globals, cells) only until something may write or escape; a store
/// to an instance slot is forwarded to later loads of it.
public struct CommonSubexpressionElimination: OptimizationPass {
    public let name = "cse"
    public init() {}

    struct Key: Hashable {
        var uop: Uop
        var operands: [Ref]
        var immediate: Int64
    }

    /// Uops whose result depends only on their operands and immediate.
    static let valueUops: Set<Uop> = [
        ._INT_ADD, ._INT_SUBTRACT, ._INT_MULTIPLY, ._INT_FLOOR_DIVIDE, ._INT_REMAINDER, ._INT_AND, ._INT_OR, ._INT_XOR,
        ._INT_LSHIFT, ._INT_RSHIFT, ._INT_COMPARE, ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE, ._FLOAT_POWER,
        ._FLOAT_COMPARE, ._STR_COMPARE, ._IS_OP, ._TUPLE_ITEM, ._TUPLE_GET, ._CLOSURE_CELL, ._CONSTANT_ATTRIBUTE,
    ]
    /// Uops that read mutable memory. `_TYPE_OF` is one: assigning `__class__` changes an
    /// instance's type (only through uops that escape, which forget every load).
    static let heapReads: Set<Uop> = [
        ._LOAD_INSTANCE_SLOT, ._LIST_GET, ._LIST_ITEM, ._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY, ._LOAD_MODULE_ENTRY,
        ._CELL_GET, ._TYPE_OF,
    ]

    public func run(_ superblock: Superblock) -> Superblock {
        var rewriter = SuperblockRewriter(superblock)
        var values: [Key: Ref] = [:]
        var loads: [Key: Ref] = [:]
        for (index, instruction) in superblock.instructions.enumerated() {
            if index == superblock.loop?.target {
                // A load before the loop can stand for one in the body only if no iteration
                // writes what it read.
                // Stores into objects the body allocates cannot change what the preamble read.
                for bodyUop in superblock.instructions[index...] where !bodyUop.uop.flags.contains(.pure) {
                    if let owner = CommonSubexpressionElimination.storedOwner(bodyUop, in: superblock), !owner.isConstant,
                       owner.uopIndex >= index, superblock.instructions[owner.uopIndex].uop == ._ALLOCATE_INSTANCE { continue }
                    CommonSubexpressionElimination.forget(&loads, writtenBy: bodyUop.uop, immediate: bodyUop.immediate, freshOwner: nil)
                }
            }
            let operands = rewriter.operands(instruction)
            let uop = instruction.uop
            let key = Key(uop: uop, operands: operands, immediate: instruction.immediate)
            if CommonSubexpressionElimination.valueUops.contains(uop) {
                if let earlier = values[key] { rewriter.drop(index, replacement: earlier); continue }
                rewriter.keep(index)
                values[key] = rewriter.renamed[index]
                continue
            }
            if CommonSubexpressionElimination.heapReads.contains(uop) {
                if let earlier = loads[key] { rewriter.drop(index, replacement: earlier); continue }
                rewriter.keep(index)
                loads[key] = rewriter.renamed[index]
                continue
            }
            rewriter.keep(index)
            if !uop.flags.contains(.pure) {
                let owner = CommonSubexpressionElimination.storedOwner(instruction, in: superblock).map { rewriter.rename($0) }
                let fresh = owner.flatMap { $0.isConstant || rewriter.new.instructions[$0.uopIndex].uop != ._ALLOCATE_INSTANCE ? nil : $0 }
                CommonSubexpressionElimination.forget(&loads, writtenBy: uop, immediate: instruction.immediate, freshOwner: fresh)
                // What was just stored is what a load of the same slot reads.
                switch uop {
                case ._STORE_INSTANCE_SLOT:
                    loads[Key(uop: ._LOAD_INSTANCE_SLOT, operands: [operands[1]], immediate: instruction.immediate)] = operands[0]
                case ._ADD_INSTANCE_ATTRIBUTE:
                    let slot = Value(bits: UInt64(bitPattern: instruction.immediate)).object(as: ShapeObject.self).pointee.count - 1
                    loads[Key(uop: ._LOAD_INSTANCE_SLOT, operands: [operands[1]], immediate: Int64(slot))] = operands[0]
                case ._CELL_SET:
                    loads[Key(uop: ._CELL_GET, operands: [operands[0]], immediate: 0)] = operands[1]
                case ._STORE_GLOBALS_ENTRY:
                    loads[Key(uop: ._LOAD_GLOBALS_ENTRY, operands: [operands[0]], immediate: instruction.immediate)] = operands[1]
                default:
                    break
                }
            }
        }
        return rewriter.finish()
    }

    /// The object whose instance slot a store writes.
    static func storedOwner(_ instruction: UopInstruction, in superblock: Superblock) -> Ref? {
        guard instruction.uop == ._STORE_INSTANCE_SLOT || instruction.uop == ._ADD_INSTANCE_ATTRIBUTE else { return nil }
        return Array(superblock.operands(of: instruction))[1]
    }

    /// The instance slot a store writes.
    static func storedSlot(_ uop: Uop, immediate: Int64) -> Int64 {
        if uop == ._STORE_INSTANCE_SLOT { return immediate }
        return Int64(Value(bits: UInt64(bitPattern: immediate)).object(as: ShapeObject.self).pointee.count - 1)
    }

    /// Drops the loads a non-pure uop may change. Stores say what they write (an instance slot
    /// index, list items, cells, globals); uops that only allocate or advance their own iterator
    /// write nothing a load reads; anything else (and every escape) may write anything. A store
    /// into `freshOwner`, an object allocated in the superblock, cannot change loads from
    /// objects that existed before it.
    static func forget(_ loads: inout [Key: Ref], writtenBy uop: Uop, immediate: Int64, freshOwner: Ref?) {
        switch uop {
        case ._STORE_INSTANCE_SLOT, ._ADD_INSTANCE_ATTRIBUTE:
            let slot = storedSlot(uop, immediate: immediate)
            func mayAlias(_ owner: Ref) -> Bool {
                guard let fresh = freshOwner, owner != fresh else { return true }
                return !(owner.isConstant || owner.uopIndex < fresh.uopIndex)
            }
            loads = loads.filter { $0.key.uop != ._LOAD_INSTANCE_SLOT || $0.key.immediate != slot || !mayAlias($0.key.operands[0]) }
        case ._LIST_SET, ._LIST_APPEND_TO:
            loads = loads.filter { $0.key.uop != ._LIST_GET && $0.key.uop != ._LIST_ITEM }
        case ._CELL_SET:
            loads = loads.filter { $0.key.uop != ._CELL_GET }
        case ._STORE_GLOBAL:
            loads = loads.filter { ![._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY, ._LOAD_MODULE_ENTRY].contains($0.key.uop) }
        case ._STORE_GLOBALS_ENTRY:
            // Entry `immediate` of some globals dict (a module's dict may be read as a module too).
            loads = loads.filter {
                !([._LOAD_GLOBALS_ENTRY, ._LOAD_MODULE_ENTRY].contains($0.key.uop) && $0.key.immediate == immediate)
            }
        case ._ALLOCATE_INSTANCE, ._BUILD_TUPLE, ._BUILD_LIST, ._BUILD_STRING, ._BUILD_SLICE, ._LIST_TO_TUPLE, ._MAKE_CELL,
             ._MAKE_FUNCTION, ._RANGE_NEXT, ._LIST_NEXT, ._TUPLE_NEXT, ._LOAD_GLOBAL, ._CHECK_INIT_RETURN:
            break
        default:
            loads.removeAll()
        }
    }
}
