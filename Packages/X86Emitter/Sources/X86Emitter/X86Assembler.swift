/// An x86-64 assembler that records, next to every instruction's bytes, the text capstone prints
/// for it (Intel syntax), so a listing can be checked against the bytes (`ListingVerifier`).
///
/// Integer instructions take an `OperandSize` (64-bit unless said otherwise). Jumps and calls go
/// to labels (bound before or after the jump) or to absolute addresses; `patchableJump` makes
/// side exits that can be re-pointed after the code runs. Constants live in a pool after the
/// code, reached RIP-relatively: apart from jumps and calls to absolute addresses (relocated by
/// `AssembledCode.linked(at:)`) the code is position-independent.
///
/// Usage:
///
///     let asm = X86Assembler()
///     let loop = asm.newLabel()
///     asm.mov(.rax, 0)
///     asm.bind(loop)
///     asm.add(.rax, .rdi)
///     asm.dec(.rdi)
///     asm.j(.notZero, loop)
///     asm.ret()
///     let code = try asm.finish()
///     let installed = try code.install(in: memory)!   // nil: code memory full
public final class X86Assembler {
    /// The bytes written so far (label references still zero until `finish`).
    public internal(set) var bytes: [UInt8] = []
    /// Attached to every instruction emitted while it is set (which IR op, which source line).
    public var annotation: String?

    var records: [InstructionRecord] = []
    var labelOffsets: [Int?] = []
    var fixups: [Fixup] = []
    var patchSites: [PatchSite] = []
    var pool = ConstantPool()
    var isFinished = false

    public init() {}

    /// Where the next instruction will start.
    public var offset: Int { bytes.count }

    // MARK: Labels

    public func newLabel() -> Label {
        labelOffsets.append(nil)
        return Label(id: labelOffsets.count - 1)
    }

    /// Places `label` at the current offset. A label is bound once.
    public func bind(_ label: Label) {
        precondition(labelOffsets[label.id] == nil, "label \(label.id) bound twice")
        labelOffsets[label.id] = bytes.count
    }

    /// A new label bound here.
    public func here() -> Label {
        let label = newLabel()
        bind(label)
        return label
    }

    public func offset(of label: Label) -> Int? { labelOffsets[label.id] }

    // MARK: Writing instructions

    /// Runs `encode` (which appends the instruction's bytes) and lists the instruction; fixups
    /// made by `encode` learn where the instruction ends (RIP-relative displacements and branch
    /// offsets count from there).
    func instruction(_ mnemonic: String, _ operands: [OperandText], encode: () -> Void) {
        precondition(!isFinished, "the assembler has finished")
        let start = bytes.count
        let firstFixup = fixups.count
        encode()
        for index in firstFixup ..< fixups.count { fixups[index].instructionEnd = bytes.count }
        records.append(InstructionRecord(offset: start, length: bytes.count - start, mnemonic: mnemonic,
                                         operands: operands, annotation: annotation))
    }

    func emit(_ byte: UInt8) { bytes.append(byte) }

    func emitLittleEndian(_ value: Int64, byteCount: Int) {
        for index in 0 ..< byteCount { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * Int64(index)))) }
    }

    /// A zero placeholder for an 8- or 32-bit PC-relative field, resolved by `finish` (labels)
    /// or by linking (absolute addresses).
    func emitFixup(_ width: Fixup.Width, to target: BranchTarget, addend: Int = 0) {
        fixups.append(Fixup(fieldOffset: bytes.count, width: width, instructionEnd: -1, target: target, addend: addend))
        emitLittleEndian(0, byteCount: width == .rel8 ? 1 : 4)
    }
}
