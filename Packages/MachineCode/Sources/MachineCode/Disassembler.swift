/// One instruction as a disassembler decoded it.
public struct DisassembledInstruction: Equatable, Sendable {
    /// Position of the first byte, counted from the start of the disassembled bytes.
    public var offset: Int
    /// The address the instruction was decoded at (start address + offset).
    public var address: UInt64
    public var length: Int
    public var mnemonic: String
    /// The operands as one string, in the disassembler's own syntax ("" when there are none).
    public var operands: String

    public init(offset: Int, address: UInt64, length: Int, mnemonic: String, operands: String) {
        self.offset = offset
        self.address = address
        self.length = length
        self.mnemonic = mnemonic
        self.operands = operands
    }

    /// "mnemonic operands", as a listing prints it.
    public var text: String { operands.isEmpty ? mnemonic : "\(mnemonic) \(operands)" }
}

/// Decodes machine code of one instruction set. Branch targets and PC-relative operands are
/// printed as absolute addresses, so the address the bytes are decoded at matters.
public protocol Disassembler {
    /// Decodes the one instruction starting at `offset`, or nil when the bytes there are not a
    /// valid instruction (or run past the end).
    func decodeInstruction(in bytes: UnsafeRawBufferPointer, offset: Int, startAddress: UInt64) -> DisassembledInstruction?
}

extension Disassembler {
    /// Decodes instructions one after another from the start; stops at the first bytes that do not
    /// decode (the result then covers fewer than all bytes).
    public func disassemble(_ bytes: UnsafeRawBufferPointer, startAddress: UInt64 = 0) -> [DisassembledInstruction] {
        var result: [DisassembledInstruction] = []
        var offset = 0
        while offset < bytes.count, let instruction = decodeInstruction(in: bytes, offset: offset, startAddress: startAddress) {
            result.append(instruction)
            offset += instruction.length
        }
        return result
    }

    public func disassemble(_ bytes: [UInt8], startAddress: UInt64 = 0) -> [DisassembledInstruction] {
        bytes.withUnsafeBytes { disassemble($0, startAddress: startAddress) }
    }
}
