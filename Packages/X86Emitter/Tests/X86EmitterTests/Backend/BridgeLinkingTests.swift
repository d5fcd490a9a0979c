import MachineCode
import Runtime
import Superblock
import XCTest
@testable import X86Emitter

/// Exit stubs, linking exits to bridges by patching, and the code memory running out.
final class BridgeLinkingTests: XCTestCase {
    override func setUp() { TestRuntime.setUp() }

    /// Root: x = local 0; exits (guard) unless x is True. Bridge: local 1 += 100, then ends.
    func makeRootAndBridge() throws -> (root: X86CompiledSuperblock, bridge: X86CompiledSuperblock, bridgeBlock: Superblock) {
        let r = SuperblockBuilder()
        let x = r.uop(._LOAD_LOCAL, immediate: 0, exit: r.exit(resume: 1))
        let y = r.uop(._LOAD_LOCAL, immediate: 1, exit: r.exit(resume: 1))
        let z = r.uop(._INT_ADD, [y, r.constant(1)], exit: r.exit(resume: 2))
        r.uop(._GUARD_TRUE, [x], exit: r.exit(resume: 3, locals: [(1, z)], stack: [x]))
        r.uop(._EXIT, exit: r.exit(.end, resume: 4, locals: [(1, z)]))
        let b = SuperblockBuilder()
        let top = b.uop(._LOAD_STACK, immediate: 0)
        let v = b.uop(._LOAD_LOCAL, immediate: 1, exit: b.exit(resume: 3, stack: [top]))
        let w = b.uop(._INT_ADD, [v, b.constant(100)], exit: b.exit(resume: 3, stack: [top]))
        b.uop(._EXIT, exit: b.exit(.end, resume: 8, locals: [(1, w)], stack: [top]))
        return (try TestRuntime.compile(r), try TestRuntime.compile(b), b.superblock)
    }

    func testUnlinkedExitReturnsWithItsSnapshotWritten() throws {
        let (root, _, _) = try makeRootAndBridge()
        let frame = TestRuntime.makeFrame(locals: [.false, Value(smallInt: 5)])
        let result = try XCTUnwrap(root.run(frame))
        XCTAssertEqual(result.exit, 3)
        XCTAssertEqual(result.superblockID, root.superblock.id)
        XCTAssertEqual(Frame.localsPlus(frame)[1].int, 6)
        XCTAssertEqual(Frame.stackBase(frame)[0], .false)
        XCTAssertEqual(frame.pointee.stackDepth, 1)
        XCTAssertEqual(frame.pointee.instructionIndex, 3)
    }

    func testLinkedExitContinuesInTheBridgeWithoutReturning() throws {
        let (root, bridge, bridgeBlock) = try makeRootAndBridge()
        root.link(exit: 3, to: bridge)
        XCTAssertFalse(root.installed.verify(with: CapstoneOracle.verifier).isEmpty, "the exit's jump was re-pointed")
        let frame = TestRuntime.makeFrame(locals: [.false, Value(smallInt: 5)])
        let result = try XCTUnwrap(root.run(frame))
        XCTAssertEqual(result.superblockID, bridgeBlock.id, "the bridge took the final exit")
        XCTAssertEqual(result.exit, 2)
        XCTAssertEqual(Frame.localsPlus(frame)[1].int, 106)
        XCTAssertEqual(frame.pointee.instructionIndex, 8)
        XCTAssertEqual(Frame.stackBase(frame)[0], .false)
        XCTAssertEqual(TestRuntime.registerTop, 0)
        // The path that does not take the linked exit is unchanged.
        let other = TestRuntime.makeFrame(locals: [.true, Value(smallInt: 5)])
        let plain = try XCTUnwrap(root.run(other))
        XCTAssertEqual(plain.superblockID, root.superblock.id)
        XCTAssertEqual(plain.exit, 4)
        XCTAssertEqual(Frame.localsPlus(other)[1].int, 6)
    }

