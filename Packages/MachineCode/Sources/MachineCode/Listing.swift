/// One instruction as the emitter that wrote it describes it.
public struct ListingEntry: Equatable, Sendable {
    /// Position of the first byte, counted from the start of the code.
    public var offset: Int
    public var length: Int
    public var mnemonic: String
    /// The operands exactly as the disassembler prints them ("" when there are none).
    public var operands: String
    /// Where the instruction came from (an IR op, a source line); nil when nobody said.
    public var annotation: String?

    public init(offset: Int, length: Int, mnemonic: String, operands: String, annotation: String? = nil) {
        self.offset = offset
        self.length = length
        self.mnemonic = mnemonic
        self.operands = operands
        self.annotation = annotation
    }

    public var text: String { operands.isEmpty ? mnemonic : "\(mnemonic) \(operands)" }
}

/// What an emitter believes it wrote: every instruction of a piece of code, in order, covering
/// `0 ..< codeLength` without gaps. Bytes past `codeLength` (a constant pool) are data and are
/// not listed.
public struct Listing: Equatable, Sendable {
    /// The address the code is placed at; branch targets in the operand text are absolute.
    public var startAddress: UInt64
    public var codeLength: Int
    public var entries: [ListingEntry]

    public init(startAddress: UInt64, codeLength: Int, entries: [ListingEntry]) {
        self.startAddress = startAddress
        self.codeLength = codeLength
        self.entries = entries
    }

    /// A readable listing: address, bytes, instruction and annotation, one instruction a line
    /// (with the annotation on a line of its own whenever it changes).
    public func render(bytes: [UInt8]? = nil) -> String {
        var lines: [String] = []
        var currentAnnotation: String? = nil
        for entry in entries {
            if let annotation = entry.annotation, annotation != currentAnnotation {
                lines.append("; \(annotation)")
            }
            currentAnnotation = entry.annotation
            var line = hex(startAddress &+ UInt64(entry.offset), width: 12) + "  "
            if let bytes, entry.offset + entry.length <= bytes.count {
                let encoded = bytes[entry.offset ..< entry.offset + entry.length].map { hex(UInt64($0), width: 2) }.joined()
                line += encoded.padding(toLength: 24) + " "
            }
            line += entry.text
            lines.append(line)
        }
        if let bytes, bytes.count > codeLength {
            lines.append("; data: \(bytes.count - codeLength) bytes")
        }
        return lines.joined(separator: "\n")
    }
}

private func hex(_ value: UInt64, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
