import Foundation

// Unicode character properties as CPython 3.11 sees them. CPython 3.11 ships the Unicode 14.0
// database; characters Swift knows from later versions are treated as unassigned.

enum UnicodeProperties {
    /// Whether the scalar was assigned in Unicode 14.0 (CPython 3.11's database).
    static func isAssignedInPython311(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    static func isXIDStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isXIDStart && isAssignedInPython311(scalar)
    }

    static func isXIDContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        return scalar.properties.isXIDContinue && isAssignedInPython311(scalar)
    }

    /// Python's `str.isprintable()` for one character: not in categories Cc, Cf, Cs, Co, Cn, Zl,
    /// Zp or Zs (the ASCII space excepted).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value < 0x7F }
        if !isAssignedInPython311(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Finds the character named in a `\N{...}` escape: a character name or alias, in any case.
    static func scalar(named name: String) -> Unicode.Scalar? {
        UnicodeNameTable.shared.lookup(name.uppercased())
    }
}

/// A name-to-character table built on first use from Swift's Unicode data.
final class UnicodeNameTable: @unchecked Sendable {
    static let shared = UnicodeNameTable()
    private var table: [String: Unicode.Scalar]? = nil
    private let lock = NSLock()

    func lookup(_ upperName: String) -> Unicode.Scalar? {
        lock.withLock {
            if table == nil { table = UnicodeNameTable.build() }
            return table?[upperName]
        }
    }

    private static func build() -> [String: Unicode.Scalar] {
        var names: [String: Unicode.Scalar] = [:]
        names.reserveCapacity(300_000)
        var value: UInt32 = 0
        while value <= 0x10FFFF {
            // Planes 4 to 13 have no characters; skip them.
            if value == 0x40000 { value = 0xE0000 }
            if let scalar = Unicode.Scalar(value), UnicodeProperties.isAssignedInPython311(scalar) {
                let properties = scalar.properties
                if let name = properties.name { names[name] = scalar }
                if let alias = properties.nameAlias, names[alias] == nil { names[alias] = scalar }
            }
            value += 1
        }
        return names
    }
}
