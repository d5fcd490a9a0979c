import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with posix_spawn and waits for it with a deadline. The conformance runner
/// starts fixtures from several threads at once; Foundation's Process is not safe for that on
/// Linux (swift-corelibs-foundation #4772, #4795: a CI run crashed in a dispatch worker), so the
/// runner goes to the C library directly. Output goes to files, never pipes, so a chatty child
/// cannot block on a full pipe while we wait for it.
struct ChildProcess {
    struct Termination {
        /// The exit status, or the signal number when `signaled`.
        var status: Int32
        var signaled: Bool
        var timedOut: Bool
    }

    enum Failure: Error, CustomStringConvertible {
        case spawn(Int32)
        var description: String {
            switch self {
            case .spawn(let code): return "posix_spawn failed: \(String(cString: strerror(code)))"
            }
        }
    }

    /// glibc's posix_spawn_file_actions_addchdir_np (2.29+) is hidden from Swift's Glibc module
    /// behind a feature macro, so it is looked up by name.
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private static let addChdir: AddChdir = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
            fatalError("posix_spawn_file_actions_addchdir_np is missing (glibc 2.29 or later is needed)")
        }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    static func run(_ executable: String, arguments: [String], directory: String,
                    environment: [String: String], stdoutPath: String, stderrPath: String,
                    timeout: TimeInterval) throws -> Termination {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        addChdir(&actions, directory)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        if code != 0 { throw Failure.spawn(code) }

        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { break }
            if Date() >= deadline {
                timedOut = true
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(2000)
        }
        // WIFEXITED / WIFSIGNALED are macros Swift does not import.
        let signal = status & 0x7f
        if signal != 0 && signal != 0x7f {
            return Termination(status: signal, signaled: true, timedOut: timedOut)
        }
        return Termination(status: (status >> 8) & 0xff, signaled: false, timedOut: timedOut)
    }
}
