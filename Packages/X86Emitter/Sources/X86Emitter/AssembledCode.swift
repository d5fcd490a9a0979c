import MachineCode

/// A rel32 field aimed at an absolute address, filled in when the code's own address is known.
public struct Relocation: Hashable, Sendable {
    public let fieldOffset: Int
    public let instructionEnd: Int
    public let target: UInt64
}

/// Finished code: bytes (instructions, then the constant pool), what the listing needs, the
/// patchable jumps and the relocations still to apply.
public struct AssembledCode {
    /// Position-independent bytes, except that each relocation's field is still zero.
    public let bytes: [UInt8]
    /// Instructions occupy `0 ..< codeLength`; the constant pool (after int3 padding) follows.
    public let codeLength: Int
    public let patchSites: [PatchSite]
    public let relocations: [Relocation]
    /// The code's start address must be a multiple of this: 16 when the constant pool holds
    /// 16-byte constants (SSE reads them aligned), else 1.
    public let requiredAlignment: Int
    let records: [InstructionRecord]
    let labelOffsets: [Int?]

    public func offset(of label: Label) -> Int? { labelOffsets[label.id] }

    /// The bytes as they must be at `address`: every relocation filled in.
    public func linked(at address: UInt64) throws -> [UInt8] {
        var result = bytes
        for relocation in relocations {
            let distance = Int64(bitPattern: relocation.target &- (address &+ UInt64(relocation.instructionEnd)))
            guard let value = Int32(exactly: distance) else {
                throw X86AssemblerError.targetOutOfRange(fieldOffset: relocation.fieldOffset, target: relocation.target)
            }
            for index in 0 ..< 4 {
                result[relocation.fieldOffset + index] = UInt8(truncatingIfNeeded: value >> (8 * Int32(index)))
            }
        }
        return result
    }

    /// The listing of the code placed at `address`, in capstone's syntax.
    public func listing(at address: UInt64) -> Listing {
        Listing(startAddress: address, codeLength: codeLength, entries: records.map {
            $0.listingEntry(startAddress: address) { labelOffsets[$0.id]! }
        })
    }

    /// Links the code for a fresh region of `memory` and commits it. Returns nil when the code
    /// memory is full (the caller flushes or stops compiling).
    public func install(in memory: CodeMemory) throws -> InstalledCode? {
        guard let staged = memory.allocate(bytes: bytes.count) else { return nil }
        precondition(staged.address % UInt64(requiredAlignment) == 0, "code memory alignment below \(requiredAlignment)")
        do {
            let linkedBytes = try linked(at: staged.address)
            staged.bytes.copyBytes(from: linkedBytes)
        } catch {
            memory.abandon(staged)
            throw error
        }
        let region = try memory.commit(staged)
        return InstalledCode(region: region, code: self)
    }
}

/// Code committed to executable memory.
public struct InstalledCode {
    public let region: CodeRegion
    public let code: AssembledCode

    public var address: UInt64 { region.address }

    public func address(of label: Label) -> UInt64? {
        code.offset(of: label).map { region.address + UInt64($0) }
    }

    /// The code's first instruction as a C function of the given type.
    public func function<Function>(as type: Function.Type, at label: Label? = nil) -> Function {
        region.function(as: type, offset: label.flatMap { code.offset(of: $0) } ?? 0)
    }

    public var listing: Listing { code.listing(at: region.address) }

    /// The bytes as committed (for verification).
    public var committedBytes: [UInt8] {
        Array(UnsafeRawBufferPointer(start: region.pointer, count: code.bytes.count))
    }

    /// Checks the committed bytes against the listing (what `--verify` runs). Jumps re-pointed
    /// since installation show up as mismatches: the listing has their first target.
    public func verify(with verifier: ListingVerifier) -> [ListingMismatch] {
        verifier.verify(UnsafeRawBufferPointer(start: region.pointer, count: code.codeLength), against: listing)
    }
}

extension CodeMemory {
    /// Re-points a patchable jump of installed code to `target` (W^X respected: see `patch`).
    public func redirect(_ site: PatchSite, of code: InstalledCode, to target: UInt64) throws {
        guard let field = site.rel32(codeAddress: code.address, target: target) else {
            throw X86AssemblerError.targetOutOfRange(fieldOffset: site.fieldOffset, target: target)
        }
        try patch(at: code.address + UInt64(site.fieldOffset), bytes: field)
    }
}
