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
        ._INT_LSHIFT, ._INT_RSHIFT, ._INT_COMPARE, ._FLOAT_ADD, ._FLOAT_SUBTRACT, ._FLOAT_MULTIPLY, ._FLOAT_TRUE_DIVIDE,
        ._FLOAT_COMPARE, ._STR_COMPARE, ._IS_OP, ._TUPLE_ITEM, ._TUPLE_GET, ._CLOSURE_CELL, ._CONSTANT_ATTRIBUTE, ._TYPE_OF,
    ]
    /// Uops that read mutable memory.
    static let heapReads: Set<Uop> = [
        ._LOAD_INSTANCE_SLOT, ._LIST_GET, ._LIST_ITEM, ._LOAD_GLOBALS_ENTRY, ._LOAD_BUILTINS_ENTRY, ._LOAD_MODULE_ENTRY,
        ._CELL_GET,
    ]

    public func run(_ superblock: Superblock) -> Superblock {
        var rewriter = SuperblockRewriter(superblock)
        var values: [Key: Ref] = [:]
        var loads: [Key: Ref] = [:]
        for (index, instruction) in superblock.instructions.enumerated() {
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
                loads.removeAll()
                // What was just stored is what a load of the same slot reads.
                switch uop {
                case ._STORE_INSTANCE_SLOT:
                    loads[Key(uop: ._LOAD_INSTANCE_SLOT, operands: [operands[1]], immediate: instruction.immediate)] = operands[0]
                case ._ADD_INSTANCE_ATTRIBUTE:
                    let slot = Value(bits: UInt64(bitPattern: instruction.immediate)).object(as: ShapeObject.self).pointee.count - 1
                    loads[Key(uop: ._LOAD_INSTANCE_SLOT, operands: [operands[1]], immediate: Int64(slot))] = operands[0]
                case ._CELL_SET:
                    loads[Key(uop: ._CELL_GET, operands: [operands[0]], immediate: 0)] = operands[1]
                default:
                    break
                }
            }
        }
        return rewriter.finish()
    }
}
