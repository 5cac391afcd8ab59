import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real console binary in tmux: `kill -HUP` re-reads the TLS certificate like `serve` and the
/// console stays; a hangup (its terminal gone) still ends it. Its top bar counts the requests its
/// listener answered (through the same counters as `/metrics`).
@Suite struct ConsoleSignalsAndFiguresTests {
    let directory: TemporaryDirectory
    let certificates: TestCertificates

    init() throws {
        directory = try TemporaryDirectory()
        certificates = try TestCertificates(in: directory)
    }

    func servedSerial(_ port: Int) throws -> String {
        let script =
            "openssl s_client -connect 127.0.0.1:\(port) -CAfile \(certificates.caPath) </dev/null 2>/dev/null | openssl x509 -noout -serial"
        return try Subprocess.run("/bin/sh", ["-c", script], timeout: 10).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens the console on a free port and returns it with the port it listens on.
    func console(_ arguments: String) async throws -> (TmuxSession, Int) {
        let database = directory.path("console.sqlite")
        let session = try TmuxSession(
            command: "'\(BuiltBinary.path)' --database '\(database)' --listen 127.0.0.1:0 \(arguments)", width: 120, height: 40)
        let screen = try await session.waitFor("127\\.0\\.0\\.1:[0-9]+ running", regex: true, timeout: 90)
        let match = try #require(screen.firstMatch(of: /127\.0\.0\.1:([0-9]+) running/))
        return (session, try #require(Int(match.1)))
    }

    @Test func sighupReloadsTheCertificateAndAHangupStillQuits() async throws {
        defer { directory.remove() }
        let first = try certificates.issue("first", serial: "0D01")
        let live = (certificate: directory.path("live.pem"), key: directory.path("live-key.pem"))
        try FileManager.default.copyItem(atPath: first.certificate, toPath: live.certificate)
        try FileManager.default.copyItem(atPath: first.key, toPath: live.key)
        let (session, port) = try await console("--tls-cert '\(live.certificate)' --tls-key '\(live.key)'")
        #expect(try servedSerial(port) == "serial=0D01")
        let pid = try #require(try session.programPID())

        let second = try certificates.issue("second", serial: "0D02")
        try Data(contentsOf: URL(fileURLWithPath: second.certificate)).write(to: URL(fileURLWithPath: live.certificate))
        try Data(contentsOf: URL(fileURLWithPath: second.key)).write(to: URL(fileURLWithPath: live.key))
        kill(pid, SIGHUP)
        // The console's log, not its status line: the line stays on screen only six seconds, and a
        // loaded machine can take longer than that between two captures of the pane.
        let log = directory.path("scimdesk.log")
        let reloadDeadline = Date().addingTimeInterval(60)
        var logged = ""
        while Date() < reloadDeadline {
            logged = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if logged.contains("reloaded the TLS certificate") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(logged.contains("reloaded the TLS certificate \(live.certificate) (serial 0D02)"), "\(logged)")
        #expect(try servedSerial(port) == "serial=0D02")
        let screen = try session.screen()
        #expect(!screen.contains("EXITED"), "\(screen)")
        #expect(Self.isRunning(pid), "the console is still running")

        // Closing its terminal is a hangup: the console stops, as it always did.
        session.close()
        let deadline = Date().addingTimeInterval(15)
        while Self.isRunning(pid), Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(
            !Self.isRunning(pid),
            "the console kept running without a terminal: \((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "")")
    }

    /// Alive and not a zombie (its shell died with the session, so nobody may have reaped it yet).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z"
    }

    @Test func theTopBarCountsWhatItsListenerAnswered() async throws {
        defer { directory.remove() }
        let (session, port) = try await console("")
        for _ in 0..<3 {
            #expect(try Curl.request("http://127.0.0.1:\(port)/scim/v2/Users", ["-H", "Authorization: Bearer not-a-token"]).status == 401)
        }
        #expect(try Curl.request("http://127.0.0.1:\(port)/scim/v2/ServiceProviderConfig").status == 200)
        try await session.waitFor("3 errors in 5 min")
    }
}

extension TmuxSession {
    /// The process the session's shell runs (its only child).
    func programPID() throws -> pid_t? {
        let shell = try Subprocess.run(Self.tmux, ["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Subprocess.run("/usr/bin/pgrep", ["-P", shell]).stdout
        return children.split(separator: "\n").first.flatMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Kills the session, which hangs up the terminal of the program in it.
    func close() {
        _ = try? Subprocess.run(Self.tmux, ["kill-session", "-t", name])
    }
}
