/// Decimal text of limb magnitudes (see LimbArithmetic.swift).

/// The largest power of ten in a limb: each single-limb division peels 19 digits off.
private let tenToThe19: UInt = 10_000_000_000_000_000_000

/// The decimal digits of a[0..<n] (normalized), after a "-" when `negative`, as ASCII bytes.
func decimalBytes(_ a: Limbs, _ n: Int, negative: Bool) -> [UInt8] {
    if n == 0 { return [UInt8(ascii: "0")] }
    // Each limb holds under 19.27 digits: 64 * log10(2) = 19.27, so n * 64 / 63 + 1 chunks of 19.
    let chunkCapacity = n * 64 / 63 + 1
    return withUnsafeTemporaryAllocation(of: UInt.self, capacity: n + chunkCapacity) { scratch in
        let work = scratch.baseAddress!
        let chunks = work + n
        work.update(from: a, count: n)
        var count = n, chunkCount = 0
        while count > 0 {
            chunks[chunkCount] = divideLimbs(work, work, count, by: tenToThe19)
            chunkCount += 1
            if work[count - 1] == 0 { count -= 1 }
        }
        // The top chunk unpadded, every other one as exactly 19 digits.
        var top = chunks[chunkCount - 1]
        var topDigits = 0
        repeat { topDigits += 1; top /= 10 } while top != 0
        let length = (negative ? 1 : 0) + topDigits + 19 * (chunkCount - 1)
        return [UInt8](unsafeUninitializedCapacity: length) { bytes, initialized in
            var position = length
            for c in 0..<chunkCount {
                var chunk = chunks[c]
                let digits = c == chunkCount - 1 ? topDigits : 19
                for _ in 0..<digits {
                    position -= 1
                    bytes[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: chunk % 10)
                    chunk /= 10
                }
            }
            if negative { bytes[0] = UInt8(ascii: "-") }
            initialized = length
        }
    }
}
