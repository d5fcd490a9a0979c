import BigInt
import Runtime
#if canImport(Glibc)
import Glibc
#endif

/// The `time` module: the clocks CPython uses on Linux (time: CLOCK_REALTIME; perf_counter and
/// monotonic: CLOCK_MONOTONIC; process_time: CLOCK_PROCESS_CPUTIME_ID; thread_time:
/// CLOCK_THREAD_CPUTIME_ID) and sleep.
func registerTimeModule() {
    registerModule("time") { () throws(PyError) -> Value in timMakeTimeModule() }
}

private func timClockNanoseconds(_ clock: clockid_t) -> Int {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
}

private func timClockSeconds(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

@inline(__always)
private func timNoArguments(_ name: String, _ n: Int, _ k: Value) throws(PyError) {
    if modKeywordCount(k) > 0 { throw raiseTypeError("time.\(name)() takes no keyword arguments") }
    if n != 0 { throw raiseTypeError("time.\(name)() takes no arguments (\(n) given)") }
}

private func timMakeTimeModule() -> Value {
    let m = makeModule("time")
    modFunction(m, "time") { a, n, k throws(PyError) in
        try timNoArguments("time", n, k); return Value(float: timClockSeconds(CLOCK_REALTIME))
    }
    modFunction(m, "time_ns") { a, n, k throws(PyError) in
        try timNoArguments("time_ns", n, k); return newInt(timClockNanoseconds(CLOCK_REALTIME))
    }
    modFunction(m, "perf_counter") { a, n, k throws(PyError) in
        try timNoArguments("perf_counter", n, k); return Value(float: timClockSeconds(CLOCK_MONOTONIC))
    }
    modFunction(m, "perf_counter_ns") { a, n, k throws(PyError) in
        try timNoArguments("perf_counter_ns", n, k); return newInt(timClockNanoseconds(CLOCK_MONOTONIC))
    }
    modFunction(m, "monotonic") { a, n, k throws(PyError) in
        try timNoArguments("monotonic", n, k); return Value(float: timClockSeconds(CLOCK_MONOTONIC))
    }
    modFunction(m, "monotonic_ns") { a, n, k throws(PyError) in
        try timNoArguments("monotonic_ns", n, k); return newInt(timClockNanoseconds(CLOCK_MONOTONIC))
    }
    modFunction(m, "process_time") { a, n, k throws(PyError) in
        try timNoArguments("process_time", n, k); return Value(float: timClockSeconds(CLOCK_PROCESS_CPUTIME_ID))
    }
    modFunction(m, "process_time_ns") { a, n, k throws(PyError) in
        try timNoArguments("process_time_ns", n, k); return newInt(timClockNanoseconds(CLOCK_PROCESS_CPUTIME_ID))
    }
    modFunction(m, "thread_time") { a, n, k throws(PyError) in
        try timNoArguments("thread_time", n, k); return Value(float: timClockSeconds(CLOCK_THREAD_CPUTIME_ID))
    }
    modFunction(m, "thread_time_ns") { a, n, k throws(PyError) in
        try timNoArguments("thread_time_ns", n, k); return newInt(timClockNanoseconds(CLOCK_THREAD_CPUTIME_ID))
    }
    modFunction(m, "sleep") { a, n, k throws(PyError) in
        if modKeywordCount(k) > 0 { throw raiseTypeError("time.sleep() takes no keyword arguments") }
        if n != 1 { throw raiseTypeError("time.sleep() takes exactly one argument (\(n) given)") }
        let v = a[0]
        var seconds: Double
        if v.isFloat {
            seconds = v.float
            if seconds.isNaN { throw raiseValueError("Invalid value NaN (not a number)") }
        } else if let big = try modIndexBig(v) {
            guard let d = modBigToDouble(big), abs(d) < 9.2e9 else {
                throw raiseOverflowError("timestamp too large to convert to C _PyTime_t")
            }
            seconds = d
        } else {
            throw raiseTypeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        if seconds < 0 { throw raiseValueError("sleep length must be non-negative") }
        if seconds > 9.2e9 { throw raiseOverflowError("timestamp too large to convert to C _PyTime_t") }
        standardOutput.flush()
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        return .none
    }
    return m
}
