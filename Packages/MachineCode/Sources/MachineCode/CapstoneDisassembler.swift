import CCapstone

/// A `Disassembler` backed by capstone (version 4). x86-64 uses Intel syntax, which is also the
/// syntax the x86 emitter writes its listings in.
public final class CapstoneDisassembler: Disassembler {
    public enum Architecture: Sendable {
        case x86_64
        case aarch64
    }

    public struct OpenError: Error, CustomStringConvertible {
        public let status: cs_err
        public var description: String { "capstone: " + String(cString: cs_strerror(status)) }
    }

    public let architecture: Architecture
    private var handle: csh = 0
    // One reusable instruction buffer for cs_disasm_iter: no allocation per instruction.
    private let scratch: UnsafeMutablePointer<cs_insn>

    public init(architecture: Architecture) throws {
        self.architecture = architecture
        let status: cs_err
        switch architecture {
        case .x86_64: status = cs_open(CS_ARCH_X86, CS_MODE_64, &handle)
        case .aarch64: status = cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &handle)
        }
        guard status == CS_ERR_OK else { throw OpenError(status: status) }
        if architecture == .x86_64 {
            cs_option(handle, CS_OPT_SYNTAX, Int(CS_OPT_SYNTAX_INTEL.rawValue))
        }
        scratch = cs_malloc(handle)
    }

    deinit {
        cs_free(scratch, 1)
        cs_close(&handle)
    }

    public func decodeInstruction(in bytes: UnsafeRawBufferPointer, offset: Int, startAddress: UInt64) -> DisassembledInstruction? {
        guard offset >= 0, offset < bytes.count, let base = bytes.baseAddress else { return nil }
        var code: UnsafePointer<UInt8>? = (base + offset).assumingMemoryBound(to: UInt8.self)
        var remaining = bytes.count - offset
        var address = startAddress &+ UInt64(offset)
        guard cs_disasm_iter(handle, &code, &remaining, &address, scratch) else { return nil }
        let instruction = scratch.pointee
        return DisassembledInstruction(
            offset: offset,
            address: instruction.address,
            length: Int(instruction.size),
            mnemonic: Self.string(instruction.mnemonic),
            operands: Self.string(instruction.op_str))
    }

    private static func string<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
