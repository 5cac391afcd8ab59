import Foundation
import SCIMClient
import TestSupport
import Testing

/// The console as an admin runs it day to day, through the real binary in tmux: lists that fill in
/// as the IdP provisions, a copy that lands in tmux's buffer, a quit that asks before stopping the
/// listener, a taken port that is refused with what to do.
@Suite(.serialized) struct ConsoleOperationsTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("ops.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    /// An IdP named Okta with a token, made through the CLI before the console opens.
    func oktaToken() throws -> String {
        #expect(try scimdesk("idp", "add", "--name", "Okta").status == 0)
        return try scimdesk("token", "generate", "--idp", "Okta").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func console(port: Int) throws -> TmuxSession {
        try TmuxSession(command: "'\(BuiltBinary.path)' --database '\(database)' --listen 127.0.0.1:\(port)", width: 100, height: 30)
    }

    @Test func usersFillInAsTheIdPProvisionsAndQuitAsksFirst() async throws {
        let token = try oktaToken()
        let port = Subprocess.freePort()
        let session = try console(port: port)
        try await session.waitFor("127.0.0.1:\(port) running", timeout: 90)
        try session.send("3")
        try await session.waitFor("No users yet")

        let okta = SCIMHTTPClient(baseURL: try #require(URL(string: "http://127.0.0.1:\(port)/scim/v2")), bearerToken: token, timeout: 10)
        let created = try await okta.send(
            "POST", "/Users",
            json: [
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "grace.hopper@example.com",
                "name": ["givenName": "Grace", "familyName": "Hopper"], "active": true,
            ])
        #expect(created.status == 201)
        // No key pressed: the list on screen catches up by itself.
        try await session.waitFor("grace.hopper@example.com", timeout: 10)

        // The listener has served Okta: q explains what quitting stops, and Cancel is the default.
        try session.send("q")
        try await session.waitFor("Quit and stop the SCIM listener?")
        try await session.waitFor("scimdesk serve")
        try session.send("Enter")
        try await session.waitUntilGone("Quit and stop the SCIM listener?")
        #expect(try await okta.send("GET", "/Users?count=1").status == 200)
        try session.send("q")
        try await session.waitFor("Quit and stop the SCIM listener?")
        try session.send("Right")
        try session.send("Enter")
        try await session.waitFor("EXITED 0")
    }

    /// A client stuck mid-request (its body never completes) must not keep the process alive after
    /// the console was told to stop: the drain is bounded.
    @Test func aStuckRequestDoesNotOutliveTheConsole() async throws {
        let token = try oktaToken()
        let port = Subprocess.freePort()
        let session = try console(port: port)
        try await session.waitFor("127.0.0.1:\(port) running", timeout: 90)
        let stuck = Task.detached {
            try? RawHTTP.send(
                "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n"
                    + "Content-Type: application/scim+json\r\nContent-Length: 500\r\n\r\n{\"userName\":", port: port, timeout: 30)
        }
        defer { stuck.cancel() }
        try await Task.sleep(for: .milliseconds(500))
        let pids = try Subprocess.run("/usr/bin/pgrep", ["-f", "--", "scimdesk --database \(database) --listen"]).stdout
        let pid = try #require(pids.split(separator: "\n").compactMap { Int32($0) }.first)
        let signalled = ContinuousClock.now
        kill(pid, SIGTERM)
        try await session.waitFor("EXITED 0", timeout: 15)
        #expect(ContinuousClock.now - signalled < .seconds(10))
    }

    /// A terminal that goes away without SIGHUP reaching the console (here the console runs in its own
    /// session, so closing the pane signals only the shell) still ends it, instead of leaving it
    /// reading a dead terminal forever.
    @Test func theConsoleEndsWhenItsTerminalGoesAway() async throws {
        #expect(try scimdesk("idp", "add", "--name", "Okta").status == 0)
        let session = try TmuxSession(
            command: "setsid -w '\(BuiltBinary.path)' --database '\(database)' --no-listener", width: 100, height: 30)
        try await session.waitFor("1 Settings", timeout: 30)
        let pattern = "scimdesk --database \(database) --no-listener"
        let running = { try Subprocess.run("/usr/bin/pgrep", ["-f", "--", pattern]).stdout.split(separator: "\n").count }
        #expect(try running() == 1)
        _ = try Subprocess.run(TmuxSession.tmux, ["kill-session", "-t", session.name])
        var remaining = try running()
        for _ in 0..<100 where remaining > 0 {
            try await Task.sleep(for: .milliseconds(100))
            remaining = try running()
        }
        #expect(remaining == 0, "the console kept running after its terminal closed")
    }

    @Test func theTokenCopyLandsInTmuxsBufferAndStaysOnScreen() async throws {
        #expect(try scimdesk("idp", "add", "--name", "Okta").status == 0)
        let session = try console(port: Subprocess.freePort())
        try await session.waitFor("running", timeout: 30)
        try session.send("2")
        try await session.waitFor("Okta")
        try session.send("Enter")
        try session.send("Right")
        try await session.waitFor("Generate Auto-Provisioning Token")
        try session.send("g")
        let dialog = try await session.waitFor("you will not see it again")
        let token = try #require(dialog.range(of: "scimdesk_[a-z2-7]{52}", options: .regularExpression).map { String(dialog[$0]) })
        try session.send("c")
        let after = try await session.waitFor("tmux's paste buffer")
        #expect(after.contains(token), "the token stays on screen until the admin closes the dialog")
        #expect(!after.contains("Copied"), "nothing claims a copy no terminal confirms")
        let buffer = try Subprocess.run(TmuxSession.tmux, ["show-buffer"])
        #expect(buffer.stdout == token)
        try session.send("Escape")
        try await session.waitUntilGone(token)
    }

    @Test func aTakenPortIsRefusedWithWhatToDo() throws {
        let result = try Subprocess.withOccupiedPort { port in try scimdesk("--listen", "127.0.0.1:\(port)") }
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("is already in use"))
        #expect(result.stderr.contains("--listen HOST:PORT"))
        #expect(result.stderr.contains("--no-listener"))
    }

    @Test func theDemoListensOnAFreePortWhenItsPortIsTaken() throws {
        try Subprocess.withOccupiedPort { taken in
            let session = try TmuxSession(command: "'\(BuiltBinary.path)' demo --listen 127.0.0.1:\(taken)", width: 100, height: 30)
            let screen = try session.waitSynchronously(for: "127\\.0\\.0\\.1:[0-9]+ running", timeout: 30)
            #expect(!screen.contains("127.0.0.1:\(taken) running"))
            #expect(!screen.contains("address already in use"))
        }
    }

    @Test func rotationShowsEveryTokenThatStillWorks() throws {
        _ = try oktaToken()
        let rotated = try scimdesk("token", "generate", "--idp", "Okta", "--overlap", "1h")
        #expect(rotated.status == 0)
        let status = try scimdesk("token", "status", "--idp", "Okta")
        #expect(status.stdout.contains("also working: scimdesk_"))
        #expect(try scimdesk("idp", "list").stdout.contains("active (+1 retiring)"))
        let json = try JSONSerialization.jsonObject(with: Data(try scimdesk("token", "status", "--idp", "Okta", "--json").stdout.utf8))
        #expect(((json as? [String: Any])?["working"] as? [Any])?.count == 2)
    }
}

extension TmuxSession {
    /// ``waitFor(_:regex:timeout:)`` for code that cannot await (a port held by a synchronous closure).
    func waitSynchronously(for pattern: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.range(of: pattern, options: .regularExpression) != nil { return last }
            usleep(100_000)
        }
        throw TmuxError(message: "timed out waiting for \(pattern); the screen was:\n\(last)")
    }
}

