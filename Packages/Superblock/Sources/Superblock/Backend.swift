import Runtime

/// Turns an optimized superblock into something that runs: the ISA-neutral seam every execution
/// backend implements (the uop interpreter, x86-64, AArch64; a third party could add another).
public protocol Backend: AnyObject {
    /// The name used by `--backend`.
    var name: String { get }
    /// Prepares the superblock for execution (compiles it to machine code, or to the uop
    /// interpreter's form). Returns nil when the backend cannot handle it (the loop then stays in
    /// Tier 1). `id` identifies the superblock in the runtime's executor table.
    func compile(_ superblock: Superblock, id: Int) -> CompiledSuperblock?
}

/// A superblock ready to run.
public protocol CompiledSuperblock: AnyObject {
    /// Runs from the entry with `frame` as the root frame. Returns the exit taken (an index into
    /// the superblock's exits) with every frame the exit needs already written back or created;
    /// the caller resumes Tier 1 there. nil when it could not start (out of resources).
    func run(_ frame: FrameRef) -> ExitResult?
    /// Bytes of machine code (0 for interpreted backends).
    var codeSize: Int { get }
    /// Back edges taken inside the superblock so far (its loop's iterations), so Tier 2 can tell
    /// whether entering it pays.
    var iterations: Int { get }
    /// Makes exit `exit` continue in `bridge` (a superblock starting where the exit resumes).
    func link(exit: Int, to bridge: CompiledSuperblock)
    /// Releases machine code (after invalidation).
    func release()
}

/// How a superblock run ended.
public struct ExitResult {
    /// The exit taken (index into `exits` of the superblock that took it).
    public var exit: Int
    /// The id of the superblock that took it (a linked bridge may have run after the root).
    public var superblockID: Int
    /// The frame Tier 1 continues in.
    public var frame: FrameRef

    public init(exit: Int, superblockID: Int, frame: FrameRef) {
        self.exit = exit
        self.superblockID = superblockID
        self.frame = frame
    }
}