    /// A linked exit jumps straight to the bridge's linked entry when the bridge fits in the
    /// register file, and goes through the helper (which grows it) when it does not: both give
    /// the same state, and the registers are all given back.
    func testLinkedExitIntoALargerBridgeGrowsTheRegisterFile() throws {
        let (root, _, _) = try makeRootAndBridge()
        let b = SuperblockBuilder()
        let top = b.uop(._LOAD_STACK, immediate: 0)
        var v = b.uop(._LOAD_LOCAL, immediate: 1, exit: b.exit(resume: 3, stack: [top]))
        for step in 1 ... 40 { v = b.uop(._INT_ADD, [v, b.constant(step)], exit: b.exit(resume: 3, stack: [top])) }
        b.uop(._EXIT, exit: b.exit(.end, resume: 8, locals: [(1, v)], stack: [top]))
        let large = try TestRuntime.compile(b)
        XCTAssertGreaterThan(large.registerCount, root.registerCount)
        root.link(exit: 3, to: large)
        for _ in 0 ..< 2 {
            let frame = TestRuntime.makeFrame(locals: [.false, Value(smallInt: 5)])
            let result = try XCTUnwrap(root.run(frame))
            XCTAssertEqual(result.superblockID, b.superblock.id)
            XCTAssertEqual(Frame.localsPlus(frame)[1].int, 6 + 40 * 41 / 2)
            XCTAssertEqual(TestRuntime.registerTop, 0)
        }
    }

    /// The direct jump reads the link slot and the target's info: the listing of a linked exit
    /// enters the linked superblock with an indirect jump, not only through the helper.
    func testLinkedExitsJumpDirectlyToTheLinkedEntry() throws {
        let (root, bridge, _) = try makeRootAndBridge()
        XCTAssertNotEqual(bridge.info.pointee.linkedEntry, 0)
        XCTAssertNotEqual(bridge.info.pointee.linkedEntry, bridge.info.pointee.entry)
        let jumps = root.listing.entries.filter { $0.text.hasPrefix("jmp qword ptr [rax") }
        XCTAssertFalse(jumps.isEmpty, root.listing.entries.map(\.text).joined(separator: "\n"))
    }

    func testBridgeThatCannotRunReturnsTheMaterializedExit() throws {
        let (root, bridge, _) = try makeRootAndBridge()
        root.link(exit: 3, to: bridge)
        bridge.release()
        let frame = TestRuntime.makeFrame(locals: [.false, Value(smallInt: 5)])
        let result = try XCTUnwrap(root.run(frame))
        XCTAssertEqual(result.superblockID, root.superblock.id)
        XCTAssertEqual(result.exit, 3)
        XCTAssertEqual(Frame.localsPlus(frame)[1].int, 6)
        XCTAssertEqual(TestRuntime.registerTop, 0)
    }

    func testEveryStubEndsInAPatchableJumpPerExit() throws {
        let (root, _, _) = try makeRootAndBridge()
        XCTAssertEqual(root.exitJumps.map(\.count), [1, 1, 1, 1, 1])
        XCTAssertNotNil(root.linkEntries[3], "guard exits can be linked")
        XCTAssertNotNil(root.linkEntries[4], "an end exit can go to the superblock of the loop it ends at")
        let b = SuperblockBuilder()
        let x = b.uop(._LOAD_STACK, immediate: 0)
        b.uop(._TO_BOOL, [x], raiseExit: b.exit(.raised))
        b.uop(._EXIT, exit: b.exit(.end))
        XCTAssertNil(try TestRuntime.compile(b).linkEntries[0], "raises are never linked")
    }

    func testFullCodeMemoryMakesCompileReturnNil() throws {
        let memory = try CodeMemory(reservedBytes: 4096)
        var logged: [String] = []
        let backend = TestRuntime.backend(memory: memory)
        backend.options.log = { logged.append($0) }
        var compiled: [CompiledSuperblock] = []
        for _ in 0 ..< 100 {
            let b = SuperblockBuilder()
            var value = b.uop(._LOAD_LOCAL, immediate: 0, exit: b.exit())
            for _ in 0 ..< 10 { value = b.uop(._INT_ADD, [value, value], exit: b.exit(stack: [value])) }
            b.uop(._EXIT, exit: b.exit(.end, stack: [value]))
            guard let code = backend.compile(b.superblock, id: compiled.count) else { break }
            compiled.append(code)
        }
        XCTAssertGreaterThan(compiled.count, 0)
        XCTAssertLessThan(compiled.count, 100)
        XCTAssertEqual(logged.count, 1)
        XCTAssertTrue(logged.first?.contains("code memory full") ?? false, "\(logged)")
        // Released code makes room again.
        compiled.removeLast().release()
        let b = SuperblockBuilder()
        b.uop(._EXIT, exit: b.exit(.end))
        XCTAssertNotNil(backend.compile(b.superblock, id: 1000))
    }
}
