import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// Buffered writes to stdout and stderr. stdout is flushed before anything goes to stderr (so
/// interleaved output keeps its order, as with CPython on a terminal-less pipe it is... the order
/// of lines within each stream is what tests compare) and at exit.
public struct OutputStream {
    let descriptor: Int32
    var buffer: [UInt8] = []
    /// When set, output accumulates here instead of being written (tests).
    public var captured: [UInt8]?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || descriptor == 2 { flush() }
    }

    /// Writes a str value's characters as UTF-8.
    public mutating func write(str value: Value) {
        let s = value.object(as: StrObject.self)
        let count = s.pointee.count
        if s.pointee.isASCII {
            buffer.append(contentsOf: UnsafeBufferPointer(start: StrObject.latin1(s), count: count))
        } else {
            for i in 0..<count {
                let c = StrObject.character(s, i)
                appendUTF8(c)
            }
        }
        if buffer.count >= 1 << 16 || descriptor == 2 { flush() }
    }

    mutating func appendUTF8(_ c: UInt32) {
        switch c {
        case 0..<0x80: buffer.append(UInt8(c))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | (c >> 6)))
            buffer.append(UInt8(0x80 | (c & 0x3F)))
        case 0xD800..<0xE000:
            // A lone surrogate cannot be encoded (CPython raises UnicodeEncodeError); print U+FFFD.
            buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | (c >> 12)))
            buffer.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (c & 0x3F)))
        default:
            buffer.append(UInt8(0xF0 | (c >> 18)))
            buffer.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    public mutating func flush() {
        if captured != nil {
            captured!.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { break }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

nonisolated(unsafe) public var standardOutput = OutputStream(descriptor: 1)
nonisolated(unsafe) public var standardError = OutputStream(descriptor: 2)

/// Writes to stderr after flushing stdout.
public func writeError(_ text: String) {
    standardOutput.flush()
    standardError.write(text)
    standardError.flush()
}