/// A mistyped `--database` gets its own one-line error and creates nothing.
@Suite struct DatabasePathTests {
    let directory: TemporaryDirectory
    init() throws { directory = try TemporaryDirectory() }

    @Test func readOnlyCommandsNeverCreateADatabase() throws {
        let typo = directory.path("typo/db.sqlite")
        for command in [["idp", "list"], ["token", "status", "--idp", "Okta"], ["admin", "list"]] {
            let result = try BuiltBinary.run(command + ["--database", typo])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("no database at \(typo)"), "\(command)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("typo")))
    }

    @Test func eachPathMistakeHasItsOwnError() throws {
        let folder = try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", directory.path("")])
        #expect(folder.status == 1 && folder.stderr.contains("is a directory"))
        let missing = try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", directory.path("nowhere/db.sqlite")])
        #expect(missing.status == 1 && missing.stderr.contains("does not exist; create it first"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("nowhere")))
    }
}

/// `idp rename` and `idp remove` from the command line.
@Suite struct IdPChangeCommandTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("idps.sqlite") }
    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    @Test func renameKeepsTheTokenAndRemoveWantsConfirmation() throws {
        #expect(try scimdesk("idp", "add", "--name", "Okta").status == 0)
        #expect(try scimdesk("token", "generate", "--idp", "Okta").status == 0)
        let renamed = try scimdesk("idp", "rename", "--name", "Okta", "--to", "Okta Prod")
        #expect(renamed.status == 0 && renamed.stdout.contains("Renamed \"Okta\" to \"Okta Prod\"."))
        #expect(try scimdesk("token", "status", "--idp", "Okta Prod").stdout.contains("active"))

        let unconfirmed = try scimdesk("idp", "remove", "--name", "Okta Prod")
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stderr.contains("deletes its 0 users and 0 groups"))
        #expect(unconfirmed.stderr.contains("--confirm 'Okta Prod'"))
        #expect(try scimdesk("idp", "list").stdout.contains("Okta Prod"))

        let removed = try scimdesk("idp", "remove", "--name", "Okta Prod", "--confirm", "Okta Prod")
        #expect(removed.status == 0 && removed.stdout.contains("Removed Okta Prod: 1 tokens"))
        #expect(try scimdesk("idp", "list").stderr.contains("No identity providers yet"))
    }
}
