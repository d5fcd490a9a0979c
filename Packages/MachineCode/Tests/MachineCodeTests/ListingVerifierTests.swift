import XCTest
import MachineCode

final class ListingVerifierTests: XCTestCase {
    // mov rax, qword ptr [rdi + 0x10]; add rax, -1; ret
    let bytes: [UInt8] = [0x48, 0x8B, 0x47, 0x10, 0x48, 0x83, 0xC0, 0xFF, 0xC3]
    let listing = Listing(startAddress: 0x4000, codeLength: 9, entries: [
        ListingEntry(offset: 0, length: 4, mnemonic: "mov", operands: "rax, qword ptr [rdi + 0x10]", annotation: "LOAD_ATTR"),
        ListingEntry(offset: 4, length: 4, mnemonic: "add", operands: "rax, -1", annotation: "BINARY_OP"),
        ListingEntry(offset: 8, length: 1, mnemonic: "ret", operands: ""),
    ])

    func verifier() throws -> ListingVerifier {
        ListingVerifier(disassembler: try CapstoneDisassembler(architecture: .x86_64))
    }

    func testMatchingListing() throws {
        XCTAssertEqual(try verifier().verify(bytes, against: listing), [])
    }

    func testCorruptedDisplacement() throws {
        var corrupted = bytes
        corrupted[3] = 0x18
        let mismatches = try verifier().verify(corrupted, against: listing)
        XCTAssertEqual(mismatches.count, 1)
        XCTAssertEqual(mismatches.first?.offset, 0)
        XCTAssertEqual(mismatches.first?.problem, "operands 'rax, qword ptr [rdi + 0x18]', listed 'rax, qword ptr [rdi + 0x10]'")
        XCTAssertTrue(mismatches.first!.description.contains("from:    LOAD_ATTR"), mismatches.first!.description)
    }

    func testCorruptedOpcodeChangesBoundaries() throws {
        var corrupted = bytes
        corrupted[4] = 0x90   // nop, then "83 c0 ff" = add eax, -1, then ret
        let mismatches = try verifier().verify(corrupted, against: listing)
        XCTAssertEqual(mismatches.map(\.offset), [4])
        XCTAssertEqual(mismatches.first?.problem, "length 1, listed 4; mnemonic 'nop', listed 'add'; operands '', listed 'rax, -1'")
    }

    func testUndecodableBytes() throws {
        var corrupted = bytes
        corrupted[8] = 0x06
        let mismatches = try verifier().verify(corrupted, against: listing)
        XCTAssertEqual(mismatches.map(\.problem), ["the bytes here do not decode"])
        XCTAssertEqual(mismatches.first?.offset, 8)
    }

    func testGapsOverlapsAndUnlistedTail() throws {
        var gappy = listing
        gappy.entries.remove(at: 1)
        XCTAssertEqual(try verifier().verify(bytes, against: gappy).map(\.problem), ["4 unlisted bytes before this instruction"])
        var short = listing
        short.entries.removeLast()
        let tail = try verifier().verify(bytes, against: short)
        XCTAssertEqual(tail.map(\.problem), ["1 bytes of code at the end are not listed"])
        XCTAssertEqual(tail.first?.decoded?.text, "ret")
        var overlapping = listing
        overlapping.entries[1].offset = 3
        XCTAssertEqual(try verifier().verify(bytes, against: overlapping).first?.problem,
                       "this instruction overlaps the previous one by 1 bytes")
    }

    func testBytesPastCodeLengthAreData() throws {
        let withPool = bytes + [0x06, 0x06, 0x06, 0x06, 0x06, 0x06, 0x06]
        XCTAssertEqual(try verifier().verify(withPool, against: listing), [])
    }

    func testRender() {
        let text = listing.render(bytes: bytes)
        XCTAssertEqual(text, """
            ; LOAD_ATTR
            000000004000  488b4710                 mov rax, qword ptr [rdi + 0x10]
            ; BINARY_OP
            000000004004  4883c0ff                 add rax, -1
            000000004008  c3                       ret
            """)
    }

    func testAArch64Listing() throws {
        let verifier = ListingVerifier(disassembler: try CapstoneDisassembler(architecture: .aarch64))
        // add x0, x1, #1; b.ne (back to the add); ret
        let bytes: [UInt8] = [0x20, 0x04, 0x00, 0x91, 0xE1, 0xFF, 0xFF, 0x54, 0xC0, 0x03, 0x5F, 0xD6]
        var listing = Listing(startAddress: 0x10000, codeLength: 12, entries: [
            ListingEntry(offset: 0, length: 4, mnemonic: "add", operands: "x0, x1, #1"),
            ListingEntry(offset: 4, length: 4, mnemonic: "b.ne", operands: "#0x10000"),
            ListingEntry(offset: 8, length: 4, mnemonic: "ret", operands: ""),
        ])
        XCTAssertEqual(verifier.verify(bytes, against: listing), [])
        listing.entries[0].operands = "x0, x1, #2"
        XCTAssertEqual(verifier.verify(bytes, against: listing).map(\.problem), ["operands 'x0, x1, #1', listed 'x0, x1, #2'"])
    }
}
