import Runtime

/// Character properties and case mappings as CPython 3.11 sees them. CPython 3.11.7 ships the
/// Unicode 14.0 database; Swift's (newer) database is used with characters assigned after 14.0
/// treated as unassigned. The first 256 characters come from a precomputed table.

struct CharacterFlags: OptionSet {
    let rawValue: UInt16
    static let alpha = CharacterFlags(rawValue: 1 << 0)
    static let decimal = CharacterFlags(rawValue: 1 << 1)
    static let digit = CharacterFlags(rawValue: 1 << 2)
    static let numeric = CharacterFlags(rawValue: 1 << 3)
    static let lower = CharacterFlags(rawValue: 1 << 4)
    static let upper = CharacterFlags(rawValue: 1 << 5)
    static let title = CharacterFlags(rawValue: 1 << 6)
    static let cased = CharacterFlags(rawValue: 1 << 7)
    static let caseIgnorable = CharacterFlags(rawValue: 1 << 8)
    static let space = CharacterFlags(rawValue: 1 << 9)
    static let linebreak = CharacterFlags(rawValue: 1 << 10)
    static let printable = CharacterFlags(rawValue: 1 << 11)
    static let xidStart = CharacterFlags(rawValue: 1 << 12)
    static let xidContinue = CharacterFlags(rawValue: 1 << 13)
}

/// Whether the scalar was assigned in Unicode 14.0 (CPython 3.11's database).
@inline(__always)
func isAssignedInUnicode14(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return age.major < 14 || (age.major == 14 && age.minor == 0)
}

/// Python's whitespace (str.isspace, str.split()): bidirectional class WS, B or S, or category Zs.
@inline(__always)
func isUnicodeSpace(_ c: UInt32) -> Bool {
    if c < 128 { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) }
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Line boundaries for str.splitlines.
@inline(__always)
func isLineBreak(_ c: UInt32) -> Bool {
    switch c {
    case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

private func computeFlags(_ c: UInt32) -> CharacterFlags {
    var flags: CharacterFlags = []
    if isUnicodeSpace(c) { flags.insert(.space) }
    if isLineBreak(c) { flags.insert(.linebreak) }
    guard let scalar = Unicode.Scalar(c), isAssignedInUnicode14(scalar) else { return flags }
    let p = scalar.properties
    switch p.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        flags.insert(.alpha)
    default: break
    }
    if p.generalCategory == .titlecaseLetter { flags.insert(.title) }
    if let numeric = p.numericType, !numericSince14.contains(c) {
        flags.insert(.numeric)
        switch numeric {
        case .decimal: flags.formUnion([.decimal, .digit])
        case .digit: flags.insert(.digit)
        default: break
        }
    }
    if (p.isLowercase || c == 0x0295) && !lowercaseSince14.contains(c) { flags.insert(.lower) }
    if p.isUppercase { flags.insert(.upper) }
    if p.isCased { flags.insert(.cased) }
    if p.isCaseIgnorable { flags.insert(.caseIgnorable) }
    if c == 0x20 {
        flags.insert(.printable)
    } else {
        switch p.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            break
        default:
            flags.insert(.printable)
        }
    }
    if c < 128 {
        let isLetter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        if isLetter || c == 0x5F { flags.insert(.xidStart) }
        if isLetter || c == 0x5F || (c >= 0x30 && c <= 0x39) { flags.insert(.xidContinue) }
    } else {
        if p.isXIDStart { flags.insert(.xidStart) }
        if p.isXIDContinue && !xidContinueSince14.contains(c) { flags.insert(.xidContinue) }
    }
    return flags
}

// Properties of characters assigned by Unicode 14.0 that changed in the Unicode version Swift
// ships (found by comparing every code point with CPython 3.11).
/// Lowercase since Unicode 14 (U+0295 stopped being Lowercase).
private let lowercaseSince14: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
/// XID_Continue since Unicode 14 (15.1 added ZWNJ, ZWJ and the katakana middle dots).
private let xidContinueSince14: Set<UInt32> = [0x200C, 0x200D, 0x30FB, 0xFF65]
/// Numeric values added since Unicode 14 (Unihan and cuneiform numerals).
private let numericSince14: Set<UInt32> = [0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
                                            0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399]

nonisolated(unsafe) private let latin1Flags: UnsafeMutablePointer<CharacterFlags> = {
    let table = UnsafeMutablePointer<CharacterFlags>.allocate(capacity: 256)
    for c in 0..<256 { table[c] = computeFlags(UInt32(c)) }
    return table
}()

