import Runtime

/// The calling convention of compiled superblocks.
///
/// Every superblock's code starts with an entry point of C type
///
///     @convention(c) (UnsafeMutableRawPointer /* NativeRunState */) -> Int32
///
/// that reads the root frame and the register file from the state, runs until an exit is
/// taken and returns that exit's index (an index into the exits of the superblock named by
/// `state.superblock` when it returns: a linked bridge may have taken over). Before the call
/// the register file holds the superblock's constants (slot i = constant i); when the call
/// returns it also holds every value the exit's snapshot names, so `ExitMaterializer` can
/// write the exit's state into frames exactly as the uop interpreter would.
///
/// Inside the code: r14 holds the root frame, r15 the register file, [rsp] the state; rax, rcx,
/// rdx, r11, xmm0 and xmm1 are scratch; rbx, rbp, r12, r13 (kept across calls) and rsi, rdi,
/// r8, r9, r10 (clobbered by calls) hold SSA values as the register allocator decides. Every
/// callee-saved register is pushed by the prologue, so the entry point is an ordinary C function.
///
/// A linked exit does not return. When it resumes in the root frame, its stub writes the frame
/// in machine code and, if the linked superblock is still installed and fits in the register
/// file, makes the state the linked superblock's and jumps to its linked entry (constants
/// copied, then the first uop): a few instructions, no call. Otherwise (other exits, or a
/// superblock that needs more registers) it calls a helper of `X86Bridging` that materializes
/// the exit, swaps the register file and updates the state, then pops the frame and jumps to the
/// linked superblock's entry point with the same state: a tail call, so the last superblock's
/// `ret` returns to whoever entered the first one.
struct NativeRunState {
    /// The frame the running superblock started in (its root frame).
    var frame: FrameRef
    /// The register file: `capacity` slots taken from the runtime's register stack, at least as
    /// many as the running superblock needs. A linked superblock that needs no more reuses them
    /// (its constants copied over the first slots; every other slot is written before it is read).
    var registers: UnsafeMutablePointer<Value>
    var capacity: Int
    /// The running superblock.
    var superblock: UnsafeMutablePointer<NativeSuperblockInfo>
    /// -1; or the exit (of `superblock`) that is already materialized, `frame` being the frame
    /// Tier 1 resumes in: an exit that resumes in the root frame and creates no objects is
    /// materialized by machine code; so is a linked exit that could not enter the superblock
    /// linked to it (released, or no room in the register file: the registers were then given
    /// back and `capacity` is 0).
    var materializedExit: Int

    static let frameOffset = Int32(MemoryLayout<NativeRunState>.offset(of: \.frame)!)
    static let registersOffset = Int32(MemoryLayout<NativeRunState>.offset(of: \.registers)!)
    static let capacityOffset = Int32(MemoryLayout<NativeRunState>.offset(of: \.capacity)!)
    static let superblockOffset = Int32(MemoryLayout<NativeRunState>.offset(of: \.superblock)!)
    static let materializedExitOffset = Int32(MemoryLayout<NativeRunState>.offset(of: \.materializedExit)!)
}

/// The C type of a superblock's entry point.
public typealias NativeEntryPoint = @convention(c) (UnsafeMutableRawPointer) -> Int32
