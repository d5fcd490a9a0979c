import Interpreter
import Runtime
import Superblock

/// The runtime side of machine-code backends: the C entry points compiled code calls.
public enum NativeRuntime {
    /// Runs one uop generically (see NativeRuntimeInterface.executeUop).
    static let executeUopEntry: @convention(c) (UnsafeRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int32 = { uop, registers, frame in
        executeUop(uop.assumingMemoryBound(to: CompactUop.self), registers.assumingMemoryBound(to: Value.self),
                   frame.assumingMemoryBound(to: Frame.self))
    }

    /// The interface handed to machine-code backends.
    public static let interface = NativeRuntimeInterface(
        executeUop: unsafeBitCast(executeUopEntry, to: UnsafeRawPointer.self),
        makeGenericProgram: { superblock in InterpretedSuperblock(superblock) })

    /// Register-file access for native trampolines.
    public static func installRegisterFile() {
        NativeTrampoline.takeRegisters = { RegisterFile.take($0) }
        NativeTrampoline.giveRegisters = { RegisterFile.give($0) }
    }
}

extension InterpretedSuperblock: GenericUopProgram {
    func uopRecord(_ index: Int) -> UnsafeRawPointer { UnsafeRawPointer(program + index) }
}
