/// The condition codes of jcc, setcc and cmovcc, numbered as the encoding numbers them.
/// After `ucomisd`: unordered sets ZF, PF and CF, so use `.above`/`.aboveOrEqual` (false when
/// unordered) or test `.parity` first.
public enum Condition: UInt8, CaseIterable, Sendable {
    case overflow, noOverflow, below, aboveOrEqual, equal, notEqual, belowOrEqual, above
    case sign, noSign, parity, noParity, less, greaterOrEqual, lessOrEqual, greater

    public static let carry = Condition.below
    public static let noCarry = Condition.aboveOrEqual
    public static let zero = Condition.equal
    public static let notZero = Condition.notEqual
    public static let unordered = Condition.parity
    public static let ordered = Condition.noParity

    /// The condition that holds exactly when this one does not.
    public var negated: Condition { Condition(rawValue: rawValue ^ 1)! }

    /// The suffix capstone prints after j/set/cmov.
    public var suffix: String {
        ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"][Int(rawValue)]
    }
}
