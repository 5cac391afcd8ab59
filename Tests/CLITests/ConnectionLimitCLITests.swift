import Foundation
import TestSupport
import Testing

/// `serve` raises its open-files limit, fits the connection cap to it, and documents its timeouts.
@Suite struct ConnectionLimitCLITests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test func serveRaisesTheSoftOpenFilesLimitAndKeepsTheCapWithinIt() async throws {
        defer { directory.remove() }
        let (database, _) = try makeDatabaseWithToken(in: directory)
        let port = Subprocess.freePort()
        // Soft 128, hard 224: raised to 224, so the cap is (224 - 64) / 2 = 80 connections.
        let serve = try SpawnedProcess(
            "/usr/bin/prlimit",
            ["--nofile=128:224", BuiltBinary.path, "serve", "--database", database, "--listen", "127.0.0.1:\(port)"],
            stderr: directory.path("serve.err"))
        defer {
            serve.kill(SIGTERM)
            if serve.wait(timeout: 15) == nil {
                serve.kill()
                _ = serve.wait(timeout: 5)
            }
        }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(port)/healthz"))
        // The probe's own connection is counted out once the listener sees it close.
        try await Task.sleep(for: .milliseconds(300))
        let limits = try String(contentsOfFile: "/proc/\(serve.pid)/limits", encoding: .utf8)
        let files = limits.split(separator: "\n").first { $0.hasPrefix("Max open files") }.map { $0.split(separator: " ") }
        #expect(files?.dropFirst(3).prefix(2).map(String.init) == ["224", "224"], "\(limits)")
        let (statuses, extra) = try await offPool {
            let held = try (0..<80).map { _ in try HeldSocket(port: port) }
            let statuses = Set(
                held.map { socket in
                    socket.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    return socket.readReply().status ?? 0
                })
            let extra = try RawHTTP.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port, timeout: 10)
            return (statuses, extra.status)
        }
        #expect(statuses == [200], "every connection up to the cap is served")
        #expect(extra == 503, "the one over the cap is refused, not left waiting")
    }

    @Test func theTimeoutsAreDocumentedAndCheckedOnTheCommandLine() throws {
        let help = try BuiltBinary.run(["serve", "--help"]).stdout
        for option in ["--idle-timeout <seconds>", "--header-timeout <seconds>", "--body-timeout <seconds>", "--max-connections"] {
            #expect(help.contains(option), "\(option)")
        }
        #expect(help.contains("(default: 60)") && help.contains("(default: 10)"))
        let zero = try BuiltBinary.run(["serve", "--idle-timeout", "0", "--database", directory.path("x.sqlite")])
        #expect(zero.status == 1)
        #expect(zero.stderr.contains("--idle-timeout must be from 1 to 3600 seconds."), "\(zero.stderr)")
        directory.remove()
    }
}
