/// SipHash-1-3 with a zero key: CPython's string and bytes hash when PYTHONHASHSEED=0.
func siphash13(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var v0: UInt64 = 0x736f6d6570736575
    var v1: UInt64 = 0x646f72616e646f6d
    var v2: UInt64 = 0x6c7967656e657261
    var v3: UInt64 = 0x7465646279746573
    @inline(__always) func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
    @inline(__always) func round() {
        v0 &+= v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
        v2 &+= v3; v3 = rotl(v3, 16); v3 ^= v2
        v0 &+= v3; v3 = rotl(v3, 21); v3 ^= v0
        v2 &+= v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
    }
    let count = bytes.count
    var offset = 0
    while offset + 8 <= count {
        let m = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
        v3 ^= m
        round()
        v0 ^= m
        offset += 8
    }
    var last = UInt64(truncatingIfNeeded: count) << 56
    var shift: UInt64 = 0
    while offset < count {
        last |= UInt64(bytes[offset]) << shift
        shift += 8
        offset += 1
    }
    v3 ^= last
    round()
    v0 ^= last
    v2 ^= 0xff
    round(); round(); round()
    return v0 ^ v1 ^ v2 ^ v3
}
