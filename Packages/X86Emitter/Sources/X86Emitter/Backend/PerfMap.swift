#if canImport(Glibc)
import Glibc
#endif

/// /tmp/perf-<pid>.map: how `perf report` names code that has no symbols (one `START SIZE name`
/// line per piece of code, hexadecimal without 0x).
final class PerfMap {
    private let file: UnsafeMutablePointer<FILE>?

    init() {
        file = fopen("/tmp/perf-\(getpid()).map", "a")
    }

    deinit { if let file { fclose(file) } }

    func add(address: UInt64, size: Int, name: String) {
        guard let file else { return }
        fputs("\(String(address, radix: 16)) \(String(size, radix: 16)) hotpath \(name)\n", file)
        fflush(file)
    }
}
