import Runtime

/// What a machine-code backend needs from the runtime, handed to it by the JIT (so backends do
/// not depend on the interpreter).
///
/// Register file: every superblock run gets `registerCount` value slots (GC-scanned): first the
/// superblock's constants (slot i holds constant i, filled before entry), then one slot per uop
/// (slot `constantCount + i` is uop i's result). Native code may keep values in machine registers
/// but must write to the register file every value that `executeUop` reads or an exit's snapshot
/// names before calling it / taking the exit.
public struct NativeRuntimeInterface {
    /// `@convention(c) (uop: UnsafeRawPointer, registers: UnsafeMutableRawPointer,
    /// frame: UnsafeMutableRawPointer) -> Int32`: runs one uop generically (the uop interpreter's
    /// own code): reads its operands from the registers, writes its result to its slot. Returns -1
    /// to go on, else the index of the exit to take (a failed guard, or a raise with the exception
    /// set). Native code calls it for every uop it does not compile itself.
    public var executeUop: UnsafeRawPointer
    /// Builds the generic form of a superblock: the address of each uop's record for `executeUop`,
    /// kept valid as long as the returned program lives.
    public var makeGenericProgram: (Superblock) -> GenericUopProgram

    public init(executeUop: UnsafeRawPointer, makeGenericProgram: @escaping (Superblock) -> GenericUopProgram) {
        self.executeUop = executeUop
        self.makeGenericProgram = makeGenericProgram
    }
}

/// A superblock in the uop interpreter's form.
public protocol GenericUopProgram: AnyObject {
    /// The record to pass to `executeUop` for uop `index`.
    func uopRecord(_ index: Int) -> UnsafeRawPointer
    var constantCount: Int { get }
    var registerCount: Int { get }
    /// The register-file slot of an SSA value.
    func registerIndex(_ ref: Ref) -> Int
}

/// Runs machine code for a superblock through the shared register file and exit materializer;
/// backends give it their entry point. `enter` runs the code: `(frame, registers) -> exit index`.
public enum NativeTrampoline {
    nonisolated(unsafe) public static var takeRegisters: (Int) -> UnsafeMutablePointer<Value>? = { _ in nil }
    nonisolated(unsafe) public static var giveRegisters: (Int) -> Void = { _ in }
}
