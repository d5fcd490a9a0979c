import MachineCode

/// One operand of a listed instruction. Memory operands relative to a label and branch targets
/// are printed only once the code is finished and placed.
enum OperandText {
    case plain(String)
    /// A register and its size in bytes (16 for xmm): capstone truncates a negative absolute
    /// address in a later operand to the size of a leading register.
    case register(String, bytes: Int)
    /// `pointer` is "qword ptr" and the like, nil for lea.
    case memory(pointer: String?, Memory)
    case target(BranchTarget)
}

/// What the assembler knows about one instruction it wrote, for the listing.
struct InstructionRecord {
    var offset: Int
    var length: Int
    var mnemonic: String
    var operands: [OperandText]
    var annotation: String?

    func listingEntry(startAddress: UInt64, labelOffset: (Label) -> Int) -> ListingEntry {
        let end = offset + length
        var leadingRegisterBytes: Int? = nil
        if case .register(_, let bytes)? = operands.first { leadingRegisterBytes = bytes }
        let text = operands.map { operand -> String in
            switch operand {
            case .plain(let text), .register(let text, _):
                return text
            case .memory(let pointer, let memory):
                let address = Self.addressText(memory, instructionEnd: end, truncatingTo: leadingRegisterBytes,
                                               labelOffset: labelOffset)
                return pointer.map { "\($0) \(address)" } ?? address
            case .target(.label(let label)):
                return NumberText.unsigned(startAddress &+ UInt64(labelOffset(label)))
            case .target(.absolute(let address)):
                return NumberText.unsigned(address)
            }
        }
        return ListingEntry(offset: offset, length: length, mnemonic: mnemonic,
                            operands: text.joined(separator: ", "), annotation: annotation)
    }

    /// `[base + index*scale + disp]` the way capstone prints it.
    static func addressText(_ memory: Memory, instructionEnd: Int, truncatingTo registerBytes: Int?,
                            labelOffset: (Label) -> Int) -> String {
        var parts = ""
        var displacement = Int64(memory.displacement)
        switch memory.base {
        case .register(let base): parts = base.name(.qword)
        case .label(let label):
            parts = "rip"
            displacement += Int64(labelOffset(label) - instructionEnd)
        case .none: break
        }
        if let index = memory.index {
            if !parts.isEmpty { parts += " + " }
            parts += index.name(.qword)
            if memory.scale != .x1 { parts += "*\(memory.scale.factor)" }
        }
        if parts.isEmpty {
            // An absolute address. Capstone prints a negative one in hexadecimal, cut to the
            // size of a register operand printed before it (1, 2 or 4 bytes).
            guard displacement < 0 else { return "[" + NumberText.unsigned(UInt64(displacement)) + "]" }
            var address = UInt64(bitPattern: displacement)
            if let bytes = registerBytes, bytes < 8 { address &= (1 << UInt64(8 * bytes)) - 1 }
            return "[0x" + String(address, radix: 16) + "]"
        }
        if displacement > 0 { parts += " + " + NumberText.unsigned(UInt64(displacement)) }
        if displacement < 0 { parts += " - " + NumberText.unsigned(displacement.magnitude) }
        return "[" + parts + "]"
    }
}