/// The properties of one character.
@inline(__always)
func characterFlags(_ c: UInt32) -> CharacterFlags {
    c < 256 ? latin1Flags[Int(c)] : computeFlags(c)
}

// MARK: case mappings

enum CaseMapping {
    case lower, upper, title, fold
}

/// Full case mappings of characters beyond ASCII, cached (Swift returns them as Strings).
nonisolated(unsafe) private var caseMappingCache: [UInt64: [UInt32]] = [:]

/// Appends the full case mapping of `c` to `out` (SpecialCasing's unconditional mappings, as
/// CPython's str.upper/lower/title/casefold use them).
@inline(__always)
func appendCaseMapping(_ c: UInt32, _ mapping: CaseMapping, to out: inout [UInt32]) {
    if c < 128 {
        switch mapping {
        case .upper, .title: out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c)
        case .lower, .fold: out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
        }
        return
    }
    let key = UInt64(c) << 2 | UInt64(mappingIndex(mapping))
    if let cached = caseMappingCache[key] {
        out.append(contentsOf: cached)
        return
    }
    let mapped = computeCaseMapping(c, mapping)
    caseMappingCache[key] = mapped
    out.append(contentsOf: mapped)
}

@inline(__always)
private func mappingIndex(_ mapping: CaseMapping) -> Int {
    switch mapping {
    case .lower: return 0
    case .upper: return 1
    case .title: return 2
    case .fold: return 3
    }
}

private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

private func computeCaseMapping(_ c: UInt32, _ mapping: CaseMapping) -> [UInt32] {
    guard let scalar = Unicode.Scalar(c), isAssignedInUnicode14(scalar) else { return [c] }
    let p = scalar.properties
    let result: [UInt32]
    switch mapping {
    case .lower: result = scalars(p.lowercaseMapping)
    case .upper: result = scalars(p.uppercaseMapping)
    case .title: result = scalars(p.titlecaseMapping)
    case .fold: result = caseFold(c, p)
    }
    // Mappings to characters assigned after Unicode 14.0 did not exist then.
    for m in result {
        guard let ms = Unicode.Scalar(m), isAssignedInUnicode14(ms) else { return [c] }
    }
    return result
}

private func caseFold(_ c: UInt32, _ p: Unicode.Scalar.Properties) -> [UInt32] {
    do {
        if !p.changesWhenCaseMapped && !p.changesWhenCaseFolded { return [c] }
        if let special = specialCaseFolds[c] { return special }
        // Full case folding is the lowercase of the uppercase of the lowercase for every
        // character except the exceptions listed in specialCaseFolds.
        var result: [UInt32] = []
        for l in scalars(p.lowercaseMapping) {
            guard let ls = Unicode.Scalar(l) else { result.append(l); continue }
            for u in scalars(ls.properties.uppercaseMapping) {
                guard let us = Unicode.Scalar(u) else { result.append(u); continue }
                result.append(contentsOf: scalars(us.properties.lowercaseMapping))
            }
        }
        return result
    }
}

/// Case folds that are not lower(upper(lower(c))): Cherokee letters fold to the capitals, and
/// dotless i stays itself.
private let specialCaseFolds: [UInt32: [UInt32]] = {
    var table: [UInt32: [UInt32]] = [0x131: [0x131]]
    for c in UInt32(0x13A0)...0x13F5 { table[c] = [c] }
    for c in UInt32(0x13F8)...0x13FD { table[c] = [c - 8] }
    for c in UInt32(0xAB70)...0xABBF { table[c] = [c - 0xAB70 + 0x13A0] }
    return table
}()

/// The lowercase of U+03A3 (capital sigma) at `index` of `text`: final sigma (U+03C2) when it
/// ends a word, as CPython's handle_capital_sigma decides.
func lowercaseSigma(_ s: StrRef, _ index: Int) -> UInt32 {
    let count = s.pointee.count
    var j = index - 1
    var c: UInt32 = 0
    while j >= 0 {
        c = StrObject.character(s, j)
        if !characterFlags(c).contains(.caseIgnorable) { break }
        j -= 1
    }
    var finalSigma = j >= 0 && characterFlags(c).contains(.cased)
    if finalSigma && index + 1 < count {
        j = index + 1
        while j < count {
            c = StrObject.character(s, j)
            if !characterFlags(c).contains(.caseIgnorable) { break }
            j += 1
        }
        finalSigma = j == count || !characterFlags(c).contains(.cased)
    }
    return finalSigma ? 0x3C2 : 0x3C3
}
