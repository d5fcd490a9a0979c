// CPython reports a SyntaxError's column (`offset`) in characters, 1-based, computed from a byte
// count: the number of characters in the first `byteCount` bytes of the offending line, where a
// count past the end of the line (at most one past) counts the end as one more character.

enum ErrorColumns {
    /// CPython's `_PyPegen_byte_offset_to_character_offset`.
    static func characterOffset(ofBytes byteCount: Int, in line: [UInt8]) -> Int {
        if byteCount <= 0 { return 0 }
        let clamped = min(byteCount, line.count + 1)
        let characters = String(decoding: line.prefix(clamped), as: UTF8.self).count
        return characters + (clamped > line.count ? 1 : 0)
    }
}
