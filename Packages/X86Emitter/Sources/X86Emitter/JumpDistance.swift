/// How a jump to a label is encoded.
public enum JumpDistance: Sendable {
    /// rel8 when the label is already bound and near (a backward jump), else rel32.
    case automatic
    /// Always rel8; `finish` fails if the label ends up out of reach.
    case short
    /// Always rel32.
    case near
}
