/// One way in which the bytes disagree with the listing.
public struct ListingMismatch: Equatable, Sendable, CustomStringConvertible {
    /// Where the disagreement starts, counted from the start of the code.
    public var offset: Int
    /// The listing entry concerned, when there is one.
    public var expected: ListingEntry?
    /// What the disassembler decoded there (nil when the bytes did not decode).
    public var decoded: DisassembledInstruction?
    public var problem: String

    public var description: String {
        var text = "+0x" + String(offset, radix: 16) + ": " + problem
        if let expected { text += "\n    listing: \(expected.text) (\(expected.length) bytes)" }
        if let decoded { text += "\n    decoded: \(decoded.text) (\(decoded.length) bytes)" }
        if let annotation = expected?.annotation { text += "\n    from:    \(annotation)" }
        return text
    }
}

/// Checks a listing against the bytes it claims to describe: every entry must start where the
/// previous one ended, decode to exactly its length, and print exactly its mnemonic and operand
/// text. Each entry is decoded at its own offset, so one bad instruction does not hide the rest.
public struct ListingVerifier {
    public let disassembler: any Disassembler

    public init(disassembler: any Disassembler) {
        self.disassembler = disassembler
    }

    public func verify(_ bytes: [UInt8], against listing: Listing) -> [ListingMismatch] {
        bytes.withUnsafeBytes { verify($0, against: listing) }
    }

    public func verify(_ bytes: UnsafeRawBufferPointer, against listing: Listing) -> [ListingMismatch] {
        var mismatches: [ListingMismatch] = []
        if listing.codeLength > bytes.count {
            mismatches.append(ListingMismatch(
                offset: bytes.count, expected: nil, decoded: nil,
                problem: "the listing claims \(listing.codeLength) bytes of code but there are only \(bytes.count)"))
        }
        let code = UnsafeRawBufferPointer(rebasing: bytes[0 ..< min(listing.codeLength, bytes.count)])
        var expectedOffset = 0
        for entry in listing.entries {
            if entry.offset != expectedOffset {
                let problem = entry.offset > expectedOffset
                    ? "\(entry.offset - expectedOffset) unlisted bytes before this instruction"
                    : "this instruction overlaps the previous one by \(expectedOffset - entry.offset) bytes"
                mismatches.append(ListingMismatch(offset: expectedOffset, expected: entry, decoded: nil, problem: problem))
            }
            expectedOffset = entry.offset + entry.length
            guard let decoded = disassembler.decodeInstruction(in: code, offset: entry.offset, startAddress: listing.startAddress) else {
                mismatches.append(ListingMismatch(offset: entry.offset, expected: entry, decoded: nil,
                                                  problem: "the bytes here do not decode"))
                continue
            }
            var problems: [String] = []
            if decoded.length != entry.length { problems.append("length \(decoded.length), listed \(entry.length)") }
            if decoded.mnemonic != entry.mnemonic { problems.append("mnemonic '\(decoded.mnemonic)', listed '\(entry.mnemonic)'") }
            if decoded.operands != entry.operands { problems.append("operands '\(decoded.operands)', listed '\(entry.operands)'") }
            if !problems.isEmpty {
                mismatches.append(ListingMismatch(offset: entry.offset, expected: entry, decoded: decoded,
                                                  problem: problems.joined(separator: "; ")))
            }
        }
        if expectedOffset < listing.codeLength {
            mismatches.append(ListingMismatch(offset: expectedOffset, expected: nil,
                                              decoded: disassembler.decodeInstruction(in: code, offset: expectedOffset, startAddress: listing.startAddress),
                                              problem: "\(listing.codeLength - expectedOffset) bytes of code at the end are not listed"))
        } else if expectedOffset > listing.codeLength {
            mismatches.append(ListingMismatch(offset: listing.codeLength, expected: listing.entries.last, decoded: nil,
                                              problem: "the listing runs \(expectedOffset - listing.codeLength) bytes past the end of the code"))
        }
        return mismatches
    }
}
