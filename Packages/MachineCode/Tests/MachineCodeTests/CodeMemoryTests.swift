import XCTest
import MachineCode

final class CodeMemoryTests: XCTestCase {
    // mov rax, rdi; add rax, rsi; ret
    let addBytes: [UInt8] = [0x48, 0x89, 0xF8, 0x48, 0x01, 0xF0, 0xC3]

    private func install(_ bytes: [UInt8], in memory: CodeMemory) throws -> CodeRegion {
        let staged = try XCTUnwrap(memory.allocate(bytes: bytes.count))
        staged.bytes.copyBytes(from: bytes)
        return try memory.commit(staged)
    }

    func testCommittedCodeRuns() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        let region = try install(addBytes, in: memory)
        let add = region.function(as: (@convention(c) (Int, Int) -> Int).self)
        XCTAssertEqual(add(40, 2), 42)
        XCTAssertEqual(add(-5, 3), -2)
        XCTAssertEqual(region.address, memory.baseAddress)
        XCTAssertEqual(memory.statistics.committedRegions, 1)
        XCTAssertEqual(memory.statistics.usedBytes, 16)
    }

    func testStagedAddressIsTheFinalAddress() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        _ = try install(addBytes, in: memory)
        let staged = try XCTUnwrap(memory.allocate(bytes: 100))
        XCTAssertEqual(staged.address, memory.baseAddress + 16)
        XCTAssertEqual(staged.region.size, 112)
        XCTAssertEqual(memory.statistics.stagedRegions, 1)
        XCTAssertEqual(try memory.commit(staged), staged.region)
        XCTAssertThrowsError(try memory.commit(staged) as CodeRegion)
    }

    func testNeverWritableAndExecutableAtOnce() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        XCTAssertEqual(try permissions(of: memory.baseAddress), "---p", "reserved pages are inaccessible")
        let staged = try XCTUnwrap(memory.allocate(bytes: addBytes.count))
        staged.bytes.copyBytes(from: addBytes)
        XCTAssertEqual(try permissions(of: memory.baseAddress), "---p", "allocation does not touch the code area")
        let region = try memory.commit(staged)
        XCTAssertEqual(try permissions(of: region.address), "r-xp")
        try memory.patch(at: region.address + 6, bytes: [0xC3])
        XCTAssertEqual(try permissions(of: region.address), "r-xp")
        try memory.free(region)
        XCTAssertEqual(try permissions(of: region.address), "r-xp")
        for mapping in try processMappings() where mapping.permissions.contains("w") && mapping.permissions.contains("x") {
            XCTAssertFalse(mapping.range.overlaps(memory.baseAddress ..< memory.baseAddress + UInt64(memory.reservedBytes)),
                           "writable and executable code memory: \(mapping.line)")
        }
    }

    func testFreedSpaceIsReusedAndTrapped() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        let first = try install(addBytes, in: memory)
        let second = try install([UInt8](repeating: 0x90, count: 40) + [0xC3], in: memory)
        let third = try install(addBytes, in: memory)
        XCTAssertEqual(second.address, first.address + 16)
        XCTAssertEqual(third.address, second.address + 48)
        try memory.free(second)
        XCTAssertEqual(second.pointer.load(as: UInt8.self), 0xCC, "freed code traps")
        XCTAssertEqual(memory.statistics.reusableBytes, 48)
        let reused = try install(addBytes, in: memory)
        XCTAssertEqual(reused.address, second.address, "first fit")
        XCTAssertEqual(memory.statistics.reusableBytes, 32)
        // Neighbouring holes merge: freeing first and reused leaves one 64-byte hole.
        try memory.free(first)
        try memory.free(reused)
        XCTAssertEqual(memory.statistics.reusableBytes, 64)
        let large = try install([UInt8](repeating: 0x90, count: 63) + [0xC3], in: memory)
        XCTAssertEqual(large.address, first.address)
        // Freeing the last region gives its space back to the tail.
        try memory.free(third)
        XCTAssertEqual(memory.statistics.highWaterMark, 64)
        XCTAssertEqual(memory.statistics.frees, 4)
        XCTAssertThrowsError(try memory.free(third), "double free")
    }

    func testFullAreaReturnsNilAndResetFlushesEverything() throws {
        let memory = try CodeMemory(reservedBytes: 8192)
        XCTAssertEqual(memory.reservedBytes, 8192)
        let staged = try XCTUnwrap(memory.allocate(bytes: 8000))
        try memory.commit(staged)
        XCTAssertNil(memory.allocate(bytes: 200))
        XCTAssertEqual(memory.statistics.failedAllocations, 1)
        XCTAssertNotNil(memory.allocate(bytes: 150).map { memory.abandon($0) })
        let outstanding = try XCTUnwrap(memory.allocate(bytes: 100))
        try memory.reset()
        memory.abandon(outstanding)   // already released by reset: nothing happens
        XCTAssertThrowsError(try memory.commit(outstanding) as CodeRegion)
        XCTAssertEqual(memory.statistics.usedBytes, 0)
        XCTAssertEqual(try permissions(of: memory.baseAddress), "---p")
        let region = try install(addBytes, in: memory)
        XCTAssertEqual(region.address, memory.baseAddress)
        XCTAssertEqual(region.function(as: (@convention(c) (Int, Int) -> Int).self)(1, 2), 3)
    }

    func testPatchChangesCommittedCode() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        // mov eax, 1; ret
        let region = try install([0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3], in: memory)
        let function = region.function(as: (@convention(c) () -> Int32).self)
        XCTAssertEqual(function(), 1)
        try memory.patch(at: region.address + 1, bytes: [0x07, 0x00, 0x00, 0x00])
        XCTAssertEqual(function(), 7)
        XCTAssertEqual(memory.statistics.patches, 1)
        XCTAssertThrowsError(try memory.patch(at: region.address + 14, bytes: [0, 0, 0, 0]), "runs past the region")
        XCTAssertThrowsError(try memory.patch(at: region.address + 64, bytes: [0]), "outside any region")
        XCTAssertEqual(memory.region(containing: region.address + 3), region)
        XCTAssertNil(memory.region(containing: region.address + 100))
    }

    func testRegionsSpanningPagesStayExecutable() throws {
        let memory = try CodeMemory(reservedBytes: 1 << 20)
        var regions: [CodeRegion] = []
        for _ in 0 ..< 200 {   // ~ 200 * 32 bytes: several pages, regions straddling page ends
            regions.append(try install([UInt8](repeating: 0x90, count: 20) + addBytes, in: memory))
        }
        for region in regions {
            XCTAssertEqual(region.function(as: (@convention(c) (Int, Int) -> Int).self)(20, 22), 42)
        }
        XCTAssertEqual(memory.statistics.committedRegions, 200)
    }

    // MARK: /proc/self/maps

    private struct Mapping { var range: Range<UInt64>; var permissions: String; var line: String }

    private func processMappings() throws -> [Mapping] {
        // /proc files report size 0, so read to the end rather than by size.
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: "/proc/self/maps"))
        defer { try? handle.close() }
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let bounds = fields[0].split(separator: "-")
            guard fields.count >= 2, bounds.count == 2, let low = UInt64(bounds[0], radix: 16),
                  let high = UInt64(bounds[1], radix: 16) else { return nil }
            return Mapping(range: low ..< high, permissions: String(fields[1]), line: String(line))
        }
    }

    private func permissions(of address: UInt64) throws -> String? {
        try processMappings().first { $0.range.contains(address) }?.permissions
    }
}
