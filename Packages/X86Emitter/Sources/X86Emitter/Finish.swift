extension X86Assembler {
    /// Places the constant pool after the code, resolves every label reference and returns the
    /// result. The assembler is spent afterwards.
    public func finish() throws -> AssembledCode {
        precondition(!isFinished, "finish called twice")
        isFinished = true
        let codeLength = bytes.count
        if !pool.isEmpty {
            while bytes.count % 16 != 0 { emit(0xCC) }
            for entry in pool.placementOrder {
                labelOffsets[entry.label.id] = bytes.count
                bytes.append(contentsOf: entry.bytes)
            }
        }
        var relocations: [Relocation] = []
        for fixup in fixups {
            switch fixup.target {
            case .absolute(let address):
                relocations.append(Relocation(fieldOffset: fixup.fieldOffset, instructionEnd: fixup.instructionEnd, target: address))
            case .label(let label):
                guard let target = labelOffsets[label.id] else { throw X86AssemblerError.unboundLabel(label) }
                let distance = target + fixup.addend - fixup.instructionEnd
                switch fixup.width {
                case .rel8:
                    guard let value = Int8(exactly: distance) else {
                        throw X86AssemblerError.shortJumpOutOfRange(instructionOffset: fixup.fieldOffset - 1, distance: distance)
                    }
                    bytes[fixup.fieldOffset] = UInt8(bitPattern: value)
                case .rel32:
                    let value = Int32(distance)
                    for index in 0 ..< 4 { bytes[fixup.fieldOffset + index] = UInt8(truncatingIfNeeded: value >> (8 * Int32(index))) }
                }
            }
        }
        return AssembledCode(bytes: bytes, codeLength: codeLength, patchSites: patchSites, relocations: relocations,
                             requiredAlignment: pool.needsSixteenByteAlignment ? 16 : 1,
                             records: records, labelOffsets: labelOffsets)
    }
}
