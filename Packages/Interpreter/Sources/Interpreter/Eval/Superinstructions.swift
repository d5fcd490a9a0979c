import Bytecode

/// CPython 3.11's superinstructions: adjacent pairs of cheap instructions (local and constant
/// loads and stores) become one dispatch. The first instruction of a pair is rewritten; the
/// second stays as it is, so jumps to it, Tier 2 exits resuming at it and the projector (which
/// treats a superinstruction as its first half) need to know nothing.
enum Superinstructions {
    static func pair(_ first: Opcode, _ second: Opcode) -> Opcode? {
        switch (first, second) {
        case (.LOAD_FAST, .LOAD_FAST): return .LOAD_FAST__LOAD_FAST
        case (.LOAD_FAST, .LOAD_CONST): return .LOAD_FAST__LOAD_CONST
        case (.STORE_FAST, .LOAD_FAST): return .STORE_FAST__LOAD_FAST
        case (.STORE_FAST, .STORE_FAST): return .STORE_FAST__STORE_FAST
        case (.LOAD_CONST, .LOAD_FAST): return .LOAD_CONST__LOAD_FAST
        default: return nil
        }
    }

    /// Rewrites every pair in a freshly loaded code object's instructions. Pairs are judged on
    /// the original opcodes, so `LOAD_FAST LOAD_FAST LOAD_FAST` gives two overlapping pairs.
    static func place(in words: UnsafeMutablePointer<UInt64>, count: Int) {
        guard count > 1 else { return }
        var next = Opcode(rawValue: UInt8(truncatingIfNeeded: words[0]))
        for i in 0 ..< count - 1 {
            let current = next
            next = Opcode(rawValue: UInt8(truncatingIfNeeded: words[i + 1]))
            guard let first = current, let second = next, let combined = pair(first, second) else { continue }
            words[i] = (words[i] & ~0xFF) | UInt64(combined.rawValue)
        }
    }
}
