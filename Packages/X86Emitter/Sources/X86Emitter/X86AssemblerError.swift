public enum X86AssemblerError: Error, Equatable, CustomStringConvertible {
    case unboundLabel(Label)
    case shortJumpOutOfRange(instructionOffset: Int, distance: Int)
    case targetOutOfRange(fieldOffset: Int, target: UInt64)

    public var description: String {
        switch self {
        case .unboundLabel(let label): return "label \(label.id) is used but never bound"
        case .shortJumpOutOfRange(let offset, let distance): return "short jump at +0x\(String(offset, radix: 16)) cannot reach \(distance) bytes"
        case .targetOutOfRange(let offset, let target): return "rel32 at +0x\(String(offset, radix: 16)) cannot reach 0x\(String(target, radix: 16))"
        }
    }
}
