import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The `scimdesk` executable built beside the tests, run as a user would run it.
public enum BuiltBinary {
    /// `.build/<triple>/debug/scimdesk`, found next to the test bundle.
    public static var path: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("scimdesk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/scimdesk").path
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs the binary to completion (killed after `timeout` seconds) and captures its output.
    public static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 30) throws -> Result {
        try Subprocess.run(path, arguments, environment: environment, timeout: timeout)
    }
}

/// Runs programs for tests, with a deadline so nothing can hang a test run.
///
/// Built on posix_spawn and waitpid rather than Foundation's `Process`, whose exit notification was
/// seen to get lost when several tests start programs at once (the child stayed a zombie and
/// `waitUntilExit` never returned).
public enum Subprocess {
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 30
    ) throws -> BuiltBinary.Result {
        // Files, not pipes: a daemon the program forks (tmux's server) may keep a pipe open forever,
        // and a full stderr pipe would block the program while we read stdout.
        let outPath = NSTemporaryDirectory() + "scimdesk-out-\(UUID().uuidString)"
        let errPath = NSTemporaryDirectory() + "scimdesk-err-\(UUID().uuidString)"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        let child = try SpawnedProcess(executable, arguments, environment: environment, stdout: outPath, stderr: errPath)
        let status =
            child.wait(timeout: timeout)
            ?? {
                child.kill()
                return child.wait(timeout: 5) ?? -1
            }()
        let outData = FileManager.default.contents(atPath: outPath) ?? Data()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return BuiltBinary.Result(
            status: status,
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Listens on an ephemeral port of 127.0.0.1 until `body` returns, so the port is known to be taken.
    public static func withOccupiedPort<T>(_ body: (Int) throws -> T) rethrows -> T {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = listen(fd, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return try body(Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    public static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
